/**
 * The deadline engine: a «Срок исполнения» cell's free Russian text → a Deadline.
 *
 *   parseDeadline('февраль-март 2021 г.', { planYear: 2021 })
 *     → { kind: 'period', start: '2021-02-01', due: '2021-03-31', assumed: ['end-of-month'], … }
 *
 * How a cell is read: normalize.ts brings it to one spelling, a trailing «- comment» that names
 * no date is set aside, every family in families/index.ts claims the phrases it knows, leftover.ts
 * looks at what nobody claimed, combine.ts makes one Deadline of the pieces.
 *
 * Decisions, applied everywhere:
 * - «до X», «не позднее X», «к X», «по X» — the due date is X as written, inclusive:
 *   «до 1 июня» → due 2021-06-01 (not 31 May). For a month / quarter / year X, its last day.
 *   A single day («до 1 июня», «15.06.2021») is kind 'date' with start = due.
 * - «с X» alone (no end) → from X to the plan's last day.
 * - No year written → the plan year, noted as the 'year-from-plan' assumption (in a school-year
 *   plan, January..August fall in its second year). A written year outside the plan is kept as
 *   written («март 2020» → 2020-03-31) with 'year-outside-plan'.
 * - Several items in one cell → start = the earliest start, due = the latest due; a bare year
 *   next to a more precise item of that year adds nothing («апрель, 2021» → April).
 * - Ranges written backwards: dates are swapped; months cross the year («ноябрь - январь 2022»
 *   → 2021-11-01..2022-01-31); both warn 'range-backwards'.
 * - «в течение года», «до конца года», «по итогам года» → the plan year, 01-01..12-31, kind 'period'.
 * - School year = 1 September .. 30 June (see families/school-years.ts for which one).
 * - Continuous («постоянно», «в течение всего срока реализации», «в течение месяца» alone) →
 *   start = the plan's first day, due = the plan's last day (31 December of planEndYear): work
 *   that runs all plan long must still be reported by the plan's end, and is never overdue before.
 * - Unscheduled («по мере необходимости», «по графику министерства», «по отд. плану», «в установл.
 *   порядке», «по положению», «определяется …», «-», «х», empty) → no dates.
 *   Any date in the same cell wins over «постоянно» / «по мере необходимости».
 * - A misspelt month is read when the slip is small and unambiguous (misspelt.ts: one edit from
 *   exactly one month, at least 5 letters, where a month is expected): «фервраль 2021» → February
 *   2021 with the warning 'misspelt-month', listed among the table's problems.
 * - Unknown → no dates, always with a warning saying why: impossible dates (31.02), other typos
 *   («ежемесчно», «июнля» 2021 — June or July? — is never read as the year 2021), text nothing
 *   could read, or more text left over than read. A little unread text only warns ('text-left-over').
 * - Recurring: periods are calendar ISO weeks, months, quarters, halves, years overlapping the
 *   window (the plan, or the years the cell names); each is due on its last day unless the text
 *   gives a rule (see Recurrence.dueRule). Deadline.start = the window's first day, Deadline.due =
 *   the last obligation's due; currentObligation gives the period to judge on a given day.
 *
 * The core never throws on bad input and never reads the clock: `today` is an argument.
 */
import { type IsoDate, isIsoDate } from '../dates';
import { combine, deadline } from './combine';
import { FAMILIES } from './families';
import { MONTH_LONG } from './families/seasons';
import type { Item } from './item';
import { leftover } from './leftover';
import { remembered } from './memo';
import { warning } from './messages';
import { type MonthSlip, misspeltMonths } from './misspelt';
import { normalize, splitComment } from './normalize';
import { obligations } from './recurrence';
import type { CurrentObligation, Deadline, DeadlineContext, DeadlineWarning } from './types';
import { MONTH_NAMES } from './vocabulary';

export { obligations } from './recurrence';
export type * from './types';

const NO_DATE = /^(?:[-хx_./\\]+|нет|не установлен\p{L}*|не требуется|не предусмотрен\p{L}*|б\/с|без срока)$/u;

/**
 * parseDeadline('ежемесячно', { planYear: 2021 }) → kind 'recurring', monthly, 2021-01-01 .. 2021-12-31.
 * Never throws. A sheet repeats its phrases («в течение года» forty times), so results are
 * remembered per text and plan; each call gets its own copy.
 */
export function parseDeadline(text: string, context: DeadlineContext): Deadline {
  const raw = typeof text === 'string' ? text : String(text ?? '');
  const planYear = Number.isInteger(context?.planYear) ? context.planYear : 2000;
  const endYear = Number.isInteger(context?.planEndYear) ? (context.planEndYear as number) : planYear;
  const ctx = { planYear, planEndYear: Math.max(planYear, endYear), schoolYear: context?.schoolYear === true };
  return remembered(raw, ctx, readDeadline);
}

function readDeadline(raw: string, ctx: Required<DeadlineContext>): Deadline {
  const normal = normalize(raw);
  const undated = (kind: 'unscheduled' | 'unknown', warnings: DeadlineWarning[]) =>
    deadline(raw, kind, null, null, null, [], warnings);
  if (normal === '') return undated('unscheduled', [warning('empty')]);
  if (NO_DATE.test(normal)) return undated('unscheduled', []);

  const { text: body, comment } = splitComment(normal, (tail) => scanMendingMonths(tail, ctx).items.length === 0);
  const { items, rest, slips } = scanMendingMonths(body, ctx);
  const left = leftover(rest);
  const extra: DeadlineWarning[] = comment ? [warning('comment-ignored', comment)] : [];
  for (const slip of slips) extra.push(warning('misspelt-month', slip.word, slip.form));
  if (left.typos.length > 0) {
    const detail = left.typos.map((t) => t.word).join(', ');
    return undated('unknown', [{ code: 'possible-typo', detail, typos: left.typos }]);
  }
  if (left.words.length > 0 && items.length > 0) extra.push(warning('text-left-over', left.words.join(' ')));
  const substantial =
    left.words.length >= 3 && left.letters > body.replace(/[^\p{L}\p{N}]/gu, '').length - left.letters;
  if (items.length === 0 || substantial) {
    const why = items.length === 0 ? [warning('deadline-unreadable', raw.trim())] : extra;
    return undated('unknown', why);
  }
  return combine(raw, items, ctx, extra);
}

