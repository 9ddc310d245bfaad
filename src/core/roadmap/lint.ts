/**
 * Problems of a roadmap a person should fix, as data: unreadable deadlines and the deadline
 * engine's warnings (a year outside the plan…), missing executors or deadlines, duplicate or
 * out-of-order numbers, a measure above the first section. Executors without a directory entry
 * are the directory module's.
 */
import { doubtOf } from '../doubt';
import type { Cell, RoadmapMessage } from '../i18n/messages';
import { dueColumn, type Measure, type Problem, problemAt, type Roadmap, type UserColumn } from '../model';
import { memoParser } from '../status';
import type { HeaderInfo } from './header';
import { compareNumbers, numberKey } from './numbers';
import { planContextOf } from './plan-year';

/** The deadline engine's warnings that the reader reports as problems of their own kind. */
const SILENT_WARNINGS = new Set(['empty', 'deadline-unreadable']);

/** cellOf(header, 12, 4) → { row: 12, column: 4, header: 'Срок исполнения' }: the cell a message names. */
export function cellOf(header: Pick<HeaderInfo, 'headerTexts'>, row: number, column: number | null): Cell {
  return column === null ? { row, column } : { row, column, header: header.headerTexts[column] ?? '' };
}

export function lintRoadmap(roadmap: Roadmap): Problem[] {
  const header = { headerTexts: roadmap.headerTexts ?? {} };
  const context = planContextOf(roadmap);
  const problems: Problem[] = [];
  const parseDeadline = memoParser();
  const add = (message: RoadmapMessage & Cell, severity: Problem['severity'], code?: string) =>
    problems.push(problemAt(message, severity, code));
  const columnOf = (role: UserColumn) => roadmap.columns[role] ?? null;
  /** The cell of a measure's column; the role names it when the table has no such column. */
  const cellFor = (measure: Measure, column: number | null, role?: UserColumn): Cell =>
    column === null && role ? { row: measure.row, column, role } : cellOf(header, measure.row, column);

  const firstSection = roadmap.sections[0];
  const seen = new Map<string, number>();
  let previousKey: { text: string; key: number[] } | null = null;

  for (const measure of roadmap.measures) {
    const { number } = measure;
    if (measure.executors.length === 0)
      add({ code: 'missing-executor', ...cellFor(measure, columnOf('executors'), 'executors'), number }, 'warning');

    const deadlineColumn = dueColumn(roadmap.columns) ?? null;
    const checks: { text: string; column: number | null }[] = [{ text: measure.deadlineText, column: deadlineColumn }];
    if (measure.newDeadlineText.trim())
      checks.push({ text: measure.newDeadlineText, column: roadmap.addinColumns.newDeadline ?? null });
    if (
      measure.deadlineText.trim() === '' &&
      measure.newDeadlineText.trim() === '' &&
      !(measure.startText ?? '').trim()
    )
      add({ code: 'missing-deadline', ...cellFor(measure, deadlineColumn, 'deadline'), number }, 'error');
    for (const { text, column } of checks) {
      if (text.trim() === '') continue;
      const deadline = parseDeadline(text, context);
      const cell = cellFor(measure, column, 'deadline');
      const doubt = doubtOf(deadline, context);
      if (doubt !== null) {
        add({ code: 'deadline-doubtful', ...cell, text, doubt }, 'error', doubt.code);
        continue;
      }
      if (deadline.kind === 'unknown') {
        const why = deadline.warnings.find((w) => !SILENT_WARNINGS.has(w.code));
        add({ code: 'deadline-unreadable', ...cell, text, ...(why ? { why } : {}) }, 'error');
        continue;
      }
      for (const warning of deadline.warnings) {
        // A year cannot be «outside the plan» when the plan's year is only today's guess.
        if (warning.code === 'year-outside-plan' && context.planYearStated === false) continue;
        if (!SILENT_WARNINGS.has(warning.code))
          add({ code: 'deadline-warning', ...cell, warning }, 'warning', warning.code);
      }
    }

    if (number) {
      const numberCell = cellOf(header, measure.row, columnOf('number'));
      const first = seen.get(number);
      if (first !== undefined) add({ code: 'duplicate-number', ...numberCell, number, firstRow: first }, 'warning');
      else seen.set(number, measure.row);
      const key = numberKey(number);
      if (key && previousKey && first === undefined && compareNumbers(previousKey.key, key) >= 0)
        add({ code: 'number-out-of-order', ...numberCell, number, previous: previousKey.text }, 'warning');
      if (key) previousKey = { text: number, key };
    }

    // A one-off measure with a completion date is judged done; a status saying otherwise is a slip.
    // (A recurring one keeps «В работе» with the date of its last completion: that is normal.)
    if (
      measure.completedOn !== null &&
      (measure.status === 'in-progress' || measure.status === 'not-started') &&
      parseDeadline(measure.newDeadlineText.trim() || measure.deadlineText, context).kind !== 'recurring'
    ) {
      const cell = cellOf(header, measure.row, roadmap.addinColumns.completed ?? null);
      add({ code: 'status-date-conflict', ...cell, status: measure.status }, 'warning');
    }

    if (firstSection && measure.row < firstSection.row)
      add({ code: 'measure-before-section', ...cellOf(header, measure.row, null) }, 'warning');
  }
  return problems;
}
