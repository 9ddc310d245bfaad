import type { AddinColumn, UserColumn } from '../core/model';
import { judgeRows } from '../core/roadmap';
import { toCells, todayIn } from './env';
import { loadHeader } from './header-cache';
import { loadSettings } from './store';
import { toSheetValues } from './write';

/** Editing one of these re-checks the row. */
const WATCHED_USER: readonly UserColumn[] = ['deadline'];
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
 * The simple onEdit trigger: re-checks only the edited rows when a deadline, Статус, Дата
 * выполнения or Новый срок changed (a pasted block too), and fills in today's date when Статус
 * becomes «Выполнено» with no date. Uses no service that needs authorization; a one-row edit
 * costs at most 5 Spreadsheet calls (sheet id, read the rows, write the computed cells).
 */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e?.range) return;
  const cached = loadHeader();
  if (!cached) return;
  const { header, timeZone, sheetId } = cached;
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
  const lastRow = edited.row + edited.rows - 1;
  if (lastRow < firstRow) return;
  if (e.range.getGridId() !== sheetId) return;

  const width = Math.max(...Object.values(header.columns), ...Object.values(header.addinColumns));
  const rowOffset = firstRow - edited.row;
  const rows = toCells(
    e.range.offset(rowOffset, 1 - edited.column, lastRow - firstRow + 1, width).getValues(),
    timeZone,
  );
  const judged = judgeRows(header, rows, firstRow, todayIn(timeZone), loadSettings());
  const block = judged.blocks[0];
  if (!block) return;
  if (judged.fills.length > 0) {
    // «Выполнено» with no date: write from Дата выполнения to the computed cells in one go,
    // carrying the cells in between over unchanged from the values just read.
    const completed = header.addinColumns.completed as number;
    const from = Math.min(completed, block.column);
    const to = block.column + (block.values[0]?.length ?? 0) - 1;
    const values = rows.map((line, i) => {
      const out = line.slice(from - 1, to).map((cell) => cell);
      const fill = judged.fills.find((f) => f.row === firstRow + i);
      if (fill) out[fill.column - from] = fill.value;
      block.values[i]?.forEach((cell, j) => {
        out[block.column - from + j] = cell;
      });
      return out;
    });
    e.range.offset(rowOffset, from - edited.column, values.length, to - from + 1).setValues(toSheetValues(values));
    return;
  }
  for (const each of judged.blocks) {
    const columns = each.values[0]?.length ?? 0;
    e.range
      .offset(each.row - edited.row, each.column - edited.column, each.values.length, columns)
      .setValues(toSheetValues(each.values));
  }
}
