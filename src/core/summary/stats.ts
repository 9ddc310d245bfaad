import type { Measure, MeasureState, StateCode } from '../model';
import { STATE_CODES } from '../model';

/** A measure with its state on the day of the summary. */
export interface JudgedMeasure {
  measure: Measure;
  state: MeasureState;
}

/**
 * Pairs each measure with its state by row. A measure with no state (the checker skipped
 * it) counts as «Срок не распознан», so it is shown rather than silently dropped.
 */
export function judgeAll(measures: readonly Measure[], states: readonly MeasureState[]): JudgedMeasure[] {
  const byRow = new Map<number, MeasureState>();
  for (const s of states) byRow.set(s.row, s);
  return measures.map((measure) => ({
    measure,
    state: byRow.get(measure.row) ?? {
      row: measure.row,
      state: 'unparsed',
      deadline: {
        text: measure.deadlineText,
        kind: 'unknown',
        start: null,
        due: null,
        recurrence: null,
        assumed: [],
        warnings: [],
      },
      start: null,
      due: null,
      daysLeft: null,
    },
  }));
}

export type StateCounts = Record<StateCode, number>;

/** countStates(list) → { overdue: 2, 'due-soon': 1, … } with every state present (0 when none). */
export function countStates(list: readonly JudgedMeasure[]): StateCounts {
  const counts = Object.fromEntries(STATE_CODES.map((c) => [c, 0])) as StateCounts;
  for (const { state } of list) counts[state.state]++;
  return counts;
}

export function isDone(code: StateCode): boolean {
  return code === 'done-on-time' || code === 'done-late';
}

export interface DoneShare {
  done: number;
  /** Measures that have a due date and are not cancelled: the denominator. */
  withDeadline: number;
  /** Whole percent, or null when no measure has a due date. */
  percent: number | null;
}

/**
 * % done = done ÷ measures that have a due date (state.due set), cancelled ones excluded:
 * a measure «в течение года» with no reading, or without a deadline, cannot be late or on time.
 * doneShare([done due 05-31, overdue due 05-01, no-deadline]) → { done: 1, withDeadline: 2, percent: 50 }.
 */
export function doneShare(list: readonly JudgedMeasure[]): DoneShare {
  let done = 0;
  let withDeadline = 0;
  for (const { state } of list) {
    if (state.due === null || state.state === 'cancelled') continue;
    withDeadline++;
    if (isDone(state.state)) done++;
  }
  return { done, withDeadline, percent: withDeadline === 0 ? null : Math.round((done * 100) / withDeadline) };
}

const URGENCY: readonly StateCode[] = [
  'overdue',
  'due-soon',
  'in-progress',
  'not-started',
  'doubtful',
  'unparsed',
  'no-deadline',
  'done-late',
  'done-on-time',
  'cancelled',
];

/**
 * Most urgent first: overdue (most days overdue first), due soon (nearest first), in progress,
 * not started (earliest due first), unreadable and no deadline, then done, then cancelled.
 * Ties keep the roadmap's row order. Returns a new array.
 */
export function byUrgency(list: readonly JudgedMeasure[]): JudgedMeasure[] {
  return list.slice().sort((a, b) => {
    const rank = URGENCY.indexOf(a.state.state) - URGENCY.indexOf(b.state.state);
    if (rank !== 0) return rank;
    const da = a.state.daysLeft ?? Number.POSITIVE_INFINITY;
    const db = b.state.daysLeft ?? Number.POSITIVE_INFINITY;
    if (da !== db) return da < db ? -1 : 1;
    return a.measure.row - b.measure.row;
  });
}

/** The overdue measure with the most days overdue, or null. */
export function mostOverdue(list: readonly JudgedMeasure[]): JudgedMeasure | null {
  const first = byUrgency(list)[0];
  return first && first.state.state === 'overdue' ? first : null;
}

export interface ExecutorLine {
  executor: string;
  overdue: number;
  dueSoon: number;
  inProgress: number;
  done: number;
  total: number;
}

/** Shown for measures whose «Исполнители» cell is empty. */
export const NO_EXECUTOR = '(исполнитель не указан)';

/**
 * One line per executor (a measure with two executors counts for both), the most overdue
 * first, then by due soon, then by name.
 */
export function executorTable(list: readonly JudgedMeasure[]): ExecutorLine[] {
  const lines = new Map<string, ExecutorLine>();
  for (const { measure, state } of list) {
    const names = new Set(measure.executors.map((e) => e.trim()).filter((e) => e !== ''));
    if (names.size === 0) names.add(NO_EXECUTOR);
    for (const executor of names) {
      let line = lines.get(executor);
      if (!line) {
        line = { executor, overdue: 0, dueSoon: 0, inProgress: 0, done: 0, total: 0 };
        lines.set(executor, line);
      }
      line.total++;
      if (state.state === 'overdue') line.overdue++;
      else if (state.state === 'due-soon') line.dueSoon++;
      else if (state.state === 'in-progress') line.inProgress++;
      else if (isDone(state.state)) line.done++;
    }
  }
  return [...lines.values()].sort(
    (a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || a.executor.localeCompare(b.executor, 'ru'),
  );
}
