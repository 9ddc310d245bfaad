/**
 * Finding the header of a roadmap table in the first 30 rows: the row whose cells name a measure
 * and its executors or deadline (columns.ts scores each cell, assign.ts gives each role its
 * column); a second header row under merged parents («Срок исполнения» over «начало» /
 * «окончание», «Объём финансирования» over «всего | 2021 г.»), or a group cell («Исполнение»)
 * over some of the names; the «1 2 3 4 5» row of column numbers under it.
 */
import type { AddinColumn, CellValue, UserColumn } from '../model';
import { type Assignment, assignRoles, type RoleChoice, type ScoredColumn } from './assign';
import { type CellScores, columnScores, markColumnOf, SURE_SCORE, splitAddinColumns } from './columns';
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
  /** The person's own column of execution marks (columns.ts markColumnOf), read for a status. */
  markColumn?: number;
}

/**
 * The reader's best guess at the header, with its doubts: each role's column, score, whether it
 * is sure and the alternatives (for the sidebar's «Столбцы таблицы»).
 */
export interface HeaderGuess extends HeaderInfo {
  roles: Record<UserColumn, RoleChoice>;
  /** Columns recognised as the person's own (financing, place, participants…), ignored. */
  foreignColumns: number[];
  /** The header names the measure and its executors or deadline: the table can be read. */
  found: boolean;
  /** Found, and no role taken is in doubt (a low score or a tie). */
  sure: boolean;
}

export const HEADER_SEARCH_ROWS = 30;

type Values = readonly (readonly CellValue[])[];

/** The value at a 1-based row and column, '' outside the grid. */
export function cellAt(values: Values, row: number, column: number): CellValue {
  return values[row - 1]?.[column - 1] ?? '';
}

function rowWidth(values: Values, row: number): number {
  return values[row - 1]?.length ?? 0;
}

/** { markColumn } when there is one, nothing otherwise (optional fields stay absent). */
export function optionalMark(markColumn: number | undefined): { markColumn?: number } {
  return markColumn === undefined ? {} : { markColumn };
}

/**
 * findHeader(values, merges) → the header of the table, or null when no row of the first 30
 * names a measure column together with an executors or a deadline column.
 */
export function findHeader(values: Values, merges: readonly MergedRange[] = []): HeaderInfo | null {
  const guess = guessHeader(values, merges);
  if (guess === null || !guess.found) return null;
  // The header alone, without the guess's doubts.
  const { roles: _roles, foreignColumns: _foreign, found: _found, sure: _sure, ...header } = guess;
  return header;
}

/**
 * guessHeader(values, merges) → the best header in the first 30 rows, found or not (a partial
 * guess pre-fills the sidebar when nothing is found), or null when no cell names anything.
 * With `headerRow`, only that row (and the row under it) is read.
 */
export function guessHeader(
  values: Values,
  merges: readonly MergedRange[] = [],
  headerRow?: number,
): HeaderGuess | null {
  const first = headerRow ?? 1;
  const last = headerRow ?? Math.min(HEADER_SEARCH_ROWS, values.length);
  let best: { guess: HeaderGuess; score: number } | null = null;
  for (let row = first; row <= last; row += 1) {
    const guess = guessAt(values, merges, row);
    if (guess === null) continue;
    const score = rowScore(guess) + (guess.found ? 100 : 0);
    if (best === null || score > best.score) best = { guess, score };
    if (guess.found && guess.columns.executors !== undefined && dueOf(guess) !== undefined) break;
  }
  return best?.guess ?? null;
}

function dueOf(guess: HeaderInfo): number | undefined {
  return guess.columns.end ?? guess.columns.deadline;
}

function rowScore(guess: HeaderGuess): number {
  return Object.values(guess.roles).reduce((sum, r) => sum + (r.column === null ? 0 : r.score), 0);
}

/** A header names its measure and its executors or deadline, each by a name of at least the sure score. */
function isFound(assignment: Assignment): boolean {
  const { measure, executors, deadline, end } = assignment.roles;
  const named = (choice: RoleChoice) => choice.column !== null && choice.score >= SURE_SCORE;
  return named(measure) && (named(executors) || named(deadline) || named(end));
}

