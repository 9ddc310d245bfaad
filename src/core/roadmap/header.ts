/**
 * Finding the header of a roadmap table in the first 30 rows: the row whose cells name a measure
 * and its executors or deadline; a second header row under merged parents («Срок исполнения»
 * over «начало» / «окончание»); the «1 2 3 4 5» row of column numbers under it.
 */
import type { AddinColumn, CellValue, UserColumn } from '../model';
import { type ColumnRole, columnRole, subColumnKind } from './columns';
import { cellText, flattenText } from './text';

/** A merged range as Sheets reports it (1-based). */
export interface MergedRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface HeaderInfo {
  headerRow: number;
  headerLastRow: number;
  /** The first row after the header and the row of column numbers. */
  firstDataRow: number;
  columns: Partial<Record<UserColumn, number>>;
  addinColumns: Partial<Record<AddinColumn, number>>;
  lastUserColumn: number;
  /** Header texts by column, two-row headers joined «Срок исполнения: окончание». */
  headerTexts: Record<number, string>;
}

export const HEADER_SEARCH_ROWS = 30;

/** The value at a 1-based row and column, '' outside the grid. */
export function cellAt(values: readonly (readonly CellValue[])[], row: number, column: number): CellValue {
  return values[row - 1]?.[column - 1] ?? '';
}

function rowWidth(values: readonly (readonly CellValue[])[], row: number): number {
  return values[row - 1]?.length ?? 0;
}

/**
 * findHeader(values, merges) → the header of the table, or null when no row of the first 30
 * names a measure column together with an executors or a deadline column.
 */
export function findHeader(
  values: readonly (readonly CellValue[])[],
  merges: readonly MergedRange[] = [],
): HeaderInfo | null {
  const last = Math.min(HEADER_SEARCH_ROWS, values.length);
  let best: { row: number; score: number; split: boolean } | null = null;
  for (let row = 1; row <= last; row += 1) {
    let found = userRoles(values, row);
    let split = false;
    if (!isStrong(found) && found.size > 0 && row < values.length && !isColumnNumbersRow(values, row + 1)) {
      // A split header: the parent row holds some names («Исполнение»), the row below the rest.
      const both = new Set([...found, ...userRoles(values, row + 1)]);
      if (isStrong(both)) [found, split] = [both, true];
    }
    if (!isStrong(found)) continue;
    const score = found.size;
    if (best === null || score > best.score) best = { row, score, split };
    if (found.has('executors') && found.has('deadline')) break;
  }
  if (best === null) return null;
  return describeHeader(values, merges, best.row, best.split);
}

function userRoles(values: readonly (readonly CellValue[])[], row: number): Set<UserColumn> {
  const found = new Set<UserColumn>();
  for (const cell of rowRoles(values, row)) if (cell.role?.kind === 'user') found.add(cell.role.column);
  return found;
}

/** A header names the measure and at least its executors or its deadline. */
function isStrong(found: ReadonlySet<UserColumn>): boolean {
  return found.has('measure') && (found.has('executors') || found.has('deadline') || found.has('end'));
}

function rowRoles(values: readonly (readonly CellValue[])[], row: number) {
  const out: { column: number; text: string; role: ColumnRole | null }[] = [];
  for (let column = 1; column <= rowWidth(values, row); column += 1) {
    const text = cellText(cellAt(values, row, column));
    out.push({ column, text, role: text ? columnRole(text) : null });
  }
  return out;
}

