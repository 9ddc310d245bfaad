// Builds dist/Code.js, the one file Apps Script runs, from src/addon/index.ts.
// Production mode (development mode wraps modules in eval and hides the globals),
// not minified so that stack traces in the execution log stay readable.
const path = require('node:path');
const GasPlugin = require('gas-webpack-plugin');

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
  plugins: [new GasPlugin({ autoGlobalExportsFiles: ['src/addon/index.ts'] })],
};
