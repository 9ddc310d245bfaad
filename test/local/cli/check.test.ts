import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Runtime } from '../../../src/local/emulator/runtime';
import { readXlsx } from '../../../src/local/xlsx';
import { type CliFixtures, makeFixtures } from './fixtures';
import { roadmapInProcess } from './in-process';

/**
 * `roadmap check` on a usable workbook, in-process (main() with captured output) against
 * the stand-in bundle of fake-bundle.ts. Each case states its --today.
 */
let f: CliFixtures;
const savedCode = process.env.ROADMAP_CODE_JS;

beforeAll(async () => {
  f = await makeFixtures();
  process.env.ROADMAP_CODE_JS = f.fakeCode;
}, 20000);

afterAll(() => {
  if (savedCode === undefined) delete process.env.ROADMAP_CODE_JS;
  else process.env.ROADMAP_CODE_JS = savedCode;
});

// The wall clock of the run, which names the .eml files: 16.06.2021 03:04:05 UTC.
const roadmap = (args: string[]) => roadmapInProcess(args, Date.UTC(2021, 5, 16, 3, 4, 5));

describe('roadmap check', () => {
  it('sends with --send at 09:00 of --today (Tomsk), writes .eml files, the workbook and the JSON report (today 2021-06-16)', async () => {
    const outbox = path.join(f.dir, 'outbox');
    const result = path.join(f.dir, 'result.xlsx');
    const run = await roadmap([
      'check',
      f.roadmapXlsx,
      '--today',
      '2021-06-16',
      '--send',
      '--outbox',
      outbox,
      '--out',
      result,
      '--json',
    ]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);

    const report = JSON.parse(run.out);
    expect(report).toMatchObject({ sheet: 'Лист1', planYear: 2021, today: '2021-06-16', sent: 1 });
    expect(report.sections).toHaveLength(1);
    expect(report.measures[0]).toMatchObject({ number: '1.1', state: 'overdue', due: '2021-03-31' });
    expect(report.problems[0].code).toBe('deadline-unreadable');
    expect(report.reminders).toEqual([
      {
        to: ['ivanov@example.org'],
        cc: ['boss@example.org'],
        step: 'escalation',
        measures: ['1.1', '1.2'],
        plannedFor: '2021-06-15', // the fake bundle's preview says today is 2021-06-15 and holds nothing
      },
    ]);

    const files = readdirSync(outbox);
    expect(files).toEqual(['20210616-030405-001-ivanov@example.org.eml']);
    const eml = readFileSync(path.join(outbox, files[0] ?? ''), 'utf8');
    expect(eml).toContain('To: ivanov@example.org');
    expect(eml).toContain('Cc: boss@example.org');
    // 09:00 in Tomsk is 02:00 UTC; the add-in's calls took a few simulated seconds.
    expect(eml).toMatch(/Date: Wed, 16 Jun 2021 02:00:\d\d \+0000/);

    const ss = await readXlsx(result, new Runtime());
    expect(ss.getSheets().map((s) => s.getName())).toContain('Сводка');
    expect(ss.getSheetByName('Лист1')?.getRange('A2:E3').getValues()).toEqual([
      ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Исполнитель', 'Состояние'],
      ['1.1', 'Провести совещание', 'март 2021 г.', 'Руководители ПОО', ''],
    ]);
  });

  it('plans without sending and prints a readable Russian summary without --json (today 2021-06-15)', async () => {
    const run = await roadmap(['check', f.roadmapXlsx, '--today', '2021-06-15', '--outbox', path.join(f.dir, 'none')]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Лист «Лист1», план на 2021 год, проверка на 15.06.2021');
    expect(run.out).toContain('Задач: 1, мероприятий: 1, замечаний к таблице: 1');
    expect(run.out).toContain('просрочено на 76 дней');
    expect(run.out).toContain('Напоминаний к отправке: 1 письмо');
    expect(run.out).toContain('Письма не отправлялись (добавьте --send');
    expect(existsSync(path.join(f.dir, 'none'))).toBe(false);
  });

  it('runs the real built bundle and never invents what it does not provide (today 2021-06-15)', async () => {
    const real = path.resolve(__dirname, '../../../dist/Code.js');
    if (!existsSync(real)) return;
    process.env.ROADMAP_CODE_JS = real;
    try {
      const run = await roadmap(['check', f.roadmapXlsx, '--today', '2021-06-15', '--json']);
      expect(run.err).toBe('');
      const report = JSON.parse(run.out);
      expect(report.today).toBe('2021-06-15');
      for (const key of ['sections', 'measures', 'problems', 'reminders'])
        expect(Array.isArray(report[key])).toBe(true);
    } finally {
      process.env.ROADMAP_CODE_JS = f.fakeCode;
    }
  });
});
