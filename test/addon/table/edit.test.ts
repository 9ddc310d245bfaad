/**
 * onEdit as a simple trigger (LIMITED, 30 s, no service that needs authorization) on the
 * prepared sample, 2021-06-15 09:00 in Asia/Tomsk: the edited rows only are re-judged, and
 * «Выполнено» with no date fills in today.
 */
import { serialToIso } from '../../../src/local/emulator/spreadsheet';
import type { ExecutionResult } from '../../../src/local/host';
import { checkReport, columnsByHeader, hostForSample, toA1 } from './bundle';
import { changedCells, storedCells } from './workbook';

const HEADER_ROW = 10;
/** Rows of the sample: 1.1 «февраль-март 2021 г.» (overdue), 1.6 «декабрь 2021 г.», 1.7 «август 2021 г.». */
const ROW_1_1 = 12;
const ROW_1_6 = 17;
const ROW_1_7 = 18;

async function prepared() {
  const { host, sheet, spreadsheet } = await hostForSample();
  host.run('prepareTable');
  const columns = columnsByHeader(sheet, HEADER_ROW);
  const col = (name: string) => {
    const c = columns.get(name);
    if (!c) throw new Error(`no column ${name}`);
    return c;
  };
  const cell = (row: number, name: string) => sheet.cellAt(row, col(name))?.value ?? '';
  const dateCell = (row: number, name: string) => {
    const v = cell(row, name);
    return typeof v === 'number' ? serialToIso(v) : v;
  };
  const at = (row: number, name: string) => toA1(row, col(name));
  return { host, sheet, spreadsheet, col, cell, dateCell, at };
}

function only(results: ExecutionResult[]): ExecutionResult {
  expect(results).toHaveLength(1);
  const [result] = results;
  if (!result) throw new Error('onEdit did not run');
  expect(result.error).toBeUndefined();
  expect(result.ok).toBe(true);
  return result;
}

