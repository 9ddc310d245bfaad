import type { IsoDate } from '../core/dates';
import { type LogEntry, packRecent, recentToForget, unpackRecent, utf8Bytes } from '../core/reminders';
import type { Settings } from '../core/settings';

/**
 * The keys of recent sends in document properties (src/core/reminders/recent.ts): a person
 * tidying «Журнал напоминаний» cannot make the add-in repeat a reminder within the cadence
 * window. Bounded: records older than the window go, and the store keeps at most
 * RECENT_MAX_BYTES of them, the oldest forgotten first (a measure's identity takes about 9
 * bytes beside others of the same recipient, step and period: some 10,000 reminders of a few
 * recipients fit); the log sheet stays the source of truth.
 */
export const RECENT_PREFIX = 'roadmap.recentSends.';
/** A fifth of the 500 KB store: pending log records (flushed every 64 KB) and settings fit beside it. */
export const RECENT_MAX_BYTES = 100 * 1024;
/** Below Google's 9 KB a value (a 2023 measurement found 8,066 bytes), key included. */
const RECORD_BYTES = 7000;

/** Days kept: the overdue cadence and a day more, at least 8 (the before-due steps are days apart). */
export function recentWindowDays(settings: Pick<Settings, 'overdueRepeatDays'>): number {
  return Math.max(settings.overdueRepeatDays, 7) + 1;
}

/** The recent sends as log entries (result 'sent', the day as `at`), from the store's properties. */
export function recentEntries(all: Record<string, string>): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const name of Object.keys(all).sort()) {
    if (!name.startsWith(RECENT_PREFIX)) continue;
    const entry = unpackRecent(all[name] as string);
    if (entry) entries.push(entry);
  }
  return entries;
}

let sequence = 0;

/**
 * Remembers the keys of the entries sent (in one setProperties) and forgets what is older than
 * the window or over the bound (deleted first, so the store never holds both).
 */
export function rememberSends(entries: readonly LogEntry[], today: IsoDate, settings: Settings): void {
  const byDay = new Map<IsoDate, string[]>();
  for (const e of entries) {
    if (e.result !== 'sent' || e.keys.length === 0) continue;
    const day = /^\d{4}-\d{2}-\d{2}/.exec(e.at)?.[0] ?? today;
    byDay.set(day, [...(byDay.get(day) ?? []), ...e.keys]);
  }
  const store = PropertiesService.getDocumentProperties();
  const values: Record<string, string> = {};
  for (const [day, keys] of byDay) {
    sequence += 1;
    const stamp = `${Date.now().toString(36)}.${String(sequence).padStart(5, '0')}`;
    packRecent(day, keys, RECORD_BYTES - 60).forEach((record, i) => {
      values[`${RECENT_PREFIX}${day}.${stamp}.${String(i).padStart(4, '0')}`] = record;
    });
  }
  const all = { ...store.getProperties(), ...values };
  const stored = Object.keys(all)
    .filter((name) => name.startsWith(RECENT_PREFIX))
    .map((name) => ({
      name,
      day: name.slice(RECENT_PREFIX.length, RECENT_PREFIX.length + 10),
      bytes: utf8Bytes(name) + utf8Bytes(all[name] as string),
    }));
  const forget = new Set(recentToForget(stored, today, recentWindowDays(settings), RECENT_MAX_BYTES));
  for (const name of forget) if (!(name in values)) store.deleteProperty(name);
  const fresh = Object.fromEntries(Object.entries(values).filter(([name]) => !forget.has(name)));
  if (Object.keys(fresh).length > 0) store.setProperties(fresh);
}
