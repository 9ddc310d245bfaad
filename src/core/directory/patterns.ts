import { nameTokens, type Token } from './tokens';

/**
 * The word sequences under which a directory name is recognised in an executor cell.
 * An organisation has one: its words. A person («Столяров В.В.», «В. В. Столяров»,
 * «Столяров Владимир Викторович») also matches with the initials before or after the
 * surname and with the initials written together («Столяров ВВ»).
 *
 * namePatterns('Столяров В.В.') → [['столяров','в','в'], ['в','в','столяров'], ['столяров','вв'], ['вв','столяров']]
 */
export function namePatterns(name: string): string[][] {
  const tokens = nameTokens(name);
  const literal = tokens.map((t) => t.norm);
  if (literal.length === 0) return [];
  const person = personOf(tokens);
  const patterns = [literal];
  if (person) {
    const { surname, initials } = person;
    patterns.push([surname, ...initials], [...initials, surname]);
    if (initials.length > 1) patterns.push([surname, initials.join('')], [initials.join(''), surname]);
  }
  const seen = new Set<string>();
  return patterns.filter((p) => {
    const key = p.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const SURNAME = /^\p{Lu}[\p{Ll}-]+$/u;
const INITIAL = /^\p{Lu}$/u;
const JOINED_INITIALS = /^\p{Lu}{2}$/u;
const GIVEN_NAME = /^\p{Lu}\p{Ll}+$/u;
const PATRONYMIC = /(вич|вна|ична|чна|ич|оглы|кызы)$/u;

/** A person's surname and initials, when the name is written as one. */
function personOf(tokens: readonly Token[]): { surname: string; initials: string[] } | null {
  const raw = tokens.map((t) => t.raw);
  const norm = tokens.map((t) => t.norm);
  const isInitial = (s: string | undefined) => s !== undefined && INITIAL.test(s);
  const [a, b, c] = raw;
  if (tokens.length === 2 && a && b) {
    if (SURNAME.test(a) && isInitial(b)) return { surname: norm[0] as string, initials: [norm[1] as string] };
    if (isInitial(a) && SURNAME.test(b)) return { surname: norm[1] as string, initials: [norm[0] as string] };
    if (SURNAME.test(a) && JOINED_INITIALS.test(b))
      return { surname: norm[0] as string, initials: [...(norm[1] as string)] };
  }
  if (tokens.length === 3 && a && b && c) {
    if (SURNAME.test(a) && isInitial(b) && isInitial(c))
      return { surname: norm[0] as string, initials: [norm[1] as string, norm[2] as string] };
    if (isInitial(a) && isInitial(b) && SURNAME.test(c))
      return { surname: norm[2] as string, initials: [norm[0] as string, norm[1] as string] };
    if (SURNAME.test(a) && GIVEN_NAME.test(b) && GIVEN_NAME.test(c) && PATRONYMIC.test(norm[2] as string))
      return {
        surname: norm[0] as string,
        initials: [(norm[1] as string)[0] as string, (norm[2] as string)[0] as string],
      };
  }
  return null;
}
