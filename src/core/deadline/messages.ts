/**
 * The deadline engine's warning codes. The codes are stable (tests, the status logic and the
 * sidebar match on them); their Russian wording is i18n's WARNING_TEXTS.
 */
import type { DeadlineWarning } from './types';

export type WarningCode =
  | 'year-outside-plan'
  | 'range-backwards'
  | 'impossible-date'
  | 'text-left-over'
  | 'possible-typo'
  | 'misspelt-month'
  | 'deadline-unreadable'
  | 'empty'
  | 'comment-ignored';

/** warning('impossible-date', '31.02.2021') → { code: 'impossible-date', detail: '31.02.2021' }; i18n's warningText words it. */
export function warning(code: WarningCode, detail = '', readAs?: string): DeadlineWarning {
  return readAs === undefined ? { code, detail } : { code, detail, readAs };
}
