/**
 * The add-in's settings: schema, defaults and validation. Stored as one JSON value in
 * document properties by the adapter; the core only sees plain objects.
 */
export interface Settings {
  /** A measure is «Скоро срок» when its due date is at most this many days away. */
  dueSoonDays: number;
  /** Before-due reminder steps, in days before the due date (working days when remindBeforeInWorkingDays). */
  remindBeforeDays: number[];
  /** «Напоминать до срока за … рабочих дня»: the before-due steps count working days of the production calendar. */
  remindBeforeInWorkingDays: boolean;
  /**
   * «Отправлять напоминания только в рабочие дни»: on a non-working day the nightly check checks and
   * refreshes but sends nothing; what fell due goes out on the next working day.
   */
  workingDaysOnly: boolean;
  /** Overdue measures are reminded on the first overdue day and then every N days after the last reminder sent. */
  overdueRepeatDays: number;
  /** Overdue at least this many days → the coordinator gets a copy (escalation). 0 turns escalation off. */
  escalateAfterDays: number;
  /** The coordinator: reply-to of every reminder, copy on escalations, receives the list of unreadable deadlines. */
  coordinatorEmail: string;
  /** The sender name shown in reminders. */
  senderName: string;
  /** The nightly check sends the due reminders by itself. */
  autoSend: boolean;
  /** The hour (0–23, spreadsheet time zone) of the nightly check. */
  nightlyHour: number;
  /** The plan year when the title does not say it; null = the year of today. */
  planYear: number | null;
  /** The roadmap sheet's name; '' = the first sheet that holds a roadmap table. */
  sheetName: string;
  /** Executors' «выполнено» answers are accepted without the coordinator (requests to move a deadline never are). */
  answersAutoAccept: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  dueSoonDays: 7,
  remindBeforeDays: [14, 3],
  remindBeforeInWorkingDays: true,
  workingDaysOnly: true,
  overdueRepeatDays: 7,
  escalateAfterDays: 14,
  coordinatorEmail: '',
  senderName: 'Дорожная карта',
  autoSend: true,
  nightlyHour: 2,
  planYear: null,
  sheetName: '',
  answersAutoAccept: false,
});

/** A field that does not validate: { field: 'dueSoonDays', code: 'out-of-range' }; i18n's settingText words it. */
export interface SettingsIssue {
  field: keyof Settings;
  code: 'out-of-range' | 'invalid-steps' | 'invalid-email' | 'invalid-name' | 'not-boolean';
}

export type SettingsResult =
  | { ok: true; value: Settings; issues: [] }
  | { ok: false; value: null; issues: SettingsIssue[] };

const EMAIL = /^[^\s@,;<>"()[\]\\]+@[^\s@,;<>"()[\]\\]+\.[^\s@,;<>"()[\]\\]+$/;

/** isValidEmail('a@example.org') → true; line breaks and header-breaking characters → false. */
export function isValidEmail(address: string): boolean {
  return address.length <= 254 && EMAIL.test(address);
}

function integerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * validateSettings({ ...DEFAULT_SETTINGS, dueSoonDays: -1 }) → { ok: false, issues: [{ field: 'dueSoonDays', … }] }.
 * Missing fields take their defaults, so settings saved by an older version stay readable.
 */
export function validateSettings(input: Partial<Record<keyof Settings, unknown>>): SettingsResult {
  const merged = { ...DEFAULT_SETTINGS, ...input } as Record<keyof Settings, unknown>;
  const issues: SettingsIssue[] = [];
  const fail = (field: keyof Settings, code: SettingsIssue['code']) => issues.push({ field, code });

  if (!integerIn(merged.dueSoonDays, 0, 90)) fail('dueSoonDays', 'out-of-range');
  const steps = merged.remindBeforeDays;
  if (!Array.isArray(steps) || steps.length > 5 || !steps.every((d) => integerIn(d, 1, 365)))
    fail('remindBeforeDays', 'invalid-steps');
  if (!integerIn(merged.overdueRepeatDays, 1, 60)) fail('overdueRepeatDays', 'out-of-range');
  if (!integerIn(merged.escalateAfterDays, 0, 365)) fail('escalateAfterDays', 'out-of-range');
  const coordinator = merged.coordinatorEmail;
  if (typeof coordinator !== 'string' || (coordinator !== '' && !isValidEmail(coordinator)))
    fail('coordinatorEmail', 'invalid-email');
  const sender = merged.senderName;
  if (typeof sender !== 'string' || sender.trim() === '' || sender.length > 100 || /[\r\n<>"]/.test(sender))
    fail('senderName', 'invalid-name');
  if (typeof merged.remindBeforeInWorkingDays !== 'boolean') fail('remindBeforeInWorkingDays', 'not-boolean');
  if (typeof merged.workingDaysOnly !== 'boolean') fail('workingDaysOnly', 'not-boolean');
  if (typeof merged.autoSend !== 'boolean') fail('autoSend', 'not-boolean');
  if (!integerIn(merged.nightlyHour, 0, 23)) fail('nightlyHour', 'out-of-range');
  if (merged.planYear !== null && !integerIn(merged.planYear, 2000, 2100)) fail('planYear', 'out-of-range');
  if (typeof merged.sheetName !== 'string' || merged.sheetName.length > 100) fail('sheetName', 'invalid-name');

  if (typeof merged.answersAutoAccept !== 'boolean') fail('answersAutoAccept', 'not-boolean');

  if (issues.length > 0) return { ok: false, value: null, issues };
  const value = merged as unknown as Settings;
  return {
    ok: true,
    value: { ...value, remindBeforeDays: [...new Set(value.remindBeforeDays)].sort((a, b) => b - a) },
    issues: [],
  };
}
