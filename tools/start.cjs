// `npm start`: the playground on the built-in sample. Builds first when dist/ is missing.
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
if (!existsSync(path.join(root, 'dist', 'Code.js'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });
console.log('Игровая площадка ещё не готова: собран dist/ (Code.js, Sidebar.html, appsscript.json).');
