/**
 * Section rows: a row that names a task or a part rather than a measure — «Задача 1. …»,
 * «Раздел II. …», «I. …», «1. Организационное обеспечение» with the executor, deadline and
 * result cells empty, an ALL-CAPS heading, a text merged across the row.
 */
import type { Section } from '../model';
import { isAllCaps } from './text';

const ROMAN = '[IVXLCІХ]+';
const KIND_WORDS: Readonly<Record<string, string>> = {
  задача: 'task',
  раздел: 'section',
  подраздел: 'subsection',
  направление: 'direction',
  блок: 'block',
  этап: 'stage',
  модуль: 'module',
  часть: 'part',
  цель: 'goal',
};
const KIND_PATTERN = new RegExp(
  `^(${Object.keys(KIND_WORDS).join('|')})\\s*№?\\s*(\\d+(?:\\.\\d+)*|${ROMAN})(?![\\p{L}\\p{N}])`,
  'iu',
);
const ROMAN_PATTERN = new RegExp(`^(${ROMAN})\\s*[.)]\\s*\\S`, 'u');
const NUMBERED_PATTERN = /^(\d+)\s*[.)]?\s+\p{L}/u;

/** The heading starts as a section does: «Задача 1», «Раздел II», «III.». */
export function looksLikeHeading(text: string): boolean {
  return KIND_PATTERN.test(text) || ROMAN_PATTERN.test(latinRoman(text)) || isAllCaps(text);
}

/** isTopLevelNumber('2') → true; isTopLevelNumber('IV') → true; isTopLevelNumber('2.1') → false. */
export function isTopLevelNumber(text: string): boolean {
  return /^\d+$/.test(text) || new RegExp(`^${ROMAN}$`, 'u').test(latinRoman(text));
}

/** Cyrillic letters that look like Roman numerals (І, Х) read as Latin. */
function latinRoman(text: string): string {
  return text.replace(/^[IVXLCІХ]+/u, (m) => m.replace(/І/g, 'I').replace(/Х/g, 'X'));
}

/**
 * makeSection('Задача 1. Создание нормативно – правовой базы', 5) →
 * { id: 'task-1', label: 'Задача 1', title: 'Задача 1. Создание …', row: 5 };
 * makeSection('II. Кадровое обеспечение', 9) → { id: 'section-II', label: 'Раздел II', … };
 * makeSection('ОРГАНИЗАЦИОННАЯ РАБОТА', 7) → { id: 's7', label: 'Организационная работа', … }.
 */
export function makeSection(title: string, row: number): Section {
  const flat = title.replace(/\s+/g, ' ').trim();
  const kind = KIND_PATTERN.exec(flat);
  if (kind?.[1] && kind[2]) {
    const word = kind[1].toLowerCase();
    const n = latinRoman(kind[2].toUpperCase());
    const label = `${word.charAt(0).toUpperCase()}${word.slice(1)} ${n}`;
    return { id: `${KIND_WORDS[word] ?? 'section'}-${n}`, label, title: flat, row };
  }
  const roman = ROMAN_PATTERN.exec(latinRoman(flat));
  if (roman?.[1]) return { id: `section-${roman[1]}`, label: `Раздел ${roman[1]}`, title: flat, row };
  const numbered = NUMBERED_PATTERN.exec(flat);
  if (numbered?.[1]) return { id: `section-${numbered[1]}`, label: `Раздел ${numbered[1]}`, title: flat, row };
  return { id: `s${row}`, label: shortLabel(flat), title: flat, row };
}

/** A short sheet-safe label from a heading: sentence case, at most 30 characters, no []:*?/\ . */
export function shortLabel(title: string): string {
  const clean = title
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const cased = isAllCaps(clean) ? clean.charAt(0) + clean.slice(1).toLowerCase() : clean;
  if (cased.length <= 30) return cased;
  const cut = cased.slice(0, 30);
  const space = cut.lastIndexOf(' ');
  return `${(space > 12 ? cut.slice(0, space) : cut).replace(/[\s,.;–-]+$/, '')}…`;
}
