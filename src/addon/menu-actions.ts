import { ADDIN_NAME, ALERT_TITLES, DIAGNOSTIC_LABELS, HELP_TEXT, MENU_LABELS, type Message, say } from '../core/i18n';
import { escapeHtml } from '../core/reminders';
import { ensureCalendarSheet } from './calendar-sheet';
import { checkDeadlinesLocked } from './check';
import { diagnose } from './diagnostics';
import { activeSpreadsheet } from './env';
import { BusyError, withDocumentLock } from './lock';
import { prepareRoadmapTable } from './prepare';
import { sendDue } from './reminders';
import { loadRoadmap, NoRoadmapError } from './roadmap-sheet';
import { showSidebar } from './sidebar';
import { loadSettings } from './store';
import { refreshSummarySheets } from './summaries/refresh';
import { disableNightly, enableNightly, loadOwner } from './triggers';

/** Expected failures become a clear alert; anything else is thrown to the execution log. */
function withAlerts(action: () => void): void {
  try {
    action();
  } catch (error) {
    if (error instanceof NoRoadmapError || error instanceof BusyError) {
      const hint = error instanceof NoRoadmapError ? `\n\n${say({ code: 'no-table-hint' })}` : '';
      SpreadsheetApp.getUi().alert(ADDIN_NAME, error.message + hint, SpreadsheetApp.getUi().ButtonSet.OK);
      return;
    }
    throw error;
  }
}

function toast(message: Message): void {
  activeSpreadsheet().toast(say(message), ADDIN_NAME, 8);
}

export function menuPrepare(): void {
  withAlerts(() => {
    const { added, directoryRowsAdded } = prepareRoadmapTable();
    toast({ code: 'prepared', added, directoryRowsAdded });
  });
}

export function menuCheck(): void {
  withAlerts(() => {
    const { states, problems, missing } = checkDeadlinesLocked();
    if (missing.length > 0) {
      toast({ code: 'checked-nowhere-to-write' });
      return;
    }
    const overdue = states.filter((s) => s.state === 'overdue').length;
    const soon = states.filter((s) => s.state === 'due-soon').length;
    toast({ code: 'checked', total: states.length, overdue, soon, problems: problems.length });
  });
}

export function menuRefreshSummaries(): void {
  withAlerts(() => {
    const result = withDocumentLock(() => refreshSummarySheets(loadRoadmap()));
    toast({ code: 'summaries-refreshed', names: result.sheets.map((s) => s.name) });
  });
}

export function menuSendReminders(): void {
  withAlerts(() => {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.alert(MENU_LABELS.menuSendReminders, say({ code: 'send-confirm' }), ui.ButtonSet.YES_NO);
    if (answer !== ui.Button.YES) return;
    const outcome = sendDue({ includeAllOverdue: false, limit: Number.MAX_SAFE_INTEGER, how: 'manual' });
    const text = say({
      code: 'sent',
      sent: outcome.sent.length,
      failures: outcome.failed.map((f) => ({ to: f.digest.to, message: f.message })),
      postponed: outcome.postponed.length,
      heldUntil: outcome.heldUntil,
    });
    ui.alert(ALERT_TITLES.sent, text, ui.ButtonSet.OK);
  });
}

export function menuToggleNightly(): void {
  withAlerts(() => {
    const ui = SpreadsheetApp.getUi();
    const spreadsheet = activeSpreadsheet();
    const owner = loadOwner();
    if (owner) {
      const outcome = disableNightly(spreadsheet);
      const text = say(
        outcome.kind === 'owned-by-other'
          ? { code: 'nightly-owned-by-other', email: outcome.owner.email }
          : { code: 'nightly-off' },
      );
      ui.alert(ALERT_TITLES.nightly, text, ui.ButtonSet.OK);
      return;
    }
    const outcome = enableNightly(spreadsheet, loadSettings().nightlyHour);
    const { hour, timeZone } = outcome.owner;
    ui.alert(ALERT_TITLES.nightly, say({ code: 'nightly-on', hour, timeZone }), ui.ButtonSet.OK);
  });
}

export function menuCreateCalendar(): void {
  withAlerts(() => {
    const loaded = loadRoadmap();
    const created = withDocumentLock(() => ensureCalendarSheet(loaded));
    toast({ code: 'calendar-sheet', created });
  });
}

export function menuPreview(): void {
  showSidebar();
}

export function menuHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(ALERT_TITLES.help, HELP_TEXT, ui.ButtonSet.OK);
}

/** «Диагностика»: the table of checks in a dialog (no e-mail, no cell of the person's changed). */
export function menuDiagnostics(): void {
  const report = diagnose();
  const failed = report.checks.filter((c) => !c.ok).length;
  const { ok, bad, meaning, action } = DIAGNOSTIC_LABELS;
  const rows = report.checks
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.title)}</td><td class="${c.ok ? 'ok' : 'bad'}">${c.ok ? ok : bad}</td>` +
        `<td>${escapeHtml(c.detail)}${c.ok ? '' : `<br><b>${meaning}:</b> ${escapeHtml(c.meaning)}<br><b>${action}:</b> ${escapeHtml(c.action)}`}</td></tr>`,
    )
    .join('');
  const summary = say({ code: 'diagnostics-summary', failed, total: report.checks.length });
  const html =
    '<style>body{font:13px Arial,sans-serif}table{border-collapse:collapse}td{border:1px solid #dadce0;padding:4px 6px;vertical-align:top}.ok{color:#0d652d}.bad{color:#a50e0e;font-weight:bold}</style>' +
    `<p>${escapeHtml(summary)}</p><table>${rows}</table>`;
  const output = HtmlService.createHtmlOutput(html).setWidth(720).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(output, MENU_LABELS.menuDiagnostics);
}
