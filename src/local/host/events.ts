import { AuthMode } from '../emulator/enums';
import { makeUser } from '../emulator/session';
import { zoneParts } from '../emulator/tz';

/**
 * Event objects as Apps Script passes them to triggers (DefinitelyTyped's
 * google-apps-script-events.d.ts and tanaikech's logged samples).
 */

/** Time-driven event: fields in UTC, with hyphenated names. */
export function clockEvent(atMs: number, triggerUid: string): Record<string, unknown> {
  const p = zoneParts(atMs, 'UTC');
  const jan1 = Date.UTC(p.year, 0, 1);
  const weekOfYear =
    Math.floor(((Date.UTC(p.year, p.month - 1, p.day) - jan1) / 86400000 + new Date(jan1).getUTCDay()) / 7) + 1;
  return {
    authMode: AuthMode.FULL,
    year: p.year,
    month: p.month,
    'day-of-month': p.day,
    'day-of-week': p.weekday === 0 ? 7 : p.weekday,
    'week-of-year': weekOfYear,
    hour: p.hour,
    minute: p.minute,
    second: p.second,
    timezone: 'UTC',
    triggerUid,
  };
}

export function openEvent(source: unknown, mode: 'NONE' | 'LIMITED' | 'FULL', userEmail: string, triggerUid?: string) {
  const e: Record<string, unknown> = { authMode: AuthMode[mode], source, user: makeUser(userEmail) };
  if (triggerUid) e.triggerUid = triggerUid;
  return e;
}

/** Edit event: value and oldValue only for a single cell, and only when not empty. */
export function editEvent(options: {
  source: unknown;
  range: unknown;
  mode: 'LIMITED' | 'FULL';
  userEmail: string;
  single: boolean;
  value: string | undefined;
  oldValue: string | undefined;
  triggerUid?: string;
}): Record<string, unknown> {
  // Google's edit event range also carries its bounds as plain fields (rowStart, rowEnd,
  // columnStart, columnEnd), readable without a service call (tanaikech's event-object report).
  const box = (options.range as { box?: { row: number; column: number; numRows: number; numColumns: number } }).box;
  if (box) {
    Object.assign(options.range as object, {
      rowStart: box.row,
      rowEnd: box.row + box.numRows - 1,
      columnStart: box.column,
      columnEnd: box.column + box.numColumns - 1,
    });
  }
  const e: Record<string, unknown> = {
    authMode: AuthMode[options.mode],
    range: options.range,
    source: options.source,
    user: makeUser(options.userEmail),
  };
  if (options.single && options.value !== undefined) e.value = options.value;
  if (options.single && options.oldValue !== undefined) e.oldValue = options.oldValue;
  if (options.triggerUid) e.triggerUid = options.triggerUid;
  return e;
}
