/**
 * The obligations of a recurring deadline: calendar periods (ISO weeks, months,
 * quarters, halves, years) overlapping the recurrence window, each with its due date.
 *
 * obligations({ frequency: 'month', dueRule: { dayOfNextPeriod: 5 } }, '2021-01-01', '2021-12-31')[4]
 *   → { start: '2021-05-01', end: '2021-05-31', due: '2021-06-05' }
 */

import type { IsoDate } from '../dates';
import { addDays, addMonths, dayOfWeek, daysInMonth, endOfMonth, makeDate, parts, startOfMonth } from '../dates';
import { TERM_MONTHS } from './families/school-terms';
import type { Obligation, Recurrence, RecurrenceFrequency } from './types';

const MONTHS_IN: Record<Exclude<RecurrenceFrequency, 'week' | 'school-term'>, number> = {
  month: 1,
  quarter: 3,
  'half-year': 6,
  year: 12,
};

/** The period of the given frequency that contains the date. */
export function periodContaining(frequency: RecurrenceFrequency, date: IsoDate): { start: IsoDate; end: IsoDate } {
  if (frequency === 'week') {
    const start = addDays(date, 1 - dayOfWeek(date));
    return { start, end: addDays(start, 6) };
  }
  const [y, m] = parts(date);
  if (frequency === 'school-term') {
    // Summer is in no quarter: its days wait for the first quarter of the next school year.
    const [first, last] = TERM_MONTHS.quarter.find(([a, b]) => m >= a && m <= b) ?? TERM_MONTHS.quarter[0];
    return { start: startOfMonth(y, first), end: endOfMonth(y, last) };
  }
  const size = MONTHS_IN[frequency];
  const firstMonth = Math.floor((m - 1) / size) * size + 1;
  const start = makeDate(y, firstMonth, 1) as IsoDate;
  return { start, end: addDays(addMonths(start, size), -1) };
}

/** When the result of the period is due under the recurrence's rule. */
export function dueOf(recurrence: Recurrence, period: { start: IsoDate; end: IsoDate }): IsoDate {
  const rule = recurrence.dueRule;
  if (!rule) return period.end;
  const [endYear, endMonth] = parts(period.end);
  const clamp = (y: number, m: number, d: number) => makeDate(y, m, Math.min(d, daysInMonth(y, m))) as IsoDate;
  if (rule.weekday !== undefined && recurrence.frequency === 'week') return addDays(period.start, rule.weekday - 1);
  if (rule.weekday !== undefined && rule.weekOfMonth !== undefined && recurrence.frequency === 'month') {
    if (rule.weekOfMonth >= 5) return addDays(period.end, -((dayOfWeek(period.end) - rule.weekday + 7) % 7));
    const first = addDays(period.start, (rule.weekday - dayOfWeek(period.start) + 7) % 7);
    return addDays(first, 7 * (rule.weekOfMonth - 1));
  }
  if (rule.daysAfterPeriod !== undefined) return addDays(period.end, rule.daysAfterPeriod);
  if (rule.dayOfNextPeriod !== undefined) {
    if (recurrence.frequency === 'week') return addDays(period.end, rule.dayOfNextPeriod);
    const next = addDays(period.end, 1);
    const [y, m] = parts(next);
    return clamp(y, m, rule.dayOfNextPeriod);
  }
  if (rule.month !== undefined && rule.day !== undefined) {
    const [startYear] = parts(period.start);
    const year = rule.nextPeriod ? startYear + 1 : startYear;
    const due = clamp(year, rule.month, rule.day);
    return rule.nextPeriod || (due >= period.start && due <= period.end) ? due : period.end;
  }
  if (rule.day !== undefined && recurrence.frequency !== 'week') return clamp(endYear, endMonth, rule.day);
  return period.end;
}

/**
 * Every obligation whose period overlaps [from, until], in order. «раз в 3 года» (everyYears 3):
 * periods of three calendar years counted from the window's first year.
 */
export function obligations(recurrence: Recurrence, from: IsoDate, until: IsoDate): Obligation[] {
  const list: Obligation[] = [];
  const years = recurrence.everyYears ?? 1;
  const next = (start: IsoDate) =>
    years > 1
      ? { start, end: addDays(addMonths(start, 12 * years), -1) }
      : periodContaining(recurrence.frequency, start);
  let period = years > 1 ? next(periodContaining('year', from).start) : periodContaining(recurrence.frequency, from);
  while (period.start <= until && list.length < 5000) {
    list.push({ start: period.start, end: period.end, due: dueOf(recurrence, period) });
    period = next(addDays(period.end, 1));
  }
  return list;
}
