/**
 * A measure judged on a day: its due date in force, its state and the days left.
 *
 * Rules, in order (see DESIGN.md for the state codes):
 * 1. «Отменено» in Статус → cancelled.
 * 2. The deadline in force is Новый срок when filled, else Срок исполнения — the end column when the
 *    plan splits it («Дата окончания», «Срок: окончание»). The start column («начало») gives the
 *    start; it never moves the due date, so a measure before its start is not-started (or due-soon
 *    when its end is near), never overdue. A start with no end and no Новый срок is a one-period
 *    measure: due at the end of the start's period («март 2022» → 31.03.2022; «12.05.2022» → that
 *    day). A start after the end is ignored (the end stands).
 * 3. Done: a Дата выполнения, or Статус «Выполнено». With a date: done-on-time when it is on or
 *    before the due date, done-late after it. «Выполнено» with no date, or with no due date to
 *    compare: done-on-time (nothing says it was late).
 *    Recurring measures are judged per period: the current obligation is done when Дата
 *    выполнения (the last completion) is on or after the current period's start.
 * 4. Recurring, not done for the current period: overdue when the previous obligation's due date
 *    has passed and there is no completion on or after the previous period's start (the person
 *    must record each period's completion); its due date and days are the previous obligation's.
 *    Otherwise judged on the current obligation's due date like a one-off measure.
 * 5. A doubtful deadline (doubt.ts: a year outside the plan, a day that cannot exist, a due date
 *    before the plan's approval) → doubtful («Проверьте срок»): its due date as read is kept for
 *    the person to see, days left are not counted, and it is never reminded.
 *    Empty deadline, or unscheduled («по мере необходимости») → no-deadline; unreadable → unparsed.
 *    Continuous («постоянно») runs to the plan's end: no-deadline until the plan's last day is
 *    within dueSoonDays, then due-soon / overdue like a dated measure — such work must still be
 *    reported by the plan's end.
 * 6. due < today → overdue; 0 ≤ daysLeft ≤ dueSoonDays → due-soon; then Статус «В работе» →
 *    in-progress, else not-started.
 */
import { daysBetween, type IsoDate } from './dates';
import { currentObligation, inSectionMonth, parseDeadline } from './deadline';
import type { Deadline, DeadlineContext } from './deadline/types';
import { doubtOf, type PlanContext } from './doubt';
import type { Measure, MeasureState, StateCode, StatusCode } from './model';
import type { Settings } from './settings';

export type DeadlineParser = (text: string, context: DeadlineContext) => Deadline;

/**
 * parseDeadline with a memory of the texts already read: a roadmap repeats «в течение года»
 * dozens of times. One per reading (the context is fixed by the first call's plan year).
 */
export function memoParser(): DeadlineParser {
  const seen = new Map<string, Deadline>();
  return (text, context) => {
    const key = `${context.planYear}/${context.planEndYear ?? ''}/${context.schoolYear === true}/${text}`;
    let deadline = seen.get(key);
    if (deadline === undefined) {
      deadline = parseDeadline(text, context);
      seen.set(key, deadline);
    }
    return deadline;
  };
}

const STATUS_WORDS: Readonly<Record<string, StatusCode>> = {
  'не начато': 'not-started',
  'не начата': 'not-started',
  'не начат': 'not-started',
  'в работе': 'in-progress',
  выполнено: 'done',
  выполнена: 'done',
  выполнен: 'done',
  исполнено: 'done',
  отменено: 'cancelled',
  отменена: 'cancelled',
  отменен: 'cancelled',
};

/** parseStatus(' выполнено. ') → 'done'; parseStatus('В  РАБОТЕ') → 'in-progress'; parseStatus('да') → null. */
export function parseStatus(text: string): StatusCode | null {
  const key = text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return STATUS_WORDS[key] ?? null;
}

/** The parts of a measure that judging reads. */
export type JudgedMeasure = Pick<
  Measure,
  'row' | 'deadlineText' | 'newDeadlineText' | 'status' | 'completedOn' | 'startText' | 'sectionMonth'
