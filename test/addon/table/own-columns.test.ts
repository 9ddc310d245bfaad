import type { ValidationRule } from '../../../src/local/emulator/spreadsheet/cell';
import { hostForSample } from './bundle';
import { coreRoadmap } from './workbook';

/**
 * Issue 13 point 10: «Подготовить таблицу» on the sample, whose «Статус» and «Дата выполнения»
 * columns the person made: their validation and number formats stay theirs; the add-in adds a
 * dropdown only to a column that has no validation at all. Today 2021-06-15.
 */
const TODAY = '2021-06-15';

async function sample() {
  const { host, sheet } = await hostForSample();
  const roadmap = coreRoadmap(sheet, TODAY);
  const status = roadmap.addinColumns.status as number;
  const completed = roadmap.addinColumns.completed as number;
  const first = roadmap.firstDataRow as number;
  const rows = Array.from({ length: sheet.maxRows - first + 1 }, (_, i) => first + i);
  return { host, sheet, status, completed, first, rows };
}

describe('prepare leaves the person’s own add-in columns theirs (2021-06-15)', () => {
  it('never replaces a validation of theirs on «Статус», even one that starts a few rows down', async () => {
    const { host, sheet, status, first, rows } = await sample();
    const theirs: ValidationRule = {
      criteria: 'VALUE_IN_LIST',
      args: [['да', 'нет'], true],
      allowInvalid: true,
      helpText: null,
    };
    for (const r of rows) if (r >= first + 3) sheet._ensureCell(r, status).validation = { ...theirs };
    const before = rows.map((r) => JSON.stringify(sheet._snapshotCell(r, status).validation ?? null));
    host.run('prepareTable');
    expect(rows.map((r) => JSON.stringify(sheet._snapshotCell(r, status).validation ?? null))).toEqual(before);
  });

  it('adds no number format to their «Дата выполнения», kept as plain text', async () => {
    const { host, sheet, completed, rows } = await sample();
    for (const r of rows) sheet._ensureCell(r, completed).numberFormat = '@';
    const before = rows.map((r) => sheet._snapshotCell(r, completed).numberFormat ?? null);
    host.run('prepareTable');
    expect(rows.map((r) => sheet._snapshotCell(r, completed).numberFormat ?? null)).toEqual(before);
  });

  it('gives a «Статус» with no validation at all the dropdown, warning on old entries', async () => {
    const { host, sheet, status, first } = await sample();
    expect(sheet._snapshotCell(first, status).validation ?? null).toBeNull();
    host.run('prepareTable');
    const validation = sheet._snapshotCell(first, status).validation;
    expect(validation?.criteria).toBe('VALUE_IN_LIST');
    expect(validation?.args[0]).toContain('Выполнено');
    expect(validation?.allowInvalid).toBe(true);
  });
});
