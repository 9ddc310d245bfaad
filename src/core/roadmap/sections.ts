/**
 * Section rows: a row that names a task or a part rather than a measure — «Задача 1. …»,
 * «Раздел II. …», «I. …», «1. Организационное обеспечение» with the executor, deadline and
 * result cells empty, an ALL-CAPS heading, a text merged across the row, a period alone («Сентябрь»,
 * «II квартал 2021 г.»: school and municipal plans group their measures by month or quarter).
 */
import { parseDeadline } from '../deadline';
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
// A kind word with its number («Задача 1», «Раздел II») or with a name in quotes or after a colon
// («Модуль «Классное руководство»», as school education plans group their events).
const KIND_PATTERN = new RegExp(
  `^(${Object.keys(KIND_WORDS).join('|')})\\s*(?:№?\\s*(\\d+(?:\\.\\d+)*|${ROMAN})(?![\\p{L}\\p{N}])|[:«"“„])`,
  'iu',
);
const ROMAN_PATTERN = new RegExp(`^(${ROMAN})\\s*[.)]\\s*\\S`, 'u');
const NUMBERED_PATTERN = /^(\d+)\s*[.)]?\s+\p{L}/u;

/** The text names a part with a kind word: «Модуль «Классное руководство»», «Раздел 2. …», «Задача 1». */
export function namesAPart(text: string): boolean {
  return KIND_PATTERN.test(text.trim());
}

/** The heading starts as a section does: «Задача 1», «Раздел II», «III.», or is a period alone. */
export function looksLikeHeading(text: string): boolean {
  return KIND_PATTERN.test(text) || ROMAN_PATTERN.test(latinRoman(text)) || isAllCaps(text) || isPeriodHeading(text);
}

/**
 * isPeriodHeading('Сентябрь') → true; isPeriodHeading('II квартал 2021 г.:') → true;
 * isPeriodHeading('Май 2024 – подготовка отчёта') → false (more than a period);
 * isPeriodHeading('в течение года') → false (a span, not a heading). A text of four words at most
 * that reads whole as a month, a quarter or a half-year, with nothing left over (its year may be
 * any: the plan's is not known here).
 */
export function isPeriodHeading(text: string): boolean {
  return periodOfHeading(text) !== null;
}

/** monthOfHeading('Октябрь:') → 'Октябрь'; monthOfHeading('II квартал') → null (not one month). */
export function monthOfHeading(text: string): string | null {
  const period = periodOfHeading(text);
  return period && period.start?.slice(0, 7) === period.due?.slice(0, 7) ? period.text : null;
}

function periodOfHeading(text: string): { text: string; start: string | null; due: string | null } | null {
  const flat = text
    .replace(/^\s*\d+\s*[.)]\s*/u, '')
    .replace(/[\s:.]+$/u, '')
    .trim();
  if (flat === '' || flat.length > 40 || flat.split(/\s+/).length > 4 || !/\p{L}/u.test(flat)) return null;
  if (/течени|\d{1,2}[./]\d{1,2}/iu.test(flat)) return null;
  const read = parseDeadline(flat, { planYear: 2000 });
  const fits = read.kind === 'period' && read.warnings.every((w) => w.code === 'year-outside-plan');
  return fits ? { text: flat, start: read.start, due: read.due } : null;
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
