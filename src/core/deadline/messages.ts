/**
 * Warning codes and their Russian wording, in one place. The codes are stable
 * (tests, the status logic and the sidebar match on them); the words may change.
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

/** warning('impossible-date', '31.02.2021') → { code, message: 'Такой даты нет: 31.02.2021' }. */
export function warning(code: WarningCode, detail = '', other = ''): DeadlineWarning {
  return { code, message: MESSAGES[code](detail, other) };
}

const MESSAGES: Record<WarningCode, (detail: string, other: string) => string> = {
  'year-outside-plan': (d) => `Год ${d} не совпадает с годом плана — возможно, опечатка`,
  'range-backwards': (d) => `Период «${d}» записан в обратном порядке`,
  'impossible-date': (d) => `Такой даты нет: ${d}`,
  'text-left-over': (d) => `Часть текста не распознана: «${d}»`,
  'possible-typo': (d) => `Похоже на опечатку: ${d}`,
  'misspelt-month': (word, form) => `Месяц «${word}» прочитан как «${form}» — проверьте написание`,
  'deadline-unreadable': (d) => `Срок не распознан: «${d}»`,
  empty: () => 'Срок не указан',
  'comment-ignored': (d) => `Пояснение «${d}» не учтено в сроке`,
};
