/**
 * «Диагностика»: every assumption the add-in makes about Google, as a row a person can read —
 * «проверка — ок / не ок — что это значит — что сделать». The Apps Script side
 * (src/addon/diagnostics.ts) measures and words what it saw with i18n's DIAGNOSTIC_DETAILS; this
 * module names the checks and makes the rows from i18n's DIAGNOSTIC_TEXTS, so the sidebar, the
 * menu's dialog and `roadmap diagnose` say the same.
 */
import { DIAGNOSTIC_TEXTS } from '../i18n';

export interface DiagnosticCheck {
  id: CheckId;
  title: string;
  ok: boolean;
  /** What was seen, in Russian (values, names, sizes). */
  detail: string;
  /** What a failure means for the add-in ('' when ok). */
  meaning: string;
  /** What to do about a failure ('' when ok). */
  action: string;
}

export interface DiagnosticsReport {
  /** ISO timestamp of the run. */
  at: string;
  checks: DiagnosticCheck[];
}

/** The checks, in the order they run; i18n's DIAGNOSTIC_TEXTS says what each is. */
export type CheckId =
  | 'spreadsheet'
  | 'time-zones'
  | 'temp-sheet'
  | 'value-date'
  | 'value-number'
  | 'value-empty'
  | 'value-text'
  | 'conditional-rule'
  | 'metadata'
  | 'trigger'
  | 'lock'
  | 'document-properties'
  | 'user-properties'
  | 'mail-quota'
  | 'effective-user'
  | 'scopes'
  | 'answers'
  | 'installation'
  | 'cleanup';

/** One row: diagnosticRow('lock', true, 'получена и снята') → { id: 'lock', ok: true, meaning: '', action: '' … }. */
export function diagnosticRow(id: CheckId, ok: boolean, detail: string): DiagnosticCheck {
  const text = DIAGNOSTIC_TEXTS[id];
  return { id, title: text.title, ok, detail, meaning: ok ? '' : text.meaning, action: ok ? '' : text.action };
}