interface Scan {
  items: Item[];
  rest: string;
  /** [start, end) of every match of a family that reads months. */
  monthSpans: Array<[number, number]>;
}

/**
 * scan, and again with each word one slip from a month (misspelt.ts) written as that month;
 * a mended word stays mended only where a family that reads months claims it, so «фервраль 2021»
 * is February 2021 and a stray «марка» in a note is not March.
 */
function scanMendingMonths(text: string, context: Required<DeadlineContext>): Scan & { slips: MonthSlip[] } {
  const first = scan(text, context);
  let slips = misspeltMonths(first.rest);
  while (slips.length > 0) {
    let mended = text;
    const spans: Array<[number, number]> = [];
    for (const slip of [...slips].reverse()) {
      mended = mended.slice(0, slip.at) + slip.form + mended.slice(slip.at + slip.word.length);
      const shift = slip.form.length - slip.word.length;
      for (const span of spans) [span[0], span[1]] = [span[0] + shift, span[1] + shift];
      spans.unshift([slip.at, slip.at + slip.form.length]);
    }
    const again = scan(mended, context);
    const read = (span: [number, number]) => again.monthSpans.some(([s, e]) => s <= span[0] && span[1] <= e);
    const kept = slips.filter((_, i) => read(spans[i] as [number, number]));
    if (kept.length === slips.length) return { ...again, slips };
    slips = kept;
  }
  return { ...first, slips: [] };
}

/** Runs every family over the text; each match blanks out the text it read. */
function scan(text: string, context: Required<DeadlineContext>): Scan {
  let rest = text;
  const items: Item[] = [];
  const monthSpans: Scan['monthSpans'] = [];
  for (const family of FAMILIES) {
    if (family.hint && !family.hint.test(rest)) continue;
    family.pattern.lastIndex = 0;
    let match = family.pattern.exec(rest);
    while (match !== null) {
      const read = family.read(match, context);
      const end = match.index + match[0].length;
      if (read !== null) {
        items.push(read);
        if (family.readsMonths) monthSpans.push([match.index, end]);
        rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(end);
      }
      family.pattern.lastIndex = Math.max(end, match.index + 1);
      match = family.pattern.exec(rest);
    }
  }
  return { items, rest, monthSpans };
}

/**
 * The obligation to judge on `today` for a recurring deadline (null otherwise):
 * current = the earliest obligation whose due ≥ today (once all are past, the last one);
 * previous = the one before it. So `current` is never overdue while the plan runs, and the
 * status logic asks two questions: is `current` done, and was `previous` done by its due?
 *
 *   «ежемесячно», 2021-06-15 → current 2021-06-01..30 due 06-30, previous May (due 05-31).
 *   «ежемесячно до 5 числа месяца, следующего за отчетным», 2021-06-15 → current = the June
 *   report (due 07-05), previous = the May report (due 06-05, already passed).
 */
export function currentObligation(deadline: Deadline, today: IsoDate): CurrentObligation | null {
  const recurrence = deadline.recurrence;
  if (deadline.kind !== 'recurring' || !recurrence) return null;
  const from = recurrence.from ?? deadline.start;
  const until = recurrence.until ?? deadline.due;
  if (!isIsoDate(from) || !isIsoDate(until)) return null;
  const list = obligations(recurrence, from, until);
  if (list.length === 0) return null;
  let index = list.findIndex((o) => o.due >= today);
  if (index < 0) index = list.length - 1;
  return { current: list[index] as CurrentObligation['current'], previous: list[index - 1] ?? null };
}

/** «в течение месяца» alone, as written under a month heading: the cell names no month of its own. */
const MONTH_LONG_ALONE = new RegExp(`^${MONTH_LONG}\\.?$`, 'u');

/**
 * The text to read for a measure under a month heading: inSectionMonth('в течение месяца',
 * 'Октябрь') → 'Октябрь, в течение месяца' (October); any other text, or no month → as it is.
 * School plans group their measures by month and write «в течение месяца» beneath.
 */
export function inSectionMonth(text: string, sectionMonth: string | undefined): string {
  return sectionMonth && MONTH_LONG_ALONE.test(normalize(text).trim()) ? `${sectionMonth}, ${text.trim()}` : text;
}

/**
 * For a row read alone (onEdit), where the heading above is not seen: the month the last full
 * check gave a «в течение месяца» row, from its «Крайний срок» cell. monthOfDue('в течение
 * месяца', '2023-10-31', context) → 'октябрь'; undefined for other texts, and when that due is
 * the plan's end (the text alone, under no month heading).
 */
export function monthOfDue(text: string, due: IsoDate | null, context: DeadlineContext): string | undefined {
  if (due === null || !MONTH_LONG_ALONE.test(normalize(text).trim())) return undefined;
  if (parseDeadline(text, context).due === due) return undefined;
  return MONTH_NAMES[Number(due.slice(5, 7))];
}
