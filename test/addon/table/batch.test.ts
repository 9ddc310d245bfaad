/**
 * Batch I/O: the full check reads the table with one getValues and writes each block of
 * computed columns with one setValues, so its Spreadsheet calls do not grow with the table.
 * Synthetic roadmaps of 100 and 5,000 measures, 2021-06-15 09:00 in Asia/Tomsk.
 */
import type { ExecutionResult, Host } from '../../../src/local/host';
import { checkReport, columnsByHeader, hostForSample, JUNE_15, toA1 } from './bundle';
import { MEASURES_PER_SECTION, syntheticTable } from './synthetic';
import { changedCells, storedCells } from './workbook';

const tableOf = syntheticTable;

function run(host: Host, name: string): ExecutionResult {
  const result = host.execute(name, { kind: 'menu', authMode: 'FULL', user: host.activeUser });
  expect(result.error).toBeUndefined();
  return result;
}

/** Spreadsheet calls only, by method. */
function spreadsheetMethods(result: ExecutionResult): Record<string, number> {
  return Object.fromEntries(Object.entries(result.calls.byMethod).filter(([k]) => k.startsWith('Spreadsheet.')));
}

describe('call counts on 100 and 5,000 measures (2021-06-15)', () => {
  let small: ReturnType<typeof tableOf>;
  let large: ReturnType<typeof tableOf>;
  const results: Record<'small' | 'large', { prepare: ExecutionResult; check: ExecutionResult }> = {} as never;

  beforeAll(() => {
    small = tableOf(100);
    large = tableOf(5000);
    for (const [key, table] of [
      ['small', small],
      ['large', large],
    ] as const) {
      const prepare = run(table.host, 'prepareTable');
      const check = run(table.host, 'checkDeadlines');
      results[key] = { prepare, check };
    }
  });

  it('reads all 5,000 measures in their 500 sections', () => {
    const report = checkReport(large.host);
    expect(report.measures).toHaveLength(5000);
    expect(report.sections).toHaveLength(5000 / MEASURES_PER_SECTION);
    expect(report.measures[4999]?.number).toBe('500.10');
  });

  it('makes the same Spreadsheet calls, method by method, for the full check', () => {
    expect(results.large.check.calls.spreadsheetCalls).toBe(results.small.check.calls.spreadsheetCalls);
    expect(spreadsheetMethods(results.large.check)).toEqual(spreadsheetMethods(results.small.check));
    expect(results.small.check.calls.spreadsheetCalls).toBeLessThanOrEqual(25);
  });

  it('makes the same Spreadsheet calls for «Подготовить таблицу»', () => {
    expect(spreadsheetMethods(results.large.prepare)).toEqual(spreadsheetMethods(results.small.prepare));
  });

  it('reads the table once and writes the three computed columns with one setValues', () => {
    const methods = spreadsheetMethods(results.large.check);
    expect(methods['Spreadsheet.Range.getValues']).toBeLessThanOrEqual(2); // the table, the directory
    expect(methods['Spreadsheet.Range.setValues']).toBe(1);
    const dataRows = large.rows - 4;
    expect(results.large.check.calls.cellsWritten).toBe(dataRows * 3);
  });

  it('finishes the 5,000-measure check well inside the 6-minute limit of the latency model', () => {
    expect(results.large.check.calls.emulatedMs).toBeLessThan(60_000);
  });
});

describe('writes per contiguous block (the sample, 2021-06-15)', () => {
  it('writes the computed columns with two setValues once a user column splits them (2021-06-16)', async () => {
    const { host, sheet } = await hostForSample();
    host.run('prepareTable');
    const columns = columnsByHeader(sheet, 10);
    const state = columns.get('Состояние') as number;
    sheet.insertColumnsAfter(state, 1);
    const comment = state + 1;
    sheet._ensureCell(10, comment).value = 'Комментарий куратора';
    sheet._ensureCell(12, comment).value = 'Ждём подписи';
    const before = storedCells(sheet);
    host.clock.set(JUNE_15 + 86_400_000); // the next day: every Дней до срока changes
    const check = run(host, 'checkDeadlines');
    expect(spreadsheetMethods(check)['Spreadsheet.Range.setValues']).toBe(2);
    const letter = toA1(1, comment).replace(/\d+$/, '');
    const changed = changedCells(before, storedCells(sheet));
    expect(changed.filter((a1) => new RegExp(`^${letter}\\d+$`).test(a1))).toEqual([]);
    expect(changed.length).toBeGreaterThan(0);
    expect(sheet._cellAt(12, comment + 1)?.value).toBe(-77);
  });
});
