/**
 * Turns the pieces read from one cell into its Deadline. Several dates or
 * periods: the earliest start is the start, the latest due is the due date.
 * A recurring word makes the cell recurring; the dates then give the window
 * («ежемесячно в 2021-2022 гг.») or, for a yearly rule, the due day («ежегодно,
 * до 1 марта»). Dates win over «постоянно» and «по мере необходимости».
 */
import { type IsoDate, minDate, parts } from '../dates';
import { planEnd, planStart } from './families/common';
import type { Item } from './item';
import { warning } from './messages';
import { dueOf, obligations, periodContaining } from './recurrence';
import type { Assumption, Deadline, DeadlineContext, DeadlineKind, DeadlineWarning, Recurrence } from './types';

type Context = Required<DeadlineContext>;

export function combine(text: string, items: Item[], context: Context, extra: DeadlineWarning[]): Deadline {
  const warnings: DeadlineWarning[] = [];
  const assumed: Assumption[] = [];
  let unknown = false;
  let recurring: Item | undefined;
  let cadences = 0;
  let continuous: Item | undefined;
  let unscheduled: Item | undefined;
  const rules: Item[] = [];
  const dates: Item[] = [];
  for (const i of items) {
    for (const w of i.warnings) warnings.push(w);
    for (const a of i.assumed) if (!assumed.includes(a)) assumed.push(a);
    if (i.kind === 'unknown') unknown = true;
    else if (i.kind === 'recurring') {
      // Several cadences in one cell («ежегодно, ежеквартально, ежемесячно»): the tightest binds.
      cadences += 1;
      if (!recurring || tighter(i, recurring)) recurring = i;
    } else if (i.kind === 'due-rule') rules.push(i);
    else if (i.kind === 'continuous') continuous ??= i;
    else if (i.kind === 'unscheduled') unscheduled ??= i;
    else if (i.start !== null && i.due !== null) dates.push(i);
  }
  for (const w of yearWarnings(items, context)) warnings.push(w);
  for (const w of extra) warnings.push(w);
  const result = (
    kind: DeadlineKind,
    start: IsoDate | null,
    due: IsoDate | null,
    recurrence: Recurrence | null = null,
  ) => deadline(text, kind, start, due, recurrence, assumed, warnings);

  if (unknown) return result('unknown', null, null);
  if (recurring || rules.some((r) => r.recurrence?.dueRule?.nextPeriod === undefined)) {
    const onwards = ONWARDS.test(text);
    const { recurrence, start, due } = recurringWindow(
      recurring,
      rules,
      cadences > 1 ? yearly(dates) : dates,
      context,
      onwards,
    );
    return result('recurring', start, due, recurrence);
  }
  if (dates.length > 0) {
    const kept = withoutRedundantYears(dates);
    let start = kept[0]?.start as IsoDate;
    let due = kept[0]?.due as IsoDate;
    for (const d of kept) {
      if ((d.start as IsoDate) < start) start = d.start as IsoDate;
      if ((d.due as IsoDate) > due) due = d.due as IsoDate;
    }
    // «постоянно, до 1 июня»: continuous up to the day; «постоянно, с марта 2025» starts in March.
    if (continuous?.start && continuous.start < start && kept.every((d) => d.kind === 'date')) start = continuous.start;
    const single = kept.length === 1 && kept[0]?.kind === 'date' && !continuous;
    return result(single || start === due ? 'date' : 'period', start, due);
  }
  const open = continuous ?? unscheduled;
  // «в течение месяца» alone (no dates of its own): continuous over the plan.
  if (open?.kind === 'continuous' && open.start === null)
    return result('continuous', planStart(context), planEnd(context));
  if (open) return result(open.kind as DeadlineKind, open.start, open.due);
  if (warnings.length === 0) warnings.push(warning('deadline-unreadable', text));
  return result('unknown', null, null);
}

/** Every Deadline has the same shape (one hidden class for the engine, one contract for readers). */
export function deadline(
  text: string,
  kind: DeadlineKind,
  start: IsoDate | null,
  due: IsoDate | null,
  recurrence: Recurrence | null,
  assumed: Assumption[],
  warnings: DeadlineWarning[],
): Deadline {
  return { text, kind, start, due, recurrence, assumed, warnings };
}

