/**
 * Seasons: «летний период», «в летний период», «летом», «лето 2024», «в период летних каникул», «в период летней оздоровительной кампании»
 * → 1 June .. 31 August; «осенний период», «осенью» → September .. November; «весенний период»,
 * «весной» → March .. May. The year is the plan's (in a school-year plan, summer and spring fall in
 * its second year). Winter crosses the new year and is left unread: write its months. School
 * holidays by season («осенние каникулы») follow.
 */
import { endOfMonth, makeDate, startOfMonth } from '../../dates';
import { type Family, type Item, item } from '../item';
import type { Assumption } from '../types';
import { B, E, YEAR } from '../vocabulary';
import { pattern, yearOr } from './common';

const SEASONS: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/^лет/u, 6, 8],
  [/^осен/u, 9, 11],
  [/^весн|^весен/u, 3, 5],
];

/**
 * School holidays by season, as the federal calendar places them (2023/24: 28.10–05.11,
 * 30.12–08.01, 18.03–26.03; schools shift them by days): a window wide enough for any school,
 * due at its end. Summer holidays are summer (above). [month, day] of start and end.
 */
const HOLIDAYS: ReadonlyArray<readonly [RegExp, readonly [number, number], readonly [number, number]]> = [
  [/^осен/u, [10, 25], [11, 10]],
  [/^зим/u, [12, 28], [1, 10]],
  [/^весен/u, [3, 18], [4, 7]],
];

/** «осенние каникулы», «в период зимних каникул», «на весенних каникулах». */
export const holidays: Family = {
  name: 'holidays',
  hint: /каникул/,
  pattern: pattern(
    `${B}(?:(?:в|на|во\\s+время)\\s+)?(?:период\\p{L}*\\s+)?(осенн|зимн|весенн)\\p{L}*\\s+каникул\\p{L}*(?:\\s*,?\\s*(${YEAR}))?${E}`,
  ),
  read(match, context): Item | null {
    const holiday = HOLIDAYS.find(([stem]) => stem.test(match[1] ?? ''));
    if (!holiday) return null;
    const [, [startMonth, startDay], [endMonth, endDay]] = holiday;
    const assumed: Assumption[] = ['school-year'];
    const dueYear = yearOr(match[2], context, assumed, endMonth);
    const startYear = startMonth > endMonth ? dueYear - 1 : dueYear;
    const start = makeDate(startYear, startMonth, startDay);
    const due = makeDate(dueYear, endMonth, endDay);
    if (start === null || due === null) return null;
    return item('period', start, due, { years: match[2] ? [dueYear] : [], assumed });
  },
};

export const seasons: Family = {
  name: 'seasons',
  hint: /лет|осен|весн|весен/,
  pattern: pattern(
    `${B}(?:(?:в|на)\\s+)?(?:(?:(летн|осенн|весенн)\\p{L}*\\s+(?:период\\p{L}*|время|месяц\\p{L}*))|(?:период\\p{L}*\\s+(летн)\\p{L}*\\s+(?:каникул\\p{L}*|(?:оздоровительн\\p{L}*\\s+)?кампани\\p{L}*))|(летом|осенью|весной|лето))(?:\\s*,?\\s*(${YEAR}))?${E}`,
  ),
  read(match, context): Item | null {
    const word = match[1] ?? match[2] ?? match[3] ?? '';
    const season = SEASONS.find(([stem]) => stem.test(word));
    if (!season) return null;
    const [, first, last] = season;
    const assumed: Assumption[] = ['end-of-period'];
    const year = yearOr(match[4], context, assumed, first);
    return item('period', startOfMonth(year, first), endOfMonth(year, last), {
      years: match[4] ? [year] : [],
      assumed,
    });
  },
};

/**
 * «в течение месяца»: continuous. Alone, over the plan (due at its end, like «постоянно»: the cell
 * does not say which month); beside a month («октябрь, в течение месяца») that month decides, and
 * under a month heading the reader adds the month (inSectionMonth in ../index.ts).
 */
/** The phrase itself, normalised text: also tells a cell that says nothing else (../index.ts). */
export const MONTH_LONG = '(?:в\\s+течени[еи]|в\\s+теч\\.|на\\s+протяжении)\\s+(?:всего\\s+)?месяца';

export const monthLong: Family = {
  name: 'month-long',
  hint: /месяц/,
  pattern: pattern(`${B}${MONTH_LONG}${E}`),
  read: () => item('continuous', null, null),
};
