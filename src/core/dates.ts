/**
 * Calendar dates as 'YYYY-MM-DD' strings: the domain never does JS Date
 * arithmetic, so time zones cannot shift a day. Conversions to and from Date
 * live in the adapters (they know the spreadsheet's time zone).
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days from 1970-01-01 to the given civil date (proleptic Gregorian). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** makeDate(2021, 3, 31) → '2021-03-31'. Returns null for an impossible date (31.02). */
export function makeDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** parts('2021-03-31') → [2021, 3, 31]. */
export function parts(date: IsoDate): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`Not a calendar date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** isIsoDate('2021-02-29') → false. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  return m !== null && makeDate(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** daysInMonth(2021, 2) → 28. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** endOfMonth(2021, 2) → '2021-02-28'. */
export function endOfMonth(year: number, month: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(daysInMonth(year, month))}`;
}

/** startOfMonth(2021, 2) → '2021-02-01'. */
export function startOfMonth(year: number, month: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-01`;
}

/** addDays('2021-02-27', 2) → '2021-03-01'. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = civilFromDays(daysFromCivil(...parts(date)) + days);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** addMonths('2021-01-31', 1) → '2021-02-28' (clamped to the month's end). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** daysBetween('2021-06-15', '2021-06-30') → 15 (later minus earlier; negative when `to` is before `from`). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return daysFromCivil(...parts(to)) - daysFromCivil(...parts(from));
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** formatRu('2021-06-05') → '05.06.2021' (dd.MM.yyyy, how every date is shown to a person). */
export function formatRu(date: IsoDate): string {
  const [y, m, d] = parts(date);
  return `${pad(d)}.${pad(m)}.${pad(y, 4)}`;
}

/** dayOfWeek('2021-06-14') → 1 (Monday; ISO numbering 1..7). */
export function dayOfWeek(date: IsoDate): number {
  const dow = (daysFromCivil(...parts(date)) + 4) % 7; // 1970-01-01 was a Thursday
  const normalized = dow < 0 ? dow + 7 : dow;
  return normalized === 0 ? 7 : normalized;
}

/** Days since 1970-01-01 (for Sheets' serial numbers the adapters add 25569). */
export function toEpochDays(date: IsoDate): number {
  return daysFromCivil(...parts(date));
}

/** fromEpochDays(0) → '1970-01-01'. */
export function fromEpochDays(days: number): IsoDate {
  const [y, m, d] = civilFromDays(Math.floor(days));
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}
