/**
 * Terms of a school year: quarters («I четверть», «по итогам 2 четверти», «1-2 четверть»),
 * trimesters («II триместр») and halves of the school year («первое полугодие учебного года»;
 * in a school-year plan a bare «1 полугодие» too, see halves in quarters.ts).
 *
 * Term dates differ between schools and years (school247spb.ru, 2023/24: 1 IX–27 X, 6 XI–29 XII,
 * 9 I–15 III, 27 III–20 V), so a term is read by its months — from the 1st of its first month to
 * the last day of its last month, like «октябрь» — and is never due before the term really ends.
 * The school year ends 30 June here as in school-years.ts, so the second half ends then too.
 */
import { endOfMonth, startOfMonth } from '../../dates';
import { type Family, type Item, item } from '../item';
import type { Assumption } from '../types';
import { B, E, ORDINAL, PERIOD_SEPARATOR, SCHOOL_YEAR_SEPARATOR, YEAR } from '../vocabulary';
import { type Context, ordinalsIn, pattern, windowItem } from './common';

/** Each term's first and last month, by kind of term. */
export const TERM_MONTHS = {
  quarter: [
    [9, 10],
    [11, 12],
    [1, 3],
    [4, 5],
  ],
  trimester: [
    [9, 11],
    [12, 2],
    [3, 5],
  ],
  half: [
    [9, 12],
    [1, 6],
  ],
} as const;

type TermKind = keyof typeof TERM_MONTHS;

const SEP = `\\s*${PERIOD_SEPARATOR}\\s*`;
const SCHOOL_YEAR = `((?:19|20)\\d{2})\\s*${SCHOOL_YEAR_SEPARATOR}\\s*(?:(?:19|20)?\\d{2})`;
const OF_SCHOOL_YEAR = `(?:${SCHOOL_YEAR}\\s*)?(?:учебн\\p{L}*|уч\\.?)\\s*(?:год\\p{L}*|г\\.?)`;

/**
 * The year a month of the term falls in: a written school year («2023/2024») gives September..
 * December to its first year; a written year is the calendar year of the term's end; without
 * one, a school-year plan reads as months do (September on: its first year), a calendar plan
 * takes its own year.
 */
function yearOf(month: number, context: Context, schoolYear: number | null, year: number | null): number {
  if (schoolYear !== null) return month >= 9 ? schoolYear : schoolYear + 1;
  if (year !== null) return year;
  return context.schoolYear && month < 9 ? context.planEndYear : context.planYear;
}

/** The window of terms first..last of one kind, or null when a number has no such term. */
export function termWindow(
  kind: TermKind,
  numbers: readonly number[],
  context: Context,
  written: { schoolYear: number | null; year: number | null },
  source: string,
): Item | null {
  const terms = TERM_MONTHS[kind];
  if (numbers.length === 0 || numbers.some((n) => n < 1 || n > terms.length)) return null;
  const [firstMonth] = terms[Math.min(...numbers) - 1] ?? [9];
  const [, lastMonth] = terms[Math.max(...numbers) - 1] ?? [9, 9];
  const dueYear = yearOf(lastMonth, context, written.schoolYear, written.year);
  // A term running over New Year (trimester II, December..February) starts the year before.
  const startYear =
    written.schoolYear === null && firstMonth > lastMonth
      ? dueYear - 1
      : yearOf(firstMonth, context, written.schoolYear, written.year);
  const assumed: Assumption[] = ['end-of-period', 'school-year'];
  if (written.schoolYear === null && written.year === null) assumed.push('year-from-plan');
  // The written years, so that a school year outside the plan is doubted as «2020/2021» would be.
  const years =
    written.schoolYear !== null
      ? [written.schoolYear, written.schoolYear + 1]
      : written.year !== null
        ? [written.year]
        : [];
  const item = windowItem(startOfMonth(startYear, firstMonth), endOfMonth(dueYear, lastMonth), years, assumed, source);
  return { ...item, kind: 'period' };
}

export const schoolTerms: Family = {
  name: 'school-terms',
  hint: /четв|тримест|полугод/,
  pattern: pattern(
    `((?:${ORDINAL})(?:${SEP}(?:${ORDINAL}))*)\\s*(?:учебн\\p{L}*\\s+)?` +
      `(четверт\\p{L}*|четв\\.|триместр\\p{L}*|полугоди\\p{L}*(?=\\s*${OF_SCHOOL_YEAR}))${E}` +
      `(?:\\s*${OF_SCHOOL_YEAR})?(?:\\s*(${YEAR}))?`,
  ),
  read(match, context): Item | null {
    const word = match[2] ?? '';
    const kind: TermKind = word.startsWith('четв') ? 'quarter' : word.startsWith('тримест') ? 'trimester' : 'half';
    const numbers = ordinalsIn(match[1] ?? '');
    const schoolYear = match[3] ?? match[4];
    const written = {
      schoolYear: schoolYear === undefined ? null : Number(schoolYear),
      year: match[5] === undefined ? null : Number(match[5]),
    };
    return termWindow(kind, numbers, context, written, match[0]);
  },
};

/**
 * Every quarter of the school year: «1 раз в четверть», «ежечетвертно», «каждую четверть», «по
 * четвертям», «по итогам четверти», «в конце каждой четверти» → recurring, due at each quarter's
 * last month's end (October, December, March, May; nothing over the summer).
 */
export const eachSchoolTerm: Family = {
  name: 'each-school-term',
  hint: /четв/,
  pattern: pattern(
    `${B}(?:(?:не\\s+(?:реже|менее)\\s+)?(?:(?:1|один|одного)\\s+)?раз[а]?\\s+в\\s+(?:учебн\\p{L}*\\s+)?четверть` +
      `|ежечетвертн\\p{L}*|кажд\\p{L}*\\s+(?:учебн\\p{L}*\\s+)?четверт\\p{L}*|по\\s+четвертям` +
      `|(?:(?:по\\s+)?(?:итогам|окончании|завершении)|в\\s+конце|конец)\\s+(?:кажд\\p{L}*\\s+)?(?:учебн\\p{L}*\\s+)?четверти)${E}`,
  ),
  read: () => item('recurring', null, null, { recurrence: { frequency: 'school-term' } }),
};
