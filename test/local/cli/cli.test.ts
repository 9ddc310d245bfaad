import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { Runtime } from '../../../src/local/emulator/runtime';
import { EmulatedSpreadsheet } from '../../../src/local/emulator/spreadsheet';
import { readXlsx, writeXlsx } from '../../../src/local/xlsx';
import { FAKE_BUNDLE } from './fake-bundle';

/**
 * `roadmap` as a child process, built with esbuild into build/local/cli.cjs as the lead's
 * build does. Each case states its --today; the workbooks are made here.
 */
const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'build/local/cli.cjs');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'roadmap-cli-'));
const fakeCode = path.join(tmp, 'fake', 'Code.js');
const roadmapXlsx = path.join(tmp, 'roadmap.xlsx');
const emptyXlsx = path.join(tmp, 'empty.xlsx');
const brokenXlsx = path.join(tmp, 'broken.xlsx');

async function workbook(file: string, rows: (string | number)[][]) {
  const ss = new EmulatedSpreadsheet(new Runtime(), { name: 'Дорожная карта' });
  const sheet = ss.getActiveSheet();
  // Measure numbers such as 1.1 stay text, as in a sheet whose column A is formatted «@».
  sheet.getRange(1, 1, rows.length, 1).setNumberFormat('@');
  sheet.getRange(1, 1, rows.length, rows[0]?.length ?? 1).setValues(rows as never);
  await writeXlsx(ss, file);
}

/** Built once; every test awaits it (concurrent tests start before beforeAll would finish). */
const ready = (async () => {
  await build({
    entryPoints: [path.join(root, 'src/local/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: cli,
    external: ['exceljs', 'playwright-core'],
    logLevel: 'warning',
  });
  mkdirSync(path.dirname(fakeCode), { recursive: true });
  writeFileSync(fakeCode, FAKE_BUNDLE);
  const table = [
    ['Дорожная карта на 2021 год', '', '', ''],
    ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Исполнитель'],
    ['1.1', 'Провести совещание', 'март 2021 г.', 'Руководители ПОО'],
    ['1.2', 'Отчёт', 'когда-нибудь', 'Иванов И.И.'],
  ];
  await workbook(roadmapXlsx, table);
  await workbook(emptyXlsx, [['Просто заметки']]);
  await workbook(brokenXlsx, [['СЛОМАТЬ'], ['№']]);
})();

/** Runs the built CLI as a child process. */
async function roadmap(args: string[], options: { input?: string; code?: string } = {}) {
  await ready;
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, ROADMAP_CODE_JS: options.code ?? fakeCode },
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
    });
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(options.input ?? '');
  });
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
    [['check', roadmapXlsx, '--frobnicate'], /Неизвестный параметр: --frobnicate/],
    [['check', roadmapXlsx, '--today', '15.06.2021'], /Неверная дата в --today/],
    [['check', roadmapXlsx, '--today', '2021-02-30'], /Неверная дата в --today/],
    [['check', roadmapXlsx, '--today'], /нужно значение/],
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
    const { code, err } = await roadmap(['check', path.join(tmp, 'nope.xlsx'), '--today', '2021-06-15']);
    expect(code).toBe(1);
    expectOneRussianLine(err);
    expect(err).toContain('Файл не найден');
  });

  it.concurrent('says a text file is not a workbook, even when it is named .xlsx', async () => {
    const fake = path.join(tmp, 'notes.xlsx');
    writeFileSync(fake, 'это не книга');
    for (const file of [fake, path.join(root, 'package.json')]) {
      const { code, err } = await roadmap(['check', file, '--today', '2021-06-15']);
      expect(code).toBe(1);
      expectOneRussianLine(err);
      expect(err).toContain('не книга Excel');
    }
  });

  it.concurrent('prints the add-in\u2019s own message when there is no roadmap table (today 2021-06-15)', async () => {
    const { code, err, out } = await roadmap(['check', emptyXlsx, '--today', '2021-06-15', '--json']);
    expect(code).toBe(1);
    expectOneRussianLine(err);
    expect(err).toContain('не найдена таблица дорожной карты');
    expect(out).toBe('');
  });

  it.concurrent('prints a Russian error the add-in throws, as it is', async () => {
    const { code, err } = await roadmap(['check', brokenXlsx, '--today', '2021-06-15']);
    expect(code).toBe(1);
    expect(err.trim()).toBe('roadmap: Лист защищён: надстройка не может добавить столбцы.');
  });

  it.concurrent('names a sheet the workbook does not have', async () => {
    const { code, err } = await roadmap(['check', roadmapXlsx, '--sheet', 'План', '--today', '2021-06-15']);
    expect(code).toBe(1);
    expect(err).toContain('В книге нет листа «План»');
  });
});

