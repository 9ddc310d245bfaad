/**
 * onEdit as a simple trigger (LIMITED, 30 s, no service that needs authorization) on the
 * prepared sample, 2021-06-15 09:00 in Asia/Tomsk: the edited rows only are re-judged, and
 * «Выполнено» with no date fills in today.
 */
import { serialToIso } from '../../../src/local/emulator/spreadsheet';
import type { ExecutionResult } from '../../../src/local/host';
import { checkReport, columnsByHeader, hostForSample, ROADMAP_SHEET, toA1 } from './bundle';
import { syntheticTable } from './synthetic';
import { changedCells, storedCells } from './workbook';

const HEADER_ROW = 10;
/**
 * Rows of the sample: 1.1 «февраль-март 2021 г.» (Выполнено 22.03.2021), 1.6 «декабрь 2021 г.»,
 * 1.7 «август 2021 г.», 2.1 «апрель 2021г.» (В работе, overdue), 2.4 «май 2021г.» and
 * 2.5 «апрель 2021г.» (overdue, Статус empty), 2.6 «сентябрь 2021г.».
 */
const ROW_1_1 = 12;
const ROW_1_6 = 17;
const ROW_1_7 = 18;
const ROW_2_1 = 20;
const ROW_2_4 = 24;
const ROW_2_5 = 25;

