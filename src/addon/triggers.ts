/**
 * The nightly check's trigger: one per spreadsheet, whoever turns it on.
 *
 * Triggers belong to the account that creates them and are invisible to every other account
 * ("A given account cannot see triggers installed from a second account, even though the first
 * account can still activate those triggers", installable-triggers guide). So:
 * - the trigger's unique id is kept in document properties when it is created, and the trigger
 *   is found again by that id among ScriptApp.getProjectTriggers() of the current user
 *   (whether getUserTriggers(spreadsheet) lists time-driven triggers is not documented);
 * - every nightly trigger created in this document is listed with its owner, so that its owner
 *   can delete it later even in an add-on, whose project triggers span every document;
 * - a take-over cannot delete the previous owner's trigger: it keeps firing, and nightlyCheck(e)
 *   runs only when e.triggerUid is the recorded id (see nightly.ts), noting the skipped run.
 */
import { withDocumentLock } from './lock';
import { documentStore, readJson } from './store';

export const NIGHTLY_HANDLER = 'nightlyCheck';
const OWNER_KEY = 'roadmap.nightlyOwner';
const KNOWN_KEY = 'roadmap.nightlyTriggers';
const FOREIGN_KEY = 'roadmap.nightlyForeign';
/** More owners than this in one file is not plausible; the oldest entries are forgotten. */
const KNOWN_LIMIT = 20;

export interface NightlyOwner {
  email: string;
  triggerId: string;
  hour: number;
  timeZone: string;
  /** When the trigger was created (ISO): the stale warning counts from here until a run succeeds. */
  since?: string;
}

/** A nightly trigger created in this document, and by whom (only they can delete it). */
export interface KnownTrigger {
  id: string;
  email: string;
}

/** The last run of a nightly trigger that is not the recorded one (skipped at once). */
export interface ForeignRun {
  at: string;
  triggerId: string;
  /** The account the foreign trigger runs as; '' when unknown. */
  email: string;
}

export function loadOwner(): NightlyOwner | null {
  return readJson<NightlyOwner>(OWNER_KEY);
}

function loadKnown(): KnownTrigger[] {
  const list = readJson<KnownTrigger[]>(KNOWN_KEY);
  return Array.isArray(list) ? list.filter((t) => t && typeof t.id === 'string') : [];
}

export function loadForeignRun(): ForeignRun | null {
  return readJson<ForeignRun>(FOREIGN_KEY);
}

/** Notes a skipped run of a trigger that is not the recorded one; nothing else is written. */
export function noteForeignRun(triggerId: string, email: string, at: Date): void {
  const known = loadKnown().find((t) => t.id === triggerId);
  const run: ForeignRun = { at: at.toISOString(), triggerId, email: email || known?.email || '' };
  documentStore().setProperty(FOREIGN_KEY, JSON.stringify(run));
}

export function currentUserEmail(): string {
  return Session.getEffectiveUser().getEmail();
}

/** The current user's triggers among `ids`, found by unique id in this project. */
function myTriggersAmong(ids: ReadonlySet<string>): GoogleAppsScript.Script.Trigger[] {
  if (ids.size === 0) return [];
  return ScriptApp.getProjectTriggers().filter((t) => ids.has(t.getUniqueId()));
}

/** The ids this user may have created here: the recorded one when it is theirs, and the listed ones. */
function idsOf(me: string, recorded: NightlyOwner | null, known: readonly KnownTrigger[]): Set<string> {
  const ids = new Set(known.filter((t) => t.email === me).map((t) => t.id));
  if (recorded && recorded.email === me) ids.add(recorded.triggerId);
  return ids;
}

/** Deletes this user's nightly triggers of this document; returns the list without them. */
function deleteMine(me: string, recorded: NightlyOwner | null, known: KnownTrigger[]): KnownTrigger[] {
  const ids = idsOf(me, recorded, known);
  for (const trigger of myTriggersAmong(ids)) ScriptApp.deleteTrigger(trigger);
  return known.filter((t) => !ids.has(t.id));
}

/** The recorded trigger exists among the current user's triggers (found by its id). */
export function findRecordedTrigger(owner: NightlyOwner | null = loadOwner()): GoogleAppsScript.Script.Trigger | null {
  if (!owner) return null;
  return myTriggersAmong(new Set([owner.triggerId]))[0] ?? null;
}

export type EnableOutcome =
  | { kind: 'enabled'; owner: NightlyOwner; previous: NightlyOwner | null }
  | { kind: 'already-on'; owner: NightlyOwner }
  | { kind: 'owned-by-other'; owner: NightlyOwner };

/**
 * Turns the nightly check on at `hour` in the spreadsheet's zone. Idempotent for the owner
 * (an hour change recreates the trigger); refuses when another user's trigger is recorded,
 * unless `takeOver` (the owner left the team: their trigger keeps firing but is skipped).
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
  if (recorded && recorded.email === me && recorded.hour === hour && findRecordedTrigger(recorded)) {
    return { kind: 'already-on', owner: recorded };
  }
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  // Delete first: an add-on may hold one time-driven trigger per user per document.
  const known = deleteMine(me, recorded, loadKnown());
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
  const list = [...known, { id: owner.triggerId, email: me }].slice(-KNOWN_LIMIT);
  try {
    // One write for both, so the trigger is never created without being recorded.
    documentStore().setProperties({ [OWNER_KEY]: JSON.stringify(owner), [KNOWN_KEY]: JSON.stringify(list) });
  } catch (error) {
    ScriptApp.deleteTrigger(trigger);
    throw error;
  }
  return { kind: 'enabled', owner, previous: recorded && recorded.email !== me ? recorded : null };
}

export type DisableOutcome =
  | { kind: 'disabled' }
  | { kind: 'owned-by-other'; owner: NightlyOwner; removedMine: number }
  | { kind: 'was-off' };

/**
 * Turns it off. Only the owner can delete the recorded trigger (Apps Script shows it to nobody
 * else); anyone else deletes only their own old triggers of this document (after a take-over).
 */
export function disableNightly(_spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet): DisableOutcome {
  return withDocumentLock(() => disableLocked());
}

function disableLocked(): DisableOutcome {
  const me = currentUserEmail();
  const recorded = loadOwner();
  const known = loadKnown();
  const mine = idsOf(me, recorded, known);
  const store = documentStore();
  if (recorded && recorded.email !== me) {
    const left = deleteMine(me, null, known);
    const removedMine = known.length - left.length;
    if (removedMine > 0) {
      store.setProperty(KNOWN_KEY, JSON.stringify(left));
      if (loadForeignRun()?.email === me) store.deleteProperty(FOREIGN_KEY);
    }
    return { kind: 'owned-by-other', owner: recorded, removedMine };
  }
  const left = deleteMine(me, recorded, known);
  store.setProperty(KNOWN_KEY, JSON.stringify(left));
  store.deleteProperty(OWNER_KEY);
  return recorded || mine.size > 0 ? { kind: 'disabled' } : { kind: 'was-off' };
}
