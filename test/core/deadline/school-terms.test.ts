import { currentObligation, obligations, parseDeadline } from '../../../src/core/deadline';
import { isPeriodHeading } from '../../../src/core/roadmap/sections';

/** A school's 2023/24 calendar: its terms and the phrases its plan uses (cells copied as written). */
const SCHOOL_247 = 'https://school247spb.ru/basic-education/educational-schedule/';
const SCHOOL_PLAN = { planYear: 2023, planEndYear: 2024, schoolYear: true };
const CALENDAR_PLAN = { planYear: 2023 };

describe('school terms: quarters, trimesters and halves of the school year', () => {
  it.each([
    // Real: «Выставление предварительных отметок: … по итогам 1 четверти»; «по предварительным итогам
    // 2 четверти и 1 полугодия» in December (so the first half of a school year ends in December).
    ['по итогам 1 четверти', SCHOOL_PLAN, '2023-09-01', '2023-10-31', SCHOOL_247],
    ['по предварительным итогам 2 четверти и 1 полугодия', SCHOOL_PLAN, '2023-09-01', '2023-12-31', SCHOOL_247],
    ['по предварительным итогам 3 четверти', SCHOOL_PLAN, '2024-01-01', '2024-03-31', 'constructed (shortened)'],
    // Constructed: the other ways of writing a term.
    ['I четверть', SCHOOL_PLAN, '2023-09-01', '2023-10-31', 'constructed'],
    ['в течение II четверти', SCHOOL_PLAN, '2023-11-01', '2023-12-31', 'constructed'],
    ['конец IV четверти', SCHOOL_PLAN, '2024-04-01', '2024-05-31', 'constructed'],
    ['1-2 четверть', SCHOOL_PLAN, '2023-09-01', '2023-12-31', 'constructed'],
    ['вторая четверть', SCHOOL_PLAN, '2023-11-01', '2023-12-31', 'constructed'],
    ['III триместр', SCHOOL_PLAN, '2024-03-01', '2024-05-31', 'constructed'],
    ['II триместр', SCHOOL_PLAN, '2023-12-01', '2024-02-29', 'constructed'],
    ['1 полугодие', SCHOOL_PLAN, '2023-09-01', '2023-12-31', 'constructed'],
    ['II полугодие', SCHOOL_PLAN, '2024-01-01', '2024-06-30', 'constructed'],
    ['первое полугодие учебного года', CALENDAR_PLAN, '2023-09-01', '2023-12-31', 'constructed'],
    [
      'I четверть 2024/2025 уч. г.',
      { planYear: 2024, planEndYear: 2025, schoolYear: true },
      '2024-09-01',
      '2024-10-31',
      'constructed',
    ],
    // A calendar-year plan: terms I–II fall in its autumn, III–IV in its spring; a trimester over
    // New Year ends in the plan's year; a half without «учебного года» stays the calendar half.
    ['I четверть', CALENDAR_PLAN, '2023-09-01', '2023-10-31', 'constructed'],
    ['III четверть', CALENDAR_PLAN, '2023-01-01', '2023-03-31', 'constructed'],
    ['II триместр', CALENDAR_PLAN, '2022-12-01', '2023-02-28', 'constructed'],
    ['1 полугодие', CALENDAR_PLAN, '2023-01-01', '2023-06-30', 'constructed'],
    ['I полугодие 2024', SCHOOL_PLAN, '2024-01-01', '2024-06-30', 'constructed'],
  ])('reads «%s»', (text, plan, start, due, _source) => {
    const read = parseDeadline(text, plan);
    expect(read).toMatchObject({ kind: 'period', start, due });
    expect(read.warnings).toEqual([]);
  });

  it('doubts a school year outside the plan and refuses a term that does not exist', () => {
    const outside = parseDeadline('I четверть 2025/2026 учебного года', SCHOOL_PLAN);
    expect(outside.warnings.map((w) => w.code)).toContain('year-outside-plan');
    expect(parseDeadline('V четверть', SCHOOL_PLAN).kind).toBe('unknown');
    expect(parseDeadline('IV триместр', SCHOOL_PLAN).kind).toBe('unknown');
  });

  it('takes a term alone in a row as a section heading, as a month or a quarter is', () => {
    expect(isPeriodHeading('I четверть')).toBe(true);
    expect(isPeriodHeading('II триместр:')).toBe(true);
    expect(isPeriodHeading('Итоги I четверти: анализ контрольных работ по математике')).toBe(false);
  });
});

describe('every quarter of the school year', () => {
  it.each([
    '1 раз в четверть',
    'не реже 1 раза в четверть',
    'ежечетвертно',
    'каждую четверть',
    'по четвертям',
    'по итогам четверти',
    'в конце каждой четверти',
  ])('reads «%s» as recurring at each school quarter’s end', (text) => {
    const read = parseDeadline(text, SCHOOL_PLAN);
    expect(read.kind).toBe('recurring');
    expect(read.warnings).toEqual([]);
    const recurrence = read.recurrence;
    if (!recurrence) throw new Error('no recurrence');
    expect(recurrence.frequency).toBe('school-term');
    expect(obligations(recurrence, '2023-09-01', '2024-08-31').map((o) => o.due)).toEqual([
      '2023-10-31',
      '2023-12-31',
      '2024-03-31',
      '2024-05-31',
    ]);
    // The plan's last due is the fourth quarter's, not the summer's end.
    expect(read.due).toBe('2024-05-31');
  });

  it('owes the current quarter, and over the summer the next school year’s first', () => {
    const read = parseDeadline('1 раз в четверть', { planYear: 2023, planEndYear: 2025 });
    expect(currentObligation(read, '2023-11-15')?.current).toMatchObject({ start: '2023-11-01', due: '2023-12-31' });
    expect(currentObligation(read, '2024-07-10')?.current).toMatchObject({ start: '2024-09-01', due: '2024-10-31' });
  });

  it('keeps a numbered quarter a period, not a recurrence', () => {
    expect(parseDeadline('по итогам I четверти', SCHOOL_PLAN).kind).toBe('period');
  });
});

describe('the edges of a school year', () => {
  it.each([
    ['в начале учебного года', SCHOOL_PLAN, '2023-09-01', '2023-09-30'],
    ['в конце учебного года', SCHOOL_PLAN, '2024-05-01', '2024-05-31'],
    // A calendar plan: the school year that starts in it, the one that ends in it.
    ['в начале учебного года', CALENDAR_PLAN, '2023-09-01', '2023-09-30'],
    ['в конце учебного года', CALENDAR_PLAN, '2023-05-01', '2023-05-31'],
  ])('reads «%s» (%j) as %s..%s', (text, plan, start, due) => {
    const read = parseDeadline(text, plan);
    expect(read).toMatchObject({ kind: 'period', start, due });
    expect(read.warnings).toEqual([]);
  });
});
