import { isCellDate } from '../model';
import type { SheetModel } from './model';

/** The number format of date cells: dd.MM.yyyy as every date is shown to a person. */
export const DATE_FORMAT = 'dd.mm.yyyy';
export const TEXT_FORMAT = '@';
export const NUMBER_FORMAT = '0';

/** Per-cell matrices the writer hands to one Range call each. */
export interface FormatGrids {
  numberFormats: string[][];
  backgrounds: string[][];
  fontColors: string[][];
  fontWeights: Array<Array<'bold' | 'normal'>>;
  wraps: boolean[][];
}

export const DEFAULT_BACKGROUND = '#ffffff';
export const DEFAULT_FONT_COLOR = '#000000';

/**
 * Turns a model's range formats into full per-cell matrices of the block's size.
 * Text cells (and empty ones) are always '@' (plain text) so that Sheets never parses
 * «2.1» as a date or «=…», «+7», «-1», «@x» as a formula — no apostrophe prefix is
 * added: the text format alone keeps the text verbatim. Dates get 'dd.mm.yyyy', numbers and
 * the add-in's own formulas '0' unless a spec gives another number format (e.g. '0%'); a
 * formula must never be '@', or Sheets would keep it as text.
 */
export function formatGrids(model: SheetModel): FormatGrids {
  const rows = model.values.length;
  const cols = model.values[0]?.length ?? 0;
  const fill = <T>(value: T): T[][] => Array.from({ length: rows }, () => new Array<T>(cols).fill(value));
  const grids: FormatGrids = {
    numberFormats: fill(NUMBER_FORMAT),
    backgrounds: fill(DEFAULT_BACKGROUND),
    fontColors: fill(DEFAULT_FONT_COLOR),
    fontWeights: fill<'bold' | 'normal'>('normal'),
    wraps: fill(false),
  };
  for (const { range, format } of model.formats) {
    for (let r = range.row - 1; r < Math.min(rows, range.row - 1 + range.numRows); r++) {
      for (let c = range.col - 1; c < Math.min(cols, range.col - 1 + range.numCols); c++) {
        if (r < 0 || c < 0) continue;
        if (format.numberFormat !== undefined) set(grids.numberFormats, r, c, format.numberFormat);
        if (format.background !== undefined) set(grids.backgrounds, r, c, format.background);
        if (format.fontColor !== undefined) set(grids.fontColors, r, c, format.fontColor);
        if (format.bold !== undefined) set(grids.fontWeights, r, c, format.bold ? 'bold' : 'normal');
        if (format.wrap !== undefined) set(grids.wraps, r, c, format.wrap);
      }
    }
  }
  model.values.forEach((line, r) => {
    line.forEach((cell, c) => {
      if (typeof cell === 'string') set(grids.numberFormats, r, c, TEXT_FORMAT);
      else if (isCellDate(cell)) set(grids.numberFormats, r, c, DATE_FORMAT);
    });
  });
  return grids;
}

function set<T>(grid: T[][], r: number, c: number, value: T): void {
  const row = grid[r];
  if (row) row[c] = value;
}
