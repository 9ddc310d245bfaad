/**
 * A week of a month, as school and event plans write it: «4 неделя декабря», «первая неделя
 * сентября», «во 2-й неделе мая», «последняя неделя августа 2024». Week N is days 7N-6..7N of the
 * month (the fifth and the last end with the month), so «4 неделя декабря» → 22..28 December.
 */
import { addDays, endOfMonth, makeDate, startOfMonth } from '../../dates';
import { type Family, type Item, item } from '../item';
import type { Assumption } from '../types';
import { B, E, MONTH, monthNumber, YEAR } from '../vocabulary';
import { pattern, windowItem, yearOr } from './common';

const WEEK_NUMBERS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:1|перв)/u, 1],
  [/^(?:2|втор)/u, 2],
  [/^(?:3|трет)/u, 3],
  [/^(?:4|четв)/u, 4],
  [/^(?:5|пят)/u, 5],
  [/^последн/u, 6],
];

/** weekNumber('третья') → 3, weekNumber('последний') → 6 (the last), weekNumber('весь') → undefined. */
export function weekNumber(word: string): number | undefined {
  return WEEK_NUMBERS.find(([p]) => p.test(word))?.[1];
}

export const weeksOfMonth: Family = {
  name: 'weeks-of-month',
  hint: /недел/,
  readsMonths: true,
  pattern: pattern(
    `${B}([1-5]|перв|втор|трет|четверт|пят|последн)(?:\\s*-?\\s*\\p{L}{1,3})?\\s+недел\\p{L}*\\s+(${MONTH})(?:\\s*(${YEAR}))?${E}`,
  ),
  read(match, context): Item | null {
    const week = weekNumber(match[1] ?? '');
    const month = monthNumber(match[2]);
    if (week === undefined || month === undefined) return null;
    const assumed: Assumption[] = [];
    const year = yearOr(match[3], context, assumed, month);
    const last = Number(endOfMonth(year, month).slice(8));
    const from = week === 6 ? last - 6 : 7 * week - 6;
    const to = week >= 5 ? last : 7 * week;
    const start = makeDate(year, month, from);
    const due = makeDate(year, month, to);
    if (start === null || due === null) return null;
    return windowItem(start, due, match[3] ? [year] : [], assumed, match[0]);
  },
};

const PARTS: ReadonlyArray<readonly [RegExp, number, number | null]> = [
  [/^начал/u, 1, 10],
  [/^середин/u, 11, 20],
  [/^конц|^конец/u, 21, null],
];

/**
 * The beginning, middle or end of a month: «начало октября» → 1..10, «середина ноября» → 11..20,
 * «в конце мая» → 21..31. «до конца мая» is a deadline, the whole month as before (textual months).
 */
export const partsOfMonth: Family = {
  name: 'parts-of-month',
  hint: /начал|середин|конц|конец/,
  readsMonths: true,
  pattern: pattern(
    `${B}(?<!(?:до|к)\\s+)(?:в\\s+)?(начал\\p{L}*|середин\\p{L}*|конц\\p{L}*|конец)\\s+(${MONTH})(?:\\s*(${YEAR}))?${E}`,
  ),
  read(match, context): Item | null {
    const part = PARTS.find(([p]) => p.test(match[1] ?? ''));
    const month = monthNumber(match[2]);
    if (part === undefined || month === undefined) return null;
    const assumed: Assumption[] = [];
    const year = yearOr(match[3], context, assumed, month);
    const start = makeDate(year, month, part[1]);
    const due = part[2] === null ? endOfMonth(year, month) : makeDate(year, month, part[2]);
    if (start === null || due === null) return null;
    return windowItem(start, due, match[3] ? [year] : [], assumed, match[0]);
  },
};

/**
 * «до начала декабря»: due the day before the month starts; «к началу мая 2024»: its first day, as
 * «к началу учебного года» is 1 September (school-years.ts).
 */
export const beforeMonth: Family = {
  name: 'before-month',
  hint: /начал/,
  readsMonths: true,
  pattern: pattern(`${B}(до|к)\\s+начал\\p{L}*\\s+(${MONTH})(?:\\s*(${YEAR}))?${E}`),
  read(match, context): Item | null {
    const month = monthNumber(match[2]);
    if (month === undefined) return null;
    const assumed: Assumption[] = [];
    const year = yearOr(match[3], context, assumed, month);
    const due = addDays(startOfMonth(year, month), match[1] === 'к' ? 0 : -1);
    return item('date', due, due, { years: match[3] ? [year] : [], assumed });
  },
};
