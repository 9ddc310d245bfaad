/**
 * What Sheets does with typed text (USER_ENTERED) and how it shows values (display
 * strings), for the locales the add-in meets: ru_RU first, en_US as the other case.
 *
 * ru_RU reading, as the emulator implements it (Google documents none of it — [U]; chosen to
 * match what a Russian user sees when typing into a cell):
 *   '=SUM(A1)' → formula          "'2.1" → text '2.1' (apostrophe dropped)
 *   '12' → 12, '1,5' → 1.5, '1 234,5' → 1234.5, '01234' → 1234, '50%' → 0.5 ('0%')
 *   '15.06.2021', '15.06.21', '2021-06-15' → date (serial, format 'dd.MM.yyyy')
 *   '2.1' → 2 January of the current year in the spreadsheet's zone (d.m is a date in ru_RU)
 *   '1.5' → 1 May (same rule); '2.13' → text (no 13th month)
 *   'TRUE'/'FALSE'/'ИСТИНА'/'ЛОЖЬ' (any case) → boolean; anything else → the text itself.
 * In en_US: '1.5' → 1.5, '1,000' → 1000, '6/15/2021' → date, '2.1' → 2.1.
 */
import { MONTHS as EN_MONTHS } from '../simple-date-format';
import { serialFields, serialOfDate } from './serial';

export type Scalar = string | number | boolean;

export interface Parsed {
  /** null = empty cell. */
  value: Scalar | null;
  formula?: string;
  /** A number format the input implies (a date, a percent), or undefined to keep the cell's. */
  impliedFormat?: string;
}

export const DEFAULT_DATE_FORMAT = 'dd.MM.yyyy';
export const DEFAULT_DATETIME_FORMAT = 'dd.MM.yyyy H:mm:ss';
export const EN_DATE_FORMAT = 'M/d/yyyy';
export const EN_DATETIME_FORMAT = 'M/d/yyyy H:mm:ss';

export function isRussianLocale(locale: string): boolean {
  return /^ru/i.test(locale);
}

function dateOrNull(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const serial = serialOfDate(year, month, day);
  const f = serialFields(serial);
  return f.month === month && f.day === day ? serial : null;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/** Parses typed text. `currentYear` is the year "now" in the spreadsheet's time zone. */
export function parseUserEntered(text: string, locale: string, currentYear: number): Parsed {
  if (text === '') return { value: null };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: null, formula: text };
  const t = text.trim();
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || upper === 'ИСТИНА') return { value: true };
  if (upper === 'FALSE' || upper === 'ЛОЖЬ') return { value: false };
  const ru = isRussianLocale(locale);
  const dateFormat = ru ? DEFAULT_DATE_FORMAT : EN_DATE_FORMAT;

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) {
    const serial = dateOrNull(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null) return { value: serial, impliedFormat: dateFormat };
  }
  if (ru) {
    const dmy = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?$/.exec(t);
    if (dmy) {
      const year = dmy[3] === undefined ? currentYear : fullYear(dmy[3]);
      const serial = dateOrNull(year, Number(dmy[2]), Number(dmy[1]));
      if (serial !== null) return { value: serial, impliedFormat: dateFormat };
      return { value: text };
    }
  } else {
    const mdy = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(t);
    if (mdy) {
      const year = mdy[3] === undefined ? currentYear : fullYear(mdy[3]);
      const serial = dateOrNull(year, Number(mdy[1]), Number(mdy[2]));
      if (serial !== null) return { value: serial, impliedFormat: dateFormat };
      return { value: text };
    }
  }
  const number = parseLocaleNumber(t, ru);
  if (number !== null) return number;
  return { value: text };
}

function parseLocaleNumber(t: string, ru: boolean): Parsed | null {
  const percent = t.endsWith('%');
  let body = percent ? t.slice(0, -1).trim() : t;
  if (ru) {
    // Groups of three separated by a space or a no-break space; the decimal mark is a comma.
    if (!/^[+-]?(\d{1,3}([ \u00a0\u202f]\d{3})+|\d+)(,\d+)?$/.test(body)) return null;
    body = body.replace(/[ \u00a0\u202f]/g, '').replace(',', '.');
  } else {
    if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(body)) return null;
    body = body.replace(/,/g, '');
  }
  const n = Number(body);
  if (!Number.isFinite(n)) return null;
  return percent ? { value: n / 100, impliedFormat: '0%' } : { value: n };
}

