import { mkdtempSync } from 'node:fs';
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
    expect(report.reminders).toEqual([
      {
        to: ['rabochaya-gruppa@example.org'],
        cc: ['brusilov@example.org'],
        step: 'escalation',
        measures: ['2.2', '2.4'],
      },
      // 1.2 «март 2020г.» is «Проверьте срок»: never reminded.
      { to: ['rukovoditeli-poo@example.org'], cc: [], step: 'escalation', measures: ['2.1'] },
      { to: ['sovet@example.org'], cc: ['brusilov@example.org'], step: 'escalation', measures: ['2.5'] },
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
