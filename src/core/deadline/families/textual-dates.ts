/**
 * Dates with the month in words, alone, listed or as a range:
 * «15 июня 2021», «до 1 июня», «не позднее 20 декабря 2021», «1-15 мая»,
 * «с 1 по 15 мая 2021», «25 мая - 5 июня», «10, 20 июня», «с 28 декабря по 9 января» (into the
 * next year). «31 июня» → impossible date.
 */
import { endOfMonth, makeDate } from '../../dates';
import type { Family, Item } from '../item';
import type { Assumption } from '../types';
import { B, DAY_SEPARATOR, E, MONTH, MONTH_GENITIVE, monthNumber, type RunItem, runItems, YEAR } from '../vocabulary';
import { nextYear, openEnded, opensWithFrom, pattern, unknownItem, windowItem, yearOr } from './common';

const DAY = `${B}\\d{1,2}(?:-?(?:го|е|ое))?${E}`;
const DAY_MONTH = `${DAY}\\s*${MONTH}(?:\\s*,?\\s*${YEAR})?`;
const DAY_MAYBE_MONTH = `${DAY}(?:\\s*${MONTH}(?:\\s*${YEAR})?)?`;
const SEP = `(?:\\s*${DAY_SEPARATOR}\\s*)`;

/** A day of the run, with its month and year. */
type Written = RunItem & { day: number };

/** Splits a run into days, each with the month and year written after it (or once at the end). */
function tokens(run: string): Written[] {
  const days = runItems(run, 'day') as Written[];
  // A month or year written once at the end belongs to every day before it.
  for (let i = days.length - 2; i >= 0; i--) {
    const [day, next] = [days[i] as Written, days[i + 1] as Written];
    if (day.month === undefined) day.month = next.month;
    if (day.year === undefined && day.month !== undefined && day.month <= (next.month ?? 12)) day.year = next.year;
    else if (day.year === undefined && next.year !== undefined) day.year = String(Number(next.year) - 1);
  }
  return days;
}

export const textualDates: Family = {
  name: 'textual-dates',
  readsMonths: true,
  hint: /\d.*(?:янв|фев|мар|апр|ма[йяею]|июн|июл|авг|сен|окт|ноя|дек)/,
  pattern: pattern(`(?:(?:с|со)\\s+)?(?:${DAY_MAYBE_MONTH}${SEP})*${DAY_MONTH}`),
  read(match, context): Item {
    const assumed: Assumption[] = [];
    const days = tokens(match[0]);
    const dates: string[] = [];
    const years: number[] = [];
    for (const d of days) {
      const year = yearOr(d.year, context, assumed, d.month);
      if (d.year !== undefined) years.push(year);
      const date = makeDate(year, d.month ?? 0, d.day);
      if (date === null)
        return unknownItem('impossible-date', `${d.day} ${MONTH_GENITIVE[d.month ?? 0] ?? ''} ${year}`);
      dates.push(date);
    }
    if (dates.length === 1 && opensWithFrom(match[0])) return openEnded(dates[0] as string, context, years, assumed);
    const ranged = days.some((d) => d.rangeAfter) && dates.length === 2;
    // «с 28 декабря по 9 января»: a range whose end has no year of its own runs into the next year.
    if (ranged && days[1]?.year === undefined && (dates[1] as string) < (dates[0] as string))
      dates[1] = nextYear(dates[1] as string);
    const sorted = [...dates].sort();
    const first = ranged ? (dates[0] as string) : (sorted[0] as string);
    const last = ranged ? (dates[1] as string) : (sorted[sorted.length - 1] as string);
    return windowItem(first, last, years, assumed, match[0].trim());
  },
};

/** «в первой декаде июня», «3 декада декабря 2021» → days 1–10, 11–20, 21–end of the month. */
export const decades: Family = {
  name: 'decades',
  readsMonths: true,
  hint: /декад/,
  pattern: pattern(
    `${B}(перв\\p{L}*|втор\\p{L}*|трет\\p{L}*|[123](?:-?(?:я|й|ей))?)\\s+декад\\p{L}*\\s+(${MONTH})(?:\\s*,?\\s*(${YEAR}))?`,
  ),
  read(match, context): Item | null {
    const word = match[1] ?? '';
    const n = /^(?:перв|1)/u.test(word) ? 1 : /^(?:втор|2)/u.test(word) ? 2 : 3;
    const month = monthNumber(match[2]) ?? 0;
    const assumed: Assumption[] = [];
    const year = yearOr(match[3], context, assumed, month);
    const start = makeDate(year, month, n * 10 - 9);
    const due = n === 3 ? endOfMonth(year, month) : makeDate(year, month, n * 10);
    if (!start || !due) return null;
    return windowItem(start, due, match[3] ? [year] : [], assumed, match[0]);
  },
};
