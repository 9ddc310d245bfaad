import { currentObligation, parseDeadline } from '../../../src/core/deadline';
import { describeDeadline } from '../../../src/core/deadline/describe';

const plan2021 = { planYear: 2021 };

describe('currentObligation', () => {
  it('gives June as the current month of «ежемесячно» on 2021-06-15, May as the previous', () => {
    const result = currentObligation(parseDeadline('ежемесячно', plan2021), '2021-06-15');
    expect(result).toEqual({
      current: { start: '2021-06-01', end: '2021-06-30', due: '2021-06-30' },
      previous: { start: '2021-05-01', end: '2021-05-31', due: '2021-05-31' },
    });
  });

  it('keeps the month current on its last day (2021-06-30)', () => {
    const result = currentObligation(parseDeadline('ежемесячно', plan2021), '2021-06-30');
    expect(result?.current.due).toBe('2021-06-30');
  });

  it('moves to July on 2021-07-01', () => {
    const result = currentObligation(parseDeadline('ежемесячно', plan2021), '2021-07-01');
    expect(result?.current.start).toBe('2021-07-01');
    expect(result?.previous?.due).toBe('2021-06-30');
  });

  it('for «до 5 числа месяца, следующего за отчетным» on 2021-06-15: current = the June report due 07-05, previous = the May report due 06-05', () => {
    const deadline = parseDeadline('ежемесячно до 5 числа месяца, следующего за отчетным', plan2021);
    expect(currentObligation(deadline, '2021-06-15')).toEqual({
      current: { start: '2021-06-01', end: '2021-06-30', due: '2021-07-05' },
      previous: { start: '2021-05-01', end: '2021-05-31', due: '2021-06-05' },
    });
  });

  it('for the same rule on 2021-06-03 the May report is still current (due 06-05)', () => {
    const deadline = parseDeadline('ежемесячно до 5 числа месяца, следующего за отчетным', plan2021);
    expect(currentObligation(deadline, '2021-06-03')?.current.due).toBe('2021-06-05');
  });

  it('gives the quarter for «ежеквартально» on 2021-08-10', () => {
    const result = currentObligation(parseDeadline('ежеквартально', plan2021), '2021-08-10');
    expect(result?.current).toEqual({ start: '2021-07-01', end: '2021-09-30', due: '2021-09-30' });
    expect(result?.previous?.end).toBe('2021-06-30');
  });

  it('gives the half-year for «2 раза в год» on 2021-03-01', () => {
    const result = currentObligation(parseDeadline('2 раза в год', plan2021), '2021-03-01');
    expect(result?.current).toEqual({ start: '2021-01-01', end: '2021-06-30', due: '2021-06-30' });
    expect(result?.previous).toBeNull();
  });

  it('gives the ISO week (Monday..Sunday) for «еженедельно» on Tuesday 2021-06-15', () => {
    const result = currentObligation(parseDeadline('еженедельно', plan2021), '2021-06-15');
    expect(result?.current).toEqual({ start: '2021-06-14', end: '2021-06-20', due: '2021-06-20' });
    expect(result?.previous?.start).toBe('2021-06-07');
  });

  it('makes Friday the due day of «еженедельно по пятницам» (2021-06-15 → 2021-06-18)', () => {
    const result = currentObligation(parseDeadline('еженедельно по пятницам', plan2021), '2021-06-15');
    expect(result?.current.due).toBe('2021-06-18');
  });

  it('puts «ежегодно, до 1 марта» on 1 March of each year of a 2021-2023 plan (2022-05-01 → 2023)', () => {
    const deadline = parseDeadline('ежегодно, до 1 марта', { planYear: 2021, planEndYear: 2023 });
    const result = currentObligation(deadline, '2022-05-01');
    expect(result?.current).toEqual({ start: '2023-01-01', end: '2023-12-31', due: '2023-03-01' });
    expect(result?.previous?.due).toBe('2022-03-01');
  });

  it('keeps the last obligation current once the plan is over (2022-02-10)', () => {
    const result = currentObligation(parseDeadline('ежемесячно', plan2021), '2022-02-10');
    expect(result?.current.start).toBe('2021-12-01');
    expect(result?.previous?.start).toBe('2021-11-01');
  });

  it('gives the first obligation before the plan starts (2020-12-01), with no previous one', () => {
    const result = currentObligation(parseDeadline('ежемесячно', plan2021), '2020-12-01');
    expect(result?.current.start).toBe('2021-01-01');
    expect(result?.previous).toBeNull();
  });

  it('is null for a deadline that does not recur («март 2021», 2021-06-15)', () => {
    expect(currentObligation(parseDeadline('март 2021', plan2021), '2021-06-15')).toBeNull();
  });
});

describe('describeDeadline (the CLI line)', () => {
  it('prints the current obligation for a recurring deadline on 2021-06-15', () => {
    expect(describeDeadline('ежемесячно', { year: 2021, today: '2021-06-15' })).toEqual({
      text: 'ежемесячно',
      kind: 'recurring',
      start: '2021-06-01',
      due: '2021-06-30',
      recurrence: { frequency: 'month', from: '2021-01-01', until: '2021-12-31' },
      warnings: [],
    });
  });

  it('prints the window and a coded warning for «март 2020г.» in a 2021 plan (today 2021-06-15)', () => {
    const line = describeDeadline('март 2020г.', { year: 2021, today: '2021-06-15' });
    expect(line).toMatchObject({ kind: 'period', start: '2020-03-01', due: '2020-03-31', recurrence: null });
    expect(line.warnings).toHaveLength(1);
    expect(line.warnings[0]).toMatch(/^year-outside-plan: .*2020/);
  });
});
