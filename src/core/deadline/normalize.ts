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
 * no times of day, no «г.» / «года» / «гг.» after a year.
 *
 * normalize('Февраль–Март 2021 г.*') → 'февраль - март 2021'
 */
export function normalize(text: string): string {
  let t = text.toLowerCase().replace(SPECIAL, (c) => CHARS[c] ?? c);
  // The cheap tests in front only save time: each replacement alone would give the same text.
  if (t.includes('ч') || t.includes(':')) {
    t = t
      .replace(/(?<![\d.])\d{1,2}\s*[.:-]\s*\d{2}\s*(?:ч\.?|час\p{L}*)(?![\p{L}])/gu, ' ')
      .replace(/(?<![\d.])\d{1,2}:\d{2}(?!\d)/g, ' ');
  }
  if (t.includes('. ')) {
    t = t
      .replace(/(?<!\d)(\d{1,2})\s*\.\s+(\d{1,2})\s*\.\s*((?:19|20)?\d{2})(?!\d)/g, '$1.$2.$3')
      .replace(/(?<!\d)(\d{1,2}\.\d{1,2})\.\s+((?:19|20)\d{2})(?!\d)/g, '$1.$2');
  }
  if (/\d\s*г/.test(t)) {
    t = t.replace(
      /((?:19|20)\d{2})\s*(?:г\.?\s*г|гг|годах|годов|годами|годы|года|году|годом|год|г)\.?(?![\p{L}])/gu,
      '$1 ',
    );
  }
  if (t.includes('-')) t = t.replace(/\s*-\s*(?!(?:й|го|ого|его|м|ом|ем|е|ое|ая|ый|ой|ий|х)(?!\p{L}))/gu, ' - ');
  return t.replace(/\s+/g, ' ').replace(/^[\s.,;:]+|[\s.,;:]+$/g, '');
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
