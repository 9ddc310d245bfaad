import type { CellValue } from '../core/model';
import type { WriteBlock } from '../core/roadmap';
import { toSheetValue } from './env';

/** One setValues per block: the core already grouped the cells into contiguous rectangles. */
export function writeBlocks(sheet: GoogleAppsScript.Spreadsheet.Sheet, blocks: readonly WriteBlock[]): void {
  for (const block of blocks) {
    const rows = block.values.length;
    const columns = block.values[0]?.length ?? 0;
    if (rows === 0 || columns === 0) continue;
    sheet.getRange(block.row, block.column, rows, columns).setValues(toSheetValues(block.values));
  }
}

export function toSheetValues(values: readonly (readonly CellValue[])[]): (string | number | boolean)[][] {
  return values.map((row) => row.map((cell) => toSheetValue(cell)));
}
