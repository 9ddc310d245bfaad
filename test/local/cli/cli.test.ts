import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCli, runCli } from './child';
import { makeFixtures } from './fixtures';

/**
 * The bad-input cases of `roadmap`, run as a child process against the CLI bundled as the
 * lead's build does (child.ts). Each case states its --today.
 * The working cases run in-process (check.test.ts): exceljs is slow to load per process.
 */
const root = path.resolve(__dirname, '../../..');

/** Built once; every test awaits it (concurrent tests start before beforeAll would finish). */
const ready = (async () => {
  const [fixtures, cli] = await Promise.all([makeFixtures(), buildCli('cli-test')]);
  return { ...fixtures, cli };
})();

/** Runs the built CLI as a child process. */
async function roadmap(args: string[], options: { input?: string } = {}) {
  const { fakeCode, cli } = await ready;
  return runCli(cli, args, { ...options, env: { ROADMAP_CODE_JS: fakeCode } });
}

function expectOneRussianLine(err: string) {
  expect(err).toMatch(/^roadmap: [А-ЯЁ]/);
  expect(err).not.toMatch(/\n\s+at /);
}

describe('roadmap deadline', () => {
  it.concurrent('prints one JSON object per text, in order (today 2021-06-15)', async () => {
    const { code, out } = await roadmap([
      'deadline',
      '--year',
      '2021',
      '--today',
      '2021-06-15',
      'II квартал',
      'до 15.06.2021',
    ]);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.text, l.due])).toEqual([
      ['II квартал', '2021-06-30'],
      ['до 15.06.2021', '2021-06-15'],
    ]);
  });

  it.concurrent('reads one text per line from stdin when none is given (today 2021-06-15)', async () => {
    const { code, out } = await roadmap(['deadline', '--today', '2021-06-15'], { input: 'II квартал\n\nежемесячно\n' });
    expect(code).toBe(0);
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).text),
    ).toEqual(['II квартал', 'ежемесячно']);
  });
});

describe('roadmap usage errors (exit 2)', () => {
  it.concurrent.each([
    [['check', 'roadmap.xlsx', '--frobnicate'], /Неизвестный параметр: --frobnicate/],
    [['check', 'roadmap.xlsx', '--today', '15.06.2021'], /Неверная дата в --today/],
    [['check', 'roadmap.xlsx', '--today', '2021-02-30'], /Неверная дата в --today/],
    [['check', 'roadmap.xlsx', '--today'], /нужно значение/],
    [['check', 'roadmap.xlsx', '--today='], /Для параметра --today нужно значение/],
    [['check', 'roadmap.xlsx', '--out='], /Для параметра --out нужно значение/],
    [['deadline', '--today=', 'март'], /Для параметра --today нужно значение/],
    [['check', 'roadmap.xlsx', '--send', '--outbox', 'mail'], /укажите и --out/],
    [['check'], /Укажите один файл/],
    [['deadline', '--year', '21', 'март'], /Неверный год/],
    [['launch'], /Неизвестная команда: launch/],
    [[], /Укажите команду/],
  ])('%j', async (args, message) => {
    const { code, err } = await roadmap(args);
    expect(code).toBe(2);
    expectOneRussianLine(err);
    expect(err).toMatch(message);
  });
});

describe('roadmap check on a file it cannot use (exit 1)', () => {
  it.concurrent('says the file is missing', async () => {
    const { dir } = await ready;
    const { code, err } = await roadmap(['check', path.join(dir, 'nope.xlsx'), '--today', '2021-06-15']);
    expect(code).toBe(1);
    expectOneRussianLine(err);
    expect(err).toContain('Файл не найден');
  });

  it.concurrent('says a text file is not a workbook, even when it is named .xlsx', async () => {
    const fake = path.join((await ready).dir, 'notes.xlsx');
    writeFileSync(fake, 'это не книга');
    for (const file of [fake, path.join(root, 'package.json')]) {
      const { code, err } = await roadmap(['check', file, '--today', '2021-06-15']);
      expect(code).toBe(1);
      expectOneRussianLine(err);
      expect(err).toContain('не книга Excel');
    }
  });

  it.concurrent('prints the add-in\u2019s own message when there is no roadmap table (today 2021-06-15)', async () => {
    const { code, err, out } = await roadmap(['check', (await ready).emptyXlsx, '--today', '2021-06-15', '--json']);
    expect(code).toBe(1);
    expectOneRussianLine(err);
    expect(err).toContain('не найдена таблица дорожной карты');
    expect(out).toBe('');
  });

  it.concurrent('prints a Russian error the add-in throws, as it is', async () => {
    const { code, err } = await roadmap(['check', (await ready).brokenXlsx, '--today', '2021-06-15']);
    expect(code).toBe(1);
    expect(err.trim()).toBe('roadmap: Лист защищён: надстройка не может добавить столбцы.');
  });

  it.concurrent('names a sheet the workbook does not have', async () => {
    const { code, err } = await roadmap([
      'check',
      (await ready).roadmapXlsx,
      '--sheet',
      'План',
      '--today',
      '2021-06-15',
    ]);
    expect(code).toBe(1);
    expect(err).toContain('В книге нет листа «План»');
  });
});
