/**
 * What the families did not read: filler words are dropped, the rest is
 * reported; a word one or two letters away from the vocabulary (same first letter), or one slip
 * from a month form, is a typo («ежемесчно» → «ежемесячно», «янвр» → «январь»), which makes the
 * whole cell unreadable. (A month one slip away is read before this when it can be: misspelt.ts.)
 */
import { monthNameOneSlipAway } from './misspelt';
import type { Typo } from './types';
import { FILLER_WORDS, KEY_WORDS } from './vocabulary';

const KEYS = new Set(KEY_WORDS);

export interface Leftover {
  words: string[];
  /** «фервряль» → 'февраль'. */
  typos: Typo[];
  letters: number;
}

/** leftover('   ,    день учителя') → { words: ['день', 'учителя'], typos: [], letters: 11 }. */
export function leftover(rest: string): Leftover {
  if (!/[\p{L}\p{N}]/u.test(rest)) return { words: [], typos: [], letters: 0 };
  const words = (rest.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !FILLER_WORDS.has(w));
  const typos: Leftover['typos'] = [];
  for (const word of words) {
    if (word.length < 4 || KEYS.has(word) || !/^\p{L}+$/u.test(word)) continue;
    if (KEY_WORDS.some((key) => key.length >= 5 && word.startsWith(key))) continue; // «кварталам»: a form, not a typo
    // «янвр» is one slip from «янв»: too short to be read as January, still a typo, not a year.
    const suggestion = closest(word) ?? monthNameOneSlipAway(word);
    if (suggestion !== null) typos.push({ word, suggestion });
  }
  return { words, typos, letters: words.join('').length };
}

function closest(word: string): string | null {
  const limit = word.length < 7 ? 1 : 2; // «декаде» is not «декабре», «фервраль» is «февраль»
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const key of KEY_WORDS) {
    // Typos keep the first letter in practice («фервраль», «сентбярь»); this also keeps the check cheap.
    if (key[0] !== word[0] || Math.abs(key.length - word.length) > limit) continue;
    const d = distance(word, key, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [key, d];
  }
  return best;
}

/** Levenshtein distance, giving up above `cap`. */
function distance(a: string, b: string, cap: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
    previous = row;
  }
  return previous[b.length] ?? cap + 1;
}
