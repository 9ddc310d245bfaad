import type { IsoDate } from './dates';
import type { Deadline } from './deadline/types';
import type { Message } from './i18n/messages';

/**
 * The vocabulary shared by every layer (see DESIGN.md): a roadmap is a table of
 * measures (мероприятия) grouped in sections (задачи). Rows and columns are
 * 1-based sheet coordinates so that problems and links can name them.
 */

export type StateCode =
  | 'done-on-time'
  | 'done-late'
  | 'overdue'
  | 'due-soon'
  | 'in-progress'
  | 'not-started'
  | 'no-deadline'
  | 'unparsed'
  | 'doubtful'
  | 'cancelled';

export const STATE_CODES: readonly StateCode[] = [
  'overdue',
  'due-soon',
  'in-progress',
  'not-started',
  'done-on-time',
  'done-late',
  'no-deadline',
  'unparsed',
  'doubtful',
  'cancelled',
];

/** The value of the add-in's «Статус» column. */
export type StatusCode = 'not-started' | 'in-progress' | 'done' | 'cancelled';

/**
 * The roles of the user's columns the reader recognises (stable names, also used by the sidebar's
 * «Столбцы таблицы» and the CLI's --columns): 'measure' (the measure's name), 'number', 'executors',
 * 'deadline' (one deadline column), or 'start' / 'end' when the plan splits it («Дата начала | Дата
 * окончания», «Срок» over «начало» / «окончание»), and 'result'. The due date comes from 'end' when
 * the table has one, else from 'deadline' (see `dueColumn`); 'start' may stand beside either.
 */
export type UserColumn = 'number' | 'measure' | 'executors' | 'deadline' | 'start' | 'end' | 'result';

/** Every role, in the order the sidebar lists them. */
export const USER_COLUMNS: readonly UserColumn[] = [
  'number',
  'measure',
  'executors',
  'deadline',
  'start',
  'end',
  'result',
];

/** dueColumn({ deadline: 4 }) → 4; dueColumn({ start: 4, end: 5 }) → 5: where the due date is read from. */
export function dueColumn(columns: Partial<Record<UserColumn, number>>): number | undefined {
  return columns.end ?? columns.deadline;
}

/** The add-in's own columns, in the order «Подготовить таблицу» adds them. */
export type AddinColumn =
  | 'status'
  | 'completed'
  | 'newDeadline'
  | 'note'
  | 'due'
  | 'state'
  | 'daysLeft'
  | 'lastReminder';

export interface Section {
  /** Stable within one reading: 'task-1', 'section-II', or 's<row>' when unnumbered. */
  id: string;
  /** Short label for sheet names: «Задача 1», «Раздел II». */
  label: string;
  /** The full heading as written. */
  title: string;
  row: number;
}

export interface Measure {
  /** First sheet row of the measure (1-based). */
  row: number;
  /** Last row, including continuation rows. */
  lastRow: number;
  /** As written, normalised back to text («2.1», never a date). '' when the table has no number column. */
  number: string;
  sectionId: string | null;
  title: string;
  /** Executors split from the cell («Руководители ПОО», «Отраслевые предприятия»). */
  executors: string[];
  executorsText: string;
  /** The «Срок исполнения» cell as text (a date cell as dd.MM.yyyy). */
  deadlineText: string;
  result: string;
  /** Add-in columns as read (null when the column is absent or empty). */
  status: StatusCode | null;
  completedOn: IsoDate | null;
  newDeadlineText: string;
  note: string;
  lastReminder: IsoDate | null;
  /** Two-row headers: the «начало» cell as text ('' or absent otherwise). */
  startText?: string;
  /** Under a heading that is one month («Сентябрь»): that month, which «в течение месяца» means. */
  sectionMonth?: string;
}

export interface Problem {
  row: number;
  /** 1-based column; null when the problem is about the whole row or the sheet. */
  column: number | null;
  /** Stable: what is wrong ('deadline-unreadable', 'year-outside-plan', 'executor-unknown', …). */
  code: string;
  /** What to tell the person, as a code and parameters; i18n's say() makes it a sentence naming the row and the column. */
  message: Message;
  severity: 'error' | 'warning';
}

/**
 * The problem at a message's cell, with the message's code unless a more precise one is given:
 * problemAt({ code: 'missing-executor', row: 12, column: 3, number: '1.2' }, 'warning')
 *   → { row: 12, column: 3, code: 'missing-executor', message: { … }, severity: 'warning' }.
 */
export function problemAt(
  message: Message & { row: number; column: number | null },
  severity: Problem['severity'],
  code: string = message.code,
): Problem {
  return { row: message.row, column: message.column, code, message, severity };
}

export interface Roadmap {
  sheetName: string;
  /** The title rows above the header, joined. */
  title: string;
  planYear: number;
  planEndYear: number;
  planYearSource: 'title' | 'settings' | 'today';
  /** The title names a school year («на 2023/2024 учебный год»): January..August fall in planEndYear. */
  schoolYear?: boolean;
  /** The approval date stated in the title rows («Протокол №1 от «22» марта 2021г.»), if any. */
  approvedOn?: IsoDate | null;
  /** First and last header rows (two-row headers have headerLastRow = headerRow + 1). */
  headerRow: number;
  headerLastRow: number;
  columns: Partial<Record<UserColumn, number>>;
  addinColumns: Partial<Record<AddinColumn, number>>;
  /** Last column of the user's table, before any add-in column. */
  lastUserColumn: number;
  sections: Section[];
  measures: Measure[];
  problems: Problem[];
  /** First row under the header (after a «1 2 3 4 5» row of column numbers, if any). */
  firstDataRow?: number;
  /** Last non-blank row of the table. */
  lastRow?: number;
  /** Rightmost non-empty column of the sheet that is not an add-in column (new columns go to its right). */
  lastUsedColumn?: number;
  /** The header's cell texts by column (1-based), for messages: { 4: 'Срок исполнения' }. */
  headerTexts?: Record<number, string>;
  /** The person's own column of execution marks («Отметка о выполнении»), read for a status. */
  markColumn?: number;
}

/** A measure judged on a day. */
export interface MeasureState {
  row: number;
  state: StateCode;
  deadline: Deadline;
  /** The due date in force (Новый срок over Срок исполнения; a recurring measure's current period). */
  start: IsoDate | null;
  due: IsoDate | null;
  /** due − today in days; negative when overdue; null without a due date. */
  daysLeft: number | null;
}

/**
 * A cell as the core sees it: the adapters turn Sheets' Date values into calendar dates
 * (in the spreadsheet's time zone) so that no core code touches JS Dates.
 */
export interface CellDate {
  date: IsoDate;
}
export type CellValue = string | number | boolean | CellDate;

export function isCellDate(value: unknown): value is CellDate {
  return typeof value === 'object' && value !== null && typeof (value as CellDate).date === 'string';
}
