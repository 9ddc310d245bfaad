import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DAY_SEPARATOR,
  MONTH_SEPARATOR,
  PERIOD_SEPARATOR,
  RANGE,
  runItems,
  SCHOOL_YEAR_SEPARATOR,
} from '../../../src/core/deadline/vocabulary';

const FAMILIES = path.join(__dirname, '../../../src/core/deadline/families');

/** Whole-string matchers for a separator set. */
const only = (set: string) => new RegExp(`^${set}$`, 'u');

describe('separators come from the vocabulary', () => {
  it.each([
    ['RANGE', RANGE, ['-', 'по', 'до'], [',', 'и', '/']],
    ['MONTH_SEPARATOR', MONTH_SEPARATOR, ['-', 'по', 'до', ',', ';', '/', 'и'], ['+', 'а также', '–']],
    ['DAY_SEPARATOR', DAY_SEPARATOR, ['-', 'по', 'до', ',', 'и'], [';', '/']],
    ['PERIOD_SEPARATOR', PERIOD_SEPARATOR, ['-', 'по', ',', 'и', '/'], ['до', ';']],
    ['SCHOOL_YEAR_SEPARATOR', SCHOOL_YEAR_SEPARATOR, ['-', '/'], ['по', ',']],
  ])('%s joins with exactly its separators', (_name, set, joins, others) => {
    for (const sep of joins) expect(sep).toMatch(only(set));
    for (const sep of others) expect(sep).not.toMatch(only(set));
  });

  it('reads a run item by item: range marks are a dash, «по», «до»; list marks and other words are passed over', () => {
    expect(runItems('с 1 по 15 мая 2021', 'day')).toEqual([
      { day: 1, rangeAfter: true },
      { day: 15, month: 5, year: '2021', rangeAfter: false },
    ]);
    expect(runItems('10-го, 20 и 30 июня', 'day')).toEqual([
      { day: 10, rangeAfter: false },
      { day: 20, rangeAfter: false },
      { day: 30, month: 6, rangeAfter: false },
    ]);
    expect(runItems('с февраля - март, до сент. 2022', 'month')).toEqual([
      { month: 2, rangeAfter: true },
      { month: 3, rangeAfter: true },
      { month: 9, year: '2022', rangeAfter: false },
    ]);
    expect(runItems('январь и апрель', 'month')).toEqual([
      { month: 1, rangeAfter: false },
      { month: 4, rangeAfter: false },
    ]);
  });

  // A family writes its words (квартал, учебного года…) but takes dashes, «по»/«до» between the
  // ends of a range and list separators from vocabulary.ts, so a new separator is added once.
  it.each(readdirSync(FAMILIES).filter((f) => f.endsWith('.ts')))('%s types no separator set by hand', (file) => {
    const source = readFileSync(path.join(FAMILIES, file), 'utf8');
    expect(source).not.toMatch(/\(\?:-\||\|по\||\(-\||\|-\)|'по'|'до'|\\\\s\*-\\\\s\*|\(\?:-\|\/\)/);
  });
});
