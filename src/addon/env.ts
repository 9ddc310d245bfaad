import { type IsoDate, toEpochDays } from '../core/dates';
import { say } from '../core/i18n';
import type { CellValue } from '../core/model';

/**
 * The execution's view of time and the spreadsheet: every "today" is the calendar date
 * in the SPREADSHEET's time zone (not the script's, not the server's), computed once.
 */
export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  if (opened) return opened;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error(say({ code: 'no-spreadsheet' }));
  return spreadsheet;
}

/** The file a web app request opened by id (it has no active spreadsheet); null elsewhere. */
let opened: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;

/**
 * Runs `work` with `spreadsheet` standing for the active one (the web app, which opens the file
 * by id). Only around the web app's own request: the sidebar API never sees it.
 */
export function withOpenedSpreadsheet<T>(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, work: () => T): T {
  opened = spreadsheet;
  try {
    return work();
  } finally {
    opened = null;
  }
}

const urls = new WeakMap<object, string>();

/** The spreadsheet's URL, asked once per execution (links in e-mails and on the summaries). */
export function spreadsheetUrl(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  let url = urls.get(spreadsheet);
  if (url === undefined) {
    url = spreadsheet.getUrl();
    urls.set(spreadsheet, url);
  }
  return url;
}

/** today('Asia/Tomsk') at 2021-06-14T18:30Z → '2021-06-15'. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  return Utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
}

/** A timestamp as people read it: '15.06.2021 09:05'. */
export function formatStamp(instant: Date, timeZone: string): string {
  return Utilities.formatDate(instant, timeZone, 'dd.MM.yyyy HH:mm');
}

/**
 * Sheets values → core cells. Date cells come back as the instant of their midnight in the
 * spreadsheet's zone, so formatting in that zone gives the calendar date the person sees.
 */
export function toCells(values: unknown[][], timeZone: string): CellValue[][] {
  return values.map((row) => row.map((value) => toCell(value, timeZone)));
}

export function toCell(value: unknown, timeZone: string): CellValue {
  if (value instanceof Date) return { date: Utilities.formatDate(value, timeZone, 'yyyy-MM-dd') };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return value === null || value === undefined ? '' : String(value);
}

/** Sheets' serial day number of 1970-01-01 (serials count days from 1899-12-30). */
const SERIAL_OF_EPOCH = 25569;

/**
 * Core cells → values for setValues. Calendar dates are written as Sheets serial day
 * numbers into cells with a date number format: no time zone or locale can shift them
 * (a JS Date would be read in the script's zone, a 'dd.MM.yyyy' string in the sheet's locale).
 */
export function toSheetValue(cell: CellValue | null): string | number | boolean {
  if (cell === null) return '';
  if (typeof cell === 'object') return toEpochDays(cell.date) + SERIAL_OF_EPOCH;
  // Sheets refuses a whole setValues for one text over its 50,000-character cell limit (a title
  // brought in by an .xlsx can be longer): cut it and say so with «…».
  if (typeof cell === 'string' && cell.length > CELL_TEXT_LIMIT) return `${cell.slice(0, CELL_TEXT_LIMIT - 1)}…`;
  return cell;
}

/** Google Sheets' limit of characters in one cell. */
export const CELL_TEXT_LIMIT = 50_000;

/**
 * Nobody looks at the screen in a time-driven run: getUi(), toasts, getActiveSheet() and
 * activate() fail there ("Cannot call SpreadsheetApp.getUi() from this context."). The
 * nightly path runs inside withoutScreen, and code shared with the menu asks hasScreen().
 */
let screen = true;

export function hasScreen(): boolean {
  return screen;
}

export function withoutScreen<T>(work: () => T): T {
  const before = screen;
  screen = false;
  try {
    return work();
  } finally {
    screen = before;
  }
}
