// `npm run build`: dist/Code.js (webpack + gas-webpack-plugin), dist/Sidebar.html
// (esbuild, everything inlined), dist/appsscript.json; prints the sizes.
import { copyFileSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
mkdirSync(dist, { recursive: true });

async function buildCode() {
  const webpack = require('webpack');
  const config = require(path.join(root, 'webpack.config.js'));
  await new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    });
  });
}

async function buildSidebar() {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/sidebar/main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outdir: 'out',
    loader: { '.css': 'css' },
    legalComments: 'none',
    // Russian text as UTF-8, not \uXXXX escapes (Apps Script stores and serves HTML files as UTF-8):
    // a quarter of the file's size.
    charset: 'utf8',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  const template = readFileSync(path.join(root, 'src/sidebar/index.html'), 'utf8');
  // `</script` inside the bundle would end the inline script early.
  const safeJs = js.replace(/<\/script/gi, '<\\/script');
  const html = template.replace('/*__CSS__*/', () => css).replace('/*__JS__*/', () => safeJs);
  writeFileSync(path.join(dist, 'Sidebar.html'), html);
}

/** Node-side bundles (the CLI and the playground): not pushed to Google, so they live in build/. */
async function buildLocal() {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['exceljs', 'playwright-core', 'esbuild'],
    logLevel: 'warning',
  };
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [path.join(root, 'src/local/cli/main.ts')],
      outfile: path.join(root, 'build/local/cli.cjs'),
    }),
    esbuild.build({
      ...common,
      entryPoints: [path.join(root, 'src/local/playground/main.ts')],
      outfile: path.join(root, 'build/local/playground.cjs'),
    }),
  ]);
}

const kb = (file) => `${(statSync(path.join(dist, file)).size / 1024).toFixed(1)} KB`;

await Promise.all([buildCode(), buildSidebar(), buildLocal()]);
copyFileSync(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
// webpack leaves an unchanged Code.js untouched: stamp every output, so «built after the
// sources» (tools/freshness.cjs) holds after each build and bin/roadmap does not build again.
const now = new Date();
for (const file of ['dist/Code.js', 'dist/Sidebar.html', 'build/local/cli.cjs', 'build/local/playground.cjs'])
  utimesSync(path.join(root, file), now, now);
console.log(`dist/Code.js       ${kb('Code.js')}`);
console.log(`dist/Sidebar.html  ${kb('Sidebar.html')}`);
console.log(`dist/appsscript.json ${kb('appsscript.json')}`);
