// Builds dist/Code.js, the one file Apps Script runs, from src/addon/index.ts.
// Production mode (development mode wraps modules in eval and hides the globals),
// not minified so that stack traces in the execution log stay readable.
const path = require('node:path');
const GasPlugin = require('gas-webpack-plugin');
const webpack = require('webpack');

// esbuild marks calls with a @__PURE__ comment for a minifier; nothing minifies this bundle, so the
// marks are only bytes (about 1.3 KB). Comments only: the code and its lines stay as they are.
class DropPureMarks {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('DropPureMarks', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'DropPureMarks', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!name.endsWith('.js')) continue;
            const text = assets[name].source().toString();
            compilation.updateAsset(name, new webpack.sources.RawSource(text.replace(/\/\* @__PURE__ \*\/ /g, '')));
          }
        },
      );
    });
  }
}

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './src/addon/index.ts',
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: 'Code.js',
    // gas-webpack-plugin's autoGlobalExportsFiles needs `this` as the library target,
    // or the bundle fails at run time with "__webpack_exports__ is not defined".
    library: { type: 'this' },
    clean: false,
  },
  target: ['web', 'es2020'],
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2020', charset: 'utf8' } }],
  },
  optimization: { minimize: false, concatenateModules: true },
  performance: { hints: false },
  devtool: false,
  plugins: [new GasPlugin({ autoGlobalExportsFiles: ['src/addon/index.ts'] }), new DropPureMarks()],
};
