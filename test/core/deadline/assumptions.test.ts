import { parseDeadline } from '../../../src/core/deadline';
import { deadlineFromCell } from '../../../src/core/deadline/describe';

describe('what the text said and what was assumed', () => {
  it('notes the plan year and the month end for «март» in a 2021 plan', () => {
    const d = parseDeadline('март', { planYear: 2021 });
    expect(d.due).toBe('2021-03-31');
    expect(d.assumed).toEqual(expect.arrayContaining(['year-from-plan', 'end-of-month']));
  });

  it('assumes nothing about the year for «15.06.2021»', () => {
    expect(parseDeadline('15.06.2021', { planYear: 2021 }).assumed).toEqual([]);
  });

  it('notes the school year for «в течение учебного года»', () => {
    expect(parseDeadline('в течение учебного года', { planYear: 2021 }).assumed).toContain('school-year');
  });

  it('takes a date cell (2021-06-15) as that day', () => {
    expect(deadlineFromCell({ date: '2021-06-15' }, { planYear: 2021 })).toMatchObject({
      text: '15.06.2021',
      kind: 'date',
      start: '2021-06-15',
      due: '2021-06-15',
    });
  });

  it('reads a text cell through parseDeadline', () => {
    expect(deadlineFromCell('II квартал', { planYear: 2021 }).due).toBe('2021-06-30');
  });
});
