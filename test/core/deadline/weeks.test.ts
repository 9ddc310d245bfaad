import { parseDeadline } from '../../../src/core/deadline';

const SCHOOL_PLAN = { planYear: 2023, planEndYear: 2024, schoolYear: true };

describe('a week of a month', () => {
  it.each([
    // «4 неделя декабря» as school education plans write it (constructed after the federal template's plans).
    ['4 неделя декабря', '2023-12-22', '2023-12-28'],
    ['первая неделя сентября', '2023-09-01', '2023-09-07'],
    ['3-я неделя февраля', '2024-02-15', '2024-02-21'],
    ['на 2-ой неделе апреля', '2024-04-08', '2024-04-14'],
    ['5 неделя октября', '2023-10-29', '2023-10-31'],
    ['последняя неделя августа 2024', '2024-08-25', '2024-08-31'],
  ])('reads «%s» as days %s..%s', (text, start, due) => {
    const read = parseDeadline(text, SCHOOL_PLAN);
    expect(read).toMatchObject({ kind: 'period', start, due });
    expect(read.warnings).toEqual([]);
  });

  it('leaves a week without its month alone', () => {
    expect(parseDeadline('в течение недели', SCHOOL_PLAN).kind).toBe('unknown');
  });
});