describe('onEdit on the prepared sample (2021-06-15)', () => {
  it('fills today into an empty Дата выполнения when Статус becomes «Выполнено», done on time', async () => {
    const t = await prepared();
    expect(t.cell(ROW_1_6, 'Состояние')).toBe('Не начато');
    only(t.host.edit(t.at(ROW_1_6, 'Статус'), 'Выполнено'));
    expect(t.dateCell(ROW_1_6, 'Дата выполнения')).toBe('2021-06-15');
    expect(t.sheet.cellAt(ROW_1_6, t.col('Дата выполнения'))?.numberFormat).toBe('dd.MM.yyyy');
    expect(t.cell(ROW_1_6, 'Состояние')).toBe('Выполнено в срок');
    expect(t.dateCell(ROW_1_6, 'Крайний срок')).toBe('2021-12-31');
  });

  it('judges an overdue measure marked «Выполнено» today as done late', async () => {
    const t = await prepared();
    only(t.host.edit(t.at(ROW_1_1, 'Статус'), 'Выполнено'));
    expect(t.dateCell(ROW_1_1, 'Дата выполнения')).toBe('2021-06-15');
    expect(t.cell(ROW_1_1, 'Состояние')).toBe('Выполнено с нарушением срока');
  });

  it('keeps a Дата выполнения the person already typed', async () => {
    const t = await prepared();
    only(t.host.edit(t.at(ROW_1_1, 'Дата выполнения'), '25.03.2021'));
    expect(t.cell(ROW_1_1, 'Состояние')).toBe('Выполнено в срок');
    only(t.host.edit(t.at(ROW_1_1, 'Статус'), 'Выполнено'));
    expect(t.dateCell(ROW_1_1, 'Дата выполнения')).toBe('2021-03-25');
    expect(t.cell(ROW_1_1, 'Состояние')).toBe('Выполнено в срок');
  });

  it('re-judges on a new deadline (Новый срок) and on a changed Срок исполнения', async () => {
    const t = await prepared();
    only(t.host.edit(t.at(ROW_1_1, 'Новый срок'), 'июль 2021'));
    expect(t.cell(ROW_1_1, 'Новый срок')).toBe('июль 2021');
    expect(t.dateCell(ROW_1_1, 'Крайний срок')).toBe('2021-07-31');
    expect(t.cell(ROW_1_1, 'Состояние')).toBe('Не начато');
    expect(t.cell(ROW_1_1, 'Дней до срока')).toBe(46);
    only(t.host.edit(toA1(ROW_1_7, 4), 'до 20.06.2021'));
    expect(t.dateCell(ROW_1_7, 'Крайний срок')).toBe('2021-06-20');
    expect(t.cell(ROW_1_7, 'Состояние')).toBe('Скоро срок');
    expect(t.cell(ROW_1_7, 'Дней до срока')).toBe(5);
  });

  it('does nothing when an unrelated column is edited', async () => {
    const t = await prepared();
    const before = storedCells(t.sheet);
    const result = only(t.host.edit(t.at(ROW_1_1, 'Отметка об исполнении'), 'Соглашение подписано'));
    expect(result.calls.cellsWritten).toBe(0);
    expect(result.calls.spreadsheetCalls).toBe(0);
    const edited = only(t.host.edit(toA1(ROW_1_1, 5), 'Соглашение'));
    expect(edited.calls.spreadsheetCalls).toBe(0);
    expect(changedCells(before, storedCells(t.sheet))).toEqual(
      [t.at(ROW_1_1, 'Отметка об исполнении'), toA1(ROW_1_1, 5)].sort(),
    );
  });

  it('re-checks every row of a pasted 3-row block and no other', async () => {
    const t = await prepared();
    const before = checkReport(t.host).measures;
    const range = `${t.at(ROW_1_1, 'Статус')}:${t.at(ROW_1_1 + 2, 'Статус')}`;
    only(t.host.edit(range, [['Выполнено'], ['В работе'], ['Отменено']]));
    expect(t.cell(ROW_1_1, 'Состояние')).toBe('Выполнено с нарушением срока');
    expect(t.dateCell(ROW_1_1, 'Дата выполнения')).toBe('2021-06-15');
    expect(t.cell(ROW_1_1 + 1, 'Состояние')).toBe('Просрочено');
    expect(t.cell(ROW_1_1 + 1, 'Дата выполнения')).toBe('');
    expect(t.cell(ROW_1_1 + 2, 'Состояние')).toBe('Отменено');
    const after = checkReport(t.host).measures;
    for (const [i, m] of after.entries()) {
      if (m.row >= ROW_1_1 && m.row <= ROW_1_1 + 2) continue;
      expect(m).toEqual(before[i]);
    }
  });

  it('costs at most 5 Spreadsheet calls for a one-row edit, and runs LIMITED with no authorized service', async () => {
    const t = await prepared();
    for (const [a1, value] of [
      [t.at(ROW_1_6, 'Статус'), 'Выполнено'],
      [t.at(ROW_1_7, 'Статус'), 'В работе'],
      [t.at(ROW_1_1, 'Новый срок'), 'июль 2021'],
      [toA1(ROW_1_7, 4), 'сентябрь 2021'],
    ] as const) {
      const result = only(t.host.edit(a1, value));
      expect(result.execution.kind).toBe('simple-trigger');
      expect(result.execution.authMode).toBe('LIMITED');
      expect(result.calls.spreadsheetCalls).toBeLessThanOrEqual(5);
      const services = new Set(Object.keys(result.calls.byMethod).map((k) => k.split('.')[0]));
      for (const service of services) expect(['Spreadsheet', 'PropertiesService']).toContain(service);
    }
  });

  it('ignores edits on another sheet and above the table', async () => {
    const t = await prepared();
    const before = storedCells(t.sheet);
    const other = only(t.host.edit('Исполнители!B12', 'x@example.org'));
    expect(other.calls.cellsWritten).toBe(0);
    const title = only(t.host.edit(toA1(5, 4), 'заметка'));
    expect(title.calls.cellsWritten).toBe(0);
    expect(changedCells(before, storedCells(t.sheet))).toEqual(['D5']);
  });

  it('does nothing, without an error, before the table is prepared', async () => {
    const { host, sheet } = await hostForSample();
    const result = only(host.edit(toA1(ROW_1_1, 4), 'июль 2021'));
    expect(result.calls.cellsWritten).toBe(0);
    expect(sheet.internalLastColumn()).toBe(5);
  });
});
