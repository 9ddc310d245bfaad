import { blankContacts } from './addresses';
import { namePatterns } from './patterns';
import type { Directory, DirectoryEntry } from './read';
import { eachPart, sliceAsWritten, type Token, tokenize } from './tokens';

export interface ExecutorMatch {
  entry: DirectoryEntry;
  /** The words of the cell that named it, as written. */
  text: string;
}

export interface ExecutorMatches {
  matched: ExecutorMatch[];
  /** Parts of the cell that name no directory entry, as written. Never guessed. */
  unmatched: string[];
}

interface Pattern {
  words: string[];
  chars: number;
  entry: DirectoryEntry;
}

/** Patterns indexed by their first word, longest first. */
type CompiledDirectory = Map<string, Pattern[]>;

const compiledCache = new WeakMap<readonly DirectoryEntry[], CompiledDirectory>();

function compile(entries: readonly DirectoryEntry[]): CompiledDirectory {
  const cached = compiledCache.get(entries);
  if (cached) return cached;
  const index: CompiledDirectory = new Map();
  for (const entry of entries) {
    for (const words of namePatterns(entry.name)) {
      const first = words[0] as string;
      const list = index.get(first) ?? [];
      list.push({ words, chars: words.join('').length, entry });
      index.set(first, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length || b.chars - a.chars);
  compiledCache.set(entries, index);
  return index;
}

function patternAt(tokens: readonly Token[], i: number, index: CompiledDirectory): Pattern | null {
  const candidates = index.get((tokens[i] as Token).norm);
  if (!candidates) return null;
  return (
    candidates.find((p) =>
      p.words.every((word, k) => tokens[i + k]?.norm === word && (k === 0 || !tokens[i + k]?.breakBefore)),
    ) ?? null
  );
}

/**
 * Which directory entries an executor cell names. Greedy longest match over the normalised
 * words: case, ё/е, spacing, punctuation, the order of a person's initials and suffixes such as
 * «(по согласованию)» do not matter; several executors may follow each other with or without
 * separators. Whatever is left is returned in `unmatched`, as written.
 *
 * matchExecutors('Руководители ПОО Отраслевые предприятия', dir)
 *   → matched: [Руководители ПОО, Отраслевые предприятия], unmatched: []
 * matchExecutors('В. В. Столяров (по согласованию)', dir) → matched: [Столяров В.В.]
 */
export function matchExecutors(
  executors: string | readonly string[],
  directory: Pick<Directory, 'entries'> | readonly DirectoryEntry[],
): ExecutorMatches {
  // An address or a phone written in the cell is not an executor to match (the directory holds them).
  const { text } = blankContacts(typeof executors === 'string' ? executors : executors.join('\n'));
  const entries = Array.isArray(directory)
    ? (directory as readonly DirectoryEntry[])
    : (directory as Pick<Directory, 'entries'>).entries;
  const index = compile(entries);
  const tokens = tokenize(text);
  const matched: ExecutorMatch[] = [];
  const unmatched: string[] = [];
  eachPart(
    tokens,
    (first, last) => {
      const part = sliceAsWritten(text, first, last);
      if (!unmatched.includes(part)) unmatched.push(part);
    },
    (i) => {
      const pattern = patternAt(tokens, i, index);
      if (!pattern) return 0;
      const [first, last] = [tokens[i] as Token, tokens[i + pattern.words.length - 1] as Token];
      if (!matched.some((m) => m.entry === pattern.entry))
        matched.push({ entry: pattern.entry, text: sliceAsWritten(text, first, last) });
      return pattern.words.length;
    },
  );
  return { matched, unmatched };
}
