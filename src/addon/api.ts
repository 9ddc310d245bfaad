import { say, settingText } from '../core/i18n';
import type { Settings } from '../core/settings';
import { validateSettings } from '../core/settings';
import { answersApi } from './answers-api';
import type {
  ReminderPreview,
  ReportPeriod,
  SaveSettingsResult,
  SaveTableResult,
  SendResult,
  ServerApi,
  SidebarState,
  TableChoiceInput,
  TableView,
} from './api-types';
import { ensureCalendarSheet } from './calendar-sheet';
import { type CheckOutcome, checkDeadlinesLocked, judgeLoaded } from './check';
import { diagnose } from './diagnostics';
import { activeSpreadsheet } from './env';
import { loadHeader } from './header-cache';
import { withDocumentLock } from './lock';
import { prepareRoadmapTable } from './prepare';
import { toPreview } from './preview';
import { failuresOf, planToday, sendDue } from './reminders';
import { loadRoadmap, NoRoadmapError } from './roadmap-sheet';
import { sidebarState } from './state';
import { loadSettings, storeSettings } from './store';
import { refreshSummarySheets, writeCouncilReport } from './summaries/refresh';
import { chooseTable, tableViewOf } from './table-view';
import { disableNightly, enableNightly, loadOwner } from './triggers';

/**
 * Runs an action and returns the fresh state (from the action's own reading when it made one,
 * so the sheet is read once); a missing table is a state, not an exception.
 */
function stateAfter(action: () => { notice?: string; outcome?: CheckOutcome } | undefined): SidebarState {
  // The action's notice stays when the table is then not found (the columns choice was just reset).
  let extra: { notice?: string } = {};
  try {
    const { outcome, ...rest } = action() ?? {};
    extra = rest;
    return sidebarState(outcome ?? judgeLoaded(), extra);
  } catch (error) {
    if (error instanceof NoRoadmapError) return sidebarState(null, { ...extra, error: error.message }, error);
    throw error;
  }
}

