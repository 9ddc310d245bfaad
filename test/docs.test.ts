import { existsSync, readFileSync } from 'node:fs';
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