>;

/**
 * judgeMeasure({ row: 7, deadlineText: 'март 2021г.', status: null, completedOn: null, … },
 *   { planYear: 2021 }, '2021-06-15', settings) → { state: 'overdue', due: '2021-03-31', daysLeft: -76, … };
 * «март 2020г.» there → { state: 'doubtful', due: '2020-03-31', daysLeft: null }.
 */
export function judgeMeasure(
  measure: JudgedMeasure,
  context: PlanContext,
  today: IsoDate,
  settings: Pick<Settings, 'dueSoonDays'>,
  parse: DeadlineParser = parseDeadline,
): MeasureState {
  const deadline = deadlineInForce(measure, context, parse);
  const result = (state: StateCode, start: IsoDate | null, due: IsoDate | null): MeasureState => ({
    row: measure.row,
    state,
    deadline,
    start,
    due,
    daysLeft: due === null ? null : daysBetween(today, due),
  });
  if (measure.status === 'cancelled') return result('cancelled', deadline.start, deadline.due);

  const obligation = currentObligation(deadline, today);
  const completedOn = measure.completedOn;
  const done = completedOn !== null || measure.status === 'done';

  if (obligation) {
    const { current, previous } = obligation;
    if (completedOn !== null && completedOn >= current.start)
      return result(completedOn <= current.due ? 'done-on-time' : 'done-late', current.start, current.due);
    if (completedOn === null && measure.status === 'done') return result('done-on-time', current.start, current.due);
    if (previous && previous.due < today && !(completedOn !== null && completedOn >= previous.start))
      return result('overdue', previous.start, previous.due);
    return result(openState(measure, today, current.due, settings), current.start, current.due);
  }

  const doubt = doubtOf(deadline, context);
  if (done) {
    // A doubtful due date cannot make a completion late.
    const late = doubt === null && completedOn !== null && deadline.due !== null && completedOn > deadline.due;
    return result(late ? 'done-late' : 'done-on-time', deadline.start, deadline.due);
  }
  if (doubt !== null) return { ...result('doubtful', deadline.start, deadline.due), daysLeft: null };
  if (deadline.kind === 'unknown') return result('unparsed', null, null);
  if (deadline.kind === 'unscheduled' || deadline.due === null) return result('no-deadline', null, null);
  if (deadline.kind === 'continuous' && daysBetween(today, deadline.due) > settings.dueSoonDays)
    return result('no-deadline', deadline.start, deadline.due);
  return result(openState(measure, today, deadline.due, settings), deadline.start, deadline.due);
}

/** The state of a measure that is not done: by its due date, then by its Статус. */
function openState(
  measure: JudgedMeasure,
  today: IsoDate,
  due: IsoDate,
  settings: Pick<Settings, 'dueSoonDays'>,
): StateCode {
  const daysLeft = daysBetween(today, due);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= settings.dueSoonDays) return 'due-soon';
  return measure.status === 'in-progress' ? 'in-progress' : 'not-started';
}

/**
 * The deadline in force: Новый срок when filled, else Срок исполнения; a «начало» cell of a
 * two-row header sets the start when it reads as a date.
 */
export function deadlineInForce(
  measure: JudgedMeasure,
  context: DeadlineContext,
  parse: DeadlineParser = parseDeadline,
): Deadline {
  const written = measure.newDeadlineText.trim() ? measure.newDeadlineText : measure.deadlineText;
  const text = inSectionMonth(written, measure.sectionMonth);
  const startText = measure.startText?.trim() ?? '';
  // Only a start: the measure runs over the start's own period.
  if (text.trim() === '' && startText !== '') return parse(startText, context);
  const deadline = parse(text, context);
  if (startText === '' || deadline.kind === 'recurring') return deadline;
  const start = parse(startText, context);
  const first = start.start ?? start.due;
  if (first === null) return deadline;
  if (deadline.due === null) return { ...deadline, start: first };
  return { ...deadline, start: first <= deadline.due ? first : deadline.start };
}
