// Runs before `npm start`, `npm test` and `npm run bench` (npm's pre-scripts) so that each works as the
// very first command after cloning: installs the locked dependencies when they are missing,
// and, for the browser tests, Debian's Chromium when this is a Debian machine we may install on.
// Node built-ins only: nothing else is installed yet when it runs.
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');
const path = require('node:path');
const { staleDependencies } = require('./freshness.cjs');

const root = path.resolve(__dirname, '..');
// Missing, or not what package-lock.json says (a pull that added or updated a dependency).
const stale = staleDependencies(root);
if (stale.length > 0) {
  console.error(
    stale[0] === 'node_modules'
      ? 'Устанавливаю зависимости (npm ci)…'
      : `Зависимости устарели (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? '…' : ''}): npm ci…`,
  );
  // Progress goes to stderr: bin/roadmap's stdout may be JSON.
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: ['ignore', 2, 2] });
}

const wantsBrowser = process.env.npm_lifecycle_event === 'pretest';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (wantsBrowser && !existsSync(chromium)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log('Устанавливаю Chromium из пакетов Debian для браузерных тестов (apt-get install chromium)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
      shell: '/bin/bash',
    });
  } else {
    console.warn(
      `Браузерные тесты требуют Chromium (${chromium}): установите пакет chromium (sudo apt-get install chromium) ` +
        'или укажите путь в CHROMIUM_PATH.',
    );
  }
}
