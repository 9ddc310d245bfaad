/**
 * A1 notation, the one place for it: column numbers ↔ letters, cell and range addresses, sheet
 * names in references. Pure (date-fns style); every position is 1-based.
 *
 * Invalid input throws a RangeError wherever Google's `getRange('…')` throws («Range not found»):
 * a column that is not an integer 1…18278 ('A'…'ZZZ', Sheets' widest sheet), letters that are not
 * one to three Latin letters ('AAAA', 'A1', ''), a row that is not a positive integer, an address
 * that does not read. Case and `$` are ignored, as Sheets ignores them ('$b$2' = 'B2'); a sheet
 * name before `!` is kept ("'Мой лист'!A1").
 * Examples: columnLetter(27) → 'AA'; columnNumber('aa') → 27; toA1(2, 2, 2, 2) → 'B2:C3';
 * parseBox('$B$2:D3') → { row: 2, column: 2, numRows: 2, numColumns: 3 }.
 */

/** The widest sheet Sheets allows ends at column 'ZZZ'. */
export const MAX_COLUMN = 18278;

/** True for a column number Sheets can have: isColumn(26) → true; isColumn(0), isColumn(1.5) → false. */
export function isColumn(column: number): boolean {
  return Number.isInteger(column) && column >= 1 && column <= MAX_COLUMN;
}

/** columnLetter(4) → 'D'; columnLetter(27) → 'AA'; columnLetter(0) throws a RangeError. */
export function columnLetter(column: number): string {
  if (!isColumn(column)) throw new RangeError(`Not a column number: ${column}`);
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** columnNumber('D') → 4; columnNumber('aa') → 27; columnNumber('AAAA') throws a RangeError. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`Not column letters: «${letters}»`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function checkRow(row: number): void {
  if (!Number.isInteger(row) || row < 1) throw new RangeError(`Not a row number: ${row}`);
}

/** toA1(2, 2) → 'B2'; toA1(2, 2, 2, 2) → 'B2:C3' (a block of rows × columns). */
export function toA1(row: number, column: number, numRows = 1, numColumns = 1): string {
  checkRow(row);
  checkRow(row + numRows - 1);
  const first = `${columnLetter(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return first;
  return `${first}:${columnLetter(column + numColumns - 1)}${row + numRows - 1}`;
}

/** A reference as written: 'B:C' has no rows, '2:5' no columns, 'A2:B' no last row. */
export interface A1Ref {
  /** The sheet name before `!`, unquoted; null when none is written. */
  sheet: string | null;
  /** null = from the first row (a column range such as 'B:C'). */
  startRow: number | null;
  startColumn: number | null;
  /** null = to the last row/column of the sheet. */
  endRow: number | null;
  endColumn: number | null;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/**
 * parseA1("'Мой лист'!$A$1:c3") → { sheet: 'Мой лист', startRow: 1, startColumn: 1, endRow: 3,
 * endColumn: 3 }; also 'B:B', '5:7', 'A2:B'. Throws a RangeError for what Sheets cannot read
 * ('A0', 'AAAA1', 'A', '1', 'A1:B2:C3', '').
 */
export function parseA1(text: string): A1Ref {
  let sheet: string | null = null;
  let rest = text.trim();
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheet = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  const fail = (): never => {
    throw new RangeError(`Not an A1 address: «${text}»`);
  };
  const parts = rest.split(':');
  if (parts.length > 2 || rest === '') fail();
  const a = CELL.exec(parts[0] ?? '') ?? fail();
  const b = CELL.exec(parts[1] ?? parts[0] ?? '') ?? fail();
  const [, ca = '', ra = ''] = a;
  const [, cb = '', rb = ''] = b;
  if ((ca === '' && ra === '') || (cb === '' && rb === '')) fail();
  if (parts.length === 1 && (ca === '' || ra === '')) fail();
  const ref: A1Ref = {
    sheet,
    startRow: ra === '' ? null : Number(ra),
    startColumn: ca === '' ? null : columnNumber(ca),
    endRow: rb === '' ? null : Number(rb),
    endColumn: cb === '' ? null : columnNumber(cb),
  };
  if (ref.startRow === 0 || ref.endRow === 0) fail();
  return ref;
}

/** A block of cells: its top-left cell and size. */
export interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * A bounded range as a block, the ends in any order: parseBox('B2:D3') → { row: 2, column: 2,
 * numRows: 2, numColumns: 3 }; parseBox('C3') is one cell. Throws a RangeError for an open
 * range ('B:C', '2:5', 'A2:B') or anything parseA1 cannot read.
 */
export function parseBox(a1: string): Box {
  const ref = parseA1(a1);
  const { startRow: r1, startColumn: c1, endRow: r2, endColumn: c2 } = ref;
  if (r1 === null || c1 === null || r2 === null || c2 === null) throw new RangeError(`Not a bounded range: «${a1}»`);
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
}

/**
 * A sheet name as it must be written before `!`: quoted (quotes doubled) unless a plain Latin word
 * that does not read as a cell (B2, R1C1), as Sheets writes it [U].
 * quoteSheetName('Sheet1') → 'Sheet1'; quoteSheetName("Кто'то") → "'Кто''то'".
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^([A-Za-z]{1,3}\d+|R\d*C\d*)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}