/** The header read at this row: as one row, or with the row under it when that reads better. */
function guessAt(values: Values, merges: readonly MergedRange[], row: number): HeaderGuess | null {
  const single = scoreRow(values, merges, row, false);
  // A header has at least two columns: a title row («План мероприятий на 2021 год») is not one.
  if (single.filter((c) => c.text !== '').length < 2) return null;
  let twoRows = hasSubHeader(values, merges, row);
  let scored = twoRows ? scoreRow(values, merges, row, true) : single;
  let assignment = assignRoles(scored);
  const named = Object.values(assignment.roles).some((r) => r.column !== null);
  if (!twoRows && named && !isFound(assignment) && groupsBelow(values, row)) {
    // A split header: the parent row holds some names («Исполнение»), the row below the rest.
    const below = scoreRow(values, merges, row, true);
    const split = assignRoles(below);
    if (isFound(split)) [twoRows, scored, assignment] = [true, below, split];
  }
  // A row that names nothing at the sure score is no header, not even a partial one.
  if (!scored.some((c) => Math.max(0, ...Object.values(c.scores.scores)) >= SURE_SCORE || c.scores.addin)) return null;
  return describe(values, merges, row, twoRows, scored, assignment);
}

function describe(
  values: Values,
  merges: readonly MergedRange[],
  headerRow: number,
  twoRows: boolean,
  scored: readonly ScoredColumn[],
  assignment: Assignment,
): HeaderGuess {
  const columns: Partial<Record<UserColumn, number>> = {};
  for (const [role, choice] of Object.entries(assignment.roles) as [UserColumn, RoleChoice][])
    if (choice.column !== null) columns[role] = choice.column;
  const named = scored.filter((c) => c.text !== '');
  const headerTexts: Record<number, string> = Object.fromEntries(named.map((c) => [c.column, c.text]));
  const split = splitAddinColumns(
    named.map((c) => ({ column: c.column, addin: c.scores.addin })),
    Object.values(columns),
  );
  const addinColumns = split.addinColumns;
  let lastUserColumn = split.lastUserColumn;
  let headerLastRow = twoRows ? headerRow + 1 : headerRow;
  if (twoRows && isThirdHeaderRow(values, headerLastRow + 1, columns)) headerLastRow += 1;
  // A merged header cell reaching further right still belongs to the user's table.
  for (const m of merges) {
    if (m.row <= headerLastRow && m.row + m.numRows - 1 >= headerRow && m.column <= lastUserColumn + 1) {
      const right = m.column + m.numColumns - 1;
      const addinInside = Object.values(addinColumns).some((c) => c !== undefined && c >= m.column && c <= right);
      if (!addinInside) lastUserColumn = Math.max(lastUserColumn, right);
    }
  }
  const firstDataRow = isColumnNumbersRow(values, headerLastRow + 1) ? headerLastRow + 2 : headerLastRow + 1;
  const found = isFound(assignment);
  const required: UserColumn[] = ['measure', 'executors', columns.end !== undefined ? 'end' : 'deadline'];
  const sure =
    found &&
    Object.values(assignment.roles).every((r) => r.column === null || r.sure) &&
    required.every((role) => assignment.roles[role].column !== null);
  return {
    headerRow,
    headerLastRow,
    firstDataRow,
    columns,
    addinColumns,
    lastUserColumn,
    headerTexts,
    ...optionalMark(markColumnOf({ headerTexts, columns, addinColumns })),
    roles: assignment.roles,
    foreignColumns: assignment.foreignColumns,
    found,
    sure,
  };
}

/**
 * Every column of a header row scored. With `twoRows`, the row below names sub-columns: a
 * sub-column is read with its parent (the cell above it, or the horizontally merged cell over it).
 */
function scoreRow(values: Values, merges: readonly MergedRange[], row: number, twoRows: boolean): ScoredColumn[] {
  const width = Math.max(rowWidth(values, row), twoRows ? rowWidth(values, row + 1) : 0);
  const out: ScoredColumn[] = [];
  for (let column = 1; column <= width; column += 1) {
    const top = cellText(cellAt(values, row, column));
    const sub = twoRows ? cellText(cellAt(values, row + 1, column)) : '';
    const parent = top || (twoRows ? parentText(values, merges, row, column, sub) : '');
    const text = flattenText(sub && parent ? `${parent}: ${sub}` : parent || sub);
    const scores =
      sub && parent
        ? subColumnScores(columnScores(parent), columnScores(sub), top !== '')
        : columnScores(parent || sub);
    out.push({ column, text, scores });
  }
  return out;
}

/**
 * A sub-column read with its parent: «окончание» under «Срок исполнения» is the end; anything
 * under the person's own parent («Объём финансирования») is the person's; a sub-column naming a
 * role of its own keeps it; otherwise the first sub-column carries the parent's role.
 */
