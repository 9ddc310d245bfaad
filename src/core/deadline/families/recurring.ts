/**
 * Recurring obligations: «ежемесячно», «ежеквартально», «ежегодно»,
 * «еженедельно», «2 раза в год», «не реже 1 раза в квартал», «каждый месяц».
 * The day-of-period rule comes from dueRules: «до 5 числа месяца, следующего
 * за отчетным» → { dayOfNextPeriod: 5 }; «до 25 числа» → { day: 25 }.
 */
import { type Family, type Item, item } from '../item';
import type { RecurrenceFrequency } from '../types';
import { B, E } from '../vocabulary';
import { pattern } from './common';
import { weekNumber } from './weeks';

const ADVERBS: Record<string, RecurrenceFrequency> = {
  ежемесячн: 'month',
  помесячн: 'month',
  ежеквартальн: 'quarter',
  поквартальн: 'quarter',
  ежеполугодн: 'half-year',
  ежегодн: 'year',
  еженедельн: 'week',
};

const UNITS: Record<string, RecurrenceFrequency> = {
  неделю: 'week',
  неделя: 'week',
  месяц: 'month',
  квартал: 'quarter',
  полугодие: 'half-year',
  полгода: 'half-year',
  год: 'year',
};

const COUNTS: Record<string, number> = { один: 1, одного: 1, два: 2, двух: 2, три: 3, трех: 3, четыре: 4, четырех: 4 };

/** «2 раза в год» → half-year ×2; «4 раза в год» → quarter; «12 раз в год» → month. */
/** «3 раза в год» fits no calendar period: it is judged once a year, timesPerYear kept. */
function perYear(count: number): { frequency: RecurrenceFrequency; timesPerYear?: number } {
  if (count <= 1) return { frequency: 'year' };
  if (count === 2) return { frequency: 'half-year', timesPerYear: 2 };
  if (count === 4) return { frequency: 'quarter', timesPerYear: 4 };
  if (count === 12) return { frequency: 'month', timesPerYear: 12 };
  return { frequency: 'year', timesPerYear: count };
}

export const recurring: Family = {
  name: 'recurring',
  hint: /еже|помес|поквар|раз|кажд/,
  pattern: pattern(
    `${B}(?:(ежемесячн|помесячн|ежеквартальн|поквартальн|ежеполугодн|ежегодн|еженедельн)\\p{L}*` +
      `|(?:не\\s+(?:реже|менее)\\s+)?(?:(\\d{1,2}|один|одного|два|двух|три|трех|четыре|четырех)\\s+)?раз[а]?\\s+в\\s+(неделю|месяц|квартал|полугодие|полгода|год)` +
      `|кажд\\p{L}*\\s+(неделю|неделя|месяц|квартал|полугодие|год))${E}`,
  ),
  read(match): Item | null {
    const [, adverb, count, unit, each] = match;
    if (adverb !== undefined)
      return item('recurring', null, null, { recurrence: { frequency: ADVERBS[adverb] ?? 'year' } });
    const n = count === undefined ? 1 : (COUNTS[count] ?? Number(count));
    const frequency = UNITS[unit ?? each ?? ''] ?? 'year';
    if (frequency === 'year') return item('recurring', null, null, { recurrence: perYear(n) });
    return item('recurring', null, null, {
      recurrence: n > 1 ? { frequency, timesPerYear: n * perUnit(frequency) } : { frequency },
    });
  },
};

function perUnit(frequency: RecurrenceFrequency): number {
  return { week: 52, month: 12, quarter: 4, 'half-year': 2, year: 1, 'school-term': 4 }[frequency];
}

/**
 * The day a period's result is due: «до 5 числа месяца, следующего за отчетным»,
 * «не позднее 10-го числа месяца, следующего за отчетным кварталом», «до 25 числа
 * каждого месяца», «не позднее 15 числа последнего месяца квартала». The unit named
 * («кварталом», «квартала») gives the frequency when no recurring word does; else monthly.
 */
