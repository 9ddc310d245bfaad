import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { STATE_CODES } from '../../../src/core/model';
import { STATE_LABELS } from '../../../src/core/states';
import type { Io } from '../../../src/local/cli/io';
import { main } from '../../../src/local/cli/main';
import { Runtime } from '../../../src/local/emulator/runtime';
import { readXlsx } from '../../../src/local/xlsx';

/**
 * Issues 6 and 7 through the CLI on the sample at 2021-06-15: the --out workbook holds «Сводка»,
 * one sheet per task and «Отчёт для совета» with the counts of the --json report, and a second
 * --send on the --out workbook sends nothing. Runs the BUILT dist/Code.js (npm test builds it).
 */
const root = path.resolve(__dirname, '../../..');
const sample = path.join(root, 'samples/roadmap-2021.xlsx');

interface ReportMeasure {
  number: string;
  section: string | null;
  state: string;
  due: string | null;
  completed: string | null;
}
interface Report {
  sections: { id: string; title: string; measures: number }[];
  measures: ReportMeasure[];
  reminders: { to: string[]; measures: string[] }[];
  sent: number;
}

async function run(args: string[]): Promise<{ exit: number; out: string }> {
  process.env.ROADMAP_CODE_JS = path.join(root, 'dist/Code.js');
  const lines: string[] = [];
  const io: Io = { out: (l) => lines.push(l), err: (l) => lines.push(l), readStdin: async () => '', today: () => '' };
  const exit = await main(args, io);
  return { exit, out: lines.join('\n') };
}

/** The state-count block of a summary sheet: label → count, from the first «label | number» pairs found. */
function stateCounts(values: unknown[][]): Record<string, number> {
  const labels = new Set<string>(Object.values(STATE_LABELS));
  const counts: Record<string, number> = {};
  for (const row of values) {
    row.forEach((label, j) => {
      const count = row[j + 1];
      if (typeof label === 'string' && labels.has(label) && typeof count === 'number' && !(label in counts)) {
        counts[label] = count;
      }
    });
  }
  return counts;
}

function expectedCounts(measures: readonly ReportMeasure[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of STATE_CODES) counts[STATE_LABELS[code]] = measures.filter((m) => m.state === code).length;
  return counts;
}

describe('roadmap check --out on the 2021 sample (today 2021-06-15)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-workbook-'));
  const out = path.join(dir, 'out.xlsx');
  let report: Report;

  beforeAll(async () => {
    const result = await run(['check', sample, '--today', '2021-06-15', '--json', '--out', out]);
    expect(result.exit).toBe(0);
    report = JSON.parse(result.out) as Report;
  }, 30000);

  it('writes «Сводка», one sheet per task and «Отчёт для совета»', async () => {
    const workbook = await readXlsx(out, new Runtime());
    const names = workbook.getSheets().map((s) => s.getName());
    expect(report.sections).toHaveLength(3);
    expect(names).toEqual(expect.arrayContaining(['Сводка', 'Задача 1', 'Задача 2', 'Задача 3', 'Отчёт для совета']));
  });

  it('counts on «Сводка» and on each task sheet equal the --json report', async () => {
    const workbook = await readXlsx(out, new Runtime());
    const summary = workbook.getSheetByName('Сводка')?.getDataRange().getValues() ?? [];
    expect(stateCounts(summary)).toEqual(expectedCounts(report.measures));
    report.sections.forEach((section, i) => {
      const sheet =
        workbook
          .getSheetByName(`Задача ${i + 1}`)
          ?.getDataRange()
          .getValues() ?? [];
      const own = report.measures.filter((m) => m.section === section.id);
      expect(own).toHaveLength(section.measures);
      expect(stateCounts(sheet)).toEqual(expectedCounts(own));
    });
  });

  it('lists in the council report the measures due or done in May 2021 (the past month)', async () => {
    const workbook = await readXlsx(out, new Runtime());
    const values = workbook.getSheetByName('Отчёт для совета')?.getDataRange().getValues() ?? [];
    const inMay = (d: string | null) => d !== null && d >= '2021-05-01' && d <= '2021-05-31';
    const expected = report.measures
      .filter((m) => m.state !== 'cancelled' && (inMay(m.due) || inMay(m.completed)))
      .map((m) => m.number)
      .sort();
    const listed = values
      .map((row) => row[0])
      .filter((cell): cell is string => typeof cell === 'string' && /^\d+\.\d+$/.test(cell))
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(listed).toEqual(expected);
  });

  it('sends each due reminder once: a second --send on the --out workbook sends nothing', async () => {
    const first = path.join(dir, 'sent.xlsx');
    const outbox = path.join(dir, 'mail');
    const sent = await run([
      'check',
      sample,
      '--today',
      '2021-06-15',
      '--json',
      '--send',
      '--outbox',
      outbox,
      '--out',
      first,
    ]);
    expect(sent.exit).toBe(0);
    const firstReport = JSON.parse(sent.out) as Report;
    expect(firstReport.sent).toBe(firstReport.reminders.length);
    expect(firstReport.sent).toBeGreaterThan(0);
    const files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
    expect(files).toHaveLength(firstReport.sent);
    // One e-mail per address.
    const recipients = files.map((f) => /^To: (.*)$/m.exec(readFileSync(path.join(outbox, f), 'utf8'))?.[1]);
    expect(new Set(recipients).size).toBe(files.length);

    const again = await run([
      'check',
      first,
      '--today',
      '2021-06-15',
      '--json',
      '--send',
      '--out',
      path.join(dir, 'again.xlsx'),
    ]);
    expect(again.exit).toBe(0);
    const secondReport = JSON.parse(again.out) as Report;
    expect([secondReport.reminders.length, secondReport.sent]).toEqual([0, 0]);
  }, 30000);
});
