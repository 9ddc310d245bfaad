/**
 * Measure numbers back as text. Typed into Sheets, «2.1» becomes the number 2.1 (en_US) or the
 * date 2 January (ru_RU reads day.month), and «2.10» becomes 2.1 or 2 October: the reader turns
 * them back into «2.1» / «2.10». A number 2.1 cannot say whether «2.1» or «2.10» was typed; the
 * previous measure's number usually can (after 2.9 comes 2.10), otherwise the reading is flagged.
 */
import { parts } from '../dates';
import { type CellValue, isCellDate } from '../model';
import { cellText } from './text';

/** The numbers read so far (a Set or a Map of them). */
export interface NumbersSeen {
  has(number: string): boolean;
}

export interface NumberReading {
  /** «2.1», «3», «II»; '' for an empty cell. */
  text: string;
  /** Set when a number cell could be read two ways and the neighbours did not tell. */
  ambiguous: { chosen: string; other: string } | null;
}

/**
 * readNumber({ date: '2026-10-02' }, '2.9') → { text: '2.10' }; readNumber(2.1, '2.9') → { text: '2.10' };
 * readNumber('1.1.', null) → { text: '1.1' } (trailing dots and brackets dropped).
 */
export function readNumber(value: CellValue, previous: string | null, used: NumbersSeen): NumberReading {
  if (isCellDate(value)) {
    const [, month, day] = parts(value.date);
    return { text: `${day}.${month}`, ambiguous: null };
  }
  if (typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)) {
    return readDecimal(String(Number(value.toPrecision(12))), previous, used);
  }
  return { text: cleanNumberText(cellText(value)), ambiguous: null };
}

/** cleanNumberText(' 1.1. ') → '1.1'; cleanNumberText('2)') → '2'; other text is kept. */
export function cleanNumberText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^(\d+(?:\s*\.\s*\d+)*)\s*[.)]*$/.exec(flat);
  return m?.[1] ? m[1].replace(/\s+/g, '') : flat;
}

function readDecimal(text: string, previous: string | null, used: NumbersSeen): NumberReading {
  const m = /^(\d+)\.(\d)$/.exec(text);
  if (!m) return { text, ambiguous: null };
  const [major, digit] = [m[1] as string, Number(m[2])];
  const short = `${major}.${digit}`;
  const long = `${major}.${digit}0`;
  const prev = previous ? /^(\d+)\.(\d+)$/.exec(previous) : null;
  const prevMinor = prev && prev[1] === major ? Number(prev[2]) : null;
  if (prevMinor === digit * 10 - 1) return { text: long, ambiguous: null };
  if (prevMinor === digit - 1 || (prevMinor === null && digit === 1)) return { text: short, ambiguous: null };
  if (used.has(short)) return { text: long, ambiguous: { chosen: long, other: short } };
  return { text: short, ambiguous: { chosen: short, other: long } };
}

/** numberKey('1.10') → [1, 10], so that 1.9 < 1.10; non-numeric → null. */
export function numberKey(text: string): number[] | null {
  if (!/^\d+(\.\d+)*$/.test(text)) return null;
  return text.split('.').map(Number);
}

/** compareNumbers([1, 9], [1, 10]) → negative. */
export function compareNumbers(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? -1;
    const y = b[i] ?? -1;
    if (x !== y) return x - y;
  }
  return 0;
}

/** A number with sub-levels: «1.1», «2.10». */
export function isDottedNumber(text: string): boolean {
  return /^\d+(\.\d+)+$/.test(text);
}
