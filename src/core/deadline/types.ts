import type { IsoDate } from '../dates';
import type { WarningCode } from './messages';

/**
 * What a «Срок исполнения» cell means. The shape is a contract shared by the
 * status logic, reminders, summaries and the CLI: extend it, do not rename.
 */
export type DeadlineKind = 'date' | 'period' | 'recurring' | 'continuous' | 'unscheduled' | 'unknown';

/** 'school-term': each quarter of the school year («1 раз в четверть»), by months (families/school-terms.ts). */
export type RecurrenceFrequency = 'week' | 'month' | 'quarter' | 'half-year' | 'year' | 'school-term';

export interface Recurrence {
  frequency: RecurrenceFrequency;
  /** «2 раза в год» → frequency 'half-year', timesPerYear 2. */
  timesPerYear?: number;
  /**
   * When the result for a period is due, if the text says so:
   * «до 5 числа месяца, следующего за отчетным» → { dayOfNextPeriod: 5 };
   * «ежегодно, до 1 марта» → { month: 3, day: 1 }.
   * «до 25 числа» (no «следующего») → { day: 25 }: that day of the period's last month.
   * «ежегодно до 20 января года, следующего за отчетным» → { month: 1, day: 20, nextPeriod: true }.
   * Absent: due on the last day of the period.
   */
  dueRule?: {
    dayOfNextPeriod?: number;
    month?: number;
    day?: number;
    nextPeriod?: boolean;
    /** «еженедельно по пятницам» → 5 (ISO: Monday 1 .. Sunday 7). */
    weekday?: number;
    /** With `weekday`, monthly: «вторая среда месяца» → 2; «последняя пятница месяца» → 5 (the last). */
    weekOfMonth?: number;
    /**
     * «на 45-й календарный день после отчетного периода» → 45: due that many days after the
     * period's last day. Working days («на 10-й рабочий день …», «до 6-го рабочего дня месяца,
     * следующего за отчетным») are approximated as ⌈N·7/5⌉ calendar days (10 → 14) until the
     * production calendar exists; `workingDays` keeps the N as written.
     */
    daysAfterPeriod?: number;
    workingDays?: number;
  };
  /** «не реже одного раза в 3 года» → frequency 'year', everyYears 3: one obligation per three years. */
  everyYears?: number;
  /** The window obligations are generated in: the plan period unless the text gives one («ежемесячно в 2021-2022 гг.»). */
  from?: IsoDate;
  until?: IsoDate;
}

/** A part of the deadline the text did not say and the parser supplied. */
export type Assumption =
  | 'year-from-plan' // «март» → the plan's year
  | 'end-of-month' // «март 2021» → 31 March
  | 'end-of-period' // quarter, half-year, year → its last day
  | 'start-of-period'
  | 'school-year'; // «учебный год» → 1 September .. 30 June

/**
 * A word of a deadline one or two letters from a word the parser knows: { word: 'ежемесчно',
 * suggestion: 'ежемесячно' }. Read-only: remembered deadlines share it (memo.ts copies the rest).
 */
export interface Typo {
  readonly word: string;
  readonly suggestion: string;
}

export interface DeadlineWarning {
  /**
   * Stable code (messages.ts): 'year-outside-plan', 'range-backwards', 'impossible-date',
   * 'text-left-over', 'possible-typo', 'misspelt-month', 'deadline-unreadable', 'empty', 'comment-ignored'.
   */
  code: WarningCode;
  /**
   * What the sentence quotes (i18n's WARNING_TEXTS words it): the year ('2020', '2020/2021'),
   * the impossible date or backwards period as written, the text left over, the typos as
   * written ('фервряль', 'ежемесчно, кварталл'), the misspelt month ('фервраль').
   */
  detail: string;
  /** 'misspelt-month' only: the month form the misspelt word was read as ('февраль'). */
  readAs?: string;
  /** 'possible-typo' only: each word taken for a typo and what it is probably ('фервряль', 'февраль'). */
  typos?: readonly Typo[];
}

export interface Deadline {
  /** The cell's text as written (a Date cell: formatted dd.MM.yyyy). */
  text: string;
  kind: DeadlineKind;
  /**
   * The window's first day (null for unscheduled / unknown; for continuous the plan's first day).
   * For recurring: the window's first day (the plan's, unless the cell names years).
   */
  start: IsoDate | null;
  /**
   * The last day the result is due (null when no date can exist). For continuous: the plan's
   * last day. For recurring: the due date of the plan's last obligation.
   */
  due: IsoDate | null;
  recurrence: Recurrence | null;
  assumed: Assumption[];
  warnings: DeadlineWarning[];
}

export interface DeadlineContext {
  /** The plan's year: from the title «… на 2021 год», settings, or today's year. For a school-year plan, its first year. */
  planYear: number;
  /** A plan spanning years («на 2021-2023 годы»): its last year. Defaults to planYear. */
  planEndYear?: number;
  /**
   * The plan is a school year («на 2021/2022 учебный год»: planYear 2021, planEndYear 2022):
   * a month without a year from September on is in planYear, January..August in planEndYear.
   */
  schoolYear?: boolean;
}

/** One period of a recurring obligation: the work window and when its result is due. */
export interface Obligation {
  start: IsoDate;
  end: IsoDate;
  due: IsoDate;
}

export interface CurrentObligation {
  /** The earliest obligation whose due ≥ today (the plan's last one once all are past). See currentObligation. */
  current: Obligation;
  previous: Obligation | null;
}
