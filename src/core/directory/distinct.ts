import type { Measure } from '../model';
import { blankAddresses } from './addresses';
import { matchExecutors } from './match';
import type { DirectoryEntry } from './read';
import { splitRunOn } from './run-on';
import { eachPart, normalizeName, sliceAsWritten, tokenize } from './tokens';

/** One executor of the prefill, with the addresses written beside it in the plan. */
export interface ExecutorPrefill {
  name: string;
  emails: string[];
}

/**
 * The executor parts of a cell split at commas, semicolons, slashes and line breaks, without
 * fillers, and where one name runs into the next with no separator (run-on.ts). An e-mail address
 * written in the cell is not a part: it goes with the part written before it (or the first part).
 */
function piecesOf(cell: string): ExecutorPrefill[] {
  const { text, addresses } = blankAddresses(cell);
  const pieces: (ExecutorPrefill & { end: number })[] = [];
  eachPart(tokenize(text), (first, last) => {
    for (const name of splitRunOn(sliceAsWritten(text, first, last))) pieces.push({ name, emails: [], end: last.end });
  });
  for (const { at, address } of addresses) {
    const owner = pieces.filter((p) => p.end <= at).pop() ?? pieces[0];
    owner?.emails.push(address);
  }
  return pieces.map(({ name, emails }) => ({ name, emails }));
}

/**
 * Every executor named in the roadmap, in order of first appearance: the prefill of the
 * «Исполнители» sheet. Cells are split at separators and where a name runs into the next one
 * («Рабочая группа Специалисты отраслевых предприятий», see run-on.ts); a part that is another executor followed
 * by at least two more words («Руководители ПОО Отраслевые предприятия», when «Руководители ПОО»
 * appears alone elsewhere) is split too, while a one-word qualifier stays («Рабочая группа ЦОПП»).
 *
 * An address written beside an executor («Иванова А.П. (ivanova@school5.ru)») comes with it.
 *
 * distinctExecutors(seed measures) → [{ name: 'Руководители ПОО', emails: [] }, …]
 */
export function distinctExecutors(
  measures: readonly Pick<Measure, 'executorsText' | 'executors'>[],
): ExecutorPrefill[] {
  const pieces: string[] = [];
  const emailsOf = new Map<string, string[]>();
  for (const measure of measures) {
    const text = measure.executorsText.trim() !== '' ? measure.executorsText : measure.executors.join('\n');
    for (const piece of piecesOf(text)) {
      const key = normalizeName(piece.name);
      if (key === '') continue;
      const known = emailsOf.get(key);
      if (!known) pieces.push(piece.name);
      emailsOf.set(key, [...new Set([...(known ?? []), ...piece.emails])]);
    }
  }

  const candidates: DirectoryEntry[] = pieces.map((name, index) => ({
    row: index,
    name,
    emails: [],
    cc: [],
    note: '',
  }));
  const result: ExecutorPrefill[] = [];
  const added = new Set<string>();
  const add = (name: string, emails: string[] = []) => {
    const key = normalizeName(name);
    if (key !== '' && !added.has(key)) {
      added.add(key);
      result.push({ name, emails });
    }
  };
  for (const [index, piece] of pieces.entries()) {
    const others = candidates.filter((_, k) => k !== index);
    const { matched, unmatched } = matchExecutors(piece, others);
    const splittable = matched.length > 0 && unmatched.every((part) => tokenize(part).length >= 2);
    const emails = emailsOf.get(normalizeName(piece)) ?? [];
    if (!splittable) {
      add(piece, emails);
      continue;
    }
    // Keep the order in which the parts are written; an address written after the piece is its last part's.
    const parts = [...matched.map((m) => m.text), ...unmatched].sort((a, b) => piece.indexOf(a) - piece.indexOf(b));
    for (const [k, part] of parts.entries()) add(part, k === parts.length - 1 ? emails : []);
  }
  return result;
}
