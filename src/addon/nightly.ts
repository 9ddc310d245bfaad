import { type MessageOf, type NightlyStep, say } from '../core/i18n';
import { checkRoadmap } from './check';
import { withoutScreen } from './env';
import { withDocumentLock } from './lock';
import { flushPending } from './log-sheet';
import { failuresOf, messageOf, planToday, SEND_BUDGET_MS, sendPlanned } from './reminders';
import { loadRoadmap } from './roadmap-sheet';
import { loadNightlyRecord, type NightlyRecord, saveNightlyRecord } from './store';
import { refreshSummarySheets } from './summaries/refresh';
import { loadOwner, noteForeignRun } from './triggers';

type NightlyDone = MessageOf<'nightly-done'>;

/** The sidebar warns when the last successful nightly run is older than this. */
export const STALE_AFTER_MS = 36 * 60 * 60 * 1000;

/**
 * The nightly check (time-driven trigger): under the document lock, check deadlines, refresh
 * the summaries, send the due reminders when automatic sending is on, and record the outcome
 * for the sidebar. A failure is recorded with what failed, and thrown again so that Apps
 * Script's execution log and failure e-mails show it too. A failed summary refresh does not
 * hold back the reminders: they are sent, and the run is recorded as failed afterwards.
 *
 * It runs only for the trigger recorded in document properties (e.triggerUid): another
 * account's trigger, left behind by a take-over, returns at once after noting the skipped run.
 * Nothing on the nightly path may need a screen (getUi, toasts, the active sheet): see withoutScreen.
 */
export function runNightlyCheck(e: unknown): NightlyRecord | null {
  const triggerUid = triggerUidOf(e);
  // Not a trigger's event (google.script.run, the script editor): refused, nothing done.
  if (triggerUid === null) throw new Error(say({ code: 'nightly-not-trigger' }));
  requireDocument();
  const owner = loadOwner();
  if (!owner || owner.triggerId !== triggerUid) {
    // Someone else's trigger (after «Взять на себя», or left over): it may not run the check.
    noteForeignRun(triggerUid, effectiveEmail(), new Date());
    return null;
  }
  return withoutScreen(runRecorded);
}

/** e.triggerUid of a time-driven event, or null when `e` is not one. */
function triggerUidOf(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return null;
  const { triggerUid, authMode } = e as { triggerUid?: unknown; authMode?: unknown };
  if (typeof triggerUid !== 'string' || triggerUid === '') return null;
  if (authMode !== undefined && String(authMode) !== String(ScriptApp.AuthMode.FULL)) return null;
  return triggerUid;
}

function effectiveEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail();
  } catch {
    return '';
  }
}

/**
 * In a trigger run the open document, its properties or its lock may be missing (a standalone
 * copy of the script, an add-on trigger whose document was deleted): a clear reason, not a TypeError.
 */
function requireDocument(): void {
  // Without document properties nothing can be recorded: the error goes to Apps Script's log.
  if (!PropertiesService.getDocumentProperties()) throw new Error(say({ code: 'nightly-no-properties' }));
  if (!SpreadsheetApp.getActiveSpreadsheet()) {
    const error = say({ code: 'nightly-no-spreadsheet' });
    const at = new Date().toISOString();
    const lastSuccess = loadNightlyRecord()?.lastSuccess ?? null;
    saveNightlyRecord({
      start: at,
      end: at,
      ok: false,
      summary: say({ code: 'nightly-step-failed', step: 'opening' }),
      error,
      lastSuccess,
    });
    throw new Error(error);
  }
}

function runRecorded(): NightlyRecord {
  const stopAt = Date.now() + SEND_BUDGET_MS;
  const previous = loadNightlyRecord();
  const record: NightlyRecord = {
    start: new Date().toISOString(),
    end: null,
    ok: false,
    summary: say({ code: 'nightly-running' }),
    error: null,
    lastSuccess: previous?.lastSuccess ?? null,
  };
  saveNightlyRecord(record);
  let step: NightlyStep = 'waiting';
  let summaryError: { message: string; error: unknown } | null = null;
  try {
    const summary = withDocumentLock(() => {
      step = 'reading';
      const loaded = loadRoadmap();
      step = 'checking';
      const { states } = checkRoadmap(loaded);
      step = 'summaries';
      let summaries: NightlyDone['summaries'] = null;
      try {
        const { sheets } = refreshSummarySheets(loaded, states, { onlyChanged: true });
        summaries = { count: sheets.length, changed: sheets.filter((s) => !s.unchanged).length };
      } catch (error) {
        summaryError = { message: messageOf(error), error };
      }
      let mail: NightlyDone['mail'] = null;
      if (loaded.settings.autoSend) {
        step = 'mailing';
        flushPending(loaded);
        const run = planToday({ includeAllOverdue: false }, loaded, states);
        const sent = sendPlanned(run, { limit: Number.MAX_SAFE_INTEGER, how: 'nightly', stopAt });
        mail = {
          sent: sent.sent.length,
          heldUntil: sent.heldUntil,
          digests: run.plan.digests.length,
          failures: failuresOf(sent.failed),
          postponed: sent.postponed.length,
          remaining: sent.remaining,
        };
      }
      return say({ code: 'nightly-done', measures: states.length, summaries, mail });
    });
    const end = new Date().toISOString();
    Object.assign(record, { end, ok: true, summary, lastSuccess: end });
  } catch (error) {
    Object.assign(record, {
      end: new Date().toISOString(),
      ok: false,
      summary: say({ code: 'nightly-step-failed', step }),
      error: messageOf(error),
    });
    saveNightlyRecord(record);
    throw error;
  }
  const failed = summaryError as { message: string; error: unknown } | null;
  if (failed) {
    // The reminders went out; the summaries did not: not a success, and Apps Script should say so too.
    Object.assign(record, {
      ok: false,
      summary: `${record.summary} ${say({ code: 'nightly-step-failed', step: 'summaries' })}`,
      error: failed.message,
      lastSuccess: previous?.lastSuccess ?? null,
    });
    saveNightlyRecord(record);
    throw failed.error;
  }
  saveNightlyRecord(record);
  return record;
}
