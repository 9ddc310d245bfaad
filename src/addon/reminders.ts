import type { IsoDate } from '../core/dates';
import { say } from '../core/i18n';
import type { CellValue, MeasureState } from '../core/model';
import {
  type Digest,
  type LogEntry,
  logEntryForDigest,
  mailRefusal,
  measureLabels,
  messagesOf,
  planReminders,
  type ReminderPlan,
  renderDigest,
  splitByQuota,
} from '../core/reminders';
import { judgeRoadmap } from '../core/roadmap';
import { answerLinksFor } from './answers-links';
import type { CalendarView } from './api-types';
import { loadCalendar, missedDays, todayCalendar } from './calendar-sheet';
import { loadDirectory } from './directory-sheet';
import { spreadsheetUrl } from './env';
import { withDocumentLock } from './lock';
import { flushPending, PENDING_FLUSH_BYTES, readLogIndex, recordPending } from './log-sheet';
import { type LoadedRoadmap, loadRoadmap } from './roadmap-sheet';
import { toSheetValues } from './write';

export interface PlannedRun {
  loaded: LoadedRoadmap;
  states: MeasureState[];
  plan: ReminderPlan;
  quotaLeft: number;
  /** Today in the working-day calendar. */
  calendar: CalendarView;
  /**
   * The next working day when today is not one and reminders go out on working days only
   * (settings.workingDaysOnly): the plan is what will go out then, nothing is sent today.
   */
  heldUntil: IsoDate | null;
}

/** Who gets what today, deduplicated against «Журнал напоминаний» (and its pending rows). */
export function planToday(
  options: { includeAllOverdue: boolean },
  loaded: LoadedRoadmap = loadRoadmap(),
  states: MeasureState[] = judgeRoadmap(loaded.roadmap, loaded.today, loaded.settings),
): PlannedRun {
  const directory = loadDirectory(loaded) ?? { entries: [], problems: [] };
  const { calendar } = loadCalendar(loaded);
  const today = todayCalendar(loaded);
  const plan = planReminders({
    roadmap: loaded.roadmap,
    states,
    directory,
    log: readLogIndex(loaded),
    settings: loaded.settings,
    today: loaded.today,
    includeAllOverdue: options.includeAllOverdue,
    spreadsheetUrl: spreadsheetUrl(loaded.spreadsheet),
    sheetGid: loaded.sheetId,
    calendar,
    missed: missedDays(loaded, calendar),
  });
  const heldUntil = loaded.settings.workingDaysOnly && !today.workingDay ? today.nextWorkingDay : null;
  return { loaded, states, plan, quotaLeft: MailApp.getRemainingDailyQuota(), calendar: today, heldUntil };
}

export interface SendOutcome {
  sent: Digest[];
  failed: { digest: Digest; message: string }[];
  postponed: Digest[];
  /** Digests due now that this call left for the next one (the `limit`). */
  remaining: number;
  quotaLeft: number;
  /** The roadmap as read for this run (the caller's fresh state is judged from it, no second read). */
  loaded: LoadedRoadmap;
  /** Nothing was sent: today is not a working day (see PlannedRun.heldUntil); the digests wait for this day. */
  heldUntil: IsoDate | null;
}

/** The failed digests as the sidebar and the nightly record name them: the recipient, the measures, why. */
export function failuresOf(failed: SendOutcome['failed']): { to: string[]; measures: string[]; message: string }[] {
  return failed.map((f) => ({ to: [f.digest.to], measures: measureLabels(f.digest), message: f.message }));
}

const QUOTA_ERROR = /too many times for one day: email/i;

/** An exception's message, whatever realm or shape it comes from ('Invalid email: x'). */
export function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string')
    return (error as { message: string }).message;
  return String(error);
}

/** A timestamp in the spreadsheet's zone: its first ten characters are the day the cadence counts from. */
function stamp(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, "yyyy-MM-dd'T'HH:mm:ss");
}

/**
 * Sends the due digests, at most `limit` of them, under the document lock (two runs never both
 * send: the second waits, re-plans against the log and finds nothing left). Every attempt is
 * recorded before the next e-mail; a failing address does not stop the others; when the quota
 * runs out the rest are logged as postponed and go first next time.
 */
export function sendDue(options: { includeAllOverdue: boolean; limit: number; how: LogEntry['how'] }): SendOutcome {
  const stopAt = Date.now() + SEND_BUDGET_MS;
  return withDocumentLock(() => {
    const loaded = loadRoadmap();
    flushPending(loaded);
    return sendPlanned(planToday(options, loaded), { ...options, stopAt });
  });
}

/**
 * Time for sending in one execution (Apps Script stops one at 6 minutes): what is left
 * after it waits for the next call or run, neither sent nor postponed.
 */
export const SEND_BUDGET_MS = 4 * 60 * 1000;

/**
 * Attempts recorded in properties stay below this size (one e-mail holds at most 50 measures,
 * about 4 KB of keys; recordPending splits a record over several values under 9 KB each);
 * anything bigger is appended to the sheet at once. The store is flushed every 64 KB.
 */
const PENDING_DIRECT_CHARS = 16_000;

/**
 * The sending part, for a caller that already holds the lock, has flushed the pending log
 * rows and has planned (the nightly check).
 */