export const dueRules: Family = {
  name: 'due-rules',
  hint: /числ/,
  pattern: pattern(
    `${B}(?:до|не\\s+позднее|не\\s+позже|к|в\\s+срок\\s+до)\\s+(\\d{1,2})(?:-?(?:го|е|ого))?\\s+(?:числа|число)` +
      `(?:\\s+(каждого\\s+|последнего\\s+)?(?:месяца|квартала|периода)(?:\\s+(?:квартала|полугодия|года))?)?` +
      `(?:\\s*,?\\s*(?:следующ\\p{L}*\\s+за\\s+отчетн\\p{L}*|после\\s+отчетн\\p{L}*)(?:\\s+(?:месяцем|кварталом|периодом|годом|полугодием|месяца|квартала|периода))?)?${E}`,
  ),
  read(match): Item | null {
    const day = Number(match[1]);
    if (day < 1 || day > 31) return null;
    const next = /следующ|после\s+отчетн/u.test(match[0]);
    // «… числа последнего месяца квартала» → { day } in the quarter's last month.
    const frequency: RecurrenceFrequency = /квартал/u.test(match[0])
      ? 'quarter'
      : /полугод/u.test(match[0])
        ? 'half-year'
        : /годом/u.test(match[0])
          ? 'year'
          : 'month';
    return item('due-rule', null, null, {
      recurrence: { frequency, dueRule: next ? { dayOfNextPeriod: day } : { day } },
    });
  },
};

/** «… года, следующего за отчетным» after «ежегодно до 20 января»: the due day falls in the next year. */
export const nextYearMarker: Family = {
  name: 'next-year-marker',
  hint: /следующ|после/,
  pattern: pattern(
    `${B}(?:года\\s*,?\\s*)?(?:следующ\\p{L}*\\s+за|после)\\s+отчетн\\p{L}*(?:\\s+(?:годом|периодом|года))?${E}`,
  ),
  read: () => item('due-rule', null, null, { recurrence: { frequency: 'year', dueRule: { nextPeriod: true } } }),
};

const WEEKDAYS: Record<string, number> = {
  понедельник: 1,
  вторник: 2,
  сред: 3,
  четверг: 4,
  пятниц: 5,
  суббот: 6,
  воскресень: 7,
};

/** «по пятницам», «каждый понедельник», «каждую среду» → weekly, due that weekday. */
export const weekdays: Family = {
  name: 'weekdays',
  hint: /понедельн|вторник|сред|четверг|пятниц|суббот|воскрес/,
  pattern: pattern(
    `${B}(?:по|кажд\\p{L}*)\\s+(понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)(?:ам|ям|у|е|а)?${E}`,
  ),
  read: (match) =>
    item('due-rule', null, null, {
      recurrence: { frequency: 'week', dueRule: { weekday: WEEKDAYS[match[1] ?? ''] ?? 7 } },
    }),
};

/**
 * A weekday of each month: «последняя пятница месяца», «в первый понедельник каждого месяца»,
 * «1 и 3 среда месяца» (two a month: due on the later one, the month's obligation is met by it).
 */
export const weekdayOfMonth: Family = {
  name: 'weekday-of-month',
  hint: /месяц/,
  pattern: pattern(
    `${B}(?:в\\s+|во\\s+|кажд\\p{L}*\\s+)?((?:перв|втор|трет|четверт|последн|[1-4])\\p{L}*(?:\\s*(?:и|,)\\s*(?:перв|втор|трет|четверт|последн|[1-4])\\p{L}*)*)` +
      `\\s+(понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)\\p{L}*\\s+(?:кажд\\p{L}*\\s+)?месяца${E}`,
  ),
  read(match): Item | null {
    const weeks = (match[1] ?? '')
      .split(/\s*(?:и|,)\s*/u)
      .map((word) => weekNumber(word))
      .filter((n): n is number => n !== undefined);
    const weekday = WEEKDAYS[match[2] ?? ''];
    if (weeks.length === 0 || weekday === undefined) return null;
    return item('due-rule', null, null, {
      // The fifth and the last weekday are the last one (a fifth is not in every month).
      recurrence: { frequency: 'month', dueRule: { weekday, weekOfMonth: Math.min(5, Math.max(...weeks)) } },
    });
  },
};
