import ExcelJS from 'exceljs';
import { Runtime } from '../../../src/local/emulator/runtime';
import { EmulatedSpreadsheet } from '../../../src/local/emulator/spreadsheet';
import { readXlsx, writeXlsx } from '../../../src/local/xlsx';

/**
 * Issue 13 point 10: the bridge keeps what it reads. A person's workbook as Excel saves it —
 * empty rows formatted in advance, a formatted column, a «Text contains» highlight, a protected
 * sheet — goes through read → write unchanged, and so do the add-in's own column formats.
 */
async function personsWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('План');
  ws.getCell('A1').value = 'Мероприятие';
  ws.getCell('A2').value = 'готово';
  const thin = { style: 'thin', color: { argb: 'FF000000' } } as const;
  for (let r = 5; r <= 20; r++)
    for (const c of ['A', 'B', 'C']) {
      const cell = ws.getCell(`${c}${r}`);
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      cell.numFmt = '0.00';
    }
  ws.getColumn(5).numFmt = 'dd.mm.yyyy';
  ws.addConditionalFormatting({
    ref: 'A1:A20',
    rules: [
      {
        type: 'containsText',
        operator: 'containsText',
        text: 'готово',
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } },
      },
    ],
  });
  await ws.protect('секрет', { formatCells: true });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function throughBridge(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const written = await writeXlsx(await readXlsx(bytes, new Runtime()));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(written as unknown as ExcelJS.Buffer);
  return wb.getWorksheet('План') as ExcelJS.Worksheet;
}

describe('read → write keeps what the person set', () => {
  it('keeps borders, fills and number formats of empty rows formatted in advance', async () => {
    const ws = await throughBridge(await personsWorkbook());
    for (const a1 of ['A5', 'C12', 'B20']) {
      const cell = ws.getCell(a1);
      expect(cell.border?.bottom?.style).toBe('thin');
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
      expect(cell.numFmt).toBe('0.00');
    }
  });

  it('keeps the format of a whole column', async () => {
    const ws = await throughBridge(await personsWorkbook());
    expect(ws.getColumn(5).numFmt).toBe('dd.mm.yyyy');
  });

  it('keeps a «Text contains» rule as the text it looks for, not SEARCH("") that matches every cell', async () => {
    const ws = await throughBridge(await personsWorkbook());
    const rules = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] })
      .conditionalFormattings;
    const formulas = rules.flatMap((cf) => cf.rules.flatMap((r) => r.formulae ?? []));
    expect(formulas).toEqual([expect.stringContaining('SEARCH("готово"')]);
  });

  it('keeps the sheet protection and its password', async () => {
    const bytes = await personsWorkbook();
    const original = new ExcelJS.Workbook();
    await original.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const protection = (original.getWorksheet('План') as unknown as { sheetProtection: Record<string, unknown> })
      .sheetProtection;
    const ws = await throughBridge(bytes);
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toEqual(protection);
    expect(protection.hashValue).toEqual(expect.any(String));
  });

  it('keeps the add-in’s column formats below the last filled row, over two trips', async () => {
    const ss = new EmulatedSpreadsheet(new Runtime(), { name: 'Книга' });
    const sheet = ss.getActiveSheet();
    sheet.getRange('H5').setValue('Дата выполнения');
    sheet.getRange('H6:H1000').setNumberFormat('dd.MM.yyyy');
    const once = await readXlsx(await writeXlsx(ss), new Runtime());
    const twice = await readXlsx(await writeXlsx(once), new Runtime());
    expect(twice.getActiveSheet().getRange('H500').getNumberFormat()).toBe('dd.MM.yyyy');
    expect(twice.getActiveSheet().getLastRow()).toBe(5);
  });
});
