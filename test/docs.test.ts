import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HELP_TEXT } from '../src/core/i18n';

/** The Russian guide (issue 14): linked from the README's first lines, every picture it shows present. */
const root = path.join(__dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('docs/guide.md', () => {
  const guide = read('docs/guide.md');

  it('is linked from the README’s first lines and from «Справка»', () => {
    expect(read('README.md').split('\n').slice(0, 6).join('\n')).toContain('(docs/guide.md)');
    expect(HELP_TEXT).toContain('docs/guide.md');
  });

  it('shows only pictures that exist (refreshed by UPDATE_SCREENSHOT=1 npm test)', () => {
    const pictures = [...guide.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1] ?? '');
    expect(pictures.length).toBeGreaterThanOrEqual(3);
    expect(pictures.filter((p) => !existsSync(path.join(root, 'docs', p)))).toEqual([]);
  });

  it('covers what the coordinator and the IT person need', () => {
    for (const heading of [
      'Первый запуск',
      'Исполнители',
      'Что значат цвета',
      'Срок не распознан',
      'Предпросмотр и отправка',
      'Ночная проверка',
      'Сводки',
      'Установка через clasp',
      'Диагностика',
      'Обновление',
      'не потеряв журнал',
    ])
      expect(guide).toMatch(new RegExp(`^###? .*${heading}`, 'm'));
  });
});

/** README.md's «How it is built» table against the tree: a module added, renamed or removed shows here. */
describe('the README’s architecture table', () => {
  const rows = new Map(
    read('README.md')
      .split('\n')
      .flatMap((line) => {
        const m = /^\| `(src\/\w+)` \| (.*) \|$/.exec(line);
        return m ? [[m[1] as string, m[2] as string] as const] : [];
      }),
  );
  /** `a1`, `index.ts`, `deadline/`: a module with or without its extension, a folder with its slash. */
  const moduleName = (name: string) => name.replace(/\.tsx?$/, '');

  it('has a row for each folder of src/', () => {
    const folders = readdirSync(path.join(root, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect([...rows.keys()].sort()).toEqual(folders.map((e) => `src/${e.name}`).sort());
  });

  it.each(['src/core', 'src/addon', 'src/local', 'src/sidebar'])(
    '%s names every module and folder in it, and none that is not there',
    (folder) => {
      const named = new Set(
        [...(rows.get(folder) ?? '').matchAll(/`([\w.-]+\/?)`/g)].map((m) => moduleName(m[1] ?? '')),
      );
      const present = readdirSync(path.join(root, folder), { withFileTypes: true })
        .filter((e) => e.name !== 'README.md')
        .map((e) => (e.isDirectory() ? `${e.name}/` : moduleName(e.name)));
      expect(present.filter((name) => !named.has(name))).toEqual([]);
      expect([...named].filter((name) => !present.includes(name))).toEqual([]);
    },
  );
});
