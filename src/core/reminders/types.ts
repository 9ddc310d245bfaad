import type { IsoDate } from '../dates';

/**
 * What a reminder item is for:
 * 'before' — a before-due step (settings.remindBeforeDays); 'overdue' — the first overdue day, then
 * every settings.overdueRepeatDays; 'escalation' — overdue ≥ settings.escalateAfterDays, copied to the
 * coordinator; 'unparsed' — a deadline the add-in cannot read, reported to the coordinator.
 */
export type StepKind = 'before' | 'overdue' | 'escalation' | 'unparsed';

export const STEP_LABELS: Readonly<Record<StepKind, string>> = {
  before: 'до срока',
  overdue: 'просрочено',
  escalation: 'эскалация',
  unparsed: 'срок не распознан',
};

/** One measure in a digest. */
export interface DigestItem {
  /** The measure's number as written («2.1»); '' when the table has none. */
  number: string;
  row: number;
  sectionId: string | null;
  /** «Задача 1»; '' without a section. */
  sectionLabel: string;
  /** The section heading as written. */
  sectionTitle: string;
  title: string;
  deadlineText: string;
  /** The due date in force (a recurring measure: this period's); null for an unparsed deadline. */
  due: IsoDate | null;
  /** due − today; negative when overdue. */
  daysLeft: number | null;
  /** The due date falls on a non-working day (shown as written, with «выпадает на выходной»). */
  dueOff: boolean;
  step: StepKind;
  /** The step with its ordinal or day count, as in the key: 'before-3', 'overdue-2', 'escalation-1', 'unparsed'. */
  stepName: string;
  result: string;
  /** `${spreadsheetUrl}#gid=${gid}&range=A${row}` (not escaped: the renderer escapes). */
  link: string;
  /** The exactly-once key (see keys.ts). */
  key: string;
  /** Postponed by the quota on an earlier run. */
  postponed: boolean;
  /** Included by «все просроченные» although its cadence was not due. */
  forced: boolean;
}

/**
 * One e-mail: one recipient address per run, except a digest of more than MAX_ITEMS_PER_EMAIL
 * items, which goes as several parts (see plan.ts).
 */
export interface Digest {
  /**
   * 'executor': their measures, and also the coordinator's unparsed deadlines when the coordinator
   * is an executor too (one e-mail, both parts); 'coordinator-report': the unparsed deadlines alone.
   */
  kind: 'executor' | 'coordinator-report';
  to: string;
  cc: string[];
  /** The coordinator's address, '' when not set. */
  replyTo: string;
  senderName: string;
  items: DigestItem[];
  counts: { overdue: number; dueSoon: number; unparsed: number };
  /** Recipients MailApp counts against the daily quota: to + cc. */
  recipients: number;
  /** Holds items postponed by the quota on an earlier run (such digests come first). */
  hasPostponed: boolean;
  /**
   * When the oldest of its postponements was logged (the log's `at`, '2021-06-15T02:10:00');
   * null when nothing of it waits. Postponed digests go in this order, the longest waiting first.
   */
  postponedSince: string | null;
  /** «часть 1 из 3» of a digest too long for one e-mail; null for a digest sent whole. */
  part: { index: number; of: number } | null;
}

export type SkipReason =
  | 'done'
  | 'cancelled'
  | 'no-deadline'
  | 'unparsed'
  | 'doubtful'
  | 'no-due'
  | 'no-state'
  | 'no-recipient';

/** A measure that gets no reminder, and why; i18n's skipText words it. */
export interface SkippedMeasure {
  row: number;
  number: string;
  reason: SkipReason;
}

/** A row of «Журнал напоминаний»: one e-mail (or one failed or postponed attempt). */
export interface LogEntry {
  /**
   * When, as an ISO string in the spreadsheet's time zone: '2021-06-15T02:13:05' or '2021-06-15'.
   * Its first ten characters are the day the cadence counts from, so write it in the
   * spreadsheet's zone (Utilities.formatDate), never as UTC toISOString().
   */
  at: string;
  how: 'manual' | 'nightly';
  recipient: string;
  cc: string[];
  /** Measure numbers, «1.1, 2.3» (a measure without a number: «стр. 17»). */
  measures: string;
  /** The machine-readable keys of the items: the source of truth for exactly-once. */
  keys: string[];
  /** The step kinds of the items (a digest may mix them). */
  steps: StepKind[];
  result: 'sent' | 'error' | 'postponed';
  /** The error text for result 'error'. */
  message?: string;
}
