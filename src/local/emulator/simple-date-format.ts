import { gasError } from './runtime';
import { zoneParts } from './tz';

/**
 * Java SimpleDateFormat, as Utilities.formatDate uses it (English names, US week rules:
 * weeks start on Sunday and week 1 is the week that holds 1 January).
 * Example: formatSimpleDate(Date.UTC(2021, 11, 29), 'Asia/Tomsk', 'YYYY-MM-dd') === '2022-12-29'
 * — the 'Y' trap: week-year, not year. 'D' is the day of the year, not of the month.
 */

/** English month names (Java's default symbols), also used by the spreadsheet's display formats. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');
const dayMs = 86400000;

/** Day of the year (1-based) of a calendar date. */
function dayOfYear(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / dayMs + 1;
}

/** US week-year and week of year: the week belongs to the year of its Saturday. */
function usWeek(year: number, month: number, day: number, weekday: number): { weekYear: number; week: number } {
  const saturday = new Date(Date.UTC(year, month - 1, day) + (6 - weekday) * dayMs);
  const weekYear = saturday.getUTCFullYear();
  const doy = dayOfYear(weekYear, saturday.getUTCMonth() + 1, saturday.getUTCDate());
  return { weekYear, week: Math.floor((doy - 1) / 7) + 1 };
}

function offsetText(minutes: number, colon: boolean, hoursOnly = false): string {
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (hoursOnly) return `${sign}${h}`;
  return colon ? `${sign}${h}:${m}` : `${sign}${h}${m}`;
}

function zoneName(ms: number, timeZone: string, long: boolean, offsetMinutes: number): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: long ? 'long' : 'short' })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  // Intl says "GMT+7" where Java says "GMT+07:00".
  if (/^GMT([+-]\d{1,2}(:\d\d)?)?$/.test(name))
    return offsetMinutes === 0 ? 'GMT' : `GMT${offsetText(offsetMinutes, true)}`;
  return name;
}

function field(letter: string, count: number, ms: number, timeZone: string): string {
  const p = zoneParts(ms, timeZone);
  const hour12 = p.hour % 12;
  switch (letter) {
    case 'G':
      return p.year > 0 ? 'AD' : 'BC';
    case 'y':
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'Y': {
      const { weekYear } = usWeek(p.year, p.month, p.day, p.weekday);
      return count === 2 ? pad(weekYear % 100, 2) : pad(weekYear, count);
    }
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[p.month - 1] ?? '';
      if (count === 3) return (MONTHS[p.month - 1] ?? '').slice(0, 3);
      return pad(p.month, count);
    case 'w':
      return pad(usWeek(p.year, p.month, p.day, p.weekday).week, count);
    case 'W': {
      const firstWeekday = (p.weekday - ((p.day - 1) % 7) + 7) % 7;
      return pad(Math.floor((p.day - 1 + firstWeekday) / 7) + 1, count);
    }
    case 'D':
      return pad(dayOfYear(p.year, p.month, p.day), count);
    case 'd':
      return pad(p.day, count);
    case 'F':
      return pad(Math.floor((p.day - 1) / 7) + 1, count);
    case 'E':
      return count >= 4 ? (DAYS[p.weekday] ?? '') : (DAYS[p.weekday] ?? '').slice(0, 3);
    case 'u':
      return pad(p.weekday === 0 ? 7 : p.weekday, count);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(p.hour, count);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'K':
      return pad(hour12, count);
    case 'h':
      return pad(hour12 === 0 ? 12 : hour12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(p.millisecond, count);
    case 'z':
      return zoneName(ms, timeZone, count >= 4, p.offsetMinutes);
    case 'Z':
      return offsetText(p.offsetMinutes, false);
    case 'X':
      if (p.offsetMinutes === 0) return 'Z';
      return offsetText(p.offsetMinutes, count >= 3, count === 1);
    default:
      throw gasError(`Illegal pattern character '${letter}'`);
  }
}

export function formatSimpleDate(ms: number, timeZone: string, pattern: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern.charAt(i);
    if (c === "'") {
      if (pattern.charAt(i + 1) === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern.charAt(j) === "'" && pattern.charAt(j + 1) === "'") {
          out += "'";
          j += 2;
        } else if (pattern.charAt(j) === "'") break;
        else out += pattern.charAt(j++);
      }
      i = j + 1;
    } else if (/[a-zA-Z]/.test(c)) {
      let j = i;
      while (pattern.charAt(j) === c) j++;
      out += field(c, j - i, ms, timeZone);
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
