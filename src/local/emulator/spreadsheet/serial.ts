/**
 * Sheets date serials (days since 1899-12-30, fraction = time of day) and their meaning in
 * a time zone, independent of the Node process's TZ.
 * Example: serialToInstant(44362, 'Asia/Tomsk') → 2021-06-14T17:00:00.000Z (midnight in Tomsk).
 */

import { type ZoneParts, zoneParts } from '../tz';

const DAY_MS = 86_400_000;
/** Serial of 1970-01-01. */
export const UNIX_EPOCH_SERIAL = 25_569;

export { isValidTimeZone } from '../tz';

/** Offset of the zone from UTC at an instant, in ms (Asia/Tomsk → +7 h). */
export function zoneOffsetMs(timeZone: string, instantMs: number): number {
  return zoneParts(instantMs, timeZone).offsetMinutes * 60_000;
}

/** Wall-clock ms (as if UTC) of an instant in the zone. */
export function instantToWallMs(instantMs: number, timeZone: string): number {
  return instantMs + zoneOffsetMs(timeZone, instantMs);
}

/** The instant whose wall clock in the zone is `wallMs` (read as UTC fields). */
export function wallMsToInstant(wallMs: number, timeZone: string): number {
  const guess = wallMs - zoneOffsetMs(timeZone, wallMs);
  return wallMs - zoneOffsetMs(timeZone, guess);
}

export function serialToInstant(serial: number, timeZone: string): number {
  return wallMsToInstant(Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS), timeZone);
}

export function instantToSerial(instantMs: number, timeZone: string): number {
  return instantToWallMs(instantMs, timeZone) / DAY_MS + UNIX_EPOCH_SERIAL;
}

/** Serial of a calendar date: serialOfDate(2021, 6, 15) → 44362. */
export function serialOfDate(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS + UNIX_EPOCH_SERIAL;
}

/** Wall-clock fields of a serial: { year, month (1-12), day, hour, minute, second, weekday (0=Sun) }. */
export function serialFields(serial: number): Omit<ZoneParts, 'offsetMinutes'> {
  const d = new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

/** 'YYYY-MM-DD' of a serial's calendar day. */
export function serialToIso(serial: number): string {
  const f = serialFields(Math.floor(serial));
  return `${f.year}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
}
