import { columnLetter } from '../a1';
import { STATE_CODES, type StateCode } from '../model';
import { STATE_COLORS, STATE_LABELS } from '../states';
import type { SheetBuilder } from './builder';
import { doneDetail, doneLabel, RU } from './labels';
import type { ModelCell } from './model';
import type { JudgedMeasure } from './stats';
import { byUrgency, countStates, doneShare, executorTable, isDone, mostOverdue } from './stats';

/** The pieces every summary sheet is made of, stacked top to bottom. */

export const HEADER_FORMAT = { bold: true, background: '#e8eaed', wrap: true } as const;

/** Chart colors by state: the dark text color of each state reads well as a bar. */
export const STATE_CHART_COLORS: string[] = STATE_CODES.map((c) => STATE_COLORS[c].text);

/** Rows 1–2: the full title and «Обновлено: …», then a blank row. */
export function titleBlock(b: SheetBuilder, title: string, updatedAt: string): void {
  b.row([title], { bold: true });
  b.stamp(b.row([RU.updated(updatedAt)]));
  b.blank();
}

/** Where the counts table lies, for the chart. */
export interface TableArea {
  headerRow: number;
  lastRow: number;
  col: number;
  numCols: number;
}

/**
 * Counts by state (every state, in STATE_CODES order, colored like the roadmap), the total,
 * % done, the overdue count and the most overdue measure. Starts in column B.
 */
export function countsBlock(b: SheetBuilder, list: readonly JudgedMeasure[]): TableArea {
  const counts = countStates(list);
  const headerRow = b.row(RU.stateHeader, HEADER_FORMAT, 2);
  for (const code of STATE_CODES) {
    const r = b.row([STATE_LABELS[code], counts[code]], undefined, 2);
    b.cellFormat(r, 2, { background: STATE_COLORS[code].background, fontColor: STATE_COLORS[code].text });
  }
  const lastRow = b.nextRow - 1;
  b.row([RU.total, list.length], { bold: true }, 2);
  const share = doneShare(list);
  b.row([doneLabel(share), doneDetail(share)], { bold: true }, 2);
  const overdueRow = b.row([RU.overdueCount, counts.overdue], undefined, 2);
  if (counts.overdue > 0) b.cellFormat(overdueRow, 3, { fontColor: STATE_COLORS.overdue.text, bold: true });
  const worst = mostOverdue(list);
  b.row(
    [
      RU.mostOverdue,
      worst?.state.due ? RU.mostOverdueText(worst.measure.number, worst.measure.title, worst.state.due) : RU.none,
    ],
    undefined,
    2,
  );
  b.blank();
  return { headerRow, lastRow, col: 2, numCols: 2 };
}

/** «По исполнителям»: overdue, due soon, in progress, done, total. Starts in column B. */
export function executorsBlock(b: SheetBuilder, list: readonly JudgedMeasure[]): void {
  b.row([RU.byExecutor], { bold: true }, 2);
  b.row(RU.executorHeader, HEADER_FORMAT, 2);
  for (const line of executorTable(list)) {
    const r = b.row([line.executor, line.overdue, line.dueSoon, line.inProgress, line.done, line.total], undefined, 2);
    if (line.overdue > 0) b.cellFormat(r, 3, stateFormat('overdue'));
    if (line.dueSoon > 0) b.cellFormat(r, 4, stateFormat('due-soon'));
  }
  b.blank();
}

export function stateFormat(code: keyof typeof STATE_COLORS): { background: string; fontColor: string } {
  return { background: STATE_COLORS[code].background, fontColor: STATE_COLORS[code].text };
}

/** Days to the due date mean nothing once a measure is done or cancelled. */
function showsDaysLeft(code: StateCode): boolean {
  return !isDone(code) && code !== 'cancelled' && code !== 'doubtful';
}

export interface MeasureLinkContext {
  spreadsheetUrl: string;
  sheetGid: number;
}

/** `${url}#gid=${gid}&range=A${row}`: opens the roadmap at the measure's row. */
export function rowUrl(ctx: MeasureLinkContext, row: number): string {
  return `${ctx.spreadsheetUrl}#gid=${ctx.sheetGid}&range=A${row}`;
}

/**
 * The measures by urgency: № | Мероприятие | [Задача] | Исполнители | Срок исполнения |
 * Крайний срок | Состояние | Дней до срока | Строка (a link to the row). Starts in column A.
 * `taskOf` adds the «Задача» column (on «Сводка»).
 */
export function measuresBlock(
  b: SheetBuilder,
  list: readonly JudgedMeasure[],
  ctx: MeasureLinkContext,
  taskOf?: (m: JudgedMeasure) => string,
): void {
  b.row([RU.measures], { bold: true });
  const header = RU.measureHeader.slice();
  if (taskOf) header.splice(2, 0, RU.taskHeader);
  b.row(header, HEADER_FORMAT);
  const stateCol = header.indexOf('Состояние') + 1;
  const linkCol = header.length;
  for (const judged of byUrgency(list)) {
    const { measure, state } = judged;
    const cells: ModelCell[] = [measure.number, measure.title];
    if (taskOf) cells.push(taskOf(judged));
    const r = b.nextRow;
    const dueCol = cells.length + 3;
    cells.push(
      measure.executorsText,
      measure.deadlineText,
      state.due ? { date: state.due } : '',
      STATE_LABELS[state.state],
      // Counted by Sheets every day (TODAY() in the spreadsheet's zone), so it never goes stale.
      state.due && showsDaysLeft(state.state) ? { formula: `=${columnLetter(dueCol)}${r}-TODAY()` } : '',
      RU.rowLink(measure.row),
    );
    b.row(cells);
    b.cellFormat(r, stateCol, stateFormat(state.state));
    b.link({ row: r, col: linkCol, url: rowUrl(ctx, measure.row), text: RU.rowLink(measure.row) });
  }
  const first = b.nextRow - list.length;
  if (list.length > 0) b.format({ row: first, col: 2, numRows: list.length, numCols: 1 }, { wrap: true });
}
