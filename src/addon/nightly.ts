import { checkRoadmap } from './check';
import { withDocumentLock } from './lock';
import { flushPending } from './log-sheet';
import { messageOf, planToday, SEND_BUDGET_MS, sendPlanned } from './reminders';
import { loadRoadmap } from './roadmap-sheet';
import { loadNightlyRecord, type NightlyRecord, saveNightlyRecord } from './store';
import { refreshSummarySheets } from './summary-refresh';

/** The sidebar warns when the last successful nightly run is older than this. */
export const STALE_AFTER_MS = 36 * 60 * 60 * 1000;

/**
 * The nightly check (time-driven trigger): under the document lock, check deadlines, refresh
 * the summaries, send the due reminders when automatic sending is on, and record the outcome
 * for the sidebar. A failure is recorded with what failed, and thrown again so that Apps
 * Script's execution log and failure e-mails show it too.
 */
export function runNightlyCheck(): NightlyRecord {
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
  let step = 'чтение таблицы';
  try {
    const summary = withDocumentLock(() => {
      const loaded = loadRoadmap();
      step = 'проверка сроков';
      const { states } = checkRoadmap(loaded);
      step = 'обновление сводок';
      const summaries = refreshSummarySheets(loaded, states);
      let mailText = 'рассылка выключена';
      if (loaded.settings.autoSend) {
        step = 'рассылка напоминаний';
        flushPending(loaded);
        const sent = sendPlanned(planToday({ includeAllOverdue: false }, loaded, states), {
          limit: Number.MAX_SAFE_INTEGER,
          how: 'nightly',
          stopAt,
        });
        mailText = `отправлено писем: ${sent.sent.length}`;
        if (sent.failed.length > 0) mailText += `, ошибок: ${sent.failed.length}`;
        if (sent.postponed.length > 0) mailText += `, отложено из-за лимита: ${sent.postponed.length}`;
        if (sent.remaining > 0) mailText += `, не успели отправить (в следующий раз): ${sent.remaining}`;
      }
      return `Проверено мероприятий: ${states.length}; сводок: ${summaries.sheets.length}; ${mailText}.`;
    });
    const end = new Date().toISOString();
    Object.assign(record, { end, ok: true, summary, lastSuccess: end });
  } catch (error) {
    const message = messageOf(error);
    Object.assign(record, {
      end: new Date().toISOString(),
      ok: false,
      summary: `Ошибка на шаге «${step}».`,
      error: message,
    });
    saveNightlyRecord(record);
    throw error;
  }
  saveNightlyRecord(record);
  return record;
}
