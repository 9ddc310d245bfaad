/**
 * Wall-clock arithmetic in a named time zone with Intl only (no Node TZ dependence).
 * Example: zoneParts(Date.UTC(2021, 5, 15, 2, 0), 'Asia/Tomsk') → { year: 2021, month: 6, day: 15, hour: 9, … }.
 */

export interface ZoneParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Local time minus UTC, in minutes (+420 for Asia/Tomsk). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when Intl knows the zone ('Asia/Tomsk', 'UTC', 'Etc/GMT-7'). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function zoneParts(ms: number, timeZone: string): ZoneParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const millisecond = ((ms % 1000) + 1000) % 1000;
  const year = parts.year ?? 1970;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  const hour = parts.hour ?? 0;
  const minute = parts.minute ?? 0;
  const second = parts.second ?? 0;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond,
    weekday,
    offsetMinutes: Math.round((asUtc - ms) / 60000),
  };
}

/**
 * The instant at which the zone's clock shows the given wall time (month 1–12).
 * Example: zonedTimeToUtc(2021, 6, 15, 9, 0, 'Asia/Tomsk') === Date.UTC(2021, 5, 15, 2, 0).
 */
export function zonedTimeToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
  second = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = wall - zoneParts(wall, timeZone).offsetMinutes * 60000;
  // A second pass settles instants next to a DST change.
  guess = wall - zoneParts(guess, timeZone).offsetMinutes * 60000;
  return guess;
}