async function prepared() {
  const { host, sheet, spreadsheet } = await hostForSample();
  host.run('prepareTable');
  const columns = columnsByHeader(sheet, HEADER_ROW);
  const col = (name: string) => {
    const c = columns.get(name);
    if (!c) throw new Error(`no column ${name}`);
    return c;
  };
  const cell = (row: number, name: string) => sheet._cellAt(row, col(name))?.value ?? '';
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
    // The sample's column G is the coordinator's, formatted 'dd.mm.yyyy': the date shows as a date.
    expect(t.sheet.getRange(ROW_1_6, t.col('Дата выполнения')).getDisplayValue()).toBe('15.06.2021');
    expect(t.cell(ROW_1_6, 'Состояние')).toBe('Выполнено в срок');
    expect(t.dateCell(ROW_1_6, 'Крайний срок')).toBe('2021-12-31');
  });

  it('judges an overdue measure marked «Выполнено» today as done late', async () => {
    const t = await prepared();
    // 2.1: «В работе», due 30.04.2021, overdue → «Выполнено» on 15.06.2021 is late.
    expect(t.cell(ROW_2_1, 'Состояние')).toBe('Просрочено');
    only(t.host.edit(t.at(ROW_2_1, 'Статус'), 'Выполнено'));
    expect(t.dateCell(ROW_2_1, 'Дата выполнения')).toBe('2021-06-15');
    expect(t.cell(ROW_2_1, 'Состояние')).toBe('Выполнено с нарушением срока');
  });

  it('keeps a Дата выполнения the person already typed', async () => {
    const t = await prepared();
    // 2.5 is due 30.04.2021: 25.03.2021 is on time.
    only(t.host.edit(t.at(ROW_2_5, 'Дата выполнения'), '25.03.2021'));
    expect(t.cell(ROW_2_5, 'Состояние')).toBe('Выполнено в срок');
    only(t.host.edit(t.at(ROW_2_5, 'Статус'), 'Выполнено'));
    expect(t.dateCell(ROW_2_5, 'Дата выполнения')).toBe('2021-03-25');
    expect(t.cell(ROW_2_5, 'Состояние')).toBe('Выполнено в срок');
  });

  it('takes the filled-in date back when «Выполнено» is changed back the same day', async () => {
    const t = await prepared();
    only(t.host.edit(t.at(ROW_1_6, 'Статус'), 'Выполнено'));
    expect(t.dateCell(ROW_1_6, 'Дата выполнения')).toBe('2021-06-15');
    only(t.host.edit(t.at(ROW_1_6, 'Статус'), 'В работе'));
    expect(t.cell(ROW_1_6, 'Дата выполнения')).toBe('');
    expect(t.cell(ROW_1_6, 'Состояние')).toBe('В работе');
  });

  it('keeps a completion date of another day when Статус changes (a recurring measure’s last completion)', async () => {
    const t = await prepared();
    // 1.5 «ежемесячно»: the sample records May's meeting on 27.05.2021.
    expect(t.dateCell(16, 'Дата выполнения')).toBe('2021-05-27');
    only(t.host.edit(t.at(16, 'Статус'), 'Выполнено'));
    only(t.host.edit(t.at(16, 'Статус'), 'В работе'));
    expect(t.dateCell(16, 'Дата выполнения')).toBe('2021-05-27');
  });

  it('re-judges on a new deadline (Новый срок) and on a changed Срок исполнения', async () => {
    const t = await prepared();
    // 2.5 (апрель 2021, overdue, Статус empty) moved to July: 46 days left, not started.
    expect(t.cell(ROW_2_5, 'Состояние')).toBe('Просрочено');
    only(t.host.edit(t.at(ROW_2_5, 'Новый срок'), 'июль 2021'));
    expect(t.cell(ROW_2_5, 'Новый срок')).toBe('июль 2021');
    expect(t.dateCell(ROW_2_5, 'Крайний срок')).toBe('2021-07-31');
    expect(t.cell(ROW_2_5, 'Состояние')).toBe('Не начато');
    expect(t.cell(ROW_2_5, 'Дней до срока')).toBe(46);
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
    // 2.4 (май, overdue), 2.5 (апрель, overdue), 2.6 (сентябрь): none has a Статус in the sample.
    const range = `${t.at(ROW_2_4, 'Статус')}:${t.at(ROW_2_4 + 2, 'Статус')}`;
    only(t.host.edit(range, [['Выполнено'], ['В работе'], ['Отменено']]));
    expect(t.cell(ROW_2_4, 'Состояние')).toBe('Выполнено с нарушением срока');
    expect(t.dateCell(ROW_2_4, 'Дата выполнения')).toBe('2021-06-15');
    expect(t.cell(ROW_2_4 + 1, 'Состояние')).toBe('Просрочено');
    expect(t.cell(ROW_2_4 + 1, 'Дата выполнения')).toBe('');
    expect(t.cell(ROW_2_4 + 2, 'Состояние')).toBe('Отменено');
    const after = checkReport(t.host).measures;
    for (const [i, m] of after.entries()) {
      if (m.row >= ROW_2_4 && m.row <= ROW_2_4 + 2) continue;
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

  it('fills in the date of the spreadsheet’s zone, not the script’s (2021-06-15 18:30 UTC: 16 June in Tomsk)', async () => {
    const { host, sheet, spreadsheet } = await hostForSample({ scriptTimeZone: 'Europe/Moscow' });
    expect(spreadsheet.timeZone).toBe('Asia/Tomsk');
    host.run('prepareTable');
    host.clock.set(Date.UTC(2021, 5, 15, 18, 30));
    const columns = columnsByHeader(sheet, HEADER_ROW);
    only(host.edit(toA1(ROW_1_6, columns.get('Статус') as number), 'Выполнено'));
    const filled = sheet._cellAt(ROW_1_6, columns.get('Дата выполнения') as number)?.value;
    expect(serialToIso(Number(filled))).toBe('2021-06-16');
  });

  it('does nothing, without an error, before the table is prepared', async () => {
    const { host, sheet } = await hostForSample();
    const result = only(host.edit(toA1(ROW_1_1, 4), 'июль 2021'));
    expect(result.calls.cellsWritten).toBe(0);
    expect(sheet._lastColumn()).toBe(7); // the sample's own A–G, nothing added
  });

  it('writes nothing over moved columns: a column inserted left of the table since the last check', async () => {
    const t = await prepared();
    t.sheet.insertColumnsBefore(1, 1);
    const before = storedCells(t.sheet);
    // Статус of 1.6 is now one column to the right of where the cached header says.
    const status = toA1(ROW_1_6, t.col('Статус') + 1);
    only(t.host.edit(status, 'Выполнено'));
    expect(changedCells(before, storedCells(t.sheet))).toEqual([status]);
    // A new measure typed under the table, its computed cells still empty: left alone too.
    const fresh = 46;
    t.sheet._ensureCell(fresh, 2).value = '3.11.';
    t.sheet._ensureCell(fresh, 3).value = 'Новое мероприятие';
    t.sheet._ensureCell(fresh, 4).value = 'ЦОПП';
    t.sheet._ensureCell(fresh, t.col('Отметка об исполнении') + 1).value = 'Договор на согласовании';
    const typed = storedCells(t.sheet);
    const freshStatus = toA1(fresh, t.col('Статус') + 1);
    only(t.host.edit(freshStatus, 'Выполнено'));
    expect(changedCells(typed, storedCells(t.sheet))).toEqual([freshStatus]);
  });

  it('works again on the moved columns once the next full check has read the header', async () => {
    const t = await prepared();
    t.sheet.insertColumnsBefore(1, 1);
    t.host.run('checkDeadlines');
    const moved = (name: string) => t.col(name) + 1;
    only(t.host.edit(toA1(ROW_1_6, moved('Статус')), 'Выполнено'));
    expect(t.sheet._cellAt(ROW_1_6, moved('Состояние'))?.value).toBe('Выполнено в срок');
    expect(serialToIso(Number(t.sheet._cellAt(ROW_1_6, moved('Дата выполнения'))?.value))).toBe('2021-06-15');
  });

  it('keeps working when a row is inserted above the header (the rows’ own cells vouch for the columns)', async () => {
    const t = await prepared();
    t.sheet.insertRowsBefore(1, 1);
    only(t.host.edit(t.at(ROW_1_6 + 1, 'Статус'), 'Выполнено'));
    expect(t.cell(ROW_1_6 + 1, 'Состояние')).toBe('Выполнено в срок');
    expect(t.dateCell(ROW_1_6 + 1, 'Дата выполнения')).toBe('2021-06-15');
  });
});

describe('onEdit far below the header of a long table (1,000 measures, 2021-06-15)', () => {
  const STATUS = 6;
  const STATE = 11;
  /** «Подготовить таблицу» leaves «Исполнители» active (insertSheet activates it): name the sheet. */
  const onRoadmap = (a1: string) => `'${ROADMAP_SHEET}'!${a1}`;

  it('re-judges a row 1,000 rows down with at most 5 Spreadsheet calls', () => {
    const { host, sheet, rows } = syntheticTable(1000);
    host.run('prepareTable');
    expect(sheet._cellAt(4, STATUS)?.value).toBe('Статус');
    expect(sheet._cellAt(4, STATE)?.value).toBe('Состояние');
    const result = only(host.edit(onRoadmap(toA1(rows, STATUS)), 'Отменено'));
    expect(result.calls.spreadsheetCalls).toBeLessThanOrEqual(5);
    expect(result.calls.cellsRead).toBeLessThan(100);
    expect(sheet._cellAt(rows, STATE)?.value).toBe('Отменено');
  });

  it('leaves a checked row alone once a column was inserted left of the table', () => {
    const { host, sheet, rows } = syntheticTable(1000);
    host.run('prepareTable');
    sheet.insertColumnsBefore(1, 1);
    const before = storedCells(sheet);
    const status = toA1(rows, STATUS + 1);
    only(host.edit(onRoadmap(status), 'Выполнено'));
    expect(changedCells(before, storedCells(sheet))).toEqual([status]);
  });
});
