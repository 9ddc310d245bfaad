import type { DigestPreview, ReminderPreview } from '../../addon/api-types';

/**
 * The `check --json` report (issue 3): what the add-in's getCheckReport_() returns, plus
 * the reminder plan and the number of messages sent. Parts whose add-in function is
 * missing from the bundle are empty lists, never invented.
 */
export interface CheckReport {
  sheet: string;
  planYear: number | null;
  today: string;
  /** Today is a working day of the production calendar; null when the bundle does not say. */
  workingDay: boolean | null;
  /** The first working day from today on; null when the bundle does not say. */
  nextWorkingDay: string | null;
  /** false: no decree for today's year in the add-in's data (weekends and the Labour Code's holidays only). */
  calendarYearKnown: boolean | null;
  /**
   * Today is not a working day and reminders go out on working days only: the reminders are planned
   * for this day and none is sent today.
   */
  heldUntil: string | null;
  sections: unknown[];
  measures: unknown[];
  problems: unknown[];
  reminders: ReminderLine[];
  sent: number;
}

export interface ReminderLine {
  to: string[];
  cc: string[];
  step: string;
  /** Measure numbers as written («2.1»). */
  measures: string[];
  /** The day it goes out: today, or the next working day when today is not one (and the setting says so). */
  plannedFor: string;
}

const STEP_ORDER = ['before-due', 'overdue', 'overdue-repeat', 'escalation'];

/** A digest's step: the most pressing of its measures' steps (escalation first). */
export function digestStep(digest: DigestPreview): string {
  let best = '';
  for (const m of digest.measures ?? []) if (STEP_ORDER.indexOf(m.step) > STEP_ORDER.indexOf(best)) best = m.step;
  return best;
}

export function reminderLines(preview: ReminderPreview | null | undefined): ReminderLine[] {
  if (!preview || !Array.isArray(preview.digests)) return [];
  const plannedFor = preview.heldUntil ?? preview.today;
  return preview.digests.map((d) => ({
    to: [...(d.to ?? [])],
    cc: [...(d.cc ?? [])],
    step: digestStep(d),
    measures: (d.measures ?? []).map((m) => String(m.number)),
    plannedFor,
  }));
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Takes the add-in's report as it is; only fills in what is missing. */
export function assembleReport(
  fromAddin: Record<string, unknown> | null,
  fallback: { sheet: string; today: string },
  reminders: ReminderLine[],
  sent: number,
  heldUntil: string | null = null,
): CheckReport {
  const r = fromAddin ?? {};
  return {
    sheet: typeof r.sheet === 'string' ? r.sheet : fallback.sheet,
    planYear: typeof r.planYear === 'number' ? r.planYear : null,
    today: typeof r.today === 'string' ? r.today : fallback.today,
    workingDay: typeof r.workingDay === 'boolean' ? r.workingDay : null,
    nextWorkingDay: typeof r.nextWorkingDay === 'string' ? r.nextWorkingDay : null,
    calendarYearKnown: typeof r.calendarYearKnown === 'boolean' ? r.calendarYearKnown : null,
    heldUntil,
    sections: list(r.sections),
    measures: list(r.measures),
    problems: list(r.problems),
    reminders,
    sent,
  };
}
