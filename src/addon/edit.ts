import type { AddinColumn, CellValue, UserColumn } from '../core/model';
import {
  columnRole,
  judgeRows,
  type MergedRange,
  parseStatus,
  type RoadmapHeader,
  spreadMerged,
} from '../core/roadmap';
import { stateFromLabel } from '../core/states';
import { toCells, todayIn } from './env';
import { loadHeader } from './header-cache';
import { loadSettings } from './store';
import { toSheetValues } from './write';

/** Editing one of these re-checks the row. */
const WATCHED_USER: readonly UserColumn[] = ['deadline', 'start', 'end'];
const WATCHED_ADDIN: readonly AddinColumn[] = ['status', 'completed', 'newDeadline'];

/** The edit event's range: Google also exposes its bounds as plain fields (no service call). */
type EditedRange = GoogleAppsScript.Spreadsheet.Range & {
  rowStart?: number;
  rowEnd?: number;
  columnStart?: number;
  columnEnd?: number;
};

function boundsOf(range: EditedRange) {
  if (range.rowStart !== undefined && range.rowEnd !== undefined && range.columnStart !== undefined) {
    return {
      row: range.rowStart,
      rows: range.rowEnd - range.rowStart + 1,
      column: range.columnStart,
      columns: (range.columnEnd ?? range.columnStart) - range.columnStart + 1,
    };
  }
  return { row: range.getRow(), rows: range.getNumRows(), column: range.getColumn(), columns: range.getNumColumns() };
}

/**
 * Tables up to this many rows below the header are read from the header row down in the same
 * getValues (a few thousand cells), so the header itself proves the cached columns are still
 * where they were; longer tables fall back to the shape of the row's own computed cells.
 */
const HEADER_READ_MAX_ROWS = 400;

/**
 * True while the add-in's columns are where the cache says: each one's header cell still names
 * it. A column inserted or deleted to their left (or a re-arranged table) fails this, and the
 * edit is left to the next full check instead of writing over the wrong cells.
 */
export function headerStillMatches(header: RoadmapHeader, headerValues: readonly CellValue[]): boolean {
  return Object.entries(header.addinColumns).every(([key, column]) => {
    const text = headerValues[(column as number) - 1];
    if (typeof text !== 'string') return false;
    const role = columnRole(text);
    return role?.kind === 'addin' && role.column === key;
  });
}

/**
 * May the edited rows be judged with the cached header? Yes when the header row still names the
 * add-in's columns in place. When it names them elsewhere, columns have moved: no. When the
 * header was not read, or has moved (rows inserted above it), the rows' own computed cells decide.
 */
export function layoutHolds(
  header: RoadmapHeader,
  headerValues: readonly CellValue[] | null,
  rows: readonly (readonly CellValue[])[],
): boolean {
  if (headerValues && headerStillMatches(header, headerValues)) return true;
  const namesAddinColumns = (headerValues ?? []).some(
    (text) => typeof text === 'string' && columnRole(text)?.kind === 'addin',
  );
  return !namesAddinColumns && rows.every((line) => rowLooksComputed(header, line));
}

/**
 * True when the row's computed cells look like the add-in's own (empty, a date, a state label,
 * a number of days): a cheap guard for rows read without the header.
 */
export function rowLooksComputed(header: RoadmapHeader, values: readonly CellValue[]): boolean {
  const cell = (key: AddinColumn) => {
    const column = header.addinColumns[key];
    return column === undefined ? '' : (values[column - 1] ?? '');
  };
  const due = cell('due');
  const state = cell('state');
  const days = cell('daysLeft');
  return (
    (due === '' || typeof due === 'object') &&
    (state === '' || (typeof state === 'string' && stateFromLabel(state) !== null)) &&
    (days === '' || typeof days === 'number')
  );
}

