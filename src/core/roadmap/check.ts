/**
 * «Проверить сроки» as data: every measure judged on a day, and the values of the computed
 * columns (Крайний срок, Состояние, Дней до срока) as contiguous 2-D blocks covering every row
 * from the first data row to the table's last row — rows that are not measures get '' so that
 * old values are cleared — so the adapter makes one setValues per block. judgeRows does the same
 * for the few rows an onEdit touched.
 */
import { type IsoDate, isIsoDate } from '../dates';
import { monthOfDue } from '../deadline';
import {
  type AddinColumn,
  type CellDate,
  type CellValue,
  isCellDate,
  type MeasureState,
  type Problem,
  type Roadmap,
} from '../model';
import type { Settings } from '../settings';
import { STATE_LABELS } from '../states';
import { judgeMeasure, memoParser } from '../status';
import { readAddinCells, readRowCells } from './cells';
import { planContextOf } from './plan-year';
import { addinProblemsOf, classifyRow, type RoadmapHeader } from './read';

/** Columns «Проверить сроки» writes, in sheet order once sorted by column. */
const WRITTEN: readonly AddinColumn[] = ['due', 'state', 'daysLeft'];

/** A block of values for one setValues(): top-left cell and a rectangular array. */
export interface WriteBlock {
  row: number;
  column: number;
  values: CellValue[][];
}

export interface CheckWrites {
  blocks: WriteBlock[];
  /** Computed columns the sheet does not have yet (run «Подготовить таблицу» first). */
  missing: AddinColumn[];
}

/** judgeRoadmap(roadmap, '2021-06-15', settings) → one MeasureState per measure, in table order. */
export function judgeRoadmap(
  roadmap: Pick<Roadmap, 'measures' | 'planYear' | 'planEndYear'> &
    Partial<Pick<Roadmap, 'planYearSource' | 'approvedOn' | 'schoolYear'>>,
  today: IsoDate,
  settings: Pick<Settings, 'dueSoonDays'>,
): MeasureState[] {
  const context = planContextOf({ planYearSource: 'title', ...roadmap });
  const parse = memoParser();
  return roadmap.measures.map((measure) => judgeMeasure(measure, context, today, settings, parse));
}

/** The computed cells of one judged row: { due: {date} | '', state: label, daysLeft: number | '' }. */
export function computedCells(state: MeasureState | undefined): Record<'due' | 'state' | 'daysLeft', CellValue> {
  if (!state) return { due: '', state: '', daysLeft: '' };
  return {
    due: state.due === null ? '' : ({ date: state.due } satisfies CellDate),
    state: STATE_LABELS[state.state],
    daysLeft: state.daysLeft === null ? '' : state.daysLeft,
  };
}

/**
 * planCheckWrites(roadmap, states) → { blocks: [{ row: 5, column: 10, values: [[{date}, 'Просрочено', -76], …] }] }:
 * one block per run of adjacent computed columns, rows firstDataRow..lastRow.
 */
export function planCheckWrites(
  roadmap: Pick<Roadmap, 'addinColumns' | 'firstDataRow' | 'headerLastRow' | 'lastRow' | 'measures'>,
  states: readonly MeasureState[],
): CheckWrites {
  const first = roadmap.firstDataRow ?? roadmap.headerLastRow + 1;
  const last = Math.max(roadmap.lastRow ?? first, ...roadmap.measures.map((m) => m.lastRow));
  const byRow = new Map(states.map((s) => [s.row, s]));
  const rows: (MeasureState | undefined)[] = [];
  for (let row = first; row <= last; row += 1) rows.push(byRow.get(row));
  return blocksFor(roadmap.addinColumns, first, rows);
}