describe('roadmap check', () => {
  it.concurrent('reports as JSON, with the preview as reminders and nothing sent (today 2021-06-15)', async () => {
    const { code, out, err } = await roadmap(['check', roadmapXlsx, '--today', '2021-06-15', '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ sheet: 'Лист1', planYear: 2021, today: '2021-06-15', sent: 0 });
    expect(report.sections).toHaveLength(1);
    expect(report.measures[0]).toMatchObject({ number: '1.1', state: 'overdue', due: '2021-03-31' });
    expect(report.problems[0].code).toBe('deadline-unreadable');
    expect(report.reminders).toEqual([
      { to: ['ivanov@example.org'], cc: ['boss@example.org'], step: 'escalation', measures: ['1.1', '1.2'] },
    ]);
  });

  it.concurrent('sets the clock to 09:00 of --today in the spreadsheet\u2019s zone, sends with --send and writes .eml files', async () => {
    const outbox = path.join(tmp, 'outbox');
    const { code, out } = await roadmap([
      'check',
      roadmapXlsx,
      '--today',
      '2021-06-16',
      '--send',
      '--outbox',
      outbox,
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ today: '2021-06-16', sent: 1 });
    const files = readdirSync(outbox);
    expect(files).toEqual(['001-ivanov@example.org.eml']);
    const eml = readFileSync(path.join(outbox, files[0] ?? ''), 'utf8');
    expect(eml).toContain('To: ivanov@example.org');
    expect(eml).toContain('Cc: boss@example.org');
    // 09:00 in Tomsk is 02:00 UTC; the add-in's calls took a few simulated seconds.
    expect(eml).toMatch(/Date: Wed, 16 Jun 2021 02:00:\d\d \+0000/);
  });

  // Not concurrent: exceljs requires files lazily, which jest refuses between concurrent tests.
  it('writes the resulting workbook with --out, the person\u2019s cells unchanged', async () => {
    const out = path.join(tmp, 'result.xlsx');
    const { code } = await roadmap(['check', roadmapXlsx, '--today', '2021-06-15', '--out', out]);
    expect(code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const ss = await readXlsx(out, new Runtime());
    expect(ss.getSheets().map((s) => s.getName())).toContain('Сводка');
    expect(ss.getSheetByName('Лист1')?.getRange('A2:E3').getValues()).toEqual([
      ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Исполнитель', 'Состояние'],
      ['1.1', 'Провести совещание', 'март 2021 г.', 'Руководители ПОО', ''],
    ]);
  });

  it.concurrent('prints a readable Russian summary without --json (today 2021-06-15)', async () => {
    const { code, out } = await roadmap(['check', roadmapXlsx, '--today', '2021-06-15']);
    expect(code).toBe(0);
    expect(out).toContain('Лист «Лист1», план на 2021 год, проверка на 15.06.2021');
    expect(out).toContain('Задач: 1, мероприятий: 1, замечаний к таблице: 1');
    expect(out).toContain('просрочено на 76 дней');
    expect(out).toContain('Письма не отправлялись (добавьте --send');
  });

  it.concurrent('runs the real built bundle and never invents what it does not provide (today 2021-06-15)', async () => {
    const real = path.join(root, 'dist/Code.js');
    if (!existsSync(real)) return;
    const { code, out } = await roadmap(['check', roadmapXlsx, '--today', '2021-06-15', '--json'], { code: real });
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.today).toBe('2021-06-15');
    expect(Array.isArray(report.measures)).toBe(true);
  });
});
