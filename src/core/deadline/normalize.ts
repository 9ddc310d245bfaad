import { MONTHS, ORDINAL_VALUES } from './vocabulary';

/** One character → its normal form: «ё» → «е», dashes → «-», quotes and footnote marks → nothing. */
const CHARS: Record<string, string> = {
  ё: 'е',
  і: 'i',
  '\r': ' ',
  '\n': ' ',
  '\t': ' ',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
};
for (const dash of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d') CHARS[dash] = '-';
for (const quote of '«»"“”„\'’`') CHARS[quote] = ' ';
for (const mark of '*¹²³⁴⁵⁶⁷⁸⁹⁰') CHARS[mark] = '';
const SPECIAL = /[ёі\r\n\t\u00a0\u2007\u202f\u2010-\u2015\u2212\ufe58\ufe63\uff0d«»"“”„'’`*¹²³⁴⁵⁶⁷⁸⁹⁰]/g;

/**
 * Brings a cell's text to one spelling before the families read it:
 * lower case, «ё» → «е», one kind of dash, single spaces, no footnote marks,
 * a time of day as «@», no «г.» / «года» / «гг.» after a year.
 *
 * normalize('Февраль–Март 2021 г.*') → 'февраль - март 2021'
 */
export function normalize(text: string): string {
  let t = text.toLowerCase();
  // A word hyphenated across lines is one word («ежекварталь-\nно»); «ноябрь-\nдекабрь» stays a range.
  if (t.includes('\n') || t.includes('\u00ad')) t = t.replace(/\u00ad/g, '').replace(WRAPPED, joinWrapped);
  t = t.replace(SPECIAL, (c) => CHARS[c] ?? c);
  // The cheap tests in front only save time: each replacement alone would give the same text.
  if (t.includes('ч') || t.includes(':')) {
    t = t
      .replace(/(?<![\d.])\d{1,2}\s*[.:-]\s*\d{2}\s*(?:ч\.?|час\p{L}*)(?![\p{L}])/gu, ' @ ')
      .replace(/(?<![\d.])\d{1,2}:\d{2}(?!\d)/g, ' @ ');
  }
  // «в 14.00», «07.05.2015 15.00»: after other text, minutes that cannot be a month (00, 15, 20 … 55)
  // make a time of day.
  if (t.includes('.'))
    t = t.replace(/(?<=\S,?\s+)(?<![\d.])(?:[01]?\d|2[0-3])\.(?:00|15|[2-5][05])(?![\d.]|\.\d)/g, ' @ ');
  if (t.includes('. ')) {
    t = t
      // «12. 04.» (a space typed inside a date, no year) → «12.04.».
      .replace(/(?<![\d.])(\d{1,2})\s*\.\s+(\d{1,2})\s*\.(?!\s*\d)/g, '$1.$2.')
      .replace(/(?<!\d)(\d{1,2})\s*\.\s+(\d{1,2})\s*\.\s*((?:19|20)?\d{2})(?!\d)/g, '$1.$2.$3')
      .replace(/(?<!\d)(\d{1,2}\.\d{1,2})\.\s+((?:19|20)\d{2})(?!\d)/g, '$1.$2');
  }
  if (/\d\s*г/.test(t)) {
    t = t.replace(
      /((?:19|20)\d{2})\s*(?:г\.?\s*г|гг|годах|годов|годами|годы|года|году|годом|год|г)\.?(?![\p{L}])/gu,
      '$1 ',
    );
  }
  if (t.includes('-')) t = t.replace(/\s*-\s*(?!(?:й|го|ого|его|м|ом|ем|е|ое|ая|ый|ой|ий|х)(?!\p{L}))/gu, spacedDash);
  // «ежемесячно, начиная с отчета за январь 2022 г.»: the month is where the recurrence starts.
  if (t.includes('начиная')) t = t.replace(/начиная\s+с\s+(?:отчет\p{L}*|данных|информации)\s+за\s+/gu, 'с ');
  // «10июля», «1-15мая»: a day glued to its month is two words.
  if (/\d\p{L}/u.test(t)) t = t.replace(GLUED_MONTH, '$1 ');
  // «с 1 но 15 мая»: «но» between two numbers is «по» mistyped (the keys are neighbours).
  if (t.includes(' но ')) t = t.replace(/(\d\.?)\s+но\s+(?=\d)/g, '$1 по ');
  // A word typed twice («с 5 по по 25 марта») counts once.
  if (/(?<!\p{L})(по|до|с|со|в|на)\s+\1(?!\p{L})/u.test(t))
    t = t.replace(/(?<!\p{L})(по|до|с|со|в|на)\s+\1(?!\p{L})/gu, '$1');
  // A time of day is kept as «@» for place-notes.ts (what follows it is where); alone at an end it says nothing.
  return t
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:@-]*@|@[\s.,;:@-]*$/g, '')
    .replace(/^[\s.,;:]+|[\s.,;:]+$/g, '');
}

const WRAPPED = /(\p{L}+)-[ \t]*\r?\n\s*(\p{Ll}+)/gu;
/** A day glued to a month word: «10июля» → «10 июля» (not «1кв.», «2021г»). */
const GLUED_MONTH = /(?<![\d.])(\d{1,2})(?=(?:янв|фев|мар|апр|ма[йяею]|июн|июл|авг|сен|окт|ноя|дек)\p{L}*)/gu;

function joinWrapped(whole: string, left: string, right: string): string {
  return MONTHS.has(left) || MONTHS.has(right) ? whole : left + right;
}

/**
 * «февраль-март» → «февраль - март», «1-15» → «1 - 15»; a compound word stays one
 * («памятник-мемориал», «педагог-организатор»), so that a dash inside it is not read as a comment's.
 */
function spacedDash(dash: string, at: number, text: string): string {
  if (dash !== '-') return ' - ';
  const left = /\p{L}+$/u.exec(text.slice(0, at))?.[0];
  const right = /^\p{L}+/u.exec(text.slice(at + 1))?.[0];
  if (left === undefined || right === undefined) return ' - ';
  const rangeWord = (w: string) => MONTHS.has(w) || /^[ivx]+$/u.test(w) || ORDINAL_VALUES.has(w);
  return rangeWord(left) || rangeWord(right) ? ' - ' : '-';
}

/**
 * Splits off a trailing comment after a dash when `readsNothing` says the tail holds no date:
 * splitComment('5 октября - день учителя', …) → { text: '5 октября', comment: 'день учителя' }.
 */
export function splitComment(
  text: string,
  readsNothing: (tail: string) => boolean,
): { text: string; comment: string | null } {
  const at = text.lastIndexOf(' - ');
  if (at <= 0) return { text, comment: null };
  const tail = text.slice(at + 3).trim();
  if (!/\p{L}{3}/u.test(tail) || !readsNothing(tail)) return { text, comment: null };
  return { text: text.slice(0, at).trim(), comment: tail };
}
