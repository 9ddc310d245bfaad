import ExcelJS from 'exceljs';
import { Runtime } from '../../../src/local/emulator/runtime';
import { readXlsx, writeXlsx } from '../../../src/local/xlsx';
import { mergedCells } from '../../fixtures/roadmaps';
import { fixtureXlsx } from '../../fixtures/roadmaps/xlsx';

/**
 * The .xlsx bridge and merged cells: exceljs reports a merged range's value in every cell of the
 * range; Sheets' getValues() gives it in the top-left cell only and '' elsewhere. The bridge
 * must read a merged workbook as Sheets holds it, and write the merges back.
 */
describe('merged cells through the .xlsx bridge', () => {
  it('exceljs itself repeats the merged value in the covered cells (why the bridge translates)', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await fixtureXlsx([{ ...mergedCells, name: 'План' }])) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0]?.getCell('C6').value).toBe('Руководители ПОО');
  });

  it('reads the merged value in the top-left cell only, as getValues() gives it, and reports the merges', async () => {
    const ss = await readXlsx(await fixtureXlsx([{ ...mergedCells, name: 'План' }]), new Runtime());
    const sheet = ss._sheet('План');
    const values = sheet.getRange('C5:D7').getValues();
    expect(values).toEqual([
      ['Руководители ПОО', 'февраль-март 2021 г.'],
      ['', 'до 01.06.2021'],
      ['', ''],
    ]);
    const merged = sheet
      .getDataRange()
      .getMergedRanges()
      .map((r) => r.getA1Notation());
    expect(merged).toEqual(expect.arrayContaining(['C5:C7', 'D6:D7', 'A4:E4', 'E9:E10', 'B11:B12']));
    expect(merged).toHaveLength(mergedCells.merges.length);
  });

  it('writes the merges back: read → write → read keeps them and their top-left values', async () => {
    const runtime = new Runtime();
    const first = await readXlsx(await fixtureXlsx([{ ...mergedCells, name: 'План' }]), runtime);
    const again = await readXlsx(await writeXlsx(first), runtime);
    const sheet = again._sheet('План');
    expect(sheet.merges).toEqual(first._sheet('План').merges);
    expect(sheet.getRange('C5:C7').getValues()).toEqual([['Руководители ПОО'], [''], ['']]);
  });
});