function describeHeader(
  values: readonly (readonly CellValue[])[],
  merges: readonly MergedRange[],
  headerRow: number,
  split: boolean,
): HeaderInfo {
  const width = rowWidth(values, headerRow);
  const twoRows = split || hasSubHeader(values, merges, headerRow);
  const headerLastRow = twoRows ? headerRow + 1 : headerRow;
  const columns: Partial<Record<UserColumn, number>> = {};
  const scores: Partial<Record<UserColumn, number>> = {};
  const addinColumns: Partial<Record<AddinColumn, number>> = {};
  const headerTexts: Record<number, string> = {};
  let lastUserColumn = 0;

  const assign = (column: UserColumn, at: number, score: number) => {
    if (columns[column] === undefined || score > (scores[column] ?? 0)) {
      columns[column] = at;
      scores[column] = score;
    }
  };

  for (let column = 1; column <= width; column += 1) {
    const top = cellText(cellAt(values, headerRow, column));
    const sub = twoRows ? cellText(cellAt(values, headerRow + 1, column)) : '';
    const parent = top || (twoRows ? parentText(values, merges, headerRow, column, sub) : '');
    const text = flattenText(sub && parent ? `${parent}: ${sub}` : parent || sub);
    if (text === '') continue;
    headerTexts[column] = text;
    const parentRole = parent ? columnRole(parent) : null;
    const subRole = sub ? columnRole(sub) : null;
    const addin = parentRole?.kind === 'addin' ? parentRole : subRole?.kind === 'addin' ? subRole : null;
    if (addin && addin.kind === 'addin') {
      if (addinColumns[addin.column] === undefined) addinColumns[addin.column] = column;
      continue;
    }
    lastUserColumn = Math.max(lastUserColumn, column);
    if (parentRole?.kind === 'user' && parentRole.column === 'deadline' && sub) {
      const kind = subColumnKind(sub);
      if (kind === 'start') assign('start', column, 3);
      else if (kind === 'end') assign('end', column, 4);
      else if (columns.deadline === undefined) assign('deadline', column, parentRole.score);
      continue;
    }
    if (parentRole?.kind === 'user') {
      // Several sub-columns under one parent: the first carries the role.
      if (!(top === '' && columns[parentRole.column] !== undefined))
        assign(parentRole.column, column, parentRole.score);
      continue;
    }
    if (subRole?.kind === 'user') assign(subRole.column, column, subRole.score);
  }
  // A merged header cell reaching further right still belongs to the user's table.
  for (const m of merges) {
    if (m.row <= headerLastRow && m.row + m.numRows - 1 >= headerRow && m.column <= lastUserColumn + 1) {
      const right = m.column + m.numColumns - 1;
      const addinInside = Object.values(addinColumns).some((c) => c !== undefined && c >= m.column && c <= right);
      if (!addinInside) lastUserColumn = Math.max(lastUserColumn, right);
    }
  }
  const firstDataRow = isColumnNumbersRow(values, headerLastRow + 1) ? headerLastRow + 2 : headerLastRow + 1;
  return { headerRow, headerLastRow, firstDataRow, columns, addinColumns, lastUserColumn, headerTexts };
}

/** The header text over a column under a horizontally merged parent ('' when none). */
function parentText(
  values: readonly (readonly CellValue[])[],
  merges: readonly MergedRange[],
  headerRow: number,
  column: number,
  sub: string,
): string {
  const merge = merges.find(
    (m) => m.row === headerRow && m.numColumns > 1 && column > m.column && column < m.column + m.numColumns,
  );
  if (merge) return cellText(cellAt(values, headerRow, merge.column));
  // Without merge information, «окончание» under an empty cell belongs to the nearest header on its left.
  if (sub === '' || subColumnKind(sub) === null) return '';
  for (let left = column - 1; left >= 1; left -= 1) {
    const text = cellText(cellAt(values, headerRow, left));
    if (text) return text;
  }
  return '';
}

/**
 * The row under the header is a second header row when the header has a horizontally merged cell
 * whose sub-columns are named below, or when the row below names «начало» / «окончание».
 */
function hasSubHeader(
  values: readonly (readonly CellValue[])[],
  merges: readonly MergedRange[],
  headerRow: number,
): boolean {
  const next = headerRow + 1;
  if (next > values.length || isColumnNumbersRow(values, next)) return false;
  const cells = (values[next - 1] ?? []).map((v) => cellText(v));
  const filled = cells.filter((t) => t !== '');
  if (filled.length === 0) return false;
  if (filled.some((t) => t.length > 60 || /^\d+(\.\d+)*\.?$/.test(t))) return false;
  const horizontal = merges.some((m) => m.row === headerRow && m.numColumns > 1 && m.numRows === 1);
  const vertical = merges.some((m) => m.row === headerRow && m.numRows > 1);
  if (horizontal || vertical) return true;
  return filled.some((t) => subColumnKind(t) !== null) && filled.length < cells.length;
}

/** A row of column numbers under the header: «1 2 3 4 5» (numbers or digit strings, at least two, counting up). */
export function isColumnNumbersRow(values: readonly (readonly CellValue[])[], row: number): boolean {
  const cells = (values[row - 1] ?? []).map((v) => cellText(v)).filter((t) => t !== '');
  if (cells.length < 2) return false;
  const numbers = cells.map((t) => (/^\d{1,2}\.?$/.test(t) ? Number.parseInt(t, 10) : Number.NaN));
  return numbers.every((n, i) => Number.isFinite(n) && (i === 0 || n > (numbers[i - 1] ?? 0)));
}
