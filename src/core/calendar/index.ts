export {
  addWorkingDays,
  isWorkingDay,
  isYearKnown,
  LAST_KNOWN_YEAR,
  OFFICIAL,
  type OwnDay,
  type WorkCalendar,
  workCalendar,
  workingDayOnOrAfter,
  workingDaysBetween,
  yearTotal,
} from './calendar';
export { LABOUR_CODE_HOLIDAYS, RU_CALENDAR } from './data';
export {
  CALENDAR_HEADER,
  CALENDAR_HINT,
  CALENDAR_KINDS,
  CALENDAR_SHEET_NAME,
  type OwnDays,
  readOwnDays,
} from './own-days';
