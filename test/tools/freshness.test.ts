import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * tools/freshness.cjs decides whether `npm start`, `npm test` and bin/roadmap install and build
 * again after a pull: by the lockfile's content for dependencies, by modification time for sources.
 */
const { newest, mtime, staleDependencies } = require('../../tools/freshness.cjs') as {
  newest: (dir: string) => number;
  mtime: (file: string) => number;
  staleDependencies: (root: string) => string[];
};

type Packages = Record<string, { version: string; optional?: boolean }>;

/** A checkout whose package-lock.json a pull touched after node_modules was installed. */
function checkout(wanted: Packages, installed: Packages | null): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'freshness-'));
  writeFileSync(path.join(root, 'package-lock.json'), JSON.stringify({ packages: { '': {}, ...wanted } }));
  if (installed) {
    mkdirSync(path.join(root, 'node_modules'));
    writeFileSync(path.join(root, 'node_modules/.package-lock.json'), JSON.stringify({ packages: installed }));
    const installedAt = new Date('2026-12-01');
    utimesSync(path.join(root, 'node_modules/.package-lock.json'), installedAt, installedAt);
  }
  return root;
}

describe('staleDependencies', () => {
  const exceljs = { 'node_modules/exceljs': { version: '4.4.0' } };

  it('finds nothing stale when node_modules has every locked package at its version', () => {
    expect(staleDependencies(checkout(exceljs, exceljs))).toEqual([]);
  });

  it('names a package a pull added or updated', () => {
    const wanted = { ...exceljs, 'node_modules/proper-lockfile': { version: '4.1.2' } };
    expect(staleDependencies(checkout(wanted, exceljs))).toEqual(['proper-lockfile']);
    const newer = { 'node_modules/exceljs': { version: '4.5.0' } };
    expect(staleDependencies(checkout(newer, exceljs))).toEqual(['exceljs']);
  });

  it('takes an install newer than the lockfile as current, without reading either', () => {
    const root = checkout({ 'node_modules/proper-lockfile': { version: '4.1.2' } }, {});
    const later = new Date('2026-12-02');
    utimesSync(path.join(root, 'node_modules/.package-lock.json'), later, later);
    utimesSync(path.join(root, 'package-lock.json'), new Date('2026-11-30'), new Date('2026-11-30'));
    expect(staleDependencies(root)).toEqual([]);
  });

  it('says node_modules when nothing was installed yet', () => {
    expect(staleDependencies(checkout(exceljs, null))).toEqual(['node_modules']);
  });

  it('does not ask for an optional package of another platform, but for one at another version', () => {
    const optional = { 'node_modules/@esbuild/darwin-arm64': { version: '0.28.2', optional: true } };
    expect(staleDependencies(checkout({ ...exceljs, ...optional }, exceljs))).toEqual([]);
    const old = { 'node_modules/@esbuild/darwin-arm64': { version: '0.27.0', optional: true } };
    expect(staleDependencies(checkout({ ...exceljs, ...optional }, { ...exceljs, ...old }))).toEqual([
      '@esbuild/darwin-arm64',
    ]);
  });
});

describe('newest and mtime', () => {
  it('give the newest file time under a folder, 0 for what is absent', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'freshness-'));
    mkdirSync(path.join(root, 'src/core'), { recursive: true });
    const old = path.join(root, 'src/a.ts');
    const edited = path.join(root, 'src/core/b.ts');
    writeFileSync(old, '');
    writeFileSync(edited, '');
    utimesSync(old, new Date('2021-01-01'), new Date('2021-01-01'));
    utimesSync(edited, new Date('2021-06-15'), new Date('2021-06-15'));
    expect(newest(path.join(root, 'src'))).toBe(mtime(edited));
    expect(mtime(edited)).toBe(new Date('2021-06-15').getTime());
    expect(newest(path.join(root, 'absent'))).toBe(0);
    expect(mtime(path.join(root, 'absent.ts'))).toBe(0);
  });
});
