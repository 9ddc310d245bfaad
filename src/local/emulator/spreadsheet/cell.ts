/**
 * The stored state of one cell and the plain snapshot tests and the .xlsx writer read.
 * A date is stored as a serial number with a date number format, as Sheets stores it.
 */
import type { Scalar } from './values';

export interface ValidationRule {
  /** DataValidationCriteria member name: 'VALUE_IN_LIST', 'DATE_IS_VALID_DATE', … */
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface Cell {
  /** null = empty. Dates are serials (days since 1899-12-30). */
  value: Scalar | null;
  formula?: string;
  /** undefined = automatic. */
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  note?: string;
  validation?: ValidationRule;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  /** Link of a rich-text value (setRichTextValue(...setLinkUrl(url)...)). */
  linkUrl?: string;
  /**
   * What the .xlsx reader saw and the emulator does not model (theme colours, borders,
   * fonts, other validation types), written back unchanged unless the script changed the
   * cell's format. Opaque to everything but src/local/xlsx.
   */
  xlsx?: { style?: unknown; validation?: unknown; seen: string };
}

export interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A cell as a plain object: what tests compare and the .xlsx writer writes. */
export interface CellSnapshot {
  /** Value: '' for empty, numbers, booleans, strings (a formula's computed now); dates stay serials. */
  value: Scalar;
  formula: string;
  numberFormat: string;
  background: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  note: string;
  wrap: boolean;
  horizontalAlignment: string | null;
  validation: ValidationRule | null;
  linkUrl: string | null;
  /** The merge this cell belongs to (A1 of the whole merge), or null. */
  merge: string | null;
}

export const DEFAULT_BACKGROUND = '#ffffff';
export const DEFAULT_FONT_COLOR = '#000000';
/** What getNumberFormat() gives for a cell whose format was never set. [U] */
export const AUTOMATIC_FORMAT = 'General';

export function cloneCell(c: Cell): Cell {
  return { ...c, validation: c.validation ? { ...c.validation, args: [...c.validation.args] } : undefined };
}

export function isBlankCell(c: Cell | undefined): boolean {
  return !c || (c.value === null && !c.formula);
}

export function inBox(b: Box, row: number, column: number): boolean {
  return row >= b.row && row < b.row + b.numRows && column >= b.column && column < b.column + b.numColumns;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}
