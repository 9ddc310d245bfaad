import type { DigestPreview, ReminderPreview } from '../../addon/api-types';
import type { checkReport } from '../../addon/report';

/** What the add-in's checkReport() (getCheckReport_ in the bundle) returns. */
export type AddinCheckReport = ReturnType<typeof checkReport>;

/**
 * The `check --json` report (issue 3): what the add-in's getCheckReport_() returns, plus
 * the reminder plan and the number of messages sent. Parts whose add-in function is
 * missing from the bundle are empty lists, never invented.
 */
export interface CheckReport {
  sheet: string;
  planYear: number | null;
  /** A plan over several years («на 2024-2026 годы»): its last year; null when the bundle does not say. */
  planEndYear: number | null;
  /** The plan is a school year («на 2023/2024 учебный год»). */
  schoolYear: boolean;
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
  sections: AddinCheckReport['sections'];
  measures: AddinCheckReport['measures'];
  problems: AddinCheckReport['problems'];
  reminders: ReminderLine[];
  sent: number;
  /** E-mails that were not sent (or went without some copies): `roadmap check` exits 1 when any. */
  failed: FailedLine[];
}

export interface FailedLine {
  recipient: string;
  /** Measure numbers as written («2.1»), «стр. 17» without one. */
  measures: string[];
  /** Russian. */
  reason: string;
}

/** sendReminders' `failed` ({ to, measures, message }) as report lines; anything else is skipped. */
export function failedLines(failed: unknown): FailedLine[] {
  if (!Array.isArray(failed)) return [];
  return failed.map((f: { to?: unknown; measures?: unknown; message?: unknown }) => ({
    recipient: Array.isArray(f?.to) ? f.to.map(String).join(', ') : String(f?.to ?? ''),
    measures: Array.isArray(f?.measures) ? f.measures.map(String) : [],
    reason: String(f?.message ?? ''),
  }));
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
  failed: FailedLine[] = [],
): CheckReport {
  const r = fromAddin ?? {};
  return {
    sheet: typeof r.sheet === 'string' ? r.sheet : fallback.sheet,
    planYear: typeof r.planYear === 'number' ? r.planYear : null,
    planEndYear: typeof r.planEndYear === 'number' ? r.planEndYear : null,
    schoolYear: r.schoolYear === true,
    today: typeof r.today === 'string' ? r.today : fallback.today,
    workingDay: typeof r.workingDay === 'boolean' ? r.workingDay : null,
    nextWorkingDay: typeof r.nextWorkingDay === 'string' ? r.nextWorkingDay : null,
    calendarYearKnown: typeof r.calendarYearKnown === 'boolean' ? r.calendarYearKnown : null,
    heldUntil,
    sections: list(r.sections) as AddinCheckReport['sections'],
    measures: list(r.measures) as AddinCheckReport['measures'],
    problems: list(r.problems) as AddinCheckReport['problems'],
    reminders,
    sent,
    failed,
  };
}
