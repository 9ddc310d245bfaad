/**
 * The organisation's own days: the add-in's optional sheet «Календарь», where the coordinator
 * lists the days that differ from the official calendar (a college's vacation, a regional
 * holiday, a Saturday worked): Дата | День | Комментарий, one day a row.
 */
import { type IsoDate, isIsoDate, makeDate } from '../dates';
import type { CalendarMessage } from '../i18n/messages';
import { type CellValue, isCellDate, type Problem, problemAt } from '../model';
import type { OwnDay } from './calendar';

export const CALENDAR_SHEET_NAME = 'Календарь';
export const CALENDAR_HEADER: readonly string[] = ['Дата', 'День', 'Комментарий'];
/** The dropdown of «День», and the note beside the header that explains the sheet. */
export const CALENDAR_KINDS = ['выходной', 'рабочий'];
export const CALENDAR_HINT =
  'Впишите дни, когда организация работает не по производственному календарю: «выходной» или «рабочий», с комментарием.';

/** «выходной», «нерабочий», «праздник» → a day off; «рабочий» → a working day. */
const KIND_WORDS: readonly [RegExp, boolean][] = [
  [/^(нерабочий|выходной|праздни\S*|каникулы|отпуск)/, false],
  [/^рабочий/, true],
];

export interface OwnDays {
  days: OwnDay[];
  problems: Problem[];
}

function cellText(value: CellValue | undefined): string {
  if (value === undefined || value === '') return '';
  if (isCellDate(value)) return value.date;
  return String(value).replace(/\s+/g, ' ').trim();
}

/** A date cell, or '15.06.2021' / '2021-06-15' typed as text; null when it is not a date. */
function dateOf(value: CellValue | undefined): IsoDate | null {
  if (isCellDate(value)) return value.date;
  const text = cellText(value);
  if (isIsoDate(text)) return text;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  return m ? makeDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/**
 * readOwnDays([['Дата', 'День', 'Комментарий'], [{ date: '2021-06-28' }, 'выходной', 'Каникулы']])
 *   → { days: [{ date: '2021-06-28', working: false, comment: 'Каникулы' }], problems: [] }
 * A row that is not a date ('calendar-date-invalid'), says neither «выходной» nor «рабочий»
 * ('calendar-kind-invalid') or repeats a date ('calendar-duplicate', the first row wins) is a
 * problem naming its row and column, and is not used.
 */
export function readOwnDays(values: readonly (readonly CellValue[])[]): OwnDays {
  const days: OwnDay[] = [];
  const problems: Problem[] = [];
  const firstRow = new Map<IsoDate, number>();
  values.slice(1).forEach((cells, index) => {
    const row = index + 2;
    const [dateCell, kindCell, commentCell] = cells;
    const dateText = cellText(dateCell);
    const kindText = cellText(kindCell).toLowerCase().replace(/ё/g, 'е');
    const comment = cellText(commentCell);
    if (dateText === '' && kindText === '' && comment === '') return;
    const problem = (message: CalendarMessage) => problems.push(problemAt(message, 'error'));
    const date = dateOf(dateCell);
    if (date === null) {
      problem({ code: 'calendar-date-invalid', row, column: 1, text: dateText });
      return;
    }
    const kind = KIND_WORDS.find(([pattern]) => pattern.test(kindText));
    if (!kind) {
      problem({ code: 'calendar-kind-invalid', row, column: 2, text: kindText ? cellText(kindCell) : '' });
      return;
    }
    const first = firstRow.get(date);
    if (first !== undefined) {
      problem({ code: 'calendar-duplicate', row, column: 1, firstRow: first });
      return;
    }
    firstRow.set(date, row);
    days.push({ date, working: kind[1], comment });
  });
  return { days, problems };
}
