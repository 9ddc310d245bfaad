import fc from 'fast-check';
import { addDays, isIsoDate } from '../../../src/core/dates';
import { currentObligation, parseDeadline } from '../../../src/core/deadline';
import { warningText } from '../../../src/core/i18n';

const WORDS = [
  'март',
  'марта',
  'сент.',
  'II',
  'кв.',
  'квартал',
  'полугодие',
  'ежемесячно',
  'ежегодно',
  'до',
  'с',
  'по',
  '-',
  '–',
  ',',
  'в течение года',
  'учебного года',
  'г.',
  'года',
  '2021',
  '2020',
  '15.06.2021',
  '31.02',
  '01.02',
  '5',
  '15',
  'числа',
  'месяца, следующего за отчетным',
  'постоянно',
  'по мере необходимости',
  '\n',
  ' ',
  '*',
  '14.00 ч.',
];
const phrase = fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((parts) => parts.join(' '));
const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }), phrase);
const planYear = fc.integer({ min: 1990, max: 2080 });
const today = fc.integer({ min: 0, max: 365 * 12 }).map((n) => addDays('2018-01-01', n));

describe('parseDeadline on arbitrary text', () => {
  it('never throws and always returns valid dates with due ≥ start', () => {
    fc.assert(
      fc.property(text, planYear, fc.integer({ min: 0, max: 3 }), (t, year, span) => {
        const d = parseDeadline(t, { planYear: year, planEndYear: year + span });
        for (const date of [d.start, d.due]) if (date !== null) expect(isIsoDate(date)).toBe(true);
        if (d.start !== null && d.due !== null) expect(d.due >= d.start).toBe(true);
        if (d.kind === 'unknown') {
          expect(d.start).toBeNull();
          expect(d.warnings.length).toBeGreaterThan(0);
        }
        for (const w of d.warnings) expect(warningText(w).length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });

  it('gives every recurring deadline a current obligation with end ≥ start and a valid due date', () => {
    fc.assert(
      fc.property(phrase, planYear, today, (t, year, day) => {
        const d = parseDeadline(t, { planYear: year });
        const obligation = currentObligation(d, day);
        if (d.kind !== 'recurring') return expect(obligation).toBeNull();
        expect(obligation).not.toBeNull();
        const current = obligation?.current;
        expect(current && current.end >= current.start && isIsoDate(current.due)).toBe(true);
        if (obligation?.previous) expect(obligation.previous.end < (current?.start as string)).toBe(true);
      }),
      { numRuns: 800 },
    );
  });

  it('reads text the same way in any letter case', () => {
    fc.assert(
      fc.property(phrase, (t) => {
        const lower = parseDeadline(t.toLowerCase(), { planYear: 2021 });
        const upper = parseDeadline(t.toUpperCase(), { planYear: 2021 });
        expect([upper.kind, upper.start, upper.due]).toEqual([lower.kind, lower.start, lower.due]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseDeadline on input that is not what the types promise', () => {
  it.each([
    ['undefined text', undefined],
    ['null text', null],
    ['a number', 44197],
    ['an object', { date: 'x' }],
  ])('does not throw for %s (plan 2021)', (_name, value) => {
    const d = parseDeadline(value as unknown as string, { planYear: 2021 });
    expect(['unknown', 'unscheduled']).toContain(d.kind);
  });

  it('does not throw without a context', () => {
    expect(() => parseDeadline('март', undefined as unknown as { planYear: number })).not.toThrow();
  });

  it('reads long adversarial text quickly enough to finish (6,000 characters of «1 - »)', () => {
    expect(parseDeadline('1 - '.repeat(1500), { planYear: 2021 }).kind).toBe('unknown');
  });
});
