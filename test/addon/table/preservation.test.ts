/**
 * «Подготовить таблицу» and «Проверить сроки» never touch a user's cell: on every table (the
 * sample .xlsx and the six fixtures), dressed up the way people dress their roadmaps (colors,
 * bold, notes, validation, a formula, a merged title, their own conditional rule), every user
 * cell is identical after prepare + check, twice. A second prepare changes nothing at all.
 * Day: 2021-06-15 09:00 in Asia/Tomsk.
 */
import { say } from '../../../src/core/i18n';
import { dueColumn, type Roadmap } from '../../../src/core/model';
import type { EmulatedSheet, EmulatedSpreadsheet } from '../../../src/local/emulator/spreadsheet';
import type { Host } from '../../../src/local/host';
import { ROADMAP_FIXTURES, seed2021 } from '../../fixtures/roadmaps';
import { hostForFixture, hostForSample } from './bundle';
import { cellsOf, coreRoadmap, extent, rulesOf, sheetState, workbookState } from './workbook';

const TODAY = '2021-06-15';

/** A person's own formatting on the table: the add-in must leave every bit of it alone. */
function dressUp(sheet: EmulatedSheet, roadmap: Roadmap): void {
  const width = roadmap.lastUserColumn;
  const header = roadmap.headerRow;
  for (let c = 1; c <= width; c++) {
    const cell = sheet._ensureCell(header, c);
    cell.background = '#efefef';
    cell.fontColor = '#1f3864';
    cell.bold = true;
  }
  const [first, second, third] = roadmap.measures;
  // The due column: «Срок исполнения», or «Окончание» in a table with a start and an end.
  const deadline = dueColumn(roadmap.columns) as number;
  const executors = roadmap.columns.executors as number;
  if (first) {
    const cell = sheet._ensureCell(first.row, deadline);
    cell.note = 'Уточнить срок у руководителя';
    cell.fontColor = '#cc0000';
  }
  if (second) {
    for (let c = 1; c <= width; c++) {
      const cell = sheet._ensureCell(second.row, c);
      cell.background = '#fff2cc';
      cell.italic = true;
    }
  }
  if (third) {
    // A formula of the user's in the measure's title cell, its value as Sheets computed it.
    const cell = sheet._ensureCell(third.row, roadmap.columns.measure as number);
    cell.formula = '="Итоговый "&"отчёт"';
    cell.value = 'Итоговый отчёт';
  }
  for (const m of roadmap.measures) {
    sheet._ensureCell(m.row, executors).validation = {
      criteria: 'VALUE_IN_LIST',
      args: [['Куратор', 'Директор'], true],
      allowInvalid: true,
      helpText: null,
    };
  }
  if (roadmap.columns.number) {
    for (const m of roadmap.measures) sheet._ensureCell(m.row, roadmap.columns.number).numberFormat = '@';
  }
  // A merged title above the header, if a row there has text in A only.
  const titleRow = [...Array(header - 1).keys()]
    .map((i) => i + 1)
    .find((r) => {
      const line = sheet._rawValues()[r - 1] ?? [];
      return line[0] !== '' && line.slice(1, width).every((v) => v === '') && !sheet._mergeAt(r, 1);
    });
  if (titleRow) sheet.merges.push({ row: titleRow, column: 1, numRows: 1, numColumns: width });
  // The user's own rule: deadlines mentioning 2020 in red.
  const rows = (roadmap.lastRow ?? header + 1) - header;
  const rule = sheet
    ._newConditionalFormatRule()
    .whenTextContains('2020')
    .setBackground('#ff0000')
    .setRanges([sheet._range(header + 1, deadline, rows, 1) as never])
    .build();
  sheet.conditionalRules.push(rule);
  sheet.columnWidths.set(roadmap.columns.measure as number, 400);
}

interface Table {
  name: string;
  open(): Promise<{ host: Host; spreadsheet: EmulatedSpreadsheet; sheet: EmulatedSheet }>;
  settings: { planYear?: number };
}

const TABLES: Table[] = [
  { name: 'samples/roadmap-2021.xlsx', open: () => hostForSample(), settings: {} },
  ...ROADMAP_FIXTURES.map((fixture) => ({
    name: fixture.name,
    open: async () => hostForFixture(fixture),
    settings: fixture.expected.planYearSource === 'settings' ? { planYear: fixture.expected.planYear } : {},
  })),
  {
    name: 'the seed in a sheet no wider or longer than its table (the add-in inserts its columns)',
    open: async () => {
      const table = hostForFixture(seed2021);
      table.sheet.maxColumns = seed2021.values[0]?.length ?? 5;
      table.sheet.maxRows = seed2021.values.length;
      return table;
    },
    settings: {},
  },
];

