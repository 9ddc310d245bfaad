/**
 * A workbook made in Excel carries what the emulator does not model (theme colours,
 * borders, font sizes, whole-number validations, data bars, row heights, tab colours);
 * it must come back from a read → write unchanged, and a format the script changed must win.
 */
import ExcelJS from 'exceljs';
import { Runtime } from '../../../src/local/emulator/runtime';
import { readXlsx, writeXlsx } from '../../../src/local/xlsx';

async function excelWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('План');
  ws.getCell('A1').value = 'Заголовок';
  ws.getCell('A1').style = {
    font: { name: 'Times New Roman', size: 14, bold: true, color: { theme: 1 } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.6 } as Partial<ExcelJS.Color> },
    border: { bottom: { style: 'thin', color: { argb: 'FF000000' } } },
  };
  ws.getCell('B2').value = 5;
  ws.getCell('B2').dataValidation = { type: 'whole', operator: 'between', allowBlank: true, formulae: [1, 10] };
  ws.getCell('C3').value = 'x';
  ws.getCell('C3').style = { border: { left: { style: 'thick' } } };
  ws.addConditionalFormatting({
    ref: 'B2:B9',
    rules: [
      { type: 'dataBar', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }] } as ExcelJS.ConditionalFormattingRule,
    ],
  });
  ws.getRow(1).height = 30;
  ws.getColumn(1).width = 12.5;
  ws.properties.tabColor = { argb: 'FF00B050' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function load(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('План');
  if (!ws) throw new Error('no sheet');
  return ws;
}

describe('Excel formatting the emulator does not model', () => {
  it('survives read → write unchanged', async () => {
    const original = await excelWorkbook();
    const ss = await readXlsx(original, { runtime: new Runtime() });
    const [a, b] = [await load(original), await load(await writeXlsx(ss))];
    for (const address of ['A1', 'B2', 'C3']) expect(b.getCell(address).style).toEqual(a.getCell(address).style);
    expect(b.getCell('B2').dataValidation).toEqual(a.getCell('B2').dataValidation);
    // exceljs itself drops the x14 extension fields of a data bar it writes; the rule stays.
    type Cf = { ref: string; rules: { type: string; cfvo?: unknown }[] };
    const essentials = (ws: ExcelJS.Worksheet) =>
      (ws as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings.map((cf) => ({
        ref: cf.ref,
        rules: cf.rules.map((r) => ({ type: r.type, cfvo: r.cfvo })),
      }));
    expect(essentials(b)).toEqual(essentials(a));
    expect(essentials(b)).toHaveLength(1);
    expect(b.getRow(1).height).toBe(30);
    expect(b.getColumn(1).width).toBe(12.5);
    expect(b.properties.tabColor).toEqual({ argb: 'FF00B050' });
  });

  it('lets a format the script changed win, keeping the rest of the style', async () => {
    const ss = await readXlsx(await excelWorkbook(), { runtime: new Runtime() });
    ss.getSheets()[0]?.getRange('C3').setBackground('#ff0000');
    const ws = await load(await writeXlsx(ss));
    expect((ws.getCell('C3').fill as ExcelJS.FillPattern).fgColor).toEqual({ argb: 'FFFF0000' });
    expect(ws.getCell('C3').border).toEqual({ left: { style: 'thick' } });
  });
});
