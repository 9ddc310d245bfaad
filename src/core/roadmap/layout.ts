/**
 * The person's say over the table: a header row and a column for each role, chosen by hand in
 * the sidebar («Столбцы таблицы») or given to the CLI (`--header-row 3 --columns measure=B,…`).
 * A layout bypasses header recognition entirely, so it works whatever the recognition makes of
 * the header; the add-in's own columns are still found by their names in the header row.
 *
 *   readRoadmap({ …, layout: { headerRow: 3, columns: { measure: 2, executors: 3, deadline: 4 } } })
 *
 * The header texts of the chosen columns are kept with the choice: when a column is inserted or
 * deleted, the texts no longer match (`layoutMoved`) and the choice is dropped with a note instead
 * of reading the wrong cells.
 */
import { type CellValue, dueColumn, USER_COLUMNS, type UserColumn } from '../model';
import { columnRole, markColumnOf, SURE_SCORE, splitAddinColumns } from './columns';
import {
  cellAt,
  findHeader,
  guessHeader,
  HEADER_SEARCH_ROWS,
  type HeaderInfo,
  isColumnNumbersRow,
  type MergedRange,
  optionalMark,
} from './header';
import { cellText, flattenText, normalizeHeader } from './text';

export interface TableLayout {
  /** The (first) header row, 1-based. */
  headerRow: number;
  /** Role → 1-based column. `measure` and `deadline` (or `end`) are needed. */
  columns: Partial<Record<UserColumn, number>>;
}

/** Every user role, in the order the sidebar and the CLI list them. */
export const LAYOUT_ROLES: readonly UserColumn[] = USER_COLUMNS;

/**
 * The header a layout describes: the rows from `headerRow` (two when the recognised header has a
 * second row there), the roles as chosen, the add-in's columns by their names, the texts.
 */
export function layoutHeader(
  values: readonly (readonly CellValue[])[],
  merges: readonly MergedRange[],
  layout: TableLayout,
): HeaderInfo {
  const found = findHeader(values, merges);
  const headerLastRow = found?.headerRow === layout.headerRow ? found.headerLastRow : layout.headerRow;
  const width = Math.max(0, ...values.slice(layout.headerRow - 1, headerLastRow).map((row) => row.length));
  const columns: Partial<Record<UserColumn, number>> = {};
  for (const role of LAYOUT_ROLES) if (layout.columns[role] !== undefined) columns[role] = layout.columns[role];
  const chosen = new Set(Object.values(columns));
  const headerTexts: Record<number, string> = {};
  let lastUserColumn = Math.max(0, ...chosen);
  const roles = new Map<number, ReturnType<typeof columnRole>>();
  for (let column = 1; column <= width; column += 1) {
    const text = headerText(values, layout.headerRow, headerLastRow, column);
    if (text === '') continue;
    headerTexts[column] = text;
    roles.set(column, chosen.has(column) ? null : columnRole(text));
  }
  const split = splitAddinColumns(
    [...roles].map(([column, role]) => ({ column, addin: role?.kind === 'addin' ? role.column : null })),
    [...chosen],
  );
  const addinColumns = split.addinColumns;
  lastUserColumn = Math.max(lastUserColumn, split.lastUserColumn);
  const firstDataRow = isColumnNumbersRow(values, headerLastRow + 1) ? headerLastRow + 2 : headerLastRow + 1;
  return {
    headerRow: layout.headerRow,
    headerLastRow,
    firstDataRow,
    columns,
    addinColumns,
    lastUserColumn,
    headerTexts,
    ...optionalMark(markColumnOf({ headerTexts, columns, addinColumns })),
  };
}

function headerText(values: readonly (readonly CellValue[])[], from: number, to: number, column: number): string {
  const parts: string[] = [];
  for (let row = from; row <= to; row += 1) {
    const text = cellText(cellAt(values, row, column));
    if (text) parts.push(text);
  }
  return flattenText(parts.join(': '));
}

/** The header texts of the chosen columns, kept with the choice: { measure: 'Тема', deadline: 'Когда' }. */
export function layoutTexts(
  values: readonly (readonly CellValue[])[],
  merges: readonly MergedRange[],
  layout: TableLayout,
): Partial<Record<UserColumn, string>> {
  const header = layoutHeader(values, merges, layout);
  const out: Partial<Record<UserColumn, string>> = {};
  for (const role of LAYOUT_ROLES) {
    const column = layout.columns[role];
    if (column !== undefined) out[role] = header.headerTexts[column] ?? '';
  }
  return out;
}

/**
 * The first chosen column whose header text is no longer the one kept with the choice, or null
 * when every one still matches: layoutMoved(values, merges, layout, { deadline: 'Срок' }) →
 * { role: 'deadline', column: 4, was: 'Срок', now: 'Результат' } after a column was inserted.
 */