/** Strips quoted literals and escapes from a number format, for classifying it. */
function formatTokens(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

/** True for date, time and date-time formats ('dd.MM.yyyy', 'H:mm'), false for '0.00', '@'. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === '@') return false;
  return /[dyhs]/i.test(formatTokens(format).replace(/General/gi, ''));
}

const RU_MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
const RU_MONTHS_GEN = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const RU_DAYS = ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Formats a serial with a Sheets date pattern: formatSerial(44362, 'dd.MM.yyyy') → '15.06.2021'. */
export function formatSerial(serial: number, format: string, locale: string): string {
  const f = serialFields(serial);
  const ru = isRussianLocale(locale);
  const hasDay = /d/i.test(formatTokens(format));
  const tokens = format.match(/"[^"]*"|\\.|y+|m+|d+|h+|s+|AM\/PM|[^ymdhsA"\\]+|./gi) ?? [];
  let out = '';
  let lastWasHour = false;
  tokens.forEach((tok, i) => {
    const lower = tok.toLowerCase();
    const c = lower[0];
    if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok.startsWith('\\')) out += tok.slice(1);
    else if (c === 'y') out += lower.length <= 2 ? String(f.year % 100).padStart(2, '0') : String(f.year);
    else if (c === 'd') {
      if (lower.length === 1) out += String(f.day);
      else if (lower.length === 2) out += String(f.day).padStart(2, '0');
      else {
        const name = (ru ? RU_DAYS : EN_DAYS)[f.weekday] ?? '';
        out += lower.length === 3 ? name.slice(0, ru ? 2 : 3) : name;
      }
    } else if (c === 'h') {
      out += lower.length === 1 ? String(f.hour) : String(f.hour).padStart(2, '0');
    } else if (c === 's') out += String(f.second).padStart(2, '0');
    else if (c === 'm') {
      const next = tokens.slice(i + 1).find((t) => /^[a-z]/i.test(t));
      const minute = lower.length <= 2 && (lastWasHour || next?.toLowerCase().startsWith('s'));
      if (minute) out += lower.length === 1 ? String(f.minute) : String(f.minute).padStart(2, '0');
      else if (lower.length === 1) out += String(f.month);
      else if (lower.length === 2) out += String(f.month).padStart(2, '0');
      else {
        const names = ru ? (hasDay ? RU_MONTHS_GEN : RU_MONTHS) : EN_MONTHS;
        const name = names[f.month - 1] ?? '';
        out += lower.length === 3 ? name.slice(0, 3) : name;
      }
    } else out += tok;
    if (/^[a-z]/i.test(tok)) lastWasHour = c === 'h';
  });
  return out;
}

function groupDigits(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Formats a number with a pattern such as '0', '0.00', '#,##0.00', '0%'; automatic if none. */
export function formatNumber(n: number, format: string | undefined, locale: string): string {
  const ru = isRussianLocale(locale);
  const dec = ru ? ',' : '.';
  const group = ru ? '\u00a0' : ',';
  const section = (format ?? '').split(';')[0] ?? '';
  const pattern = /[#0][#0,]*(\.[0#]+)?%?/.exec(section);
  if (!format || /^general$/i.test(format) || !pattern) {
    if (Number.isInteger(n)) return String(n);
    const s = String(Number(n.toPrecision(15)));
    return ru ? s.replace('.', dec) : s;
  }
  const p = pattern[0];
  const percent = p.endsWith('%');
  const decimals = (p.split('.')[1] ?? '').replace('%', '').length;
  const grouped = p.split('.')[0]?.includes(',') ?? false;
  const v = percent ? n * 100 : n;
  const fixed = Math.abs(v).toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  let body = grouped ? groupDigits(int, group) : int;
  if (frac) body += dec + frac;
  if (percent) body += '%';
  if (v < 0 && Number(fixed) !== 0) body = `-${body}`;
  const start = pattern.index;
  const literal = (s: string): string => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  return literal(section.slice(0, start)) + body + literal(section.slice(start + p.length));
}

/** The string Sheets shows for a stored value under a number format. */
export function displayValue(value: Scalar | null, format: string | undefined, locale: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'; // [U] ru_RU may show ИСТИНА/ЛОЖЬ
  if (typeof value === 'string') return value;
  if (format === '@') return formatNumber(value, undefined, locale);
  if (isDateFormat(format)) return formatSerial(value, format as string, locale);
  return formatNumber(value, format, locale);
}
