/**
 * Sheet names. Google documents only the length limit (100 characters); the characters
 * below are the ones Excel forbids (`[ ] * ? / \ :`) and that break A1 references or the
 * .xlsx export, plus control characters. We replace them conservatively rather than rely
 * on Sheets accepting them, and compare names case-insensitively as spreadsheets do.
 */

export const MAX_SHEET_NAME_LENGTH = 100;

/** The suffix that tells the add-in's sheet apart from a user's sheet of the same name. */
const OWN_SUFFIX = 'дорожная карта';

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '[': '(',
  ']': ')',
  '*': '-',
  '?': '-',
  '/': '-',
  '\\': '-',
  ':': '-',
};

/**
 * safeSheetName('Задача 1: ввод [этап 2]') → 'Задача 1- ввод (этап 2)'.
 * Control characters and runs of spaces become one space; leading and trailing
 * apostrophes are dropped; the result is cut to 100 characters; '' → 'Лист'.
 */
export function safeSheetName(desired: string): string {
  let name = '';
  for (const ch of desired) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) name += ' ';
    else name += REPLACEMENTS[ch] ?? ch;
  }
  name = name.replace(/\s+/g, ' ').trim();
  name = name.replace(/^'+/, '').replace(/'+$/, '').trim();
  name = cut(name, MAX_SHEET_NAME_LENGTH);
  return name === '' ? 'Лист' : name;
}

/**
 * A safe name not among `taken` (compared case-insensitively).
 * uniqueSheetName('Сводка', ['Сводка']) → 'Сводка (дорожная карта)';
 * then 'Сводка (дорожная карта 2)', 'Сводка (дорожная карта 3)', …
 */
export function uniqueSheetName(desired: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const name of taken) used.add(normalize(name));
  const base = safeSheetName(desired);
  if (!used.has(normalize(base))) return base;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ` (${OWN_SUFFIX})` : ` (${OWN_SUFFIX} ${n})`;
    const candidate = `${cut(base, MAX_SHEET_NAME_LENGTH - length(suffix)).trimEnd()}${suffix}`;
    if (!used.has(normalize(candidate))) return candidate;
  }
}

/**
 * Names for several sheets at once, unique among themselves and against `taken`, in order.
 * uniqueSheetNames(['Задача 1', 'Задача 1'], []) → ['Задача 1', 'Задача 1 (дорожная карта)'].
 */
export function uniqueSheetNames(desired: string[], taken: Iterable<string>): string[] {
  const used = [...taken];
  return desired.map((d) => {
    const name = uniqueSheetName(d, used);
    used.push(name);
    return name;
  });
}

function normalize(name: string): string {
  return name.trim().toLowerCase();
}

/** Length in characters (code points), as a person counts them. */
function length(text: string): number {
  return Array.from(text).length;
}

function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('');
}