export function layoutMoved(
  values: readonly (readonly CellValue[])[],
  merges: readonly MergedRange[],
  layout: TableLayout,
  texts: Partial<Record<UserColumn, string>>,
): { role: UserColumn; column: number; was: string; now: string } | null {
  const now = layoutTexts(values, merges, layout);
  for (const role of LAYOUT_ROLES) {
    const column = layout.columns[role];
    if (column === undefined) continue;
    const was = texts[role] ?? '';
    const current = now[role] ?? '';
    if (normalizeHeader(was) !== normalizeHeader(current)) return { role, column, was, now: current };
  }
  return null;
}

export type LayoutIssue =
  | { code: 'header-row'; rows: number }
  | { code: 'required'; role: UserColumn }
  | { code: 'outside'; role: UserColumn; column: number }
  | { code: 'twice'; role: UserColumn; other: UserColumn; column: number }
  | { code: 'addin'; role: UserColumn; column: number; text: string }
  | { code: 'start-without-end' };

/**
 * What is wrong with a layout for these values, as data (the words are in i18n's LAYOUT_TEXTS):
 * the header row inside the sheet, the measure and the deadline chosen, each column inside the
 * sheet, no column twice, none of the add-in's own columns.
 */
export function checkLayout(values: readonly (readonly CellValue[])[], layout: TableLayout): LayoutIssue[] {
  const issues: LayoutIssue[] = [];
  const rows = values.length;
  if (!Number.isInteger(layout.headerRow) || layout.headerRow < 1 || layout.headerRow >= rows) {
    return [{ code: 'header-row', rows }];
  }
  const width = Math.max(0, ...values.map((row) => row.length));
  if (layout.columns.measure === undefined) issues.push({ code: 'required', role: 'measure' });
  if (dueColumn(layout.columns) === undefined) issues.push({ code: 'required', role: 'deadline' });
  const seen = new Map<number, UserColumn>();
  for (const role of LAYOUT_ROLES) {
    const column = layout.columns[role];
    if (column === undefined) continue;
    if (!Number.isInteger(column) || column < 1 || column > width) {
      issues.push({ code: 'outside', role, column });
      continue;
    }
    const other = seen.get(column);
    if (other) issues.push({ code: 'twice', role, other, column });
    seen.set(column, role);
    const text = cellText(cellAt(values, layout.headerRow, column));
    if (text && columnRole(text)?.kind === 'addin') issues.push({ code: 'addin', role, column, text });
  }
  if (layout.columns.start !== undefined && dueColumn(layout.columns) === undefined)
    issues.push({ code: 'start-without-end' });
  return issues;
}

/**
 * The best guess of a layout for a sheet: the recognised header when there is one; else the row
 * of the first 30 whose cells name the most roles (or, when none names any, the first row with
 * at least two texts), with the columns it names. null for a sheet with no text at all.
 */
export function guessLayout(
  values: readonly (readonly CellValue[])[],
  merges: readonly MergedRange[],
): (TableLayout & { recognised: boolean }) | null {
  const found = findHeader(values, merges);
  if (found) return { headerRow: found.headerRow, columns: { ...found.columns }, recognised: true };
  // A partial header (a row naming some roles at the sure score), with its columns assigned.
  const partial = guessHeader(values, merges);
  if (partial) return { headerRow: partial.headerRow, columns: { ...partial.columns }, recognised: false };
  let best: { row: number; score: number } | null = null;
  const last = Math.min(HEADER_SEARCH_ROWS, values.length);
  for (let row = 1; row <= last; row += 1) {
    const texts = (values[row - 1] ?? []).map((v) => cellText(v)).filter((t) => t !== '');
    if (texts.length < 2) continue;
    const score = 10 * Object.keys(namedColumns(values, row)).length + Math.min(texts.length, 9);
    if (best === null || score > best.score) best = { row, score };
  }
  if (best === null) return null;
  return { headerRow: best.row, columns: namedColumns(values, best.row), recognised: false };
}

/** namedColumns(values, 3) → the roles the cells of row 3 name: { measure: 2, executors: 3 }. */
export function namedColumns(
  values: readonly (readonly CellValue[])[],
  row: number,
): Partial<Record<UserColumn, number>> {
  const out: Partial<Record<UserColumn, number>> = {};
  (values[row - 1] ?? []).forEach((value, i) => {
    const text = cellText(value);
    const role = text ? columnRole(text) : null;
    if (role?.kind === 'user' && role.score >= SURE_SCORE && out[role.column] === undefined) out[role.column] = i + 1;
  });
  return out;
}