/** Every user cell of every sheet that existed before, and the user's merges and rules. */
function userPicture(spreadsheet: EmulatedSpreadsheet, roadmapSheet: EmulatedSheet, computed: ReadonlySet<number>) {
  return spreadsheet.sheets.map((sheet) => {
    const box = extent(sheet);
    return {
      name: sheet.name,
      box,
      cells: cellsOf(sheet, box, sheet === roadmapSheet ? computed : new Set()),
      merges: sheet.merges.map((m) => ({ ...m })),
      rules: rulesOf(sheet),
      widths: [...sheet.columnWidths.entries()],
      frozenColumns: sheet.frozenColumns,
    };
  });
}

describe.each(TABLES.map((t) => [t.name, t] as const))('%s (2021-06-15)', (_name, table) => {
  it('keeps every user cell, merge, rule and width through prepare + check, twice', async () => {
    const { host, spreadsheet, sheet } = await table.open();
    const roadmap = coreRoadmap(sheet, TODAY, table.settings);
    dressUp(sheet, roadmap);
    const computed = new Set(
      (['due', 'state', 'daysLeft', 'lastReminder'] as const)
        .map((k) => roadmap.addinColumns[k])
        .filter((c): c is number => c !== undefined),
    );
    // The add-in's input columns a person already had (Статус, Дата выполнения…): prepare may give
    // a column with no validation the dropdown or the date check, but every value stays as typed
    // (own-columns.test.ts: their validation and formats stay theirs).
    const inputs = (['status', 'completed', 'newDeadline', 'note'] as const)
      .map((k) => roadmap.addinColumns[k])
      .filter((c): c is number => c !== undefined);
    const inputValues = () => inputs.map((c) => sheet._rawValues().map((line) => line[c - 1] ?? ''));
    const valuesBefore = inputValues();
    const skipped = new Set([...computed, ...inputs]);
    const before = userPicture(spreadsheet, sheet, skipped);
    for (let i = 0; i < 2; i++) {
      host.run('prepareTable');
      host.run('checkDeadlines');
    }
    expect(inputValues()).toEqual(valuesBefore);
    const after = userPicture(spreadsheet, sheet, skipped);
    for (const [i, picture] of before.entries()) {
      const now = after[i];
      expect(now?.name).toBe(picture.name);
      // Cells inside the user's box are identical; the sheet may only have grown to the right or below.
      const sheetNow = spreadsheet._sheet(picture.name);
      const cells = cellsOf(sheetNow, picture.box, sheetNow === sheet ? skipped : new Set());
      expect(cells).toEqual(picture.cells);
      for (const merge of picture.merges) expect(now?.merges).toContainEqual(merge);
      expect(now?.rules.slice(0, picture.rules.length)).toEqual(picture.rules);
      for (const width of picture.widths) expect(now?.widths).toContainEqual(width);
      expect(now?.frozenColumns).toBe(picture.frozenColumns);
    }
    expect(spreadsheet.formulaLog).toEqual([]);
  });

  it('changes nothing at all when prepared again (columns, rules, frozen rows, sheets, metadata)', async () => {
    const { host, spreadsheet, sheet } = await table.open();
    dressUp(sheet, coreRoadmap(sheet, TODAY, table.settings));
    host.run('prepareTable');
    const once = workbookState(spreadsheet);
    const state = host.run('prepareTable') as { notice?: string };
    expect(state.notice).toBe(say({ code: 'prepared', added: [], directoryRowsAdded: 0 }));
    expect(workbookState(spreadsheet)).toEqual(once);
    host.run('checkDeadlines');
    expect(workbookState(spreadsheet)).toEqual(once);
  });

  it('adds the add-in’s columns right of the user’s table, its rules after the user’s, and stays on the table', async () => {
    const { host, spreadsheet, sheet } = await table.open();
    const roadmap = coreRoadmap(sheet, TODAY, table.settings);
    dressUp(sheet, roadmap);
    const userRules = rulesOf(sheet).length;
    host.run('prepareTable');
    const prepared = coreRoadmap(sheet, TODAY, table.settings);
    const columns = Object.values(prepared.addinColumns);
    expect(columns).toHaveLength(8);
    for (const c of columns) expect(c).toBeGreaterThan(roadmap.lastUserColumn);
    const own = sheetState(sheet).rules.slice(userRules);
    expect(own.length).toBeGreaterThanOrEqual(9);
    for (const rule of own) expect(rule.criteria).toBe('CUSTOM_FORMULA');
    expect(sheet.frozenRows).toBe((prepared.firstDataRow ?? prepared.headerLastRow + 1) - 1);
    expect(spreadsheet.sheets.map((s) => s.name)).toContain('Исполнители');
    expect(spreadsheet.activeSheet).toBe(sheet);
  });
});