function subColumnScores(parent: CellScores, sub: CellScores, first: boolean): CellScores {
  if (parent.addin || sub.addin) return { scores: {}, foreign: 0, addin: parent.addin ?? sub.addin };
  const parentBest = Math.max(0, ...Object.values(parent.scores));
  const subBest = Math.max(0, ...Object.values(sub.scores));
  if (parent.foreign > parentBest) return { scores: {}, foreign: parent.foreign, addin: null };
  const parentDeadline = parent.scores.deadline ?? 0;
  const edge = sub.scores.start ? 'start' : sub.scores.end ? 'end' : null;
  if (edge && (parentDeadline > 0 || parentBest === 0)) {
    return { scores: { [edge]: Math.max(sub.scores[edge] ?? 0, parentDeadline + 1) }, foreign: 0, addin: null };
  }
  if (sub.foreign > subBest) return { scores: {}, foreign: sub.foreign, addin: null };
  if (subBest >= parentBest && subBest > 0) return sub;
  const scores: Partial<Record<UserColumn, number>> = {};
  for (const [role, score] of Object.entries(parent.scores) as [UserColumn, number][])
    scores[role] = first ? score : score - 1;
  return { scores, foreign: parent.foreign, addin: null };
}

/** The header text over a column under a horizontally merged parent ('' when none). */
function parentText(
  values: Values,
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
  const kind = sub ? columnScores(sub).scores : {};
  if (!kind.start && !kind.end) return '';
  for (let left = column - 1; left >= 1; left -= 1) {
    const text = cellText(cellAt(values, headerRow, left));
    if (text) return text;
  }
  return '';
}

/**
 * A group cell over names in the row below («Исполнение» over «Срок», «Ответственный»): the row
 * below names a column that is empty in this row, and is not the row of column numbers.
 */
function groupsBelow(values: Values, row: number): boolean {
  if (row >= values.length || isColumnNumbersRow(values, row + 1)) return false;
  const width = Math.max(rowWidth(values, row), rowWidth(values, row + 1));
  for (let column = 1; column <= width; column += 1)
    if (cellText(cellAt(values, row, column)) === '' && cellText(cellAt(values, row + 1, column)) !== '') return true;
  return false;
}

/**
 * The row under the header is a second header row when the header has a merged cell whose
 * sub-columns are named below, or when the row below names «начало» / «окончание».
 */
function hasSubHeader(values: Values, merges: readonly MergedRange[], headerRow: number): boolean {
  const next = headerRow + 1;
  if (next > values.length || isColumnNumbersRow(values, next)) return false;
  const cells = (values[next - 1] ?? []).map((v) => cellText(v));
  const filled = cells.filter((t) => t !== '');
  if (filled.length === 0) return false;
  if (filled.some((t) => /^\d+(\.\d+)*\.?$/.test(t))) return false;
  const horizontal = merges.some((m) => m.row === headerRow && m.numColumns > 1 && m.numRows === 1);
  const vertical = merges.some((m) => m.row === headerRow && m.numRows > 1);
  if (horizontal || vertical) return filled.every((t) => t.length <= 200);
  if (filled.some((t) => t.length > 60)) return false;
  return (
    filled.some((t) => {
      const s = columnScores(t).scores;
      return s.start !== undefined || s.end !== undefined;
    }) && filled.length < cells.length
  );
}

/**
 * A third header row («1-й год | 2-й год» under «в том числе по годам»): short texts only, none in
 * the number or measure column, not the row of column numbers.
 */
function isThirdHeaderRow(values: Values, row: number, columns: Partial<Record<UserColumn, number>>): boolean {
  if (row > values.length || isColumnNumbersRow(values, row)) return false;
  const cells = (values[row - 1] ?? []).map((v) => cellText(v));
  const filled = cells.filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (filled.length === 0 || filled.some((t) => t.length > 40 || /^\d+(\.\d+)*\.?$/.test(t))) return false;
  for (const role of ['number', 'measure'] as const) {
    const column = columns[role];
    if (column !== undefined && cells[column - 1]) return false;
  }
  return filled.every((t) => columnScores(t).foreign > 0);
}

/** A row of column numbers under the header: «1 2 3 4 5» (numbers or digit strings, at least two, counting up). */
export function isColumnNumbersRow(values: Values, row: number): boolean {
  const cells = (values[row - 1] ?? []).map((v) => cellText(v)).filter((t) => t !== '');
  if (cells.length < 2) return false;
  const numbers = cells.map((t) => (/^\d{1,2}\.?$/.test(t) ? Number.parseInt(t, 10) : Number.NaN));
  return numbers.every((n, i) => Number.isFinite(n) && (i === 0 || n > (numbers[i - 1] ?? 0)));
}