function blocksFor(
  addinColumns: Partial<Record<AddinColumn, number>>,
  firstRow: number,
  rows: readonly (MeasureState | undefined)[],
): CheckWrites {
  const present = WRITTEN.filter((key) => addinColumns[key] !== undefined)
    .map((key) => ({ key: key as 'due' | 'state' | 'daysLeft', column: addinColumns[key] as number }))
    .sort((a, b) => a.column - b.column);
  const missing = WRITTEN.filter((key) => addinColumns[key] === undefined);
  if (rows.length === 0) return { blocks: [], missing };
  const runs: (typeof present)[] = [];
  for (const item of present) {
    const run = runs[runs.length - 1];
    const tail = run?.[run.length - 1];
    if (run && tail && tail.column + 1 === item.column) run.push(item);
    else runs.push([item]);
  }
  const cells = rows.map((state) => computedCells(state));
  const blocks = runs.map((run) => ({
    row: firstRow,
    column: (run[0] as { column: number }).column,
    values: cells.map((c) => run.map((item) => c[item.key])),
  }));
  return { blocks, missing };
}

export interface RowsJudgement {
  states: MeasureState[];
  blocks: WriteBlock[];
  /** «Выполнено» set with an empty Дата выполнения: today's date to write there. */
  fills: { row: number; column: number; value: CellDate }[];
  problems: Problem[];
}

/**
 * Re-judges only the rows an edit touched: judgeRows(header, [the values of rows 12..13], 12,
 * '2021-06-15', settings) → their states, the computed blocks for rows 12..13 and, when Статус
 * became «Выполнено» with no Дата выполнения, the fill of today's date. A row read alone cannot
 * see the measure above, so a continuation row gets '' (the next full check restores it).
 */
export function judgeRows(
  header: RoadmapHeader,
  rowsValues: readonly (readonly CellValue[])[],
  firstRow: number,
  today: IsoDate,
  settings: Pick<Settings, 'dueSoonDays'>,
): RowsJudgement {
  const context = planContextOf(header);
  const states: (MeasureState | undefined)[] = [];
  const fills: RowsJudgement['fills'] = [];
  const problems: Problem[] = [];
  rowsValues.forEach((values, index) => {
    const row = firstRow + index;
    if (row < header.firstDataRow) {
      states.push(undefined);
      return;
    }
    const cells = readRowCells(values, header);
    const kind = classifyRow(cells, row, header, [], header.dottedNumbers, false);
    if (kind !== 'measure') {
      states.push(undefined);
      return;
    }
    const addin = readAddinCells(values, header);
    problems.push(...addinProblemsOf(header, addin, row));
    let completedOn = addin.completedOn;
    const completedColumn = header.addinColumns.completed;
    if (addin.status === 'done' && completedOn === null && addin.completedUnreadable === null && completedColumn) {
      completedOn = today;
      fills.push({ row, column: completedColumn, value: { date: today } });
    }
    const written = addin.newDeadlineText.trim() ? addin.newDeadlineText : cells.deadline;
    const measure = {
      row,
      deadlineText: cells.deadline,
      newDeadlineText: addin.newDeadlineText,
      status: addin.status,
      completedOn,
      startText: cells.start,
      // The month heading above is not read here: the last full check's due keeps its month.
      sectionMonth: monthOfDue(written, dueOf(values, header), context),
    };
    states.push(judgeMeasure(measure, context, today, settings));
  });
  const kept = states.filter((s): s is MeasureState => s !== undefined);
  const start = Math.max(firstRow, header.firstDataRow);
  const { blocks } = blocksFor(header.addinColumns, start, states.slice(start - firstRow));
  return { states: kept, blocks, fills, problems };
}

/** The row's «Крайний срок» as the last full check wrote it, or null. */
function dueOf(values: readonly CellValue[], header: RoadmapHeader): IsoDate | null {
  const column = header.addinColumns.due;
  const cell = column === undefined ? undefined : values[column - 1];
  if (isCellDate(cell)) return cell.date;
  return typeof cell === 'string' && isIsoDate(cell) ? cell : null;
}
