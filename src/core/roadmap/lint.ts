/**
 * Problems of a roadmap a person should fix, as data: unreadable deadlines and the deadline
 * engine's warnings (a year outside the plan…), missing executors or deadlines, duplicate or
 * out-of-order numbers, a measure above the first section. Executors without a directory entry
 * are the directory module's.
 */
import { cellPlace, PROBLEM_TEXTS, USER_COLUMN_NAMES } from '../i18n';
import { dueColumn, type Measure, type Problem, type Roadmap, type UserColumn } from '../model';
import { memoParser } from '../status';
import type { HeaderInfo } from './header';
import { compareNumbers, numberKey } from './numbers';

/** The deadline engine's warnings that the reader reports as problems of their own kind. */
const SILENT_WARNINGS = new Set(['empty', 'deadline-unreadable']);

/** placeOf(header, 12, 4) → 'строка 12, столбец D (Срок исполнения)'. */
export function placeOf(header: Pick<HeaderInfo, 'headerTexts'>, row: number, column: number | null): string {
  return cellPlace(row, column, column === null ? '' : (header.headerTexts[column] ?? ''));
}

export function lintRoadmap(roadmap: Roadmap): Problem[] {
  const header = { headerTexts: roadmap.headerTexts ?? {} };
  const context = { planYear: roadmap.planYear, planEndYear: roadmap.planEndYear };
  const problems: Problem[] = [];
  const parseDeadline = memoParser();
  const add = (measure: Measure, column: number | null, code: string, message: string, severity: Problem['severity']) =>
    problems.push({ row: measure.row, column, code, message, severity });
  const columnOf = (role: UserColumn) => roadmap.columns[role] ?? null;
  const placeFor = (measure: Measure, column: number | null, role?: UserColumn) =>
    column === null && role
      ? `${placeOf(header, measure.row, null)} (${USER_COLUMN_NAMES[role]})`
      : placeOf(header, measure.row, column);

  const firstSection = roadmap.sections[0];
  const seen = new Map<string, number>();
  let previousKey: { text: string; key: number[] } | null = null;

  for (const measure of roadmap.measures) {
    const executors = columnOf('executors');
    if (measure.executors.length === 0)
      add(
        measure,
        executors,
        'missing-executor',
        PROBLEM_TEXTS['missing-executor'](placeFor(measure, executors, 'executors'), measure.number),
        'warning',
      );

    const deadlineColumn = dueColumn(roadmap.columns) ?? null;
    const checks: { text: string; column: number | null }[] = [{ text: measure.deadlineText, column: deadlineColumn }];
    if (measure.newDeadlineText.trim())
      checks.push({ text: measure.newDeadlineText, column: roadmap.addinColumns.newDeadline ?? null });
    if (
      measure.deadlineText.trim() === '' &&
      measure.newDeadlineText.trim() === '' &&
      !(measure.startText ?? '').trim()
    )
      add(
        measure,
        deadlineColumn,
        'missing-deadline',
        PROBLEM_TEXTS['missing-deadline'](placeFor(measure, deadlineColumn, 'deadline'), measure.number),
        'error',
      );
    for (const check of checks) {
      if (check.text.trim() === '') continue;
      const deadline = parseDeadline(check.text, context);
      const place = placeFor(measure, check.column, 'deadline');
      if (deadline.kind === 'unknown') {
        const why = deadline.warnings.find((w) => !SILENT_WARNINGS.has(w.code));
        const message = PROBLEM_TEXTS['deadline-unreadable'](place, check.text);
        add(measure, check.column, 'deadline-unreadable', why ? `${message} ${why.message}.` : message, 'error');
        continue;
      }
      for (const warning of deadline.warnings) {
        if (SILENT_WARNINGS.has(warning.code)) continue;
        add(measure, check.column, warning.code, PROBLEM_TEXTS['deadline-warning'](place, warning.message), 'warning');
      }
    }

    const numberColumn = columnOf('number');
    if (measure.number) {
      const first = seen.get(measure.number);
      if (first !== undefined)
        add(
          measure,
          numberColumn,
          'duplicate-number',
          PROBLEM_TEXTS['duplicate-number'](placeOf(header, measure.row, numberColumn), measure.number, first),
          'warning',
        );
      else seen.set(measure.number, measure.row);
      const key = numberKey(measure.number);
      if (key && previousKey && first === undefined && compareNumbers(previousKey.key, key) >= 0)
        add(
          measure,
          numberColumn,
          'number-out-of-order',
          PROBLEM_TEXTS['number-out-of-order'](
            placeOf(header, measure.row, numberColumn),
            measure.number,
            previousKey.text,
          ),
          'warning',
        );
      if (key) previousKey = { text: measure.number, key };
    }

    // A one-off measure with a completion date is judged done; a status saying otherwise is a slip.
    // (A recurring one keeps «В работе» with the date of its last completion: that is normal.)
    if (
      measure.completedOn !== null &&
      (measure.status === 'in-progress' || measure.status === 'not-started') &&
      parseDeadline(measure.newDeadlineText.trim() || measure.deadlineText, context).kind !== 'recurring'
    ) {
      const column = roadmap.addinColumns.completed ?? null;
      const status = measure.status === 'in-progress' ? 'В работе' : 'Не начато';
      add(
        measure,
        column,
        'status-date-conflict',
        PROBLEM_TEXTS['status-date-conflict'](placeOf(header, measure.row, column), status),
        'warning',
      );
    }

    if (firstSection && measure.row < firstSection.row)
      add(
        measure,
        null,
        'measure-before-section',
        PROBLEM_TEXTS['measure-before-section'](placeOf(header, measure.row, null)),
        'warning',
      );
  }
  return problems;
}
