import { inSectionMonth, monthOfDue, parseDeadline } from '../../../src/core/deadline';

const PLAN = { planYear: 2021 };

describe('«в течение месяца» under a month heading', () => {
  it.each([
    ['в течение месяца', 'Октябрь, в течение месяца'],
    ['В  течение месяца.', 'Октябрь, В  течение месяца.'],
    ['на протяжении всего месяца', 'Октябрь, на протяжении всего месяца'],
  ])('reads «%s» as the heading’s month', (text, read) => {
    expect(inSectionMonth(text, 'Октябрь')).toBe(read);
    expect(parseDeadline(inSectionMonth(text, 'Октябрь'), PLAN)).toMatchObject({
      start: '2021-10-01',
      due: '2021-10-31',
    });
  });

  it('leaves a text that says more, or no heading month, as it is', () => {
    expect(inSectionMonth('15 октября', 'Октябрь')).toBe('15 октября');
    expect(inSectionMonth('в течение месяца после приказа', 'Октябрь')).toBe('в течение месяца после приказа');
    expect(inSectionMonth('в течение месяца', undefined)).toBe('в течение месяца');
  });

  it('takes the month back from the last full check’s due, unless that due is the plan’s end', () => {
    expect(monthOfDue('В течение месяца', '2021-10-31', PLAN)).toBe('октябрь');
    expect(monthOfDue('в течение месяца', '2021-12-31', PLAN)).toBeUndefined();
    expect(monthOfDue('октябрь', '2021-10-31', PLAN)).toBeUndefined();
  });
});
