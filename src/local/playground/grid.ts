/**
 * An emulated sheet → the grid the page draws: displayed text (number formats applied),
 * the background and font color a person sees (conditional formatting included), bold,
 * merges as row/column spans, dropdown choices. Reads the emulator's internals, so
 * drawing the page costs the script no calls and no simulated time.
 *
 * Example: sheetView(sheet, 'ru_RU').cells[0][0] → { text: 'Дорожная карта…', bold: true, colSpan: 8 }
 */
import { columnLetter } from '../../core/a1';
import type { EmulatedSheet } from '../emulator/spreadsheet/sheet';
import { displayValue } from '../emulator/spreadsheet/values';
import type { CellView, SheetView } from './view';

const WHITE = '#ffffff';
const BLACK = '#000000';
/** The page never draws more than this (a roadmap is a few hundred rows). */
const MAX_ROWS = 2000;
const MAX_COLUMNS = 60;

function listOptions(args: unknown[]): string[] | undefined {
  const list = args[0];
  return Array.isArray(list) ? list.map((v) => String(v)) : undefined;
}

export function sheetView(sheet: EmulatedSheet, locale: string): SheetView {
  const numRows = Math.min(MAX_ROWS, Math.max(sheet._lastRow() + 2, sheet.frozenRows, 20));
  const numColumns = Math.min(MAX_COLUMNS, Math.max(sheet._lastColumn() + 1, 8));
  const widths: number[] = [];
  for (let c = 1; c <= numColumns; c++) widths.push(sheet.columnWidths.get(c) ?? 100);
  const cells: (CellView | null)[][] = [];
  for (let r = 1; r <= numRows; r++) {
    const row: (CellView | null)[] = [];
    for (let c = 1; c <= numColumns; c++) {
      const merge = sheet._mergeAt(r, c);
      if (merge && (merge.row !== r || merge.column !== c)) {
        row.push(null);
        continue;
      }
      const cell = sheet._cellAt(r, c);
      const view: CellView = {
        text: cell ? displayValue(sheet.ss._liveValue(sheet, cell), cell.numberFormat, locale) : '',
      };
      const background = sheet._effectiveBackground(r, c);
      if (background && background.toLowerCase() !== WHITE) view.background = background;
      const color = sheet._effectiveFontColor(r, c);
      if (color && color.toLowerCase() !== BLACK) view.color = color;
      if (cell?.bold) view.bold = true;
      if (cell?.italic) view.italic = true;
      if (cell?.wrap) view.wrap = true;
      if (cell?.note) view.note = cell.note;
      if (cell?.horizontalAlignment) view.align = cell.horizontalAlignment.toLowerCase().replace('normal', 'left');
      if (cell?.validation?.criteria === 'VALUE_IN_LIST') {
        const options = listOptions(cell.validation.args);
        if (options) view.options = options;
      }
      if (merge) {
        const rowSpan = Math.min(merge.numRows, numRows - r + 1);
        const colSpan = Math.min(merge.numColumns, numColumns - c + 1);
        if (rowSpan > 1) view.rowSpan = rowSpan;
        if (colSpan > 1) view.colSpan = colSpan;
      }
      row.push(view);
    }
    cells.push(row);
  }
  const letters = widths.map((_, i) => columnLetter(i + 1));
  return { name: sheet.name, numRows, numColumns, frozenRows: sheet.frozenRows, widths, letters, cells };
}
