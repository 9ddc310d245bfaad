import { formatRu, type IsoDate } from '../core/dates';
import { checkRoadmap } from './check';
import { withoutScreen } from './env';
import { withDocumentLock } from './lock';
import { flushPending } from './log-sheet';
import { failuresRu, messageOf, planToday, SEND_BUDGET_MS, sendPlanned } from './reminders';
import { loadRoadmap } from './roadmap-sheet';
import { loadNightlyRecord, type NightlyRecord, saveNightlyRecord } from './store';
import { refreshSummarySheets } from './summaries/refresh';
import { loadOwner, noteForeignRun } from './triggers';

/**
 * heldText('2021-11-08', 3) → 'сегодня нерабочий день: напоминания (писем: 3) будут отправлены 08.11.2021'
 * (the nightly check's and the CLI's words for a day when nothing is sent).
 */
export function heldText(until: IsoDate, digests: number): string {
  const what = digests > 0 ? `напоминания (писем: ${digests}) будут отправлены` : 'напоминания отправляются';
  return `сегодня нерабочий день: ${what} ${formatRu(until)}`;
}

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
  if (triggerUid === null) throw new Error('Ночная проверка запускается только своим триггером.');
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
  if (!PropertiesService.getDocumentProperties())
    throw new Error('Ночная проверка: свойства документа недоступны (скрипт запущен не из таблицы).');
  if (!SpreadsheetApp.getActiveSpreadsheet()) {
    const error = 'Ночная проверка: таблица недоступна (триггер запущен не из таблицы или таблица удалена).';
    const at = new Date().toISOString();
    const lastSuccess = loadNightlyRecord()?.lastSuccess ?? null;
    saveNightlyRecord({
      start: at,
      end: at,
      ok: false,
      summary: 'Ошибка на шаге «открытие таблицы».',
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
    summary: 'Выполняется…',
    error: null,
    lastSuccess: previous?.lastSuccess ?? null,
  };
  saveNightlyRecord(record);
  let step = 'ожидание другой проверки или рассылки';
  let summaryError: { message: string; error: unknown } | null = null;
  try {
    const summary = withDocumentLock(() => {
      step = 'чтение таблицы';
      const loaded = loadRoadmap();
      step = 'проверка сроков';
      const { states } = checkRoadmap(loaded);
      step = 'обновление сводок';
      let summaryText: string;
      try {
        const { sheets } = refreshSummarySheets(loaded, states, { onlyChanged: true });
        summaryText = `сводок: ${sheets.length}, изменились: ${sheets.filter((s) => !s.unchanged).length}`;
      } catch (error) {
        summaryError = { message: messageOf(error), error };
        summaryText = 'сводки не обновлены';
      }
      let mailText = 'рассылка выключена';
      if (loaded.settings.autoSend) {
        step = 'рассылка напоминаний';
        flushPending(loaded);
        const run = planToday({ includeAllOverdue: false }, loaded, states);
        const sent = sendPlanned(run, { limit: Number.MAX_SAFE_INTEGER, how: 'nightly', stopAt });
        mailText =
          sent.heldUntil === null
            ? `отправлено писем: ${sent.sent.length}`
            : heldText(sent.heldUntil, run.plan.digests.length);
        if (sent.failed.length > 0) mailText += `, ошибок: ${sent.failed.length} (${failuresRu(sent.failed)})`;
        if (sent.postponed.length > 0) mailText += `, отложено из-за лимита: ${sent.postponed.length}`;
        if (sent.remaining > 0) mailText += `, не успели отправить (в следующий раз): ${sent.remaining}`;
      }
      return `Проверено мероприятий: ${states.length}; ${summaryText}; ${mailText}.`;
    });
    const end = new Date().toISOString();
    Object.assign(record, { end, ok: true, summary, lastSuccess: end });
  } catch (error) {
    Object.assign(record, {
      end: new Date().toISOString(),
      ok: false,
      summary: `Ошибка на шаге «${step}».`,
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
      summary: `${record.summary} Ошибка на шаге «обновление сводок».`,
      error: failed.message,
      lastSuccess: previous?.lastSuccess ?? null,
    });
    saveNightlyRecord(record);
    throw failed.error;
  }
  saveNightlyRecord(record);
  return record;
}
