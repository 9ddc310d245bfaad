/**
 * Working days of the Russian production calendar, and of an organisation's own days on top of it.
 *
 * isWorkingDay('2021-02-20') → true (a Saturday worked by the 2021 decree)
 * addWorkingDays('2021-11-03', 1) → '2021-11-08'
 * workingDaysBetween('2021-11-03', '2021-11-08') → 1
 *
 * A year without a decree in data.ts falls back to Saturdays, Sundays and the Labour Code's holidays
 * (art. 112 part 1), a holiday on a weekend moving to the next working day except in January
 * (art. 112 part 2); isYearKnown tells the two apart so the sidebar can say so.
 */
import { addDays, dayOfWeek, fromEpochDays, type IsoDate, isLeapYear, parts, toEpochDays } from '../dates';
import { LABOUR_CODE_HOLIDAYS, RU_CALENDAR } from './data';

/** A day the organisation keeps otherwise than the official calendar («Календарь» sheet). */
export interface OwnDay {
  date: IsoDate;
  working: boolean;
  comment: string;
}

/** The official calendar with the organisation's own days; build one with workCalendar(ownDays). */
export interface WorkCalendar {
  readonly own: ReadonlyMap<IsoDate, boolean>;
  /** Per year: working flags and running counts, computed on first use. */
  readonly years: Map<number, YearTable>;
}

interface YearTable {
  /** Epoch day of 1 January. */
  start: number;
  /** count[i] = working days among the year's days 0..i-1 (count[0] = 0). */
  count: Int32Array;
}

/** workCalendar([{ date: '2021-06-28', working: false, comment: 'Каникулы' }]) → that day is off too. */
export function workCalendar(ownDays: readonly OwnDay[] = []): WorkCalendar {
  return { own: new Map(ownDays.map((d) => [d.date, d.working])), years: new Map() };
}

/** The calendar without own days, shared (its tables are filled lazily). */
export const OFFICIAL: WorkCalendar = workCalendar();

const split = (days: string): string[] => days.split(/\s+/).filter(Boolean);

/** isYearKnown(2021) → true; isYearKnown(2031) → false (no decree in the data yet). */
export function isYearKnown(year: number): boolean {
  return RU_CALENDAR[year] !== undefined;
}

/** The last year the data knows. */
export const LAST_KNOWN_YEAR = Math.max(...Object.keys(RU_CALENDAR).map(Number));

/** 'MM-DD' days off of a year without a decree: art. 112 holidays, weekend ones moved (not January's). */
function fallbackOff(year: number): Set<string> {
  const off = new Set<string>(LABOUR_CODE_HOLIDAYS);
  for (const md of LABOUR_CODE_HOLIDAYS) {
    const date = `${String(year).padStart(4, '0')}-${md}`;
    if (md.startsWith('01-') || dayOfWeek(date) < 6) continue;
    // The next weekday that is not a holiday itself (9 May on a Saturday → Monday 11 May).
    let next = addDays(date, 1);
    while (dayOfWeek(next) >= 6 || off.has(next.slice(5))) next = addDays(next, 1);
    off.add(next.slice(5));
  }
  return off;
}

function yearTable(calendar: WorkCalendar, year: number): YearTable {
  let table = calendar.years.get(year);
  if (table) return table;
  const data = RU_CALENDAR[year];
  const off = new Set<string>();
  const work = new Set<string>();
  if (data) {
    for (const md of split(data.off)) off.add(md);
    for (const days of data.decreed ?? []) for (const md of split(days)) off.add(md);
    for (const md of split(data.work)) work.add(md);
  } else {
    for (const md of fallbackOff(year)) off.add(md);
  }
  const start = toEpochDays(`${String(year).padStart(4, '0')}-01-01`);
  const length = isLeapYear(year) ? 366 : 365;
  const count = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) {
    const date = fromEpochDays(start + i);
    const md = date.slice(5);
    const weekend = dayOfWeek(date) >= 6;
    const official = weekend ? work.has(md) : !off.has(md) && !LABOUR_CODE_HOLIDAYS.includes(md);
    const working = calendar.own.get(date) ?? official;
    count[i + 1] = (count[i] as number) + (working ? 1 : 0);
  }
  table = { start, count };
  calendar.years.set(year, table);
  return table;
}

/** Working days from 1 January of `year` up to and including the epoch day. */
function countThrough(calendar: WorkCalendar, epochDay: number): number {
  const year = parts(fromEpochDays(epochDay))[0];
  const table = yearTable(calendar, year);
  return table.count[epochDay - table.start + 1] as number;
}

/** isWorkingDay('2021-11-05') → false (moved from 2 January by the 2021 decree). */
export function isWorkingDay(date: IsoDate, calendar: WorkCalendar = OFFICIAL): boolean {
  const day = toEpochDays(date);
  const table = yearTable(calendar, parts(date)[0]);
  const i = day - table.start;
  return (table.count[i + 1] as number) > (table.count[i] as number);
}

/**
 * The working days after `from` up to and including `to` (negative, counted the same way, when
 * `to` is earlier), like daysBetween in working days.
 * workingDaysBetween('2021-06-11', '2021-06-15') → 1 (12–14 June off, the 15th worked)
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkCalendar = OFFICIAL): number {
  if (to < from) return -workingDaysBetween(to, from, calendar);
  const [fromYear] = parts(from);
  const [toYear] = parts(to);
  const a = toEpochDays(from);
  const b = toEpochDays(to);
  if (fromYear === toYear) return countThrough(calendar, b) - countThrough(calendar, a);
  let total = yearTotal(calendar, fromYear) - countThrough(calendar, a);
  for (let y = fromYear + 1; y < toYear; y++) total += yearTotal(calendar, y);
  return total + countThrough(calendar, b);
}

/** Working days in a year (2021 → 247 without the President's non-working days). */
export function yearTotal(calendar: WorkCalendar, year: number): number {
  const table = yearTable(calendar, year);
  return table.count[table.count.length - 1] as number;
}

/**
 * The n-th working day after `date` (n ≥ 1), or before it (n ≤ −1); n = 0 gives `date` itself.
 * addWorkingDays('2021-12-30', 1) → '2022-01-10'
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: WorkCalendar = OFFICIAL): IsoDate {
  const step = n < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(Math.trunc(n)); left > 0; ) {
    day = addDays(day, step);
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}

/** The date itself when it is a working day, else the next working day: '2021-01-01' → '2021-01-11'. */
export function workingDayOnOrAfter(date: IsoDate, calendar: WorkCalendar = OFFICIAL): IsoDate {
  return isWorkingDay(date, calendar) ? date : addWorkingDays(date, 1, calendar);
}
