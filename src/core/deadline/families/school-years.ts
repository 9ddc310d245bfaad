/**
 * School years. A school year runs 1 September .. 30 June (the end of the
 * teaching year; summer is not counted). «2021/2022 учебный год», «2021-2022 уч. г.»
 * → 2021-09-01..2022-06-30. «в течение учебного года» without years → the school
 * year that ends in the plan: for a two-year plan (2021-2022) the one starting in
 * its first year, for a one-year plan 2021 the one ending in June 2021.
 */
import { endOfMonth, makeDate, startOfMonth } from '../../dates';
import { type Family, type Item, item } from '../item';
import { warning } from '../messages';
import { B, E, SCHOOL_YEAR_SEPARATOR } from '../vocabulary';
import { pattern } from './common';

const SCHOOL = '(?:учебн\\p{L}*|уч\\.?)\\s*(?:год\\p{L}*|г\\.?|гг\\.?)';

export const schoolYears: Family = {
  name: 'school-years',
  hint: /уч/,
  pattern: pattern(
    `${B}(?:(?:(?:в\\s+течени[еи]|на\\s+протяжении|в)\\s+)?(?:всего\\s+|текущего\\s+|нового\\s+)?(?:((?:19|20)\\d{2})\\s*${SCHOOL_YEAR_SEPARATOR}\\s*((?:19|20)?\\d{2})\\s*)?${SCHOOL})(?![\\p{L}\\p{N}])`,
  ),
  read(match, context): Item | null {
    const written = match[1] !== undefined;
    const first = written
      ? Number(match[1])
      : context.planEndYear > context.planYear
        ? context.planYear
        : context.planYear - 1;
    const start = makeDate(first, 9, 1);
    const due = makeDate(first + 1, 6, 30);
    const inPlan = first + 1 >= context.planYear && first <= context.planEndYear;
    return item('period', start, due, {
      warnings: inPlan ? [] : [warning('year-outside-plan', `${first}/${first + 1}`)],
      assumed: written ? ['school-year'] : ['school-year', 'year-from-plan'],
    });
  },
};

/** «к началу учебного года», «на начало учебного года» → 1 September. */
export const schoolYearStart: Family = {
  name: 'school-year-start',
  hint: /начал/,
  pattern: pattern(
    `${B}(?:к|на|до)\\s+начал\\p{L}*\\s+(?:нового\\s+)?(?:((?:19|20)\\d{2})\\s*${SCHOOL_YEAR_SEPARATOR}\\s*(?:(?:19|20)?\\d{2})\\s+)?учебного\\s+года${E}`,
  ),
  read(match, context): Item {
    const date = makeDate(match[1] ? Number(match[1]) : context.planYear, 9, 1);
    return item('date', date, date, { assumed: ['school-year', 'year-from-plan'] });
  },
};

/**
 * «в начале учебного года» → September, «в конце учебного года» → May (the teaching ends with it;
 * the school year's 30 June is its paperwork's end), of the plan's school year.
 */
export const schoolYearEdges: Family = {
  name: 'school-year-edges',
  hint: /начал|конц/,
  pattern: pattern(`${B}в\\s+(начал|конц)\\p{L}*\\s+(?:текущего\\s+|нового\\s+)?учебного\\s+года${E}`),
  read(match, context): Item {
    // September of the plan's (first) year; May of a school-year plan's second year, else of the plan's year.
    const [year, month] =
      match[1] === 'начал' ? [context.planYear, 9] : [context.schoolYear ? context.planEndYear : context.planYear, 5];
    return item('period', startOfMonth(year, month), endOfMonth(year, month), {
      assumed: ['school-year', 'year-from-plan'],
    });
  },
};
