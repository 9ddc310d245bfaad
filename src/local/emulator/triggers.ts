import type { Runtime } from './runtime';
import { zonedTimeToUtc, zoneParts } from './tz';

/**
 * The script's installable triggers and when the clock ones fire. A recurring clock
 * trigger fires once in its hour, in its own time zone, at a minute drawn (seeded) when it
 * is created and kept from day to day — Google: "a recurring 9 a.m. trigger … picks a time
 * between 9 and 10 a.m., then keeps that timing consistent from day to day" (installable
 * triggers guide). With nearMinute(m) the minute is m ± 15, clamped to the hour.
 */
export type TriggerEventName = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

export interface ClockSchedule {
  /** 'days' | 'hours' | 'minutes' recur every `every`; 'once' fires at `atMs` only. */
  kind: 'days' | 'hours' | 'minutes' | 'once';
  every: number;
  hour: number | null;
  minute: number | null;
  timeZone: string;
  atMs: number | null;
  /** The minute inside the hour it fires at, drawn once (recurring triggers). */
  firingMinute?: number;
}

export interface TriggerRecord {
  uid: string;
  handler: string;
  eventType: TriggerEventName;
  source: 'CLOCK' | 'SPREADSHEETS';
  /** The spreadsheet id for SPREADSHEETS triggers; null for clock triggers. */
  sourceId: string | null;
  /**
   * The document that was open when a clock trigger was created. Add-on triggers belong to
   * a document ("one trigger of each type, per user, per document"), so getUserTriggers(ss)
   * lists them there [U for container-bound scripts].
   */
  documentId: string | null;
  /** Who created it: the trigger runs as this user, on their quota. */
  owner: string;
  createdMs: number;
  clock: ClockSchedule | null;
  /** Next time a clock trigger fires; null when it never will again. */
  nextFireMs: number | null;
}

/** Google's per-user cap on triggers of one script. */
export const TRIGGER_LIMIT_PER_USER = 20;
export const TOO_MANY_TRIGGERS_MESSAGE =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

const HOUR_MS = 3600000;
const DAY_MS = 24 * HOUR_MS;

export class TriggerRegistry {
  readonly triggers: TriggerRecord[] = [];
  /** Every firing, for tests and the playground. */
  readonly firings: { uid: string; handler: string; at: number; ok: boolean; error?: string }[] = [];

  constructor(private readonly runtime: Runtime) {}

  ownedBy(user: string): TriggerRecord[] {
    return this.triggers.filter((t) => t.owner === user);
  }

  find(uid: string): TriggerRecord | undefined {
    return this.triggers.find((t) => t.uid === uid);
  }

  remove(uid: string): void {
    const at = this.triggers.findIndex((t) => t.uid === uid);
    if (at >= 0) this.triggers.splice(at, 1);
  }

  newUid(): string {
    let digits = String(1 + Math.floor(this.runtime.random() * 9));
    while (digits.length < 19) digits += String(Math.floor(this.runtime.random() * 10));
    return digits;
  }

  /** Draws the minute inside the hour a recurring trigger fires at (once, at creation). */
  drawMinute(schedule: ClockSchedule): number {
    const r = this.runtime.random();
    if (schedule.minute === null) return Math.floor(r * 60);
    return Math.min(59, Math.max(0, schedule.minute + Math.round(r * 30) - 15));
  }

  /** First firing in an hour slot that begins after `afterMs` (and after the trigger was created). */
  nextFire(t: TriggerRecord, afterMs: number): number | null {
    const s = t.clock;
    if (!s) return null;
    if (s.kind === 'once') return s.atMs !== null && s.atMs > afterMs ? s.atMs : null;
    if (s.kind === 'minutes' || s.kind === 'hours') {
      const step = s.kind === 'minutes' ? s.every * 60000 : s.every * HOUR_MS;
      const n = Math.floor((afterMs - t.createdMs) / step) + 1;
      return t.createdMs + Math.max(1, n) * step;
    }
    // Days: the calendar days of the trigger's zone, counted from its creation day.
    const c = zoneParts(t.createdMs, s.timeZone);
    const createdDay = Date.UTC(c.year, c.month - 1, c.day);
    const a = zoneParts(Math.max(afterMs, t.createdMs), s.timeZone);
    let k = Math.max(0, Math.floor((Date.UTC(a.year, a.month - 1, a.day) - createdDay) / DAY_MS / s.every) - 1);
    const hour = s.hour ?? c.hour;
    for (let guard = 0; guard < 4; guard++, k++) {
      const day = new Date(createdDay + k * s.every * DAY_MS);
      const slotStart = zonedTimeToUtc(
        day.getUTCFullYear(),
        day.getUTCMonth() + 1,
        day.getUTCDate(),
        hour,
        0,
        s.timeZone,
      );
      // A slot that has begun (fired already, or the trigger came later) is skipped.
      if (slotStart > afterMs && slotStart > t.createdMs) return slotStart + (s.firingMinute ?? 0) * 60000;
    }
    return null;
  }

  /** Clock triggers due at or before `untilMs`, earliest first. */
  due(untilMs: number): TriggerRecord[] {
    return this.triggers
      .filter((t) => t.nextFireMs !== null && t.nextFireMs <= untilMs)
      .sort((x, y) => (x.nextFireMs ?? 0) - (y.nextFireMs ?? 0));
  }
}
