/**
 * Russian plural forms: one (1, 21, 101), few (2–4, 22–24) and many (0, 5–20, 11–14, 25…).
 *
 * pluralRu(1, ['день', 'дня', 'дней']) → 'день'; pluralRu(3, …) → 'дня'; pluralRu(11, …) → 'дней'
 */
export function pluralRu(n: number, forms: readonly [one: string, few: string, many: string]): string {
  const abs = Math.abs(Math.trunc(n));
  const lastTwo = abs % 100;
  const last = abs % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

const DAYS = ['день', 'дня', 'дней'] as const;

/** daysRu(5) → '5 дней'; daysRu(21) → '21 день'. */
export function daysRu(n: number): string {
  return `${n} ${pluralRu(n, DAYS)}`;
}

/**
 * How a due date stands, in words.
 * dueInWords(-5) → 'просрочено на 5 дней'; dueInWords(1) → 'остался 1 день'; dueInWords(3) → 'осталось 3 дня';
 * dueInWords(0) → 'срок сегодня'
 */
export function dueInWords(daysLeft: number): string {
  if (daysLeft < 0) return `просрочено на ${daysRu(-daysLeft)}`;
  if (daysLeft === 0) return 'срок сегодня';
  const verb = pluralRu(daysLeft, ['остался', 'осталось', 'осталось']);
  return `${verb} ${daysRu(daysLeft)}`;
}
