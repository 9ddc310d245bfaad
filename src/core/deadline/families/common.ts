/** Helpers the phrase families share: years, month windows, ranges. */

import type { IsoDate } from '../../dates';
import { endOfMonth, makeDate, startOfMonth } from '../../dates';
import { type Item, item } from '../item';
import { warning } from '../messages';
import type { Assumption, DeadlineContext } from '../types';
import { ordinalValue } from '../vocabulary';

export type Context = Required<DeadlineContext>;

/** The plan's first day: 1 January, or 1 September for a school-year plan. */
export function planStart(context: Context): IsoDate {
  return context.schoolYear ? startOfMonth(context.planYear, 9) : startOfMonth(context.planYear, 1);
}

/** The plan's last day: 31 December of planEndYear, or 31 August for a school-year plan. */
export function planEnd(context: Context): IsoDate {
  return context.schoolYear ? endOfMonth(context.planEndYear, 8) : endOfMonth(context.planEndYear, 12);
}

/**
 * A year as written («21» → 2021), or the plan's year with the assumption noted. In a
 * school-year plan a month before September falls in the plan's second year.
 */
export function yearOr(written: string | undefined, context: Context, assumed: Assumption[], month = 12): number {
  if (written === undefined || written === '') {
    if (!assumed.includes('year-from-plan')) assumed.push('year-from-plan');
    return context.schoolYear && month < 9 ? context.planEndYear : context.planYear;
  }
  const n = Number(written);
  return written.length <= 2 ? 2000 + n : n;
}

/** Builds a window item, swapping and warning when it runs backwards. */
export function windowItem(start: IsoDate, due: IsoDate, years: number[], assumed: Assumption[], source: string): Item {
  if (due < start) {
    return item(start === due ? 'date' : 'period', due, start, {
      years,
      assumed,
      warnings: [warning('range-backwards', source)],
    });
  }
  return item(start === due ? 'date' : 'period', start, due, { years, assumed });
}

/** monthWindow(2021, 3) → ['2021-03-01', '2021-03-31']. */
export function monthWindow(year: number, month: number): [IsoDate, IsoDate] {
  return [startOfMonth(year, month), endOfMonth(year, month)];
}

/** nextYear('2021-01-09') → '2022-01-09' (29 February → 28 February). */
export function nextYear(date: IsoDate): IsoDate {
  const [y, m, d] = [Number(date.slice(0, 4)) + 1, Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  return makeDate(y, m, d) ?? endOfMonth(y, m);
}

/** A regex for a family: global, unicode, built from vocabulary pieces. */
export function pattern(source: string): RegExp {
  return new RegExp(source, 'gu');
}

export function unknownItem(code: 'impossible-date', detail: string): Item {
  return item('unknown', null, null, { warnings: [warning(code, detail)] });
}

/** «с 5 апреля» alone: from that day to the plan's end (or that year's end if later). */
export function openEnded(start: IsoDate, context: Context, years: number[], assumed: Assumption[]): Item {
  const last = planEnd(context);
  const due = last >= start ? last : endOfMonth(Number(start.slice(0, 4)), 12);
  return item('period', start, due, { years, assumed: [...assumed, 'end-of-period'] });
}

/** Does the run open with «с» / «со» (a start, not a deadline)? */
export function opensWithFrom(run: string): boolean {
  return /^(?:с|со)\s/u.test(run);
}

const ORDINAL_TOKEN = /[\p{L}\d]+(?:-[\p{L}]+)?/gu;

/** The numbers of a run of ordinals: ordinalsIn('i - ii') → [1, 2]; ordinalsIn('1-го и 3') → [1, 3]. */
export function ordinalsIn(run: string): number[] {
  return [...run.matchAll(ORDINAL_TOKEN)].map((t) => ordinalValue(t[0])).filter((n): n is number => n !== null);
}
