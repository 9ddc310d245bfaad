import type ExcelJS from 'exceljs';

/**
 * What a person does to tabs in Excel, done with exceljs: move one (exceljs orders worksheets by
 * their orderNo, which its types do not declare), find one's sheetId to delete it.
 */
export function moveTo(wb: ExcelJS.Workbook, name: string, position: number): void {
  const order = wb.worksheets.filter((w) => w.name !== name);
  order.splice(position, 0, wb.getWorksheet(name) as ExcelJS.Worksheet);
  order.forEach((w, i) => {
    (w as ExcelJS.Worksheet & { orderNo: number }).orderNo = i;
  });
}

export function sheetId(wb: ExcelJS.Workbook, name: string): number {
  return (wb.getWorksheet(name) as ExcelJS.Worksheet).id;
}
