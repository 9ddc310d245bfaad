/** Google's error texts for the Spreadsheet service (see ../shared/APPS-SCRIPT-FACTS.md §1). */
import { gasError } from '../runtime';

export const ERR = {
  outOfBounds: 'The coordinates of the range are outside the dimensions of the sheet.',
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  /** [U] same wording as the rows message (gas-fakes src). */
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  /** [U] for SpreadsheetApp.deleteSheet (seen for Sheets API callers). */
  lastSheet: "You can't remove all the sheets in a document.",
  /** [U] Google's text for a bad sheet name is not known; this one is a guess. */
  badSheetName: (name: string) => `Invalid sheet name: ${name}`,
  devMetadataRange:
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  /** [U] range-notation failure text. */
  rangeNotFound: 'Range not found',
} as const;

/** Google's "parameters don't match" error: typeNames([1,'a',null]) → '(number,String,null)'. */
export function signatureError(method: string, args: readonly unknown[]): Error {
  const names = args.map((a) => {
    if (a === null || a === undefined) return 'null';
    if (typeof a === 'number') return 'number';
    if (typeof a === 'string') return 'String';
    if (typeof a === 'boolean') return 'Boolean';
    if (Array.isArray(a)) return 'Object[]';
    if (Object.prototype.toString.call(a) === '[object Date]') return 'Date';
    return (a as object).constructor?.name?.replace(/^Emulated/, '') ?? 'Object';
  });
  return gasError(`The parameters (${names.join(',')}) don't match the method signature for SpreadsheetApp.${method}.`);
}

export function isDateObject(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export function isInteger(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}
