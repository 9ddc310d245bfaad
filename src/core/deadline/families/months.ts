/**
 * Months in any case or abbreviated, alone, listed or as a range, with or
 * without a year: «март 2021», «в марте», «сент.», «февраль-март 2021»,
 * «с января по март», «январь, апрель, июль», «декабрь 2021 - январь 2022».
 * A month is its whole window; the due date is its last day.
 */
import type { Family, Item } from '../item';
import { warning } from '../messages';
import type { Assumption } from '../types';
import { MONTH, MONTH_HINT, MONTH_SEPARATOR, type RunItem, runItems, YEAR } from '../vocabulary';
import { monthWindow, openEnded, opensWithFrom, pattern, yearOr } from './common';

const ONE = `${MONTH}(?:\\s*,?\\s*${YEAR})?`;
const SEP = `(?:\\s*${MONTH_SEPARATOR}\\s*|\\s+)`;

/** A month of the run, with the year written after it. */
type Written = RunItem & { month: number };

export const months: Family = {
  name: 'months',
  readsMonths: true,
  hint: MONTH_HINT,
  pattern: pattern(`(?:(?:с|со)\\s+)?${ONE}(?:${SEP}${ONE})*`),
  read(match, context): Item {
    const assumed: Assumption[] = ['end-of-month'];
    const written = runItems(match[0], 'month') as Written[];
    const warnings = [];
    const years: number[] = [];
    // A year written after a later month belongs to the earlier ones too; a range
    // that would run backwards within one year crosses the year («ноябрь - январь 2022»).
    for (let i = written.length - 2; i >= 0; i--) {
      const [m, next] = [written[i] as Written, written[i + 1] as Written];
      if (m.year !== undefined || next.year === undefined) continue;
      m.year = m.month <= next.month ? next.year : String(Number(next.year) - 1);
    }
    const windows = written.map((m) => {
      const year = yearOr(m.year, context, assumed, m.month);
      if (m.year !== undefined) years.push(year);
      return monthWindow(year, m.month);
    });
    if (windows.length === 1 && opensWithFrom(match[0]))
      return openEnded(windows[0]?.[0] as string, context, years, assumed);
    for (let i = 0; i + 1 < written.length; i++) {
      const [a, b] = [windows[i]?.[0] ?? '', windows[i + 1]?.[0] ?? ''];
      if ((written[i] as Written).rangeAfter && b < a) {
        warnings.push(warning('range-backwards', match[0].trim()));
        const [y, m] = [Number(a.slice(0, 4)) - 1, written[i]?.month ?? 1];
        windows[i] = monthWindow(y, m);
      }
    }
    const starts = windows.map((w) => w[0]).sort();
    const dues = windows.map((w) => w[1]).sort();
    return {
      kind: 'period',
      start: starts[0] ?? null,
      due: dues[dues.length - 1] ?? null,
      years,
      assumed,
      warnings,
    };
  },
};
