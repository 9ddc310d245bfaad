/**
 * Cadences longer than a year: «не реже одного раза в 3 года», «не реже 1 раза в 5 лет», «раз в два
 * года». Recurring yearly with everyYears N: one obligation per N calendar years from the
 * window's first year, due on its last day — never overdue before it.
 */
import { type Family, type Item, item } from '../item';
import { B, E } from '../vocabulary';
import { pattern } from './common';

const NUMBERS: Record<string, number> = { два: 2, двух: 2, три: 3, трех: 3, четыре: 4, четырех: 4, пять: 5, пяти: 5 };

export const multiYear: Family = {
  name: 'multi-year',
  hint: /раз/,
  pattern: pattern(
    `${B}(?:не\\s+(?:реже|менее)\\s+)?(?:(?:1|один|одного)\\s+)?раз[а]?\\s+в\\s+(\\d{1,2}|два|двух|три|трех|четыре|четырех|пять|пяти)\\s+(?:года|лет|год)${E}`,
  ),
  read(match): Item | null {
    const n = NUMBERS[match[1] ?? ''] ?? Number(match[1]);
    if (!(n >= 2 && n <= 10)) return null;
    return item('recurring', null, null, { recurrence: { frequency: 'year', everyYears: n } });
  },
};
