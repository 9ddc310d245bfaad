import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CellValue } from '../../../src/core/model';
import type { Io } from '../../../src/local/cli/io';
import { main } from '../../../src/local/cli/main';
import { Runtime } from '../../../src/local/emulator/runtime';
import { readXlsx } from '../../../src/local/xlsx';
import { mergedCells } from '../../fixtures/roadmaps';
import { unrecognised } from '../../fixtures/roadmaps/unrecognised';
import { fixtureXlsx } from '../../fixtures/roadmaps/xlsx';

/**
 * `roadmap check` and the person's choice of the table, with the BUILT dist/Code.js (npm test
 * builds it): --sheet picks the plan among several (prepare, check, summaries, reminders),
 * --header-row/--columns read a table whose header is not recognised, and cells merged down
 * over several measures are reminded for each. Every run is on --today 2021-06-15.
 */
const root = path.resolve(__dirname, '../../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-table-'));

async function roadmap(args: string[]) {
  process.env.ROADMAP_CODE_JS = path.join(root, 'dist/Code.js');
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), readStdin: async () => '', today: () => '' };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const DIRECTORY: CellValue[][] = [
  ['Исполнитель', 'E-mail', 'Копия', 'Примечание'],
  ['Руководители ПОО', 'poo@example.org', '', ''],
  ['Рабочая группа', 'group@example.org', '', ''],
  ['Координационный совет', 'council@example.org', '', ''],
  ['Отраслевые предприятия', 'industry@example.org', '', ''],
];

function plan(year: number): CellValue[][] {
  return [
    [`Дорожная карта кластера на ${year} год`, '', '', '', ''],
    ['№ п/п', 'Наименование мероприятия', 'Исполнители', 'Срок исполнения', 'Результат'],
    ['1.1.', `Соглашение о сотрудничестве ${year}`, 'Руководители ПОО', `до 01.06.${year}`, 'Соглашение'],
    ['1.2.', `План-график работы ${year}`, 'Рабочая группа', `до 15.05.${year}`, 'План-график'],
  ];
}

async function save(name: string, sheets: Parameters<typeof fixtureXlsx>[0]): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await fixtureXlsx(sheets));
  return file;
}

const emlTexts = (folder: string) => readdirSync(folder).map((f) => readFileSync(path.join(folder, f), 'utf8'));

describe('--sheet: a workbook with «План 2020» and «План 2021» (2021-06-15)', () => {
  let file: string;
  beforeAll(async () => {
    file = await save('plans.xlsx', [
      { name: 'План 2020', values: plan(2020) },
      { name: 'План 2021', values: plan(2021) },
      { name: 'Исполнители', values: DIRECTORY },
    ]);
  });

  it('without --sheet the first plan is read (why the flag is needed)', async () => {
    const run = await roadmap(['check', file, '--today', '2021-06-15', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ sheet: 'План 2020', planYear: 2020 });
  });

  it('prepares, checks, summarises and e-mails the 2021 plan only', async () => {
    const out = path.join(dir, 'plans-out.xlsx');
    const outbox = path.join(dir, 'plans-mail');
    const run = await roadmap([
      'check',
      file,
      '--sheet',
      'План 2021',
      '--today',
      '2021-06-15',
      '--json',
      '--send',
      '--outbox',
      outbox,
      '--out',
      out,
    ]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out);
    expect(report).toMatchObject({ sheet: 'План 2021', planYear: 2021 });
    expect(report.measures.map((m: { title: string }) => m.title)).toEqual([
      'Соглашение о сотрудничестве 2021',
      'План-график работы 2021',
    ]);
    const mails = emlTexts(outbox);
    expect(mails.length).toBeGreaterThan(0);
    expect(mails.join('\n')).not.toContain('2020');

    const workbook = await readXlsx(out, new Runtime());
    expect(workbook._sheet('План 2020')._rawValues()[1]).toEqual(plan(2020)[1]); // no add-in columns
    expect(workbook._sheet('План 2021')._rawValues()[1]).toContain('Состояние');
    const summary = workbook._sheet('Сводка')._rawValues().flat().map(String).join(' ');
    expect(summary).not.toContain('2020');
  }, 60000);

  it('an unknown sheet is a clear error', async () => {
    const run = await roadmap(['check', file, '--sheet', 'План 2022', '--today', '2021-06-15']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('«План 2022»');
  });
});

describe('--header-row and --columns: a table whose header is not recognised (2021-06-15)', () => {
  let file: string;
  beforeAll(async () => {
    file = await save('unnamed.xlsx', [
      { name: 'План', values: unrecognised.values },
      { name: 'Исполнители', values: DIRECTORY },
    ]);
  });

  it('without them the table is not found', async () => {
    const run = await roadmap(['check', file, '--today', '2021-06-15']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/не найдена/);
    expect(run.err).toContain('Укажите строку заголовка и столбцы: --header-row N --columns');
  });

  it('reads, judges and reminds the measures in the given columns', async () => {
    const run = await roadmap([
      'check',
      file,
      '--today',
      '2021-06-15',
      '--header-row',
      '2',
      '--columns',
      'number=A,measure=B,executors=C,deadline=D,result=E',
      '--json',
    ]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out);
    const due = new Map(report.measures.map((m: { number: string; due: string | null }) => [m.number, m.due]));
    expect([...due.keys()]).toEqual(['1.1', '1.2', '1.3', '1.4']);
    expect([due.get('1.1'), due.get('1.2'), due.get('1.4')]).toEqual(['2021-03-31', '2021-06-01', '2021-12-31']);
    expect(due.get('1.3')).not.toBeNull(); // «ежемесячно»: a due date each month
    expect(report.reminders.flatMap((r: { measures: string[] }) => r.measures)).toEqual(
      expect.arrayContaining(['1.1', '1.2']),
    );
  }, 60000);

  it.each([
    [['--columns', 'measure=B'], /deadline/],
    [['--columns', 'measure=B,deadline=1'], /букв|роль=буква/],
    [['--columns', 'title=B,deadline=D'], /роли: number, measure/],
    [['--header-row', 'два'], /--header-row/],
    [['--header-row', '2', '--columns', 'measure=B,deadline=B'], /выбран дважды/],
  ])('refuses %j with a Russian usage error (exit 2)', async (flags, message) => {
    const run = await roadmap(['check', file, '--today', '2021-06-15', ...(flags as string[])]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message as RegExp);
  });
});

describe('cells merged down in an .xlsx (2021-06-15)', () => {
  it('reminds the executors merged over three measures of all three', async () => {
    const file = await save('merged.xlsx', [
      { name: 'Дорожная карта', values: mergedCells.values, merges: mergedCells.merges },
      { name: 'Исполнители', values: DIRECTORY },
    ]);
    const outbox = path.join(dir, 'merged-mail');
    const out = path.join(dir, 'merged-out.xlsx');
    const run = await roadmap([
      'check',
      file,
      '--today',
      '2021-06-15',
      '--json',
      '--send',
      '--outbox',
      outbox,
      '--out',
      out,
    ]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out);
    const toPoo = report.reminders.filter((r: { to: string[] }) => r.to.includes('poo@example.org'));
    expect(toPoo.flatMap((r: { measures: string[] }) => r.measures)).toEqual(
      expect.arrayContaining(['1.1', '1.2', '1.3']),
    );
    const mail = emlTexts(outbox).find((t) => t.includes('poo@example.org')) ?? '';
    expect(mail).not.toBe('');
  }, 60000);
});
