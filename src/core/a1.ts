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

function invalid(what: unknown): never {
  throw new RangeError(`Not A1: ${what}`);
}

/** columnLetter(4) → 'D'; columnLetter(27) → 'AA'; columnLetter(0) throws a RangeError. */
export function columnLetter(column: number): string {
  if (!isColumn(column)) invalid(column);
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** columnNumber('D') → 4; columnNumber('aa') → 27; columnNumber('AAAA') throws a RangeError. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) invalid(letters);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** toA1(2, 2) → 'B2'; toA1(2, 2, 2, 2) → 'B2:C3' (a block of rows × columns). */
export function toA1(row: number, column: number, numRows = 1, numColumns = 1): string {
  const last = row + numRows - 1;
  if (!(Number.isInteger(row) && row >= 1 && last >= 1)) invalid(row);
  const first = columnLetter(column) + row;
  return numRows === 1 && numColumns === 1 ? first : `${first}:${columnLetter(column + numColumns - 1)}${last}`;
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

/**
 * parseA1("'Мой лист'!$A$1:c3") → { sheet: 'Мой лист', startRow: 1, startColumn: 1, endRow: 3,
 * endColumn: 3 }; also 'B:B', '5:7', 'A2:B'. Throws a RangeError for what Sheets cannot read
 * ('A0', 'AAAA1', 'A', '1', 'A1:B2:C3', '').
 */
export function parseA1(text: string): A1Ref {
  const rest = text.trim();
  const bang = rest.lastIndexOf('!');
  const name = bang < 0 ? null : rest.slice(0, bang);
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)(?::\$?([A-Za-z]{0,3})\$?(\d*))?$/.exec(rest.slice(bang + 1)) ?? invalid(text);
  const [, ca = '', ra = '', cb = ca, rb = ra] = m;
  // Both ends need a column or a row; a single cell needs both; row 0 does not exist.
  if ((!ca && !ra) || (!cb && !rb) || (m[3] === undefined && !(ca && ra)) || /^0+$/.test(ra) || /^0+$/.test(rb))
    invalid(text);
  return {
    sheet: name !== null && /^'.*'$/s.test(name) ? name.slice(1, -1).replace(/''/g, "'") : name,
    startRow: ra ? Number(ra) : null,
    startColumn: ca ? columnNumber(ca) : null,
    endRow: rb ? Number(rb) : null,
    endColumn: cb ? columnNumber(cb) : null,
  };
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
  const { startRow: r1, startColumn: c1, endRow: r2, endColumn: c2 } = parseA1(a1);
  if (r1 === null || c1 === null || r2 === null || c2 === null) return invalid(a1);
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
