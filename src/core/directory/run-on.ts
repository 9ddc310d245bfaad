/**
 * Executors written one after another without a separator, as Word tables often hold them:
 * «Рабочая группа Специалисты отраслевых предприятий», «Руководители ПОО Отраслевые
 * предприятия», «Иванов И.И. Петров П.П.». A new executor starts at a capitalised word inside the
 * cell that reads as the head of a name: an adjective or a participle in the nominative
 * («Отраслевые», «Классные», «Рабочая»), a role word in the nominative («Специалисты»,
 * «Заместитель», «Педагог-организатор»), or any capitalised word after initials («… И.И. Петров»).
 * A capitalised word in another case («Председатель Координационного совета», «Департамент
 * образования Томской области»), an abbreviation («Рабочая группа ЦОПП»), a word after a
 * preposition or inside brackets or quotes never starts one; and the part before must hold a real
 * word and two words at least («ОГБУ Томский институт» stays whole).
 *
 * Only the prefill of the «Исполнители» sheet splits this way; matching at send time does not.
 *
 * splitRunOn('Рабочая группа Специалисты отраслевых предприятий')
 *   → ['Рабочая группа', 'Специалисты отраслевых предприятий']
 */
import { sliceAsWritten, type Token, tokenize } from './tokens';

/** Nominative adjective and participle endings: Отраслевые, Классный, Рабочая, Социальное, Обучающиеся. */
const ADJECTIVE = /(?:ые|ие|ый|ий|ая|яя|ое|ее|еся|иеся|ыеся)$/u;
/** Role words in the nominative, singular or plural (the stem, then the endings allowed). */
const ROLE =
  /^(?:руководител[ьи]|специалист(?:ы)?|заместител[ьи]|председател[ьи]|педагог(?:и)?|учител[ья]|преподавател[ьи]|представител[ьи]|сотрудники|члены|родители|студенты|методист(?:ы)?|куратор(?:ы)?|воспитатели|психолог(?:и)?|директор(?:ы)?|начальник(?:и)?|эксперт(?:ы)?|работодатели|администрация|мастера|наставник(?:и)?|советник(?:и)?|тьютор(?:ы)?|волонтеры|инспектор(?:ы)?)$/u;
const PREPOSITIONS = new Set([
  'по',
  'и',
  'с',
  'со',
  'при',
  'для',
  'в',
  'во',
  'на',
  'от',
  'из',
  'к',
  'под',
  'за',
  'или',
]);

export function splitRunOn(text: string): string[] {
  const tokens = tokenize(text);
  const starts: number[] = [0];
  for (let i = 2; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1] as Token;
    if (!startsName(token, previous, text) || insideBrackets(text, token.start)) continue;
    const before = tokens.slice(starts[starts.length - 1], i);
    if (before.length >= 2 && before.some((t) => isWord(t))) starts.push(i);
  }
  return starts.map((start, k) => {
    const end = (starts[k + 1] ?? tokens.length) - 1;
    return sliceAsWritten(text, tokens[start] as Token, tokens[end] as Token);
  });
}

function startsName(token: Token, previous: Token, text: string): boolean {
  if (!isCapitalised(token.raw)) return false;
  if (isInitial(previous, text)) return true; // «… И.И. Петров»: «И» is an initial here, not «и»
  if (PREPOSITIONS.has(previous.norm)) return false;
  const word = token.norm.split('-')[0] ?? token.norm;
  return ROLE.test(word) || (word.length >= 5 && ADJECTIVE.test(word));
}

/** «Отраслевые»: a capital, then lower case (not «ПОО», not an initial «И»). */
function isCapitalised(raw: string): boolean {
  return raw.length >= 3 && /^\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u.test(raw);
}

/** A lower-case word of three letters or more: the part before is a name, not a run of abbreviations. */
function isWord(token: Token): boolean {
  return /^\p{L}\p{Ll}{2,}/u.test(token.raw);
}

function isInitial(token: Token, text: string): boolean {
  return /^\p{Lu}$/u.test(token.raw) && text[token.end] === '.';
}

function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (const ch of text.slice(0, at)) {
    if (ch === '(' || ch === '«') depth += 1;
    else if ((ch === ')' || ch === '»') && depth > 0) depth -= 1;
  }
  return depth > 0 || (text.slice(0, at).split('"').length - 1) % 2 === 1;
}
