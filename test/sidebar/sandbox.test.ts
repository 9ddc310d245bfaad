/**
 * The sidebar runs in Google's HtmlService IFRAME sandbox: no network, no storage, no
 * dialogs, and nothing from the sheet may become markup. Checked on the sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(__dirname, '../../src/sidebar');

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(tsx?|css|html)$/.test(e.name)
      ? [{ file: path.relative(DIR, full), text: readFileSync(full, 'utf8') }]
      : [];
  });
}

const FORBIDDEN: [string, RegExp][] = [
  ['markup from strings', /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write/],
  ['storage', /localStorage|sessionStorage|indexedDB|document\.cookie/],
  ['network', /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|https?:\/\/(?!www\.w3\.org)/],
  ['blocking dialogs', /\b(alert|confirm|prompt)\(/],
  ['eval', /\beval\(|new Function\(/],
];

describe('the sidebar sources stay inside the HtmlService sandbox', () => {
  const files = sources(DIR);
  it('finds the sources', () => {
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining(['app.tsx', 'server.ts', 'index.html']));
  });
  it.each(FORBIDDEN)('use no %s', (_, pattern) => {
    expect(files.filter((f) => pattern.test(f.text)).map((f) => f.file)).toEqual([]);
  });
});
