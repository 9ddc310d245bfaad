/**
 * Russian plurals and how a due date stands, in words: one module for the e-mails, the sidebar
 * and the CLI, so the three say the same thing.
 *
 * pluralRu(3, ['день', 'дня', 'дней']) → 'дня'; countRu(21, ['день', 'дня', 'дней']) → '21 день';
 * dueInWords(-5) → 'просрочено на 5 дней'; dueInWords(0) → 'срок сегодня';
 * dueInWords(1) → 'срок завтра'; dueInWords(3) → 'осталось 3 дня'; dueInWords(21) → 'остался 21 день'.
 */

/** The three forms of a Russian noun: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 11–14, 25…). */
export type PluralForms = readonly [one: string, few: string, many: string];

/** pluralRu(1, ['день', 'дня', 'дней']) → 'день'; pluralRu(3, …) → 'дня'; pluralRu(11, …) → 'дней'. */
export function pluralRu(n: number, forms: PluralForms): string {
  const abs = Math.abs(Math.trunc(n));
  const last = abs % 10;
  if (abs % 100 >= 11 && abs % 100 <= 14) return forms[2];
  if (last === 1) return forms[0];
  return last >= 2 && last <= 4 ? forms[1] : forms[2];
}

/** countRu(4, ['письмо', 'письма', 'писем']) → '4 письма'. */
export function countRu(n: number, forms: PluralForms): string {
  return `${n} ${pluralRu(n, forms)}`;
}

const DAYS: PluralForms = ['день', 'дня', 'дней'];

/** daysRu(5) → '5 дней'; daysRu(21) → '21 день'. */
export function daysRu(n: number): string {
  return countRu(n, DAYS);
}

/**
 * How a due date stands, by the days left: dueInWords(-1) → 'просрочено на 1 день';
 * dueInWords(0) → 'срок сегодня'; dueInWords(1) → 'срок завтра'; dueInWords(2) → 'осталось 2 дня';
 * dueInWords(21) → 'остался 21 день'.
 */
export function dueInWords(daysLeft: number): string {
  if (daysLeft < 0) return `просрочено на ${daysRu(-daysLeft)}`;
  if (daysLeft === 0) return 'срок сегодня';
  if (daysLeft === 1) return 'срок завтра';
  return `${pluralRu(daysLeft, ['остался', 'осталось', 'осталось'])} ${daysRu(daysLeft)}`;
}
