/**
 * Months in any case or abbreviated, alone, listed or as a range, with or
 * without a year: «март 2021», «в марте», «сент.», «февраль-март 2021»,
 * «с января по март», «январь, апрель, июль», «декабрь 2021 - январь 2022».
 * A month is its whole window; the due date is its last day.
 */
import type { Family, Item } from '../item';
import { warning } from '../messages';
import type { Assumption } from '../types';
import { DASH, MONTH, MONTH_HINT, MONTH_SEPARATOR, MONTHS, RANGE_WORDS, YEAR } from '../vocabulary';
import { monthWindow, openEnded, opensWithFrom, pattern, yearOr } from './common';

const ONE = `${MONTH}(?:\\s*,?\\s*${YEAR})?`;
const SEP = `(?:\\s*${MONTH_SEPARATOR}\\s*|\\s+)`;
const TOKEN = new RegExp(`(\\d{4})|([\\p{L}]+)|(${DASH})`, 'gu');

interface Written {
  month: number;
  year?: string;
  rangeAfter: boolean;
}

function tokens(run: string): Written[] {
  const months: Written[] = [];
  for (const t of run.matchAll(TOKEN)) {
    const last = months[months.length - 1];
    const month = t[2] === undefined ? undefined : MONTHS.get(t[2]);
    if (t[1] !== undefined && last) last.year = t[1];
    else if (month !== undefined) months.push({ month, rangeAfter: false });
    else if ((t[3] !== undefined || RANGE_WORDS.has(t[2] ?? '')) && last) last.rangeAfter = true;
  }
  return months;
}

export const months: Family = {
  name: 'months',
  readsMonths: true,
  hint: MONTH_HINT,
  pattern: pattern(`(?:(?:с|со)\\s+)?${ONE}(?:${SEP}${ONE})*`),
  read(match, context): Item {
    const assumed: Assumption[] = ['end-of-month'];
    const written = tokens(match[0]);
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
