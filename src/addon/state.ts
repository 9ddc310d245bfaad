import { isWorkingDay } from '../core/calendar';
import { say } from '../core/i18n';
import { STATE_CODES, type StateCode } from '../core/model';
import { roadmapHeading } from '../core/roadmap';
import type { NightlyStatus, ProblemView, SidebarState, UrgentMeasure } from './api-types';
import { loadCalendar, todayCalendar } from './calendar-sheet';
import type { CheckOutcome } from './check';
import { activeSpreadsheet, todayIn } from './env';
import { STALE_AFTER_MS } from './nightly';
import { loadLastCheck, loadNightlyRecord, loadSettings } from './store';
import { tableSummary } from './table-view';
import { currentUserEmail, loadForeignRun, loadOwner } from './triggers';

const URGENT_LIMIT = 50;

export function nightlyStatus(): NightlyStatus {
  const owner = loadOwner();
  const record = loadNightlyRecord();
  const settings = loadSettings();
  let me = '';
  try {
    me = currentUserEmail();
  } catch {
    me = '';
  }
  const enabled = owner !== null;
  // Late when neither a successful run nor the trigger's creation is recent enough.
  const since = [record?.lastSuccess, owner?.since]
    .map((iso) => (iso ? Date.parse(iso) : Number.NaN))
    .filter((ms) => !Number.isNaN(ms));
  const lastGood = since.length > 0 ? Math.max(...since) : null;
  return {
    enabled,
    hour: owner?.hour ?? settings.nightlyHour,
    owner: owner?.email ?? null,
    mine: owner !== null && owner.email === me && me !== '',
    lastRun: record
      ? { start: record.start, end: record.end, ok: record.ok, summary: record.summary, error: record.error }
      : null,
    stale: enabled && (lastGood === null || Date.now() - lastGood > STALE_AFTER_MS),
    foreign: foreignRun(me, owner?.triggerId ?? null),
  };
}

/** A skipped run of another trigger, unless it was the recorded one all along. */
function foreignRun(me: string, recordedId: string | null): NightlyStatus['foreign'] {
  const run = loadForeignRun();
  if (!run || run.triggerId === recordedId) return null;
  return { at: run.at, email: run.email, mine: me !== '' && run.email === me };
}

function emptyCounts(): Record<StateCode, number> {
  return Object.fromEntries(STATE_CODES.map((code) => [code, 0])) as Record<StateCode, number>;
}

function quotaLeft(): number {
  try {
    return MailApp.getRemainingDailyQuota();
  } catch {
    return 0;
  }
}

/** The sidebar's view of a checked roadmap (or of no roadmap, with the reason). */
export function sidebarState(
  check: CheckOutcome | null,
  extra: { notice?: string; error?: string } = {},
  failure: unknown = null,
): SidebarState {
  const settings = check?.loaded.settings ?? loadSettings();
  const timeZone = check?.loaded.timeZone ?? activeSpreadsheet().getSpreadsheetTimeZone();
  const today = check?.loaded.today ?? todayIn(timeZone);
  const counts = emptyCounts();
  const urgent: UrgentMeasure[] = [];
  const problems: ProblemView[] = [];
  const calendar = check ? loadCalendar(check.loaded).calendar : null;
  if (check) {
    const byRow = new Map(check.loaded.roadmap.measures.map((m) => [m.row, m]));
    for (const state of check.states) {
      counts[state.state] += 1;
      const measure = byRow.get(state.row);
      if (measure && (state.state === 'overdue' || state.state === 'due-soon') && state.daysLeft !== null) {
        urgent.push({
          row: state.row,
          number: measure.number,
          title: measure.title,
          state: state.state,
          daysLeft: state.daysLeft,
          due: state.due,
          dueOff: state.due !== null && calendar !== null && !isWorkingDay(state.due, calendar),
          executors: measure.executorsText,
        });
      }
    }
    urgent.sort((a, b) => (a.state !== b.state ? (a.state === 'overdue' ? -1 : 1) : a.daysLeft - b.daysLeft));
    for (const p of check.problems) {
      problems.push({ row: p.row, column: p.column, code: p.code, message: say(p.message), severity: p.severity });
    }
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const done = counts['done-on-time'] + counts['done-late'];
  const judged = total - counts.cancelled;
  const roadmap = check?.loaded.roadmap;
  const hasAddinColumns = roadmap ? roadmap.addinColumns.state !== undefined : false;
  return {
    ready: hasAddinColumns,
    plan: roadmap
      ? { sheetName: roadmap.sheetName, title: roadmapHeading(roadmap.title), year: roadmap.planYear }
      : null,
    today,
    timeZone,
    lastCheck: loadLastCheck()?.at ?? null,
    counts,
    total,
    percentDone: judged > 0 ? Math.round((done / judged) * 100) : null,
    urgent: urgent.slice(0, URGENT_LIMIT),
    problems,
    nightly: nightlyStatus(),
    settings,
    calendar: check ? todayCalendar(check.loaded) : null,
    mail: { quotaLeft: quotaLeft() },
    table: tableSummary(check?.loaded ?? null, failure),
    ...extra,
  };
}
