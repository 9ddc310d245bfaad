// Is what is installed and built still what the checkout says? Used by ensure-installed.cjs
// (npm's pre-scripts), start.cjs and bin/roadmap, so that after `git pull` a new dependency is
// installed and a changed source rebuilt instead of running stale code. Node built-ins only.
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
const path = require('node:path');

/** Newest modification time of any file under `dir` (0 when absent). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** Modification time of `file` (0 when absent). */
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/**
 * The packages package-lock.json wants that node_modules does not have at that version (npm
 * writes node_modules/.package-lock.json on every install). Optional packages for other
 * platforms are never installed: one is missing only when installed at another version.
 * Compared by content when the lockfile is newer than the install (a checkout or a pull touched
 * it; its mtime alone says nothing about what changed); an install newer than the lockfile is
 * current, so bin/roadmap does not parse both files on every run.
 * staleDependencies('/repo') → [] when current, ['proper-lockfile'] after a pull that added it.
 */
function staleDependencies(root) {
  const lockFile = path.join(root, 'package-lock.json');
  const installedFile = path.join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(installedFile)) return ['node_modules'];
  if (mtime(installedFile) >= mtime(lockFile)) return [];
  const wanted = JSON.parse(readFileSync(lockFile, 'utf8')).packages ?? {};
  const installed = JSON.parse(readFileSync(installedFile, 'utf8')).packages ?? {};
  const stale = [];
  for (const [key, spec] of Object.entries(wanted)) {
    if (key === '' || !key.startsWith('node_modules/')) continue;
    const have = installed[key];
    if (have ? have.version !== spec.version : !spec.optional) stale.push(key.slice('node_modules/'.length));
  }
  return stale;
}

module.exports = { newest, mtime, staleDependencies };
