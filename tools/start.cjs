// `npm start [-- --port N --file F.xlsx --date YYYY-MM-DD]`: the playground on the built-in
// sample. Builds dist/ and build/local/playground.cjs first when they are missing or older
// than the sources, then runs the server in this process.
const { execSync } = require('node:child_process');
const path = require('node:path');
const { newest, mtime } = require('./freshness.cjs');

const root = path.resolve(__dirname, '..');
const at = (...p) => path.join(root, ...p);

const sources = Math.max(newest(at('src')), mtime(at('appsscript.json')));
const dist = Math.min(mtime(at('dist/Code.js')), mtime(at('dist/Sidebar.html')));
if (dist < sources) {
  console.log('Сборка dist/ (npm run build)…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

const server = at('build/local/playground.cjs');
if (mtime(server) < newest(at('src/local')) || mtime(server) < newest(at('src/core'))) {
  console.log('Сборка площадки (build/local/playground.cjs)…');
  require('esbuild').buildSync({
    entryPoints: [at('src/local/playground/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: server,
    external: ['exceljs', 'playwright-core'],
    logLevel: 'warning',
  });
}

require(server);
