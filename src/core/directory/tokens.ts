/**
 * Executor names as sequences of normalised words, so that matching ignores case, ё/е,
 * spacing and punctuation: «Столяров  В. В.» → столяров · в · в.
 */

/** One word of a name, with its place in the original text (to quote leftovers as written). */
export interface Token {
  /** Lower case, ё → е. */
  norm: string;
  /** As written (initials are recognised by their capital letter). */
  raw: string;
  start: number;
  end: number;
  /** A comma, semicolon, slash or line break stands between this token and the previous one. */
  breakBefore: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A comma that does not part two executors: between numbers («Классные руководители 9, 11
 * классов») and between a person's initials and their post in lower case («Иванова А.П., зам.
 * директора по УВР»). commaJoins('Иванова А.П.', ' зам. директора') → true.
 */
export function commaJoins(before: string, after: string): boolean {
  const left = before.trimEnd();
  const right = after.trimStart();
  if (/\p{N}$/u.test(left) && /^\p{N}/u.test(right)) return true;
  return /(?:^|[\s.])\p{Lu}\.\s?(?:\p{Lu}\.)?$/u.test(left) && /^\p{Ll}/u.test(right);
}

/** normalizeWord('Ёлкин') → 'елкин'. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}

/**
 * tokenize('Руководители ПОО, Отраслевые предприятия') → 4 tokens, the third with breakBefore.
 * Line breaks, semicolons and slashes always separate; a comma only outside parentheses and
 * «quotes» and where commaJoins does not hold: 'Рабочая группа (ЦОПП, ПОО)' is one executor.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let depth = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    let breakBefore = false;
    for (let at = previousEnd; at < start; at += 1) {
      const ch = text[at];
      if (ch === '(' || ch === '«') depth += 1;
      else if ((ch === ')' || ch === '»') && depth > 0) depth -= 1;
      else if (ch === '\n' || ch === '\r' || ch === ';' || ch === '/') {
        breakBefore = true;
        depth = 0;
      } else if (ch === ',' && depth === 0 && !commaJoins(text.slice(0, at), text.slice(at + 1))) breakBefore = true;
    }
    const raw = m[0];
    tokens.push({
      norm: normalizeWord(raw),
      raw,
      start,
      end: start + raw.length,
      breakBefore: breakBefore && tokens.length > 0,
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/**
 * Words that are not executors: «(по согласованию)», «при необходимости», a joining «и».
 * Longest first; one-word fillers are skipped only between executors, never inside a name.
 */
export const FILLERS: readonly (readonly string[])[] = [
  ['по', 'согласованию'],
  ['по', 'согл'],
  ['при', 'необходимости'],
  ['совместно', 'с'],
  ['и'],
];

/** Length of the filler phrase starting at tokens[i] (0 when none). */
export function fillerAt(tokens: readonly Token[], i: number, minLength = 1): number {
  for (const filler of FILLERS) {
    if (filler.length < minLength) continue;
    if (filler.every((word, k) => tokens[i + k]?.norm === word && (k === 0 || !tokens[i + k]?.breakBefore)))
      return filler.length;
  }
  return 0;
}

/**
 * Walks a cell's tokens part by part: a part ends at a separator (`breakBefore`) and at a filler
 * phrase («(по согласованию)», dropped; a part's first word may be a one-word filler, a later one
 * only a longer phrase), and `part` gets each one's first and last token. `claim`, when given, may
 * take the tokens at `i` as a part of its own (a directory entry) and returns how many it took.
 */
export function eachPart(
  tokens: readonly Token[],
  part: (first: Token, last: Token) => void,
  claim: (i: number) => number = () => 0,
): void {
  let current: Token[] = [];
  const flush = () => {
    const [first, last] = [current[0], current[current.length - 1]];
    if (first && last) part(first, last);
    current = [];
  };
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    if (token.breakBefore) flush();
    const taken = claim(i) || fillerAt(tokens, i, current.length === 0 ? 1 : 2);
    if (taken > 0) {
      flush();
      i += taken;
    } else {
      current.push(token);
      i += 1;
    }
  }
  flush();
}

/** The tokens of a name without its filler phrases: «Отраслевые предприятия (по согласованию)» → 2 tokens. */
export function nameTokens(text: string): Token[] {
  const tokens = tokenize(text);
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const skip = fillerAt(tokens, i, 2);
    if (skip > 0) i += skip;
    else kept.push(tokens[i++] as Token);
  }
  return kept;
}

/** normalizeName('Столяров  В.В. (по согласованию)') → 'столяров в в'. */
export function normalizeName(text: string): string {
  return nameTokens(text)
    .map((t) => t.norm)
    .join(' ');
}

/**
 * The text from the first token to the last as written, with the dot of a closing initial and
 * the brackets it opened: sliceAsWritten → «Столяров В.В.», «Рабочая группа (ЦОПП, ПОО)».
 */
export function sliceAsWritten(text: string, first: Token, last: Token): string {
  let end = text[last.end] === '.' ? last.end + 1 : last.end;
  const count = (ch: string) => text.slice(first.start, end).split(ch).length - 1;
  while ((text[end] === ')' && count('(') > count(')')) || (text[end] === '»' && count('«') > count('»'))) end += 1;
  return text.slice(first.start, end);
}