export function sendPlanned(
  run: PlannedRun,
  options: { limit: number; how: LogEntry['how']; stopAt?: number },
): SendOutcome {
  const { loaded, plan } = run;
  const split = splitByQuota(plan.digests, run.quotaLeft);
  const batch = split.now.slice(0, Math.max(0, options.limit));
  const later = split.now.slice(batch.length);
  const outcome: SendOutcome = {
    sent: [],
    failed: [],
    postponed: [],
    remaining: later.length,
    quotaLeft: run.quotaLeft,
    loaded,
    heldUntil: run.heldUntil,
  };
  // A non-working day with «только в рабочие дни»: nothing is sent, logged or postponed.
  if (run.heldUntil !== null) return { ...outcome, remaining: 0 };
  const planTitle = loaded.roadmap.title || loaded.roadmap.sheetName;
  const attempt = (digest: Digest, result: LogEntry['result'], message?: string) =>
    logEntryForDigest(digest, { at: stamp(loaded.timeZone), how: options.how, result, message });
  /** A big digest's record (one key per measure) goes straight to the sheet, not to properties. */
  const record = (entry: LogEntry): number => {
    if (JSON.stringify(entry).length <= PENDING_DIRECT_CHARS) return recordPending(entry);
    flushPending(loaded, [entry]);
    return 0;
  };
  let quotaGone = false;
  let pendingBytes = 0;
  const answers = answerLinksFor(loaded);
  for (const [index, digest] of batch.entries()) {
    if (quotaGone) {
      outcome.postponed.push(digest);
      continue;
    }
    if (options.stopAt !== undefined && Date.now() > options.stopAt) {
      // Out of time: the rest are neither sent nor postponed; the next run plans them again.
      outcome.remaining += batch.length - index;
      break;
    }
    if (pendingBytes > PENDING_FLUSH_BYTES) {
      flushPending(loaded);
      pendingBytes = 0;
    }
    const mail = renderDigest(digest, { planTitle, today: loaded.today, answers: answers(digest) });
    // Over Google's 50 recipients a message, the copies go in further messages (messagesOf).
    const [first, ...more] = messagesOf(digest.to, digest.cc);
    const sendTo = (message: { to: string; cc: string[] }): string | null => {
      try {
        MailApp.sendEmail(messageOfDigest({ ...digest, ...message }, mail));
        return null;
      } catch (thrown) {
        return messageOf(thrown);
      }
    };
    const error = sendTo(first as { to: string; cc: string[] });
    if (error === null) {
      // Outside the try: a failure to record a sent e-mail must stop the run, not pass for a send error.
      pendingBytes += record(attempt(digest, 'sent'));
      outcome.sent.push(digest);
      // The recipient has it: copies that fail are logged and reported, never a reason to send again.
      for (const copies of more) {
        const copyError = sendTo(copies);
        if (copyError === null) continue;
        const recipients = [copies.to, ...copies.cc];
        const reason = say({ code: 'mail-copies-failed', recipients, refusal: mailRefusal(copyError) });
        pendingBytes += record({ ...attempt(digest, 'error', reason), keys: [] });
        outcome.failed.push({ digest, message: reason });
      }
    } else if (QUOTA_ERROR.test(error)) {
      quotaGone = true;
      outcome.postponed.push(digest);
    } else {
      const reason = say(mailRefusal(error));
      pendingBytes += record(attempt(digest, 'error', reason));
      outcome.failed.push({ digest, message: reason });
    }
  }
  // Postponed by the quota: logged once the run has reached them, so they go first next time.
  // They were not sent, so they go straight into the sheet with the pending rows.
  if (quotaGone) {
    outcome.postponed.push(...later);
    outcome.remaining = 0;
  }
  if (outcome.remaining === 0) outcome.postponed.push(...split.postponed);
  flushPending(
    loaded,
    outcome.postponed.map((digest) => attempt(digest, 'postponed')),
  );
  markLastReminder(loaded, outcome.sent, loaded.today);
  outcome.quotaLeft = MailApp.getRemainingDailyQuota();
  return outcome;
}

/**
 * The message for MailApp.sendEmail(message). Empty options are left out, never passed as ''
 * or undefined: what Google does with `cc: ''` or `replyTo: undefined` is not documented [U].
 */
function messageOfDigest(
  digest: Digest,
  mail: { subject: string; body: string; htmlBody: string },
): GoogleAppsScript.Mail.MailAdvancedParameters {
  const message: GoogleAppsScript.Mail.MailAdvancedParameters & { to: string; subject: string; body: string } = {
    to: digest.to,
    subject: mail.subject,
    body: mail.body,
    htmlBody: mail.htmlBody,
  };
  if (digest.cc.length > 0) message.cc = digest.cc.join(',');
  if (digest.replyTo) message.replyTo = digest.replyTo;
  if (digest.senderName) message.name = digest.senderName;
  return message;
}

/**
 * «Последнее напоминание»: today on the rows of the measures whose executors were just
 * reminded (not the coordinator's reports), one write for the column down to the last of them.
 */
function markLastReminder(loaded: LoadedRoadmap, sent: readonly Digest[], today: IsoDate): void {
  const column = loaded.roadmap.addinColumns.lastReminder;
  // Executors' reminders only: an unreadable deadline reported to the coordinator reminded nobody.
  const rows = new Set(
    sent
      .filter((d) => d.kind === 'executor')
      .flatMap((d) => d.items.filter((i) => i.step !== 'unparsed').map((i) => i.row)),
  );
  if (column === undefined || rows.size === 0) return;
  const first = loaded.header.firstDataRow;
  const values: CellValue[][] = [];
  for (let row = first; row <= Math.max(...rows); row++) {
    values.push([rows.has(row) ? { date: today } : (loaded.values[row - 1]?.[column - 1] ?? '')]);
  }
  loaded.sheet.getRange(first, column, values.length, 1).setValues(toSheetValues(values));
}