/** «апрель, 2021», «2021 год: март, июнь»: a bare year that only repeats a more precise item's year. */
function withoutRedundantYears(dates: Item[]): Item[] {
  if (!dates.some((d) => d.coarse)) return dates;
  const precise = dates.filter((d) => !d.coarse);
  return dates.filter(
    (d) =>
      !d.coarse ||
      !precise.some((p) => (p.start as IsoDate) >= (d.start as IsoDate) && (p.due as IsoDate) <= (d.due as IsoDate)),
  );
}

/** «до 31.12.2024, далее ежегодно»: the date is the first occurrence, the cadence runs on to the plan's end. */
const ONWARDS = /(?<![\p{L}])(?:далее|в\s+дальнейшем|впоследствии)(?![\p{L}])/iu;

function recurringWindow(
  recurring: Item | undefined,
  rules: Item[],
  dates: Item[],
  context: Context,
  onwards = false,
): { recurrence: Recurrence; start: IsoDate; due: IsoDate } {
  const guess = rules.find((r) => r.recurrence?.dueRule?.nextPeriod === undefined)?.recurrence?.frequency;
  const recurrence: Recurrence = { ...(recurring?.recurrence ?? { frequency: guess ?? 'month' }) };
  const dueRule: NonNullable<Recurrence['dueRule']> = {};
  for (const r of rules) Object.assign(dueRule, r.recurrence?.dueRule);
  // A date or months without a year give the yearly (half-yearly, quarterly) due day, not a window:
  // «ежегодно, до 1 марта» → 1 March each year; «ежегодно в декабре» → 31 December;
  // «август-сентябрь ежегодно» → 30 September.
  const window: Item[] = [];
  for (const d of dates) {
    if (
      (onwards || (d.years.length === 0 && d.assumed.includes('year-from-plan'))) &&
      recurrence.frequency !== 'month' &&
      recurrence.frequency !== 'week' &&
      d.due?.slice(0, 4) === d.start?.slice(0, 4)
    ) {
      const [, month, day] = parts(d.due as string);
      Object.assign(dueRule, { month, day });
    } else window.push(d);
  }
  if (Object.keys(dueRule).length > 0) recurrence.dueRule = dueRule;
  const first = onwards ? dates.map((i) => i.start as string).sort()[0] : undefined;
  recurrence.from = first ?? window.map((i) => i.start as string).sort()[0] ?? planStart(context);
  recurrence.until = window.map((i) => i.due as string).sort()[window.length - 1] ?? planEnd(context);
  // Periods that do not tile the year (several years; school quarters, with summer between):
  // the window ends with its last obligation.
  if (recurrence.everyYears !== undefined || recurrence.frequency === 'school-term') {
    const list = obligations(recurrence, recurrence.from, recurrence.until);
    return { recurrence, start: recurrence.from, due: list[list.length - 1]?.due ?? recurrence.until };
  }
  const due = dueOf(recurrence, periodContaining(recurrence.frequency, recurrence.until));
  // The window's first day, unless a due day falls before it (a yearly rule in a window that starts late).
  const firstDue = dueOf(recurrence, periodContaining(recurrence.frequency, recurrence.from));
  const start = minDate(firstDue, recurrence.from);
  return { recurrence, start, due };
}

const PERIOD_ORDER = ['week', 'month', 'school-term', 'quarter', 'half-year', 'year'];

/** Is a's cadence tighter than b's («ежемесячно» over «ежегодно»)? */
function tighter(a: Item, b: Item): boolean {
  const rank = (i: Item) =>
    PERIOD_ORDER.indexOf(i.recurrence?.frequency ?? 'year') * 10 + (i.recurrence?.everyYears ?? 1);
  return rank(a) < rank(b);
}

/** With several cadences, a day without a year («ежегодно до 1 февраля») is the yearly one's rule, not a window. */
function yearly(dates: Item[]): Item[] {
  return dates.filter((d) => !d.assumed.includes('year-from-plan'));
}

function yearWarnings(items: Item[], context: Context): DeadlineWarning[] {
  const outside: number[] = [];
  for (const i of items) {
    for (const y of i.years)
      if ((y < context.planYear || y > context.planEndYear) && !outside.includes(y)) outside.push(y);
  }
  return outside.sort((a, b) => a - b).map((y) => warning('year-outside-plan', String(y)));
}
