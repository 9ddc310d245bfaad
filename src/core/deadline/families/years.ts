/**
 * Years and year ranges: «2021», «в 2021 году», «2021-2023 гг.», «2021, 2022»; «с 2025 года» to
 * the plan's end.
 * Also the plan's own year in words: «в течение года», «до конца года»,
 * «в течение текущего года» — 1 January .. 31 December of the plan year (in a school-year
 * plan: its school year, 1 September .. 30 June).
 */
import { endOfMonth, startOfMonth } from '../../dates';
import { type Family, type Item, item } from '../item';
import { warning } from '../messages';
import { B, E, PERIOD_SEPARATOR, YEAR } from '../vocabulary';
import { openEnded, pattern } from './common';

const TOKEN = /\d{4}/g;

export const years: Family = {
  name: 'years',
  hint: /\d{4}/,
  pattern: pattern(`(?:${B}(?:начиная\\s+)?(с|со)\\s+)?${YEAR}(?:(?:\\s*${PERIOD_SEPARATOR}\\s*|\\s+)${YEAR})*`),
  read(match, context): Item {
    const written = (match[0].match(TOKEN) ?? []).map(Number);
    // «с 2025 года», «начиная с 2025 г.»: from that year to the plan's end, as «с марта 2025» is.
    if (match[1] !== undefined && written.length === 1)
      return openEnded(startOfMonth(written[0] as number, 1), context, written, []);
    const first = written[0] ?? 0;
    const last = written[written.length - 1] ?? first;
    const start = startOfMonth(Math.min(...written), 1);
    const due = endOfMonth(Math.max(...written), 12);
    const warnings = last < first ? [warning('range-backwards', match[0])] : [];
    return item('period', start, due, { years: written, assumed: ['end-of-period'], warnings, coarse: true });
  },
};

export const planYear: Family = {
  name: 'plan-year',
  hint: /год/,
  pattern: pattern(
    `${B}(?:в\\s+течени[еи]|до\\s+конца|к\\s+концу|до\\s+окончания|на\\s+протяжении|в\\s+конце|по\\s+итогам|в)\\s+(?:всего\\s+|текущего\\s+|календарного\\s+|отчетного\\s+|этого\\s+)?(?:года|году)${E}`,
  ),
  read(match, context): Item {
    const y = context.planYear;
    const end = /в конце/u.test(match[0]);
    if (context.schoolYear) {
      // In a school-year plan «в течение года» is the school year: 1 September .. 30 June.
      const from = end ? startOfMonth(context.planEndYear, 6) : startOfMonth(y, 9);
      return item('period', from, endOfMonth(context.planEndYear, 6), { assumed: ['school-year', 'year-from-plan'] });
    }
    return item('period', startOfMonth(y, end ? 12 : 1), endOfMonth(y, 12), {
      assumed: ['year-from-plan', 'end-of-period'],
    });
  },
};
