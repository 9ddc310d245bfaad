import type { Measure } from '../model';
import { matchExecutors } from './match';
import type { DirectoryEntry } from './read';
import { splitRunOn } from './run-on';
import { fillerAt, normalizeName, sliceAsWritten, type Token, tokenize } from './tokens';

/**
 * The executor parts of a cell split at commas, semicolons, slashes and line breaks, without
 * fillers, and where one name runs into the next with no separator (run-on.ts).
 */
function piecesOf(text: string): string[] {
  const tokens = tokenize(text);
  const pieces: string[] = [];
  let current: Token[] = [];
  const flush = () => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) pieces.push(...splitRunOn(sliceAsWritten(text, first, last)));
    current = [];
  };
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    if (token.breakBefore) flush();
    const filler = fillerAt(tokens, i, current.length === 0 ? 1 : 2);
    if (filler > 0) {
      flush();
      i += filler;
      continue;
    }
    current.push(token);
    i += 1;
  }
  flush();
  return pieces;
}

/**
 * Every executor named in the roadmap, in order of first appearance: the prefill of the
 * «Исполнители» sheet. Cells are split at separators and where a name runs into the next one
 * («Рабочая группа Специалисты отраслевых предприятий», see run-on.ts); a part that is another executor followed
 * by at least two more words («Руководители ПОО Отраслевые предприятия», when «Руководители ПОО»
 * appears alone elsewhere) is split too, while a one-word qualifier stays («Рабочая группа ЦОПП»).
 *
 * distinctExecutors(seed measures) → ['Руководители ПОО', 'Председатель Координационного совета', …]
 */
export function distinctExecutors(measures: readonly Pick<Measure, 'executorsText' | 'executors'>[]): string[] {
  const pieces: string[] = [];
  const seen = new Set<string>();
  for (const measure of measures) {
    const text = measure.executorsText.trim() !== '' ? measure.executorsText : measure.executors.join('\n');
    for (const piece of piecesOf(text)) {
      const key = normalizeName(piece);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      pieces.push(piece);
    }
  }

  const candidates: DirectoryEntry[] = pieces.map((name, index) => ({
    row: index,
    name,
    emails: [],
    cc: [],
    note: '',
  }));
  const result: string[] = [];
  const added = new Set<string>();
  const add = (name: string) => {
    const key = normalizeName(name);
    if (key !== '' && !added.has(key)) {
      added.add(key);
      result.push(name);
    }
  };
  for (const [index, piece] of pieces.entries()) {
    const others = candidates.filter((_, k) => k !== index);
    const { matched, unmatched } = matchExecutors(piece, others);
    const splittable = matched.length > 0 && unmatched.every((part) => tokenize(part).length >= 2);
    if (!splittable) {
      add(piece);
      continue;
    }
    // Keep the order in which the parts are written.
    const parts = [...matched.map((m) => m.text), ...unmatched].sort((a, b) => piece.indexOf(a) - piece.indexOf(b));
    for (const part of parts) add(part);
  }
  return result;
}
