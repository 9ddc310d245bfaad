/**
 * Quarters and halves, Roman or Arabic, words or abbreviations, alone, listed or
 * as a range: «II квартал», «2 кв. 2021», «I - II кв.», «в течение 1 квартала»,
 * «1 полугодие», «второе полугодие 2021», «во второй половине года».
 */
import { endOfMonth, startOfMonth } from '../../dates';
import { type Family, type Item, item } from '../item';
import type { Assumption } from '../types';
import { B, E, ORDINAL, PERIOD_SEPARATOR, YEAR } from '../vocabulary';
import { type Context, ordinalsIn, pattern, windowItem, yearOr } from './common';
import { termWindow } from './school-terms';

const SEP = `\\s*${PERIOD_SEPARATOR}\\s*`;

function readParts(match: RegExpExecArray, context: Context, monthsPer: number, count: number): Item | null {
  const assumed: Assumption[] = ['end-of-period'];
  const numbers = ordinalsIn(match[1] ?? '');
  if (numbers.length === 0 || numbers.some((n) => n > count)) return null;
  const year = yearOr(match[2], context, assumed, (Math.min(...numbers) - 1) * monthsPer + 1);
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  const start = startOfMonth(year, (first - 1) * monthsPer + 1);
  const due = endOfMonth(year, last * monthsPer);
  return { ...windowItem(start, due, match[2] ? [year] : [], assumed, match[0]), kind: 'period' };
}

export const quarters: Family = {
  name: 'quarters',
  hint: /кв/,
  pattern: pattern(`((?:${ORDINAL})(?:${SEP}(?:${ORDINAL}))*)\\s*(?:квартал\\p{L}*|кв\\.?)${E}\\.?(?:\\s*(${YEAR}))?`),
  read: (match, context) => readParts(match, context, 3, 4),
};

export const halves: Family = {
  name: 'halves',
  hint: /пол|п\/г/,
  pattern: pattern(
    `((?:${ORDINAL})(?:${SEP}(?:${ORDINAL}))*)\\s*(?:полугоди\\p{L}*|полугод\\.?|п/г|половин\\p{L}*)${E}\\.?(?:\\s*(?:года|г\\.))?(?:\\s*(${YEAR}))?`,
  ),
  // In a school-year plan a half without a year is the school year's: «1 полугодие» of 2023/2024
  // is September–December 2023 («по итогам 2 четверти и 1 полугодия» in December, school247spb.ru).
  read: (match, context) =>
    context.schoolYear && match[2] === undefined ? halfOfSchoolYear(match, context) : readParts(match, context, 6, 2),
};

function halfOfSchoolYear(match: RegExpExecArray, context: Context): Item | null {
  return termWindow('half', ordinalsIn(match[1] ?? ''), context, { schoolYear: null, year: null }, match[0]);
}

const COUNT_WORDS: Record<string, number> = {
  три: 3,
  трех: 3,
  шесть: 6,
  шести: 6,
  девять: 9,
  девяти: 9,
  двенадцать: 12,
};

/** «9 месяцев 2023 года», «за девять месяцев» → 1 January .. the end of the ninth month. */
export const monthsFromStart: Family = {
  name: 'months-from-start',
  hint: /месяц/,
  pattern: pattern(
    `${B}(\\d{1,2}|три|трех|шесть|шести|девять|девяти|двенадцать)\\s+месяц\\p{L}*${E}(?:\\s*(${YEAR}))?`,
  ),
  read(match, context): Item | null {
    const count = COUNT_WORDS[match[1] ?? ''] ?? Number(match[1]);
    if (!(count >= 1 && count <= 12)) return null;
    const assumed: Assumption[] = ['end-of-period'];
    const year = yearOr(match[2], context, assumed);
    return item('period', startOfMonth(year, 1), endOfMonth(year, count), { years: match[2] ? [year] : [], assumed });
  },
};
