import { createChartsGlobal } from '../../../../src/local/emulator/spreadsheet';
import { makeSpreadsheet } from './fixture';

describe('spreadsheet identity and settings', () => {
  it('has an id, a URL built from it, a name, Asia/Tomsk and ru_RU by default', () => {
    const { ss } = makeSpreadsheet();
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(ss.getName()).toBe('Тест');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Tomsk');
    expect(ss.getSpreadsheetLocale()).toBe('ru_RU');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Лист1']);
    expect(ss.getSheets()[0]?.getSheetId()).toBe(0);
  });
});

describe('sheets', () => {
  it('inserts at an index, finds by name, and gives each sheet its own gid', () => {
    const { ss } = makeSpreadsheet();
    const a = ss.insertSheet('Сводка');
    const b = ss.insertSheet('Задача 1', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Задача 1', 'Лист1', 'Сводка']);
    expect(ss.getSheetByName('Сводка')).toBe(a);
    expect(ss.getSheetByName('сводка')).toBeNull();
    expect(new Set([a.getSheetId(), b.getSheetId(), 0]).size).toBe(3);
    expect(ss.getActiveSheet()).toBe(b);
    expect(b.getIndex()).toBe(1);
  });

  it("refuses a duplicate name with Google's message, ignoring case", () => {
    const { ss } = makeSpreadsheet();
    ss.insertSheet('Исполнители');
    expect(() => ss.insertSheet('исполнители')).toThrow(
      'A sheet with the name "исполнители" already exists. Please enter another name.',
    );
    expect(() => ss.getSheets()[0]?.setName('Исполнители')).toThrow(/already exists/);
  });

  it('refuses empty, over-long and forbidden names', () => {
    const { ss } = makeSpreadsheet();
    expect(() => ss.insertSheet('  ')).toThrow();
    expect(() => ss.insertSheet('я'.repeat(101))).toThrow();
    expect(() => ss.insertSheet('я'.repeat(100))).not.toThrow();
    expect(() => ss.insertSheet('I/II квартал')).toThrow();
    expect(() => ss.insertSheet('History')).toThrow();
  });

  it('deletes sheets but never the last one', () => {
    const { ss, sheet } = makeSpreadsheet();
    const extra = ss.insertSheet('Журнал напоминаний');
    ss.deleteSheet(extra);
    expect(ss.getSheets()).toEqual([sheet]);
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });
});

describe('selection', () => {
  it('selects rows for the sidebar and reports the active range', () => {
    const { ss, app } = makeSpreadsheet();
    const other = ss.insertSheet('Дорожная карта');
    ss.setActiveSheet(ss.getSheets()[0] as never);
    other.setActiveSelection('A12:E12');
    expect(app.getActiveSheet()).toBe(other);
    expect(app.getActiveRange().getA1Notation()).toBe('A12:E12');
    ss.setActiveRange(other.getRange('B3'));
    expect(ss.getActiveRange()?.getA1Notation()).toBe('B3');
  });
});

describe('developer metadata', () => {
  it('lives on the spreadsheet, a sheet, and a whole row or column, and is found by key', () => {
    const { ss, sheet } = makeSpreadsheet();
    ss.addDeveloperMetadata('roadmap-tracker', 'v1');
    const dir = ss.insertSheet('Исполнители').addDeveloperMetadata('roadmap-tracker-sheet', 'directory');
    sheet.getRange('K:K').addDeveloperMetadata('roadmap-tracker-column', 'status');
    sheet.getRange(10, 1, 1, sheet.getMaxColumns()).addDeveloperMetadata('roadmap-tracker-header');
    const found = ss.createDeveloperMetadataFinder().withKey('roadmap-tracker-sheet').find();
    expect(found).toHaveLength(1);
    expect(found[0]?.getValue()).toBe('directory');
    expect(found[0]?.getLocation().getSheet()).toBe(dir);
    const column = sheet.createDeveloperMetadataFinder().withKey('roadmap-tracker-column').find()[0];
    expect(column?.getLocation().getColumn()?.getA1Notation()).toBe('K1:K1000');
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['roadmap-tracker']);
    expect(dir.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['directory']);
  });

  it("refuses metadata on a single cell or a part of a row with Google's message", () => {
    const { sheet } = makeSpreadsheet();
    const message =
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';
    expect(() => sheet.getRange('A1').addDeveloperMetadata('k')).toThrow(message);
    expect(() => sheet.getRange('A1:E1').addDeveloperMetadata('k')).toThrow(message);
  });

  it('moves column metadata when columns are inserted before it, and drops it with its column', () => {
    const { ss, sheet } = makeSpreadsheet();
    sheet.getRange('K:K').addDeveloperMetadata('status');
    sheet.insertColumnsBefore(1, 2);
    const m = ss.createDeveloperMetadataFinder().withKey('status').find()[0];
    expect(m?.getLocation().getColumn()?.getColumn()).toBe(13);
    sheet.deleteColumns(13, 1);
    expect(ss.createDeveloperMetadataFinder().withKey('status').find()).toHaveLength(0);
  });

  it('a range finder sees only metadata wholly inside unless onIntersectingLocations()', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('3:3').addDeveloperMetadata('row3');
    expect(sheet.getRange('A3:B3').createDeveloperMetadataFinder().find()).toHaveLength(0);
    expect(sheet.getRange('A3:B3').createDeveloperMetadataFinder().onIntersectingLocations().find()).toHaveLength(1);
    expect(sheet.getRange('2:4').createDeveloperMetadataFinder().find()).toHaveLength(1);
  });
});

