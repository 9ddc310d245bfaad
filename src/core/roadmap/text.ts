/**
 * Cells as text: how the reader sees a value, and the normalised form used to recognise
 * header names whatever the case, punctuation or Word's hyphenation.
 */
import { formatRu } from '../dates';
import { commaJoins } from '../directory/tokens';
import { type CellValue, isCellDate } from '../model';

/**
 * cellText({ date: '2021-06-05' }) → '05.06.2021'; cellText(2.1) → '2.1'; cellText('  a\u00a0 b ') → 'a b'.
 * Line breaks are kept (one per line, lines trimmed); soft hyphens and non-breaking spaces are cleaned.
 */
export function cellText(value: CellValue | undefined | null): string {
  if (value === undefined || value === null || value === '') return '';
  if (isCellDate(value)) return formatRu(value.date);
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : '';
  if (typeof value === 'boolean') return value ? 'ИСТИНА' : 'ЛОЖЬ';
  if (typeof value !== 'string') return '';
  return value
    .replace(/\u00ad/g, '')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The form header names are compared in: lower case, ё → е, Word's hyphenation joined
 * («Ис-полнители» → «исполнители»), punctuation dropped, spaces collapsed; № is kept.
 * normalizeHeader('№ п/п') → '№ пп'; normalizeHeader('Срок\nисполнения:') → 'срок исполнения'.
 */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\u00ad/g, '')
    .replace(/([а-яa-z])[-‐‑]\s*([а-яa-z])/g, '$1$2')
    .replace(/[^\p{L}\p{N}№\s]/gu, (ch) => (ch === '/' ? '' : ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The form the first row of an own sheet that lost its mark is compared in (addon/own-sheets.ts):
 * case, punctuation, spaces and digits (a period in a title) aside.
 * ownHeaderText('Журнал напоминаний, 2021') → 'журнал напоминаний #'.
 */
export function ownHeaderText(cell: unknown): string {
  return String(cell ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\d+/g, '#')
    .replace(/[^\p{L}#]+/gu, ' ')
    .trim();
}

/** One line: flattenText('a\nb') → 'a b'. */
export function flattenText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The letters of a text are all capitals, and there are enough of them to be a heading. */
export function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 6) return false;
  return letters.every((ch) => ch === ch.toUpperCase() && ch !== ch.toLowerCase());
}

/**
 * splitExecutors('Рабочая группа\nЦОПП; Иванов И.И., Петров П.П.') → ['Рабочая группа', 'ЦОПП', 'Иванов И.И.', 'Петров П.П.'].
 * Commas inside parentheses do not split: 'Рабочая группа (ЦОПП, ПОО)' stays one executor; nor
 * those commaJoins keeps: 'Классные руководители 9, 11 классов', 'Иванова А.П., зам. директора'.
 */
export function splitExecutors(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const chars = [...text];
  for (const [at, ch] of chars.entries()) {
    if (ch === '(' || ch === '«') depth += 1;
    if ((ch === ')' || ch === '»') && depth > 0) depth -= 1;
    const comma = ch === ',' && depth === 0 && !commaJoins(current, chars.slice(at + 1, at + 4).join(''));
    if (ch === '\n' || ch === ';' || comma) {
      parts.push(current);
      current = '';
      if (ch !== ',') depth = 0;
    } else current += ch;
  }
  parts.push(current);
  return parts.map((part) => part.replace(/\s+/g, ' ').trim()).filter((part) => /[\p{L}\p{N}]/u.test(part));
}
