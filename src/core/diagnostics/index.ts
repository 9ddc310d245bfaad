/**
 * «Диагностика»: every assumption the add-in makes about Google, as a row a person can read —
 * «проверка — ок / не ок — что это значит — что сделать». The Apps Script side
 * (src/addon/diagnostics.ts) measures and returns what it saw as data; this module names the
 * checks and makes the rows from i18n's DIAGNOSTIC_TEXTS (title, what it saw in words, what a
 * failure means, what to do), so the sidebar, the menu's dialog and `roadmap diagnose` say the same.
 */
import { type CheckText, DIAGNOSTIC_TEXTS, type DiagnosticFindings, diagnosticError } from '../i18n';

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

/**
 * One row, from what the check saw (i18n's DiagnosticFindings) or the error it threw:
 * diagnosticRow('lock', true, 'ok') → { id: 'lock', ok: true, detail: 'получена и снята', meaning: '', action: '' … }.
 */
export function diagnosticRow<C extends CheckId>(
  id: C,
  ok: boolean,
  found: DiagnosticFindings[C] | Error,
): DiagnosticCheck {
  const [title, meaning, action, words] = DIAGNOSTIC_TEXTS[id] as CheckText<C>;
  const detail = found instanceof Error ? diagnosticError(found.message) : words(found, ok);
  return { id, title, ok, detail, meaning: ok ? '' : meaning, action: ok ? '' : action };
}
