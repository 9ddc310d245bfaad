/**
 * The nightly check's trigger: one per spreadsheet, whoever turns it on. Triggers belong to
 * the user who creates them and are invisible to other users, so the owner is recorded in
 * document properties, and turning it on while someone else's trigger is recorded does not
 * create a second one.
 */
import { withDocumentLock } from './lock';

export const NIGHTLY_HANDLER = 'nightlyCheck';
const OWNER_KEY = 'roadmap.nightlyOwner';

export interface NightlyOwner {
  email: string;
  triggerId: string;
  hour: number;
  timeZone: string;
  /** When the trigger was created (ISO): the stale warning counts from here until a run succeeds. */
  since?: string;
}

export function loadOwner(): NightlyOwner | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(OWNER_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as NightlyOwner;
  } catch {
    return null;
  }
}

export function currentUserEmail(): string {
  return Session.getEffectiveUser().getEmail();
}

/** This user's nightly triggers on this spreadsheet (normally zero or one). */
function myNightlyTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter((t) => t.getHandlerFunction() === NIGHTLY_HANDLER);
}

export type EnableOutcome =
  | { kind: 'enabled'; owner: NightlyOwner }
  | { kind: 'already-on'; owner: NightlyOwner }
  | { kind: 'owned-by-other'; owner: NightlyOwner };

/**
 * Turns the nightly check on at `hour` in the spreadsheet's zone. Idempotent for the owner
 * (an hour change recreates the trigger); refuses when another user's trigger is recorded,
 * unless `takeOver` (e.g. the owner left the team: their trigger is then removed by hand).
 */
export function enableNightly(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  hour: number,
  takeOver = false,
): EnableOutcome {
  // Under the lock: two people turning it on at once would otherwise both see no owner.
  return withDocumentLock(() => enableLocked(spreadsheet, hour, takeOver));
}

function enableLocked(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  hour: number,
  takeOver: boolean,
): EnableOutcome {
  const me = currentUserEmail();
  const recorded = loadOwner();
  if (recorded && recorded.email !== me && !takeOver) return { kind: 'owned-by-other', owner: recorded };
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const mine = myNightlyTriggers(spreadsheet);
  if (recorded && recorded.email === me && recorded.hour === hour && mine.length === 1) {
    return { kind: 'already-on', owner: recorded };
  }
  for (const trigger of mine) ScriptApp.deleteTrigger(trigger);
  const trigger = ScriptApp.newTrigger(NIGHTLY_HANDLER)
    .timeBased()
    .everyDays(1)
    .atHour(hour)
    .inTimezone(timeZone)
    .create();
  const owner: NightlyOwner = {
    email: me,
    triggerId: trigger.getUniqueId(),
    hour,
    timeZone,
    since: new Date().toISOString(),
  };
  PropertiesService.getDocumentProperties().setProperty(OWNER_KEY, JSON.stringify(owner));
  return { kind: 'enabled', owner };
}

export type DisableOutcome =
  | { kind: 'disabled' }
  | { kind: 'owned-by-other'; owner: NightlyOwner }
  | { kind: 'was-off' };

/** Turns it off. Only the owner can delete the trigger (Apps Script shows it to nobody else). */
export function disableNightly(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): DisableOutcome {
  return withDocumentLock(() => disableLocked(spreadsheet));
}

function disableLocked(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): DisableOutcome {
  const me = currentUserEmail();
  const recorded = loadOwner();
  if (recorded && recorded.email !== me) return { kind: 'owned-by-other', owner: recorded };
  const mine = myNightlyTriggers(spreadsheet);
  for (const trigger of mine) ScriptApp.deleteTrigger(trigger);
  PropertiesService.getDocumentProperties().deleteProperty(OWNER_KEY);
  return recorded || mine.length > 0 ? { kind: 'disabled' } : { kind: 'was-off' };
}