/**
 * The simple onEdit trigger: re-checks only the edited rows when a deadline, Статус, Дата
 * выполнения or Новый срок changed (a pasted block too), and fills in today's date when Статус
 * becomes «Выполнено» with no date (taking it back when «Выполнено» is undone the same day).
 * Uses no service that needs authorization; a one-row edit costs at most 5 Spreadsheet calls
 * (sheet id, read the header and the rows, write the computed cells). When the add-in's columns
 * have moved since the last full check (a column inserted to their left), it writes nothing: the
 * cached header is stale and the next check refreshes it.
 */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e?.range) return;
  const cached = loadHeader();
  if (!cached) return;
  const { header, timeZone, sheetId } = cached;
  if (cached.merges === null) return; // too many merged cells to know which measure shares whose: the next check
  const merges: MergedRange[] = (cached.merges ?? []).map(([row, column, numRows]) => ({
    row,
    column,
    numRows,
    numColumns: 1,
  }));
  const edited = boundsOf(e.range as EditedRange);
  const lastEditedColumn = edited.column + edited.columns - 1;
  const watched = [
    ...WATCHED_USER.map((k) => header.columns[k]),
    ...WATCHED_ADDIN.map((k) => header.addinColumns[k]),
  ].filter((c): c is number => c !== undefined);
  if (!watched.some((c) => c >= edited.column && c <= lastEditedColumn)) return;
  const due = header.addinColumns.due;
  const daysLeft = header.addinColumns.daysLeft;
  const state = header.addinColumns.state;
  if (due === undefined || state === undefined || daysLeft === undefined) return;
  const firstRow = Math.max(edited.row, header.firstDataRow);
  // A deadline (or start, or end) merged down over several measures: editing it re-checks every measure under it.
  const dates = new Set(WATCHED_USER.map((k) => header.columns[k]));
  const lastRow = Math.max(
    edited.row + edited.rows - 1,
    ...merges
      .filter((m) => m.row >= firstRow && m.row < edited.row + edited.rows && dates.has(m.column))
      .map((m) => m.row + m.numRows - 1),
  );
  if (lastRow < firstRow) return;
  if (e.range.getGridId() !== sheetId) return;

  const width = Math.max(...Object.values(header.columns), ...Object.values(header.addinColumns));
  // One read: from the header row down when the table is short enough, else the edited rows.
  const fromHeader = lastRow - header.headerRow + 1 <= HEADER_READ_MAX_ROWS;
  // An edited measure under a cell merged down reads that cell's top row too (same one read).
  const mergeTop = Math.min(
    firstRow,
    ...merges.filter((m) => m.row < firstRow && m.row + m.numRows - 1 >= firstRow).map((m) => m.row),
  );
  const readFrom = fromHeader ? Math.min(header.headerRow, mergeTop) : mergeTop;
  const read = toCells(
    e.range.offset(readFrom - edited.row, 1 - edited.column, lastRow - readFrom + 1, width).getValues(),
    timeZone,
  );
  const rows = spreadMerged(
    read.slice(firstRow - readFrom),
    merges,
    header,
    firstRow,
    (row, column) => read[row - readFrom]?.[column - 1] ?? '',
  ) as CellValue[][];
  if (!layoutHolds(header, fromHeader ? (read[header.headerRow - readFrom] ?? null) : null, rows)) return;
  const today = todayIn(timeZone);
  const cleared = undoAutoFill(e, header, edited, rows[0], today);
  const judged = judgeRows(header, rows, firstRow, today, loadSettings());
  const [first, ...others] = judged.blocks;
  if (!first) return;
  const completed = header.addinColumns.completed;
  const changes: { row: number; value: CellValue }[] = judged.fills.map((f) => ({ row: f.row, value: f.value }));
  if (cleared) changes.push({ row: firstRow, value: '' });
  if (changes.length === 0 || completed === undefined) {
    for (const each of judged.blocks) writeBlock(e.range, edited, each.row, each.column, each.values);
    return;
  }
  // Дата выполнения changes too: one span from it to the computed cells, carrying the cells in
  // between (Новый срок, Отметка) over unchanged from the values just read — one setValues.
  const from = Math.min(completed, first.column);
  const to = Math.max(completed, first.column + (first.values[0]?.length ?? 0) - 1);
  const values = rows.map((line, i) => {
    const out = line.slice(from - 1, to);
    first.values[i]?.forEach((cell, j) => {
      out[first.column - from + j] = cell;
    });
    const change = changes.find((c) => c.row === firstRow + i);
    if (change) out[completed - from] = change.value;
    return out;
  });
  writeBlock(e.range, edited, firstRow, from, values);
  for (const each of others) writeBlock(e.range, edited, each.row, each.column, each.values);
}

/** One setValues at (row, column) of the sheet, addressed from the event's range. */
function writeBlock(
  range: GoogleAppsScript.Spreadsheet.Range,
  edited: { row: number; column: number },
  row: number,
  column: number,
  values: CellValue[][],
): void {
  const columns = values[0]?.length ?? 0;
  if (values.length === 0 || columns === 0) return;
  range.offset(row - edited.row, column - edited.column, values.length, columns).setValues(toSheetValues(values));
}

/**
 * «Выполнено» picked by mistake and changed back the same day: the date the add-in filled in
 * (today) goes too, or the row would stay «Выполнено». Only for a single Статус cell whose old
 * value was «Выполнено» and whose Дата выполнения is today; clears it in `line` (the row as read).
 */
function undoAutoFill(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  header: RoadmapHeader,
  edited: { row: number; rows: number; column: number; columns: number },
  line: CellValue[] | undefined,
  today: string,
): boolean {
  const status = header.addinColumns.status;
  const completed = header.addinColumns.completed;
  if (!line || status === undefined || completed === undefined) return false;
  if (edited.rows !== 1 || edited.columns !== 1 || edited.column !== status) return false;
  if (parseStatus(String(e.oldValue ?? '')) !== 'done') return false;
  if (parseStatus(String(line[status - 1] ?? '')) === 'done') return false;
  const date = line[completed - 1];
  if (typeof date !== 'object' || date === null || date.date !== today) return false;
  line[completed - 1] = '';
  return true;
}
