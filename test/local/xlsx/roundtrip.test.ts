import path from 'node:path';
import ExcelJS from 'exceljs';
import { Runtime } from '../../../src/local/emulator/runtime';
import { createSpreadsheetApp, type EmulatedSpreadsheet } from '../../../src/local/emulator/spreadsheet';
import { META_SHEET, readXlsx, writeXlsx } from '../../../src/local/xlsx';

const SAMPLE = path.resolve(__dirname, '../../../samples/roadmap-2021.xlsx');

function userCells(ss: EmulatedSpreadsheet) {
  return ss.sheets.map((s) => ({ name: s.name, cells: s._snapshotBlock(), merges: s.merges }));
}

describe('xlsx round trip', () => {
  it('keeps every cell of the sample identical after read → write → read', async () => {
    const runtime = new Runtime();
    const first = await readXlsx(SAMPLE, { runtime });
    const again = await readXlsx(await writeXlsx(first), { runtime });
    expect(userCells(again)).toEqual(userCells(first));
    expect(again.sheets.map((s) => s.sheetId)).toEqual(first.sheets.map((s) => s.sheetId));
    expect(again._sheet('Исполнители').frozenRows).toBe(1);
    expect(again._sheet('Дорожная карта').columnWidths).toEqual(first._sheet('Дорожная карта').columnWidths);
  });

  it("keeps a user's cells and the add-in's additions after the add-in-like edits", async () => {
    const runtime = new Runtime();
    runtime.clock.set(Date.UTC(2021, 5, 15, 3));
    const ss = await readXlsx(SAMPLE, { runtime });
    const before = ss._sheet('Дорожная карта')._snapshotBlock();
    const app = createSpreadsheetApp(runtime, { active: ss, ui: null });
    const sheet = ss._sheet('Дорожная карта');
    const width = before[0]?.length ?? 0;
    const firstAdded = String.fromCharCode(64 + width + 1); // the sample ends at G (width 7) → H
    // The add-in appends its columns after the user's, marks them and colours by rules.
    sheet.getRange(10, width + 1, 1, 2).setValues([['Статус', 'Дата выполнения']]);
    sheet.getRange(10 + 2, width + 1, 2, 2).setValues([
      ['Выполнено', '20.03.2021'],
      ['Просрочено', ''],
    ]);
    sheet.getRange(1, width + 1, sheet.getMaxRows(), 1).addDeveloperMetadata('roadmap-tracker-column', 'status');
    sheet
      .getRange(11, width + 1, 40, 1)
      .setDataValidation(app.newDataValidation().requireValueInList(['Выполнено', 'Просрочено']).build());
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(`=$${firstAdded}12="Просрочено"`)
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange(12, width + 1, 39, 2)])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.setFrozenRows(10);
    ss.insertSheet('Сводка').addDeveloperMetadata('roadmap-tracker-sheet', 'summary');
    sheet.getRange('A12').setNote('заметка пользователя');

    const back = await readXlsx(await writeXlsx(ss), { runtime });
    const bsheet = back._sheet('Дорожная карта');
    const after = bsheet._snapshotBlock(before.length, width);
    const a12 = before[11]?.[0];
    if (a12) a12.note = 'заметка пользователя';
    expect(after).toEqual(before);
    expect(bsheet.getRange(12, width + 1, 2, 2).getDisplayValues()).toEqual([
      ['Выполнено', '20.03.2021'],
      ['Просрочено', ''],
    ]);
    expect(bsheet.getFrozenRows()).toBe(10);
    expect(
      bsheet
        .getRange(12, width + 1)
        .getDataValidation()
        ?.getCriteriaValues()[0],
    ).toEqual(['Выполнено', 'Просрочено']);
    expect(bsheet._effectiveBackground(13, width + 1)).toBe('#f4cccc');
    expect(bsheet._effectiveBackground(12, width + 1)).toBe('#ffffff');
    const col = back.createDeveloperMetadataFinder().withKey('roadmap-tracker-column').find()[0];
    expect(col?.getLocation().getColumn()?.getColumn()).toBe(width + 1);
    const summary = back.createDeveloperMetadataFinder().withKey('roadmap-tracker-sheet').find()[0];
    expect(summary?.getLocation().getSheet()?.getName()).toBe('Сводка');
    expect(back.getSheets().map((s) => s.getName())).toEqual(['Дорожная карта', 'Исполнители', 'Сводка']);
    expect(back.getSheetByName(META_SHEET)).toBeNull();
  });

  it('writes dates as Excel dates and reads them back as the same serials and Date values', async () => {
    const runtime = new Runtime();
    runtime.clock.set(Date.UTC(2021, 5, 15, 3));
    const ss = await readXlsx(SAMPLE, { runtime });
    const sheet = ss.getSheets()[0];
    sheet?.getRange('H1').setValue('15.06.2021');
    const buffer = await writeXlsx(ss);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const cell = wb.worksheets[0]?.getCell('H1');
    expect(cell?.value).toEqual(new Date(Date.UTC(2021, 5, 15)));
    expect(cell?.numFmt).toBe('dd.MM.yyyy');
    const back = await readXlsx(buffer, { runtime });
    expect((back.getSheets()[0]?.getRange('H1').getValue() as Date | undefined)?.toISOString()).toBe(
      '2021-06-14T17:00:00.000Z',
    );
  });

  it('keeps the document properties with the document, as Google does (recent sends, the table choice)', async () => {
    const runtime = new Runtime();
    const ss = await readXlsx(SAMPLE, { runtime });
    expect([...ss.documentProperties.data]).toEqual([]);
    const long = 'к'.repeat(4000);
    ss.documentProperties.data.set('roadmap.recentSends.2021-06-15.a', long);
    ss.documentProperties.data.set('roadmap.tableChoice', '{"sheetName":"Дорожная карта"}');
    const back = await readXlsx(await writeXlsx(ss), { runtime });
    expect(Object.fromEntries(back.documentProperties.data)).toEqual({
      'roadmap.recentSends.2021-06-15.a': long,
      'roadmap.tableChoice': '{"sheetName":"Дорожная карта"}',
    });
  });

  it('translates exceljs merged values to the top-left cell only', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Лист');
    ws.getCell('A1').value = 'Задача 1.';
    ws.mergeCells('A1:C1');
    ws.getCell('A2').value = 'x';
    const ss = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()), { runtime: new Runtime() });
    expect(ws.getCell('B1').value).toBe('Задача 1.'); // exceljs repeats it
    expect(ss.getSheets()[0]?.getRange('A1:C2').getValues()).toEqual([
      ['Задача 1.', '', ''],
      ['x', '', ''],
    ]);
  });
});
