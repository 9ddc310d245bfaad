// `npm run bench [-- --json]`: builds dist/ when missing or older than src/, bundles bench/main.ts with esbuild and runs it.
const { execSync } = require('node:child_process');
const path = require('node:path');
const { mtime, newest } = require('./freshness.cjs');

const root = path.resolve(__dirname, '..');
// The build's output goes to stderr: stdout is the report (one JSON document with --json).
// Built again when a source is newer than the bundle: the bundle's size is a gate (bench/budgets.ts).
const built = mtime(path.join(root, 'dist', 'Code.js'));
const sources = Math.max(newest(path.join(root, 'src')), mtime(path.join(root, 'webpack.config.js')));
if (built < sources) execSync('npm run build', { cwd: root, stdio: ['ignore', 2, 2] });
const outfile = path.join(root, 'build', 'bench.cjs');
require('esbuild').buildSync({
  entryPoints: [path.join(root, 'bench', 'main.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile,
  external: ['exceljs', 'playwright-core', 'esbuild'],
  logLevel: 'warning',
});
require(outfile);
