/**
 * Dates written with digits, alone or as a range, the year only on the end allowed:
 * «15.06.2021», «до 15.06.21», «15.06», «01.02 - 28.02.2021», «10.11 -12.11.2021»,
 * «с 15.03. по 20.03.», «06.2021» (a month). «31.02.2021» → unknown, impossible date.
 */
import { makeDate } from '../../dates';
import type { Family, Item } from '../item';
import type { Assumption } from '../types';
import { B, E, RANGE } from '../vocabulary';
import {
  type Context,
  monthWindow,
  nextYear,
  openEnded,
  opensWithFrom,
  pattern,
  unknownItem,
  windowItem,
  yearOr,
} from './common';

const DATE = '\\d{1,2}[./]\\d{1,2}(?:[./](?:\\d{4}|\\d{2}))?(?!\\d)\\.?';
const ONE = /(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?/u;

function readDate(text: string, fallbackYear: string | undefined, context: Context, assumed: Assumption[]) {
  const m = ONE.exec(text);
  const [day, month, year] = [Number(m?.[1]), Number(m?.[2]), m?.[3] ?? fallbackYear];
  const y = yearOr(year, context, assumed, month);
  return { date: makeDate(y, month, day), year: year === undefined ? null : y, written: text.replace(/\.$/, '') };
}

export const numericDates: Family = {
  name: 'numeric-dates',
  hint: /\d[./]\s?\d/,
  pattern: pattern(`(?<![\\d.])(?:(?:с|со)\\s+)?(${DATE})(?:\\s*${RANGE}\\s*(${DATE}))?`),
  read(match, context): Item {
    const assumed: Assumption[] = [];
    const [first = '', second] = [match[1], match[2]];
    const end = second === undefined ? null : readDate(second, undefined, context, assumed);
    const endYear = second === undefined ? undefined : ONE.exec(second)?.[3];
    const begin = readDate(first, endYear, context, assumed);
    for (const d of [begin, end]) if (d && d.date === null) return unknownItem('impossible-date', d.written);
    const years = [begin.year, end?.year].filter((y): y is number => y !== null && y !== undefined);
    if (!end && opensWithFrom(match[0])) return openEnded(begin.date as string, context, years, assumed);
    let last = (end?.date ?? begin.date) as string;
    // «28.12 - 09.01»: an end without a year of its own before the start runs into the next year.
    if (end && endYear === undefined && last < (begin.date as string)) last = nextYear(last);
    return windowItem(begin.date as string, last, years, assumed, match[0].trim());
  },
};

/** «06.2021», «6/2021» → the month. */
export const numericMonths: Family = {
  name: 'numeric-months',
  hint: /\d[./]\d/,
  pattern: pattern(`${B}(0?[1-9]|1[0-2])[./]((?:19|20)\\d{2})${E}`),
  read(match): Item {
    const year = Number(match[2]);
    const [start, due] = monthWindow(year, Number(match[1]));
    return windowItem(start, due, [year], ['end-of-month'], match[0]);
  },
};
