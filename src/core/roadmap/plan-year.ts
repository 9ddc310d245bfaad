/**
 * The plan year from the title rows above the header: «… на 2021 год» → 2021;
 * «на 2021-2023 годы» → 2021..2023; «на 2021/2022 учебный год» → 2021..2022;
 * «с 21 января по 23 февраля 2022 г.» → 2022. Lines about approval («Протокол № 1 от …»,
 * «Приказ от …») are not read, their year is the signing date, not the plan's.
 */
import type { PlanContext } from '../doubt';
import type { Roadmap } from '../model';

export interface PlanYears {
  planYear: number;
  planEndYear: number;
  /** «на 2023/2024 учебный год»: months without a year from September on fall in planYear, the rest in planEndYear. */
  schoolYear?: boolean;
}

const DASH = '[-–—/]';
/** `\b` does not see Cyrillic: word edges spelled out. */
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const YEAR = '(20\\d{2})';
const RANGE_AFTER_NA = new RegExp(
  `${START}на\\s+(?:период\\s+)?${YEAR}\\s*(?:г\\.?|гг\\.?|год[а-я]*)?\\s*${DASH}\\s*${YEAR}`,
  'iu',
);
const SINGLE_AFTER_NA = new RegExp(`${START}на\\s+${YEAR}\\s*(?:г${END}|г\\.|год)`, 'iu');
const RANGE_WITH_WORD = new RegExp(`${YEAR}\\s*${DASH}\\s*${YEAR}\\s*(?:гг|годы|год|уч)`, 'iu');
const RANGE_LOOSE = new RegExp(`${YEAR}\\s*(?:г\\.?|года?)?\\s*[-–—]\\s*[^\\d\\n]{0,20}?${YEAR}`, 'iu');
const SINGLE_WITH_WORD = new RegExp(`${YEAR}\\s*(?:г${END}|г\\.|год)`, 'iu');
const APPROVAL_LINE = /протокол|приказ|распоряжен|постановлен|утвержд|согласован|рассмотрен|(?<![\p{L}])от\s+«?\d/iu;

/** planYearsFromTitle('Дорожная карта … на 2021 год') → { planYear: 2021, planEndYear: 2021 }; no year → null. */
export function planYearsFromTitle(title: string): PlanYears | null {
  const found = yearsFromTitle(title);
  if (found && found.planEndYear === found.planYear + 1 && SCHOOL_YEAR.test(title))
    return { ...found, schoolYear: true };
  return found;
}

const SCHOOL_YEAR = /(20\d{2})\s*[-–—/]\s*(20)?\d{2}\s*(?:г\.?|гг\.?|года?)?\s*(?:учебн\p{L}*|уч\.)/iu;

function yearsFromTitle(title: string): PlanYears | null {
  const lines = title.split('\n');
  for (const pattern of [RANGE_AFTER_NA, SINGLE_AFTER_NA, RANGE_WITH_WORD]) {
    for (const line of lines) {
      const m = pattern.exec(line);
      if (m) return years(m[1], m[2]);
    }
  }
  for (const pattern of [RANGE_LOOSE, SINGLE_WITH_WORD]) {
    for (const line of lines) {
      if (APPROVAL_LINE.test(line)) continue;
      const m = pattern.exec(line);
      if (m) return years(m[1], m[2]);
    }
  }
  return null;
}

function years(first: string | undefined, second: string | undefined): PlanYears | null {
  const planYear = Number(first);
  const end = second === undefined ? planYear : Number(second);
  if (!Number.isInteger(planYear)) return null;
  return { planYear, planEndYear: end >= planYear && end - planYear <= 10 ? end : planYear };
}

/** What judging a roadmap's deadlines needs of its plan (see ../doubt.ts). */
export function planContextOf(
  plan: Pick<Roadmap, 'planYear' | 'planEndYear' | 'planYearSource' | 'approvedOn' | 'schoolYear'>,
): PlanContext {
  return {
    planYear: plan.planYear,
    planEndYear: plan.planEndYear,
    schoolYear: plan.schoolYear === true,
    approvedOn: plan.approvedOn ?? null,
    planYearStated: plan.planYearSource !== 'today',
  };
}
