import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DAY_SEPARATOR,
  MONTH_SEPARATOR,
  PERIOD_SEPARATOR,
  RANGE,
  RANGE_WORDS,
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

  it('names «по» and «до» as the words of a range', () => {
    expect([...RANGE_WORDS].sort()).toEqual(['до', 'по']);
  });

  // A family writes its words (квартал, учебного года…) but takes dashes, «по»/«до» between the
  // ends of a range and list separators from vocabulary.ts, so a new separator is added once.
  it.each(readdirSync(FAMILIES).filter((f) => f.endsWith('.ts')))('%s types no separator set by hand', (file) => {
    const source = readFileSync(path.join(FAMILIES, file), 'utf8');
    expect(source).not.toMatch(/\(\?:-\||\|по\||\(-\||\|-\)|'по'|'до'|\\\\s\*-\\\\s\*|\(\?:-\|\/\)/);
  });
});