/** The sidebar's server: every function here is also an Apps Script global (see index.ts). */
export const api: ServerApi = {
  getSidebarState(): SidebarState {
    return stateAfter(() => undefined);
  },

  prepareTable(): SidebarState {
    return stateAfter(() => {
      const { added, directoryRowsAdded, check } = prepareRoadmapTable();
      return { notice: say({ code: 'prepared', added, directoryRowsAdded }), outcome: check };
    });
  },

  checkDeadlines(): SidebarState {
    return stateAfter(() => {
      const outcome = checkDeadlinesLocked();
      const notice = say(
        outcome.missing.length > 0
          ? { code: 'checked-nowhere-to-write' }
          : { code: 'sidebar-checked', measures: outcome.states.length },
      );
      return { notice, outcome };
    });
  },

  refreshSummaries(): SidebarState {
    return stateAfter(() => {
      const outcome = judgeLoaded();
      const result = withDocumentLock(() => refreshSummarySheets(outcome.loaded, outcome.states));
      return { notice: say({ code: 'sidebar-summaries', sheets: result.sheets.length }), outcome };
    });
  },

  buildCouncilReport(period: ReportPeriod): SidebarState {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(period.from) || !/^\d{4}-\d{2}-\d{2}$/.test(period.to) || period.from > period.to) {
      return sidebarState(null, { error: say({ code: 'report-period-invalid' }) });
    }
    return stateAfter(() => {
      const outcome = judgeLoaded();
      withDocumentLock(() => writeCouncilReport(outcome.loaded, period, outcome.states));
      return { notice: say({ code: 'report-built' }), outcome };
    });
  },

  previewReminders(options: { includeAllOverdue: boolean }): ReminderPreview {
    return toPreview(planToday({ includeAllOverdue: Boolean(options?.includeAllOverdue) }));
  },

  sendReminders(options: { includeAllOverdue: boolean; limit: number }): SendResult {
    const limit = Number.isInteger(options?.limit) && options.limit > 0 ? options.limit : 10;
    const outcome = sendDue({ includeAllOverdue: Boolean(options?.includeAllOverdue), limit, how: 'manual' });
    // On a held day nothing is sent and nothing remains: done.
    const { heldUntil, sent, failed, postponed } = outcome;
    const done = outcome.remaining === 0 || postponed.length > 0;
    const result: SendResult = {
      sent: sent.length,
      remaining: done ? 0 : outcome.remaining,
      failed: failuresOf(failed),
      quotaLeft: outcome.quotaLeft,
      done,
    };
    if (heldUntil !== null) result.heldUntil = heldUntil;
    if (done) {
      result.state = stateAfter(() => ({
        notice: say({
          code: 'sidebar-sent',
          sent: sent.length,
          failed: failed.length,
          postponed: postponed.length,
          heldUntil,
        }),
        outcome: judgeLoaded(outcome.loaded),
      }));
    }
    return result;
  },

  setNightly(enabled: boolean, takeOver = false): SidebarState {
    const spreadsheet = activeSpreadsheet();
    let notice: string;
    if (enabled) {
      const outcome = enableNightly(spreadsheet, loadSettings().nightlyHour, takeOver === true);
      const { email, hour, timeZone } = outcome.owner;
      notice = say(
        outcome.kind === 'owned-by-other'
          ? { code: 'nightly-on-by-other', email }
          : { code: 'nightly-on', hour, timeZone },
      );
      if (outcome.kind === 'enabled' && outcome.previous)
        notice += ` ${say({ code: 'nightly-taken-over', previous: outcome.previous.email })}`;
    } else {
      const outcome = disableNightly(spreadsheet);
      notice = say(
        outcome.kind === 'owned-by-other'
          ? { code: 'nightly-off-by-other', email: outcome.owner.email, removedMine: outcome.removedMine > 0 }
          : { code: 'nightly-off' },
      );
    }
    return stateAfter(() => ({ notice }));
  },

  saveSettings(settings: Settings): SaveSettingsResult {
    const result = validateSettings(settings ?? {});
    if (!result.ok) {
      const issues = result.issues.map((issue) => ({ ...issue, message: settingText(issue) }));
      return { ok: false, issues, state: stateAfter(() => undefined) };
    }
    const before = loadSettings();
    storeSettings(result.value);
    const hour = result.value.nightlyHour;
    const moved = loadOwner() && before.nightlyHour !== hour ? enableNightly(activeSpreadsheet(), hour) : null;
    const notice = say({
      code: 'settings-saved',
      ...(moved && (moved.kind === 'owned-by-other' ? { owner: moved.owner.email } : { hour })),
    });
    return { ok: true, issues: [], state: stateAfter(() => ({ notice })) };
  },

  createCalendarSheet(): SidebarState {
    return stateAfter(() => {
      const loaded = loadRoadmap();
      const created = withDocumentLock(() => ensureCalendarSheet(loaded));
      return { notice: say({ code: 'calendar-sheet', created }), outcome: judgeLoaded(loaded) };
    });
  },

  describeTable(sheetId: number | null): TableView {
    return tableViewOf(typeof sheetId === 'number' ? sheetId : null);
  },

  saveTableChoice(choice: TableChoiceInput | null): SaveTableResult {
    const { issues, notice } = chooseTable(choice ?? null);
    if (issues.length > 0) return { ok: false, issues, state: stateAfter(() => undefined) };
    return { ok: true, issues: [], state: stateAfter(() => ({ notice })) };
  },

  runDiagnostics() {
    return diagnose();
  },

  selectCell(row: number, column: number): void {
    const cached = loadHeader();
    const spreadsheet = activeSpreadsheet();
    const sheet =
      (cached && spreadsheet.getSheets().find((s) => s.getSheetId() === cached.sheetId)) || loadRoadmap().sheet;
    sheet.activate();
    sheet.setActiveSelection(sheet.getRange(Math.max(1, row), Math.max(1, column)));
  },

  ...answersApi,
};
