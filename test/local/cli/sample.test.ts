import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Io } from '../../../src/local/cli/io';
import { main } from '../../../src/local/cli/main';
import { Runtime } from '../../../src/local/emulator/runtime';
import { readXlsx } from '../../../src/local/xlsx';

/**
 * Issue 3's acceptance run: `roadmap check samples/roadmap-2021.xlsx --today 2021-06-15
 * --json --out …` runs the add-in's own BUILT code in the host and writes a workbook in
 * which every cell of the person's sheets is unchanged (value, display, format, colours).
 * `npm test` builds dist/ first.
 */
const root = path.resolve(__dirname, '../../..');
const code = path.join(root, 'dist/Code.js');
const sample = path.join(root, 'samples/roadmap-2021.xlsx');
describe('roadmap check on the 2021 sample (today 2021-06-15)', () => {
  const saved = process.env.ROADMAP_CODE_JS;
  afterAll(() => {
    if (saved === undefined) delete process.env.ROADMAP_CODE_JS;
    else process.env.ROADMAP_CODE_JS = saved;
  });

  it('reads 3 tasks and 29 measures and keeps every cell of the person\u2019s sheets', async () => {
    process.env.ROADMAP_CODE_JS = code;
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'roadmap-sample-')), 'x.xlsx');
    const lines: string[] = [];
    const io: Io = { out: (l) => lines.push(l), err: (l) => lines.push(l), readStdin: async () => '', today: () => '' };
    const exit = await main(['check', sample, '--today', '2021-06-15', '--json', '--out', out], io);
    expect(exit).toBe(0);
    const report = JSON.parse(lines.join('\n'));
    expect([report.today, report.planYear, report.sections.length, report.measures.length]).toEqual([
      '2021-06-15',
      2021,
      3,
      29,
    ]);

    // The demo day's entries (Статус / Дата выполнения in F and G), judged on 2021-06-15.
    const state = (n: string) => report.measures.find((m: { number: string }) => m.number === n)?.state;
    expect(['1.1', '1.3', '1.4', '1.5', '2.1', '2.2', '2.9', '3.9'].map(state)).toEqual([
      'done-on-time', // 22.03 ≤ 31.03
      'done-on-time', // 22.03 ≤ 31.03
      'done-late', // 14.05 > 30.04
      'in-progress', // ежемесячно: May done 27.05; June due 30.06, 15 days left
      'overdue', // В работе, due 30.04
      'overdue', // В работе, due 31.05
      'in-progress', // июнь-декабрь, due 31.12
      'in-progress', // ежемесячно: May done 31.05
    ]);
    // Every overdue measure is 14+ days late: escalations, in address order; Копия from «Исполнители».
    // Then the before-due step of 1.5 and 3.9 (due 30.06): 12 working days left (12–14 June are off
    // in 2021), within the default 14 working days.
    const today = { plannedFor: '2021-06-15' };
    expect(report.reminders).toEqual([
      {
        to: ['rabochaya-gruppa@example.org'],
        cc: ['brusilov@example.org'],
        step: 'escalation',
        measures: ['2.2', '2.4'],
        ...today,
      },
      // 1.2 «март 2020г.» is «Проверьте срок»: never reminded.
      { to: ['rukovoditeli-poo@example.org'], cc: [], step: 'escalation', measures: ['2.1'], ...today },
      { to: ['sovet@example.org'], cc: ['brusilov@example.org'], step: 'escalation', measures: ['2.5'], ...today },
      { to: ['brusilov@example.org'], cc: [], step: 'before-due', measures: ['1.5'], ...today },
      { to: ['stolyarov@example.org'], cc: [], step: 'before-due', measures: ['3.9'], ...today },
    ]);
    expect([report.workingDay, report.nextWorkingDay, report.calendarYearKnown, report.heldUntil]).toEqual([
      true,
      '2021-06-15',
      true,
      null,
    ]);

    const before = await readXlsx(sample, new Runtime());
    const after = await readXlsx(out, new Runtime());
    // F and G are recognised as the add-in's Статус and Дата выполнения; the other six follow them.
    expect(after.getSheets()[0]?.getRange('A10:M10').getValues()[0]?.slice(4)).toEqual([
      'Результат',
      'Статус',
      'Дата выполнения',
      'Новый срок',
      'Отметка об исполнении',
      'Крайний срок',
      'Состояние',
      'Дней до срока',
      'Последнее напоминание',
    ]);
    for (const sheet of before.getSheets()) {
      const range = sheet.getDataRange();
      const same = after.getSheetByName(sheet.getName())?.getRange(range.getA1Notation());
      expect(same?.getValues()).toEqual(range.getValues());
      expect(same?.getDisplayValues()).toEqual(range.getDisplayValues());
      expect(same?.getNumberFormats()).toEqual(range.getNumberFormats());
      expect(same?.getBackgrounds()).toEqual(range.getBackgrounds());
    }
  }, 20000);
});

describe('roadmap check on a non-working day (Friday 5 November 2021, moved from 2 January)', () => {
  const run = async (args: string[]) => {
    process.env.ROADMAP_CODE_JS = code;
    const lines: string[] = [];
    const io: Io = { out: (l) => lines.push(l), err: (l) => lines.push(l), readStdin: async () => '', today: () => '' };
    const exit = await main(['check', sample, '--today', '2021-11-05', ...args], io);
    return { exit, lines };
  };

  it('--send sends nothing and says why, in Russian', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-holiday-'));
    const outbox = path.join(dir, 'mail');
    const { exit, lines } = await run(['--send', '--outbox', outbox, '--out', path.join(dir, 'out.xlsx')]);
    expect(exit).toBe(0);
    expect(lines).toContain('Ничего не отправлено: сегодня нерабочий день, напоминания уйдут 08.11.2021.');
    // 31.10.2021 was a Sunday. 1.2 («март 2020г.», 31.03.2020) is «Проверьте срок»: not among the urgent.
    expect(lines.filter((l) => l.includes('выпадает на выходной')).map((l) => l.trim().split(' ')[0])).toEqual([
      '1.5',
      '2.3',
      '2.7',
      '2.10',
      '3.9',
    ]);
    expect(lines.join('\n')).toMatch(/только в рабочие дни: они \(писем: \d+\) будут отправлены 08\.11\.2021/);
    expect(existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')) : []).toEqual([]);
  }, 20000);

  it('--json says workingDay false and lists the reminders as planned for 08.11.2021, none sent', async () => {
    const { exit, lines } = await run(['--send', '--json']);
    expect(exit).toBe(0);
    const report = JSON.parse(lines.join('\n'));
    expect([report.workingDay, report.nextWorkingDay, report.heldUntil, report.sent]).toEqual([
      false,
      '2021-11-08',
      '2021-11-08',
      0,
    ]);
    expect(report.reminders.length).toBeGreaterThan(0);
    expect(report.reminders.every((r: { plannedFor: string }) => r.plannedFor === '2021-11-08')).toBe(true);
  }, 20000);
});
