import {
  CALENDAR_HEADER,
  CALENDAR_HINT,
  CALENDAR_KINDS,
  CALENDAR_SHEET_NAME,
  isWorkingDay,
  isYearKnown,
  LAST_KNOWN_YEAR,
  type OwnDays,
  readOwnDays,
  type WorkCalendar,
  workCalendar,
  workingDayOnOrAfter,
} from '../core/calendar';
import { addDays, type IsoDate, parts } from '../core/dates';
import type { MeasureState } from '../core/model';
import { judgeRoadmap } from '../core/roadmap';
import type { CalendarView } from './api-types';
import { toCells } from './env';
import { createOwnSheet } from './own-sheets';
import type { LoadedRoadmap } from './roadmap-sheet';

/**
 * The working-day calendar of this file: the official production calendar with the days of the
 * add-in's optional sheet «Календарь» (created from the menu or the sidebar, never overwritten).
 * The sheet is found only by the id remembered when the add-in created it, so a file without it
 * costs no Spreadsheet call.
 */
export interface LoadedCalendar {
  calendar: WorkCalendar;
  own: OwnDays;
  /** The sheet exists. */
  sheet: boolean;
}

const cache = new WeakMap<LoadedRoadmap, LoadedCalendar>();

/** «Календарь» as read once per execution (like the directory). */
export function loadCalendar(loaded: LoadedRoadmap): LoadedCalendar {
  const cached = cache.get(loaded);
  if (cached) return cached;
  const sheet = loaded.ownSheets.remembered('calendar');
  const own = sheet
    ? readOwnDays(toCells(sheet.getDataRange().getValues(), loaded.timeZone))
    : { days: [], problems: [] };
  const result = { calendar: workCalendar(own.days), own, sheet: sheet !== undefined };
  cache.set(loaded, result);
  return result;
}

/** Creates «Календарь» with its header and an example row when it does not exist; returns whether it did. */
export function ensureCalendarSheet(loaded: LoadedRoadmap): boolean {
  if (loaded.ownSheets.remembered('calendar') ?? loaded.ownSheets.get('calendar')) return false;
  const sheet = createOwnSheet(loaded.spreadsheet, 'calendar', CALENDAR_SHEET_NAME, [...CALENDAR_HEADER]);
  loaded.ownSheets.set('calendar', sheet);
  sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1).setNumberFormat('dd.MM.yyyy');
  sheet.getRange(2, 2, sheet.getMaxRows() - 1, 2).setNumberFormat('@');
  sheet
    .getRange(2, 2, sheet.getMaxRows() - 1, 1)
    .setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInList(CALENDAR_KINDS, true).setAllowInvalid(true).build(),
    );
  sheet.setColumnWidth(1, 110);
  sheet.setColumnWidth(2, 110);
  sheet.setColumnWidth(3, 280);
  sheet.getRange(1, 5).setValue(CALENDAR_HINT);
  cache.delete(loaded);
  return true;
}

/** What the sidebar, the nightly check and the CLI say about today. */
export function todayCalendar(loaded: LoadedRoadmap): CalendarView {
  const { calendar, sheet } = loadCalendar(loaded);
  const [year] = parts(loaded.today);
  return {
    workingDay: isWorkingDay(loaded.today, calendar),
    nextWorkingDay: workingDayOnOrAfter(loaded.today, calendar),
    yearKnown: isYearKnown(year),
    year,
    lastKnownYear: LAST_KNOWN_YEAR,
    sheet,
  };
}

/** At most this many missed days are caught up (the New Year holidays are the longest run: 10 days). */
const MISSED_LIMIT = 31;

/**
 * The non-working days just before today, judged on each, for planning when reminders go out on
 * working days only: [] on a non-working day, when the setting is off, or after a working day.
 */
export function missedDays(loaded: LoadedRoadmap, calendar: WorkCalendar): { day: IsoDate; states: MeasureState[] }[] {
  if (!loaded.settings.workingDaysOnly || !isWorkingDay(loaded.today, calendar)) return [];
  const days: IsoDate[] = [];
  for (let day = addDays(loaded.today, -1); !isWorkingDay(day, calendar) && days.length < MISSED_LIMIT; ) {
    days.unshift(day);
    day = addDays(day, -1);
  }
  return days.map((day) => ({ day, states: judgeRoadmap(loaded.roadmap, day, loaded.settings) }));
}
