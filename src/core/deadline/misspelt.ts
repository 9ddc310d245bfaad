/**
 * A misspelt month read as the month it is one slip away from, and said so:
 *
 *   misspeltMonths('    фервраль 2021') → [{ word: 'фервраль', form: 'февраль', at: 4 }]
 *
 * The rule, kept narrow so that a guess is rare and always visible (index.ts applies it):
 * - the word was read by no family, is not a known month form and has at least 5 letters;
 * - one edit (a letter inserted, dropped or replaced, or two neighbours swapped: Damerau–
 *   Levenshtein 1) turns it into a form of exactly one month (any case or abbreviation the
 *   vocabulary knows; «декабр» is one slip from «декабрь», «декабря», «декабре» — one month);
 * - read with that form in its place, a family that reads months claims it (index.ts);
 * - the deadline then carries the warning 'misspelt-month' («месяц «фервраль» прочитан как
 *   «февраль» — проверьте написание»), listed among the table's problems.
 * «июнля» (one slip from «июня» and from «июля») and short words («мрта») stay unreadable.
 */
import { FILLER_WORDS, KEY_WORDS, MONTH_NAMES, MONTHS } from './vocabulary';

/** A word of the unread text and the month form it is read as. */
export interface MonthSlip {
  word: string;
  form: string;
  /** Where the word starts in the text given. */
  at: number;
}

const MIN_LETTERS = 5;
const OTHER_KEYS = new Set(KEY_WORDS.filter((w) => !MONTHS.has(w)));

/** Every unread word that is one slip from exactly one month, with the nearest form of it. */
export function misspeltMonths(rest: string): MonthSlip[] {
  const slips: MonthSlip[] = [];
  for (const match of rest.matchAll(/\p{L}+/gu)) {
    const word = match[0];
    if (word.length < MIN_LETTERS || MONTHS.has(word) || FILLER_WORDS.has(word) || OTHER_KEYS.has(word)) continue;
    const form = monthOneSlipAway(word);
    if (form !== null) slips.push({ word, form, at: match.index });
  }
  return slips;
}

/**
 * monthOneSlipAway('сентбярь') → 'сентябрь'; ('июнля') → null (June or July?); ('марка') → 'марта'.
 * The first form in the vocabulary's order (the nominative first) when several of one month fit.
 */
export function monthOneSlipAway(word: string): string | null {
  let found: { form: string; month: number } | null = null;
  for (const [form, month] of MONTHS) {
    if (!withinOneSlip(word, form)) continue;
    if (found !== null && found.month !== month) return null;
    found ??= { form, month };
  }
  return found?.form ?? null;
}

/** The month a word of 4 letters or more is one slip from, named: ('янвр') → 'январь'; ('июнля') → 'июнь'. */
export function monthNameOneSlipAway(word: string): string | null {
  if (word.length < 4) return null;
  for (const [form, month] of MONTHS) if (withinOneSlip(word, form)) return MONTH_NAMES[month] ?? null;
  return null;
}

/**
 * Damerau–Levenshtein distance ≤ 1, checked directly (no matrix: one pass over the two words).
 * withinOneSlip('окбтяря', 'октября') → true (a swap); ('декада', 'декабря') → false.
 */
export function withinOneSlip(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i];
    return a.slice(i + 1) === b.slice(i + 1) || (swapped && a.slice(i + 2) === b.slice(i + 2));
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}
