import type { CellDate } from '../model';

/**
 * A sheet the add-in writes, as data: one rectangular block of values starting at A1,
 * with the formats, merges, links and chart that go with it. The core builds models;
 * the Apps Script writer (src/addon/summaries) puts them in the spreadsheet with a
 * constant number of calls. All coordinates are 1-based rows/columns of the block
 * (= of the sheet, since the block starts at A1).
 */

/**
 * A formula the core builds from cell positions and constants only, never from a person's
 * text: `=F7-TODAY()` keeps «Дней до срока» right every day without the sheet being rewritten.
 */
export interface FormulaCell {
  formula: string;
}

/** A cell of a model: text, a number, a calendar date or the add-in's own formula. */
export type ModelCell = string | number | CellDate | FormulaCell;

export function isFormulaCell(cell: ModelCell): cell is FormulaCell {
  return typeof cell === 'object' && 'formula' in cell;
}

export interface BlockRange {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** Formatting of a range; later specs override earlier ones cell by cell. */
export interface CellFormat {
  bold?: boolean;
  /** '#rrggbb' */
  background?: string;
  /** '#rrggbb' */
  fontColor?: string;
  /**
   * A number format for number cells ('0', '0%'). Text cells are ALWAYS '@' and date
   * cells 'dd.mm.yyyy' whatever a spec says (see formatGrids), so text stays text.
   */
  numberFormat?: string;
  wrap?: boolean;
}

export interface FormatSpec {
  range: BlockRange;
  format: CellFormat;
}

/** A link in a cell: the cell shows `text` and opens `url` (a rich-text link). */
export interface LinkSpec {
  row: number;
  col: number;
  url: string;
  text: string;
}

export type ChartType = 'BAR' | 'PIE' | 'COLUMN';

export interface ChartSpec {
  type: ChartType;
  /** The data: first row = headers, first column = categories. */
  range: BlockRange;
  title: string;
  /** Top-left anchor cell of the chart. */
  position: { row: number; col: number };
  /** Series (or, for a pie, slice) colors in order. */
  colors: string[];
  stacked: boolean;
}

export interface SheetModel {
  /** Stable id the writer stores in developer metadata: 'summary' | 'section:<id>' | 'council'. */
  key: string;
  /** The desired sheet name (already safe for Sheets; the writer may still change it on a clash). */
  title: string;
  /** One rectangular block: every row has the same length. */
  values: ModelCell[][];
  formats: FormatSpec[];
  merges: BlockRange[];
  links: LinkSpec[];
  charts: ChartSpec[];
  /** Pixel widths of columns 1..n, applied only when the sheet is created. */
  columnWidths: number[];
  /** Rows to freeze on creation (0 = none). */
  frozenRows: number;
  /**
   * Where «Обновлено: …» is (a text cell), if the sheet has it. The writer may show the
   * «Сводка»'s own stamp there by reference instead, so an unchanged sheet needs no rewrite.
   */
  stamp?: { row: number; col: number };
}
