import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
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
 * `npm test` builds dist/ first; a stale bundle without getCheckReport skips this file.
 */
const root = path.resolve(__dirname, '../../..');
const code = path.join(root, 'dist/Code.js');
const sample = path.join(root, 'samples/roadmap-2021.xlsx');
const usable =
  existsSync(sample) && existsSync(code) && readFileSync(code, 'utf8').includes('function getCheckReport(');

(usable ? describe : describe.skip)('roadmap check on the 2021 sample (today 2021-06-15)', () => {
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

    const before = await readXlsx(sample, new Runtime());
    const after = await readXlsx(out, new Runtime());
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