describe('protections', () => {
  it('Range.protect always adds one; warning-only and description are kept', () => {
    const { sheet, app } = makeSpreadsheet();
    sheet.getRange('K:K').protect().setWarningOnly(true).setDescription('Столбцы дорожной карты');
    sheet.getRange('L:L').protect();
    const list = sheet.getProtections(app.ProtectionType.RANGE);
    expect(list).toHaveLength(2);
    expect(list[0]?.isWarningOnly()).toBe(true);
    expect(list[0]?.getDescription()).toBe('Столбцы дорожной карты');
    expect(list[1]?.isWarningOnly()).toBe(false);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
  });
});

describe('charts', () => {
  it('records type, ranges, position and title; build() alone adds nothing', () => {
    const { sheet } = makeSpreadsheet();
    const Charts = createChartsGlobal();
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.PIE)
      .addRange(sheet.getRange('A1:B5'))
      .addRange(sheet.getRange('A1:B5'))
      .setPosition(2, 8, 0, 0)
      .setOption('title', 'Состояние мероприятий')
      .build();
    expect(sheet.getCharts()).toHaveLength(0);
    sheet.insertChart(chart);
    const [saved] = sheet.getCharts();
    expect(saved?.chartType).toBe('PIE');
    expect(saved?.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B5']);
    expect(saved?.getContainerInfo().getAnchorColumn()).toBe(8);
    expect(saved?.getOptions().get('title')).toBe('Состояние мероприятий');
    if (saved) sheet.removeChart(saved);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  it('wants the Charts enum, not a string', () => {
    const { sheet } = makeSpreadsheet();
    expect(() => sheet.newChart().setChartType('PIE' as never)).toThrow(/don't match the method signature/);
  });
});

describe('SpreadsheetApp', () => {
  it('serves the active spreadsheet, the Ui it was given, and counts flushes', () => {
    const { ss, app } = makeSpreadsheet();
    expect(app.getActiveSpreadsheet()).toBe(ss);
    expect(app.getActive()).toBe(ss);
    expect(app.getUi()).toEqual({ kind: 'ui' });
    app.flush();
    expect(app._flushCount).toBe(1);
  });

  it('puts every call in the ledger with the cells it touched', () => {
    const { runtime, sheet } = makeSpreadsheet();
    runtime.ledger.reset();
    sheet.getRange('A1:C10').getValues();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    const totals = runtime.ledger.totals();
    expect(totals.byMethod['Spreadsheet.Range.getValues']).toBe(1);
    expect(totals.cellsRead).toBe(30);
    expect(totals.cellsWritten).toBe(4);
    expect(totals.spreadsheetCalls).toBe(4); // two getRange, one getValues, one setValues
  });

  it('records toasts', () => {
    const { ss } = makeSpreadsheet();
    ss.toast('Проверка завершена', 'Дорожная карта');
    expect(ss.toasts).toEqual([{ message: 'Проверка завершена', title: 'Дорожная карта', timeoutSeconds: 5 }]);
  });
});

describe('hidden columns when columns are inserted or deleted', () => {
  it('keeps each hidden column hidden where it moved, and drops a deleted one', () => {
    const { ss } = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    if (!sheet) throw new Error('no sheet');
    sheet.getRange('C1').setValue('C');
    sheet.getRange('F1').setValue('F');
    sheet.hideColumns(3);
    sheet.hideColumns(6);
    sheet.deleteColumns(2, 2); // B and the hidden C go; F becomes D
    expect(sheet.getRange('D1').getValue()).toBe('F');
    expect([1, 2, 3, 4, 5, 6].filter((c) => sheet.isColumnHiddenByUser(c))).toEqual([4]);
    sheet.insertColumnsBefore(2, 1); // D (the old F) becomes E
    expect(sheet.getRange('E1').getValue()).toBe('F');
    expect([1, 2, 3, 4, 5, 6].filter((c) => sheet.isColumnHiddenByUser(c))).toEqual([5]);
  });
});
