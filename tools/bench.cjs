// `npm run bench [-- --json]`: builds dist/ when missing, bundles bench/main.ts with esbuild and runs it.
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
// The build's output goes to stderr: stdout is the report (one JSON document with --json).
if (!existsSync(path.join(root, 'dist', 'Code.js'))) execSync('npm run build', { cwd: root, stdio: ['ignore', 2, 2] });
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
