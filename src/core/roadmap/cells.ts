/**
 * One sheet row as the reader sees it: the user's cells by their role and the add-in's cells,
 * read back into a status, dates and texts. Shared by the full reading and by the onEdit
 * re-check, which reads only the edited rows.
 */
import { fromEpochDays, type IsoDate, isIsoDate, makeDate } from '../dates';
import { type AddinColumn, type CellValue, dueColumn, type StatusCode, type UserColumn } from '../model';
import { parseStatus } from '../status';
import { cellText } from './text';

export interface RowCells {
  numberValue: CellValue;
  number: string;
  title: string;
  executors: string;
  deadline: string;
  start: string;
  result: string;
  /** Non-empty user cells outside the recognised columns (e.g. «Объём финансирования»). */
  extra: string[];
}

export interface AddinCells {
  status: StatusCode | null;
  /** The «Статус» text when it is not one of the four values. */
  statusUnknown: string | null;
  completedOn: IsoDate | null;
  /** The «Дата выполнения» text when it is not a date. */
  completedUnreadable: string | null;
  newDeadlineText: string;
  note: string;
  lastReminder: IsoDate | null;
}

export interface ColumnLayout {
  columns: Partial<Record<UserColumn, number>>;
  addinColumns: Partial<Record<AddinColumn, number>>;
  lastUserColumn: number;
  /** The person's own column of execution marks: a status when the add-in's «Статус» is empty. */
  markColumn?: number;
}

/** The row's cells by role; `row` is the sheet row's values (index 0 = column A). */
export function readRowCells(row: readonly CellValue[], layout: ColumnLayout): RowCells {
  const at = (column: number | undefined): CellValue => (column === undefined ? '' : (row[column - 1] ?? ''));
  const text = (role: UserColumn) => cellText(at(layout.columns[role]));
  const known = new Set(Object.values(layout.columns));
  const addin = new Set(Object.values(layout.addinColumns));
  const extra: string[] = [];
  for (let column = 1; column <= layout.lastUserColumn; column += 1) {
    if (known.has(column) || addin.has(column)) continue;
    const value = cellText(at(column));
    if (value) extra.push(value);
  }
  return {
    numberValue: at(layout.columns.number),
    number: text('number'),
    title: text('measure'),
    executors: text('executors'),
    deadline: cellText(at(dueColumn(layout.columns))),
    start: text('start'),
    result: text('result'),
    extra,
  };
}

/** The add-in's cells of a row, read back (a missing column reads as empty). */
export function readAddinCells(row: readonly CellValue[], layout: ColumnLayout): AddinCells {
  const at = (key: AddinColumn): CellValue => {
    const column = layout.addinColumns[key];
    return column === undefined ? '' : (row[column - 1] ?? '');
  };
  const statusText = cellText(at('status'));
  const mark =
    statusText || layout.markColumn === undefined ? null : readMark(cellText(row[layout.markColumn - 1] ?? ''));
  const status = statusText ? parseStatus(statusText) : (mark?.status ?? null);
  const completed = readDateCell(at('completed'));
  const reminder = readDateCell(at('lastReminder'));
  return {
    status,
    statusUnknown: statusText && status === null ? statusText : null,
    completedOn: completed.date ?? (completed.unreadable === null ? (mark?.date ?? null) : null),
    completedUnreadable: completed.unreadable,
    newDeadlineText: cellText(at('newDeadline')),
    note: cellText(at('note')),
    lastReminder: reminder.date,
  };
}

/**
 * What a person's own mark says, when it says it plainly: readMark('Выполнено 12.03.2021') →
 * { status: 'done', date: '2021-03-12' }; readMark('+') → { status: 'done', date: null };
 * readMark('выполнено частично') → null; readMark('перенесено') → null.
 */
export function readMark(text: string): { status: StatusCode; date: IsoDate | null } | null {
  if (text === '') return null;
  const whole = parseStatus(text);
  if (whole) return { status: whole, date: null };
  // A tick in a column of marks: «+», «✓», «да».
  if (/^\s*(?:\+|✓|✔|☑|да)\s*$/iu.test(text)) return { status: 'done', date: null };
  if (!/^(?:выполнен|исполнен)\p{L}*/iu.test(text.trim()) || /частичн|не\s+в\s+полн|не\s+полн/iu.test(text))
    return null;
  const day = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/u.exec(text);
  const date = day ? makeDate(Number(day[3]), Number(day[2]), Number(day[1])) : null;
  return { status: 'done', date };
}

/**
 * readDateCell({ date: '2021-06-15' }) → { date: '2021-06-15' }; readDateCell('15.06.2021') → the same;
 * readDateCell(44362) (a serial number) → { date: '2021-06-15' }; readDateCell('скоро') → unreadable.
 */
export function readDateCell(value: CellValue): { date: IsoDate | null; unreadable: string | null } {
  if (typeof value === 'object' && value !== null && isIsoDate(value.date))
    return { date: value.date, unreadable: null };
  if (typeof value === 'number' && Number.isFinite(value) && value > 20000 && value < 80000)
    return { date: fromEpochDays(Math.floor(value) - 25569), unreadable: null };
  const text = cellText(value);
  if (text === '') return { date: null, unreadable: null };
  const ru = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\s*(?:г\.?)?$/.exec(text);
  if (ru) {
    const year = Number(ru[3]) < 100 ? 2000 + Number(ru[3]) : Number(ru[3]);
    const date = makeDate(year, Number(ru[2]), Number(ru[1]));
    if (date) return { date, unreadable: null };
  }
  if (isIsoDate(text)) return { date: text, unreadable: null };
  return { date: null, unreadable: text };
}
