import type { Measure } from '../model';
import { blankContacts } from './addresses';
import { matchExecutors } from './match';
import type { DirectoryEntry } from './read';
import { splitRunOn } from './run-on';
import { eachPart, normalizeName, sliceAsWritten, tokenize } from './tokens';

/** One executor of the prefill, with the addresses and phones written beside it in the plan. */
export interface ExecutorPrefill {
  name: string;
  emails: string[];
  phones: string[];
}

/**
 * The executor parts of a cell split at commas, semicolons, slashes and line breaks, without
 * fillers, and where one name runs into the next with no separator (run-on.ts). An e-mail address
 * or a phone written in the cell is not a part: it goes with the part written before it (or the first part).
 */
function piecesOf(cell: string): ExecutorPrefill[] {
  const { text, contacts } = blankContacts(cell);
  const pieces: (ExecutorPrefill & { end: number })[] = [];
  eachPart(tokenize(text), (first, last) => {
    for (const name of splitRunOn(sliceAsWritten(text, first, last)))
      pieces.push({ name, emails: [], phones: [], end: last.end });
  });
  for (const { at, kind, value } of contacts) {
    const owner = pieces.filter((p) => p.end <= at).pop() ?? pieces[0];
    owner?.[kind === 'email' ? 'emails' : 'phones'].push(value);
  }
  return pieces.map(({ name, emails, phones }) => ({ name, emails, phones }));
}

/**
 * Every executor named in the roadmap, in order of first appearance: the prefill of the
 * «Исполнители» sheet. Cells are split at separators and where a name runs into the next one
 * («Рабочая группа Специалисты отраслевых предприятий», see run-on.ts); a part that is another executor followed
 * by at least two more words («Руководители ПОО Отраслевые предприятия», when «Руководители ПОО»
 * appears alone elsewhere) is split too, while a one-word qualifier stays («Рабочая группа ЦОПП»).
 *
 * An address or a phone written beside an executor («Иванова А.П. (ivanova@school5.ru)», «Петров
 * П.П., тел. 22-33-44») comes with it.
 *
 * distinctExecutors(seed measures) → [{ name: 'Руководители ПОО', emails: [], phones: [] }, …]
 */
export function distinctExecutors(
  measures: readonly Pick<Measure, 'executorsText' | 'executors'>[],
): ExecutorPrefill[] {
  const pieces: string[] = [];
  const contactsOf = new Map<string, Omit<ExecutorPrefill, 'name'>>();
  const merged = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  for (const measure of measures) {
    const text = measure.executorsText.trim() !== '' ? measure.executorsText : measure.executors.join('\n');
    for (const piece of piecesOf(text)) {
      const key = normalizeName(piece.name);
      if (key === '') continue;
      const known = contactsOf.get(key);
      if (!known) pieces.push(piece.name);
      contactsOf.set(key, {
        emails: merged(known?.emails ?? [], piece.emails),
        phones: merged(known?.phones ?? [], piece.phones),
      });
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
  const none = { emails: [], phones: [] };
  const add = (name: string, contacts: Omit<ExecutorPrefill, 'name'> = none) => {
    const key = normalizeName(name);
    if (key !== '' && !added.has(key)) {
      added.add(key);
      result.push({ name, ...contacts });
    }
  };
  for (const [index, piece] of pieces.entries()) {
    const others = candidates.filter((_, k) => k !== index);
    const { matched, unmatched } = matchExecutors(piece, others);
    const splittable = matched.length > 0 && unmatched.every((part) => tokenize(part).length >= 2);
    const contacts = contactsOf.get(normalizeName(piece)) ?? none;
    if (!splittable) {
      add(piece, contacts);
      continue;
    }
    // Keep the order in which the parts are written; contacts written after the piece are its last part's.
    const parts = [...matched.map((m) => m.text), ...unmatched].sort((a, b) => piece.indexOf(a) - piece.indexOf(b));
    for (const [k, part] of parts.entries()) add(part, k === parts.length - 1 ? contacts : none);
  }
  return result;
}
