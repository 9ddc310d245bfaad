/**
 * A1 notation: column letters and cell/range references, 1-based.
 * Example: parseA1('Лист1!B2:C3') → { sheet: 'Лист1', row: 2, column: 2, numRows: 2, numColumns: 2 }.
 */

/** Column number → letters: 1 → 'A', 27 → 'AA'. */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Letters → column number: 'A' → 1, 'aa' → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface A1Ref {
  sheet: string | null;
  /** null = from the first row (a column range such as 'B:C'). */
  startRow: number | null;
  startColumn: number | null;
  /** null = to the last row/column of the sheet. */
  endRow: number | null;
  endColumn: number | null;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses 'A1', 'A1:C3', 'B:B', '5:7', "'Мой лист'!A1"; null when unreadable. */
export function parseA1(text: string): A1Ref | null {
  let sheet: string | null = null;
  let rest = text.trim();
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheet = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  const parts = rest.split(':');
  if (parts.length > 2 || rest === '') return null;
  const a = CELL.exec(parts[0] ?? '');
  const b = CELL.exec(parts[1] ?? parts[0] ?? '');
  if (!a || !b) return null;
  const [, ca = '', ra = ''] = a;
  const [, cb = '', rb = ''] = b;
  if ((ca === '' && ra === '') || (cb === '' && rb === '')) return null;
  if (parts.length === 1 && (ca === '' || ra === '')) return null;
  const ref: A1Ref = {
    sheet,
    startRow: ra === '' ? null : Number(ra),
    startColumn: ca === '' ? null : columnNumber(ca),
    endRow: rb === '' ? null : Number(rb),
    endColumn: cb === '' ? null : columnNumber(cb),
  };
  if (ref.startRow === 0 || ref.endRow === 0) return null;
  return ref;
}

/** 'B2', or 'B2:C3' for a block. */
export function toA1(row: number, column: number, numRows = 1, numColumns = 1): string {
  const first = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return first;
  return `${first}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/**
 * A sheet name as it must be written in A1 notation: quoted when not a plain word, or when
 * the word reads as a cell (B2, R1C1), which Sheets quotes too [U].
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^([A-Za-z]{1,3}\d+|R\d*C\d*)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}
