/**
 * The settings form as text fields ⇄ Settings. Parsing is strict (no silent guesses):
 * «7 дней» is not a number; the range rules and their Russian wording come from
 * validateSettings in the core, so the sidebar and the server say the same thing.
 *
 * @example
 *   parseSettingsForm({ ...formFromSettings(DEFAULT_SETTINGS), dueSoonDays: 'семь' }, DEFAULT_SETTINGS)
 *   → { settings: null, issues: { dueSoonDays: '«Скоро срок»: целое число дней от 0 до 90.' } }
 */
import { settingText } from '../core/i18n/ru-labels';
import { type Settings, validateSettings } from '../core/settings';

/** The fields the sidebar edits (planYear and sheetName are kept as stored). */
export type EditableField =
  | 'dueSoonDays'
  | 'remindBeforeDays'
  | 'overdueRepeatDays'
  | 'escalateAfterDays'
  | 'coordinatorEmail'
  | 'senderName'
  | 'autoSend'
  | 'remindBeforeInWorkingDays'
  | 'workingDaysOnly'
  | 'nightlyHour';

export interface SettingsForm {
  dueSoonDays: string;
  remindBeforeDays: string;
  overdueRepeatDays: string;
  escalateAfterDays: string;
  coordinatorEmail: string;
  senderName: string;
  autoSend: boolean;
  remindBeforeInWorkingDays: boolean;
  workingDaysOnly: boolean;
  nightlyHour: string;
}

export type FieldIssues = Partial<Record<keyof Settings, string>>;

export function formFromSettings(settings: Settings): SettingsForm {
  return {
    dueSoonDays: String(settings.dueSoonDays),
    remindBeforeDays: settings.remindBeforeDays.join(', '),
    overdueRepeatDays: String(settings.overdueRepeatDays),
    escalateAfterDays: String(settings.escalateAfterDays),
    coordinatorEmail: settings.coordinatorEmail,
    senderName: settings.senderName,
    autoSend: settings.autoSend,
    remindBeforeInWorkingDays: settings.remindBeforeInWorkingDays,
    workingDaysOnly: settings.workingDaysOnly,
    nightlyHour: String(settings.nightlyHour),
  };
}

/** '7' → 7; '' / '7.5' / '7 дней' → NaN (the validator then names the field). */
function integer(text: string): number {
  const clean = text.trim();
  return /^-?\d+$/.test(clean) ? Number(clean) : Number.NaN;
}

/** '14, 3' → [14, 3]; '' → []; '14; 3' and '14 3' are accepted too. */
function integerList(text: string): number[] {
  const clean = text.trim();
  if (clean === '') return [];
  return clean.split(/[\s,;]+/).map(integer);
}

export function parseSettingsForm(
  form: SettingsForm,
  base: Settings,
): { settings: Settings; issues: FieldIssues } | { settings: null; issues: FieldIssues } {
  const candidate: Settings = {
    ...base,
    dueSoonDays: integer(form.dueSoonDays),
    remindBeforeDays: integerList(form.remindBeforeDays),
    overdueRepeatDays: integer(form.overdueRepeatDays),
    escalateAfterDays: integer(form.escalateAfterDays),
    coordinatorEmail: form.coordinatorEmail.trim(),
    senderName: form.senderName.trim(),
    autoSend: form.autoSend,
    remindBeforeInWorkingDays: form.remindBeforeInWorkingDays,
    workingDaysOnly: form.workingDaysOnly,
    nightlyHour: integer(form.nightlyHour),
  };
  const result = validateSettings(candidate);
  if (result.ok) return { settings: result.value, issues: {} };
  const issues = result.issues.map((issue) => ({ field: issue.field, message: settingText(issue) }));
  return { settings: null, issues: issuesByField(issues) };
}

/** [{ field: 'dueSoonDays', message }] → { dueSoonDays: message } (first message per field). */
export function issuesByField(issues: readonly { field: string; message: string }[]): FieldIssues {
  const byField: Record<string, string> = {};
  for (const issue of issues) byField[issue.field] ??= issue.message;
  return byField as FieldIssues;
}
