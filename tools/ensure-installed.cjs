// Runs before `npm start` and `npm test` (npm's pre-scripts) so that each works as the
// very first command after cloning: installs the locked dependencies when they are missing.
// Node built-ins only: nothing else is installed yet when it runs.
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const marker = path.join(root, 'node_modules', '.package-lock.json');
if (!existsSync(marker)) {
  console.log('Устанавливаю зависимости (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
