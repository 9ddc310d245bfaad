/**
 * Deadlines counted from the end of the reporting period, as statistical and budget plans write
 * them: «на 10-й рабочий день после отчетного периода», «на 19-23-й рабочий день после отчетного
 * периода» (the last day counts), «на 45-й календарный день после отчетного периода», «в срок до
 * 6-го рабочего дня месяца, следующего за отчетным», «в течение 5 дней после окончания месяца». Recurring (monthly unless the text or a
 * cadence word in the cell names another period), due that many days after the period's last day.
 *
 * Working days are approximated as ⌈N·7/5⌉ calendar days (10 → 14) — a week has five of them —
 * until the production calendar exists (issue 17); the N as written is kept in dueRule.workingDays.
 * Calendar days («до 25 числа месяца, следующего за отчетным») are due-rules in recurring.ts.
 */
import { type Family, type Item, item } from '../item';
import type { RecurrenceFrequency } from '../types';
import { B, DASH, E } from '../vocabulary';
import { pattern } from './common';

const UNIT = '(месяц\\p{L}*|квартал\\p{L}*|полугоди\\p{L}*|год\\p{L}*|период\\p{L}*)';

export const reportingPeriod: Family = {
  name: 'reporting-period',
  hint: /отчетн|окончани|завершени|истечени/,
  pattern: pattern(
    `${B}(?:на|до|не\\s+позднее|не\\s+позже|в\\s+срок\\s+до|к|в\\s+течение)\\s+(\\d{1,3})(?:\\s*${DASH}\\s*(\\d{1,3}))?(?:-?(?:й|го|ого|ый|ий|ой))?` +
      `\\s+(?:(рабоч\\p{L}*|календарн\\p{L}*)\\s+)?(?:день|дня|дней|дню)\\s+` +
      `(?:после\\s+(?:(?:окончани|завершени|истечени)\\p{L}*\\s+)?(?:отчетн\\p{L}*(?:\\s+${UNIT})?|${UNIT})|${UNIT}\\s*,?\\s*следующ\\p{L}*\\s+за\\s+отчетн\\p{L}*(?:\\s+\\p{L}+)?)${E}`,
  ),
  read(match): Item | null {
    const n = Number(match[2] ?? match[1]);
    if (!(n >= 1 && n <= 366)) return null;
    const working = /^рабоч/u.test(match[3] ?? '');
    const frequency = frequencyOf(match[4] ?? match[5] ?? match[6] ?? '');
    const dueRule = working ? { daysAfterPeriod: Math.ceil((n * 7) / 5), workingDays: n } : { daysAfterPeriod: n };
    return item('due-rule', null, null, { recurrence: { frequency, dueRule } });
  },
};

function frequencyOf(unit: string): RecurrenceFrequency {
  if (unit.startsWith('квартал')) return 'quarter';
  if (unit.startsWith('полугод')) return 'half-year';
  if (unit.startsWith('год')) return 'year';
  return 'month';
}
