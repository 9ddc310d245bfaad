import { obligations, parseDeadline } from '../../../src/core/deadline';

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

describe('parts of a month and school holidays', () => {
  it.each([
    ['начало октября', '2023-10-01', '2023-10-10'],
    ['середина ноября', '2023-11-11', '2023-11-20'],
    ['в конце мая', '2024-05-21', '2024-05-31'],
    ['конец сентября', '2023-09-21', '2023-09-30'],
    // A deadline «до конца» / «к концу» is the whole month, as before.
    ['до конца декабря', '2023-12-01', '2023-12-31'],
    ['к концу мая', '2024-05-01', '2024-05-31'],
    ['до начала декабря', '2023-11-30', '2023-11-30'],
    ['к началу мая 2024', '2024-05-01', '2024-05-01'],
    ['к концу года', '2023-09-01', '2024-06-30'],
    // School holidays, wide enough for any school's dates (federal calendar 2023/24: 28.10–05.11, 30.12–08.01, 18.03–26.03).
    ['осенние каникулы', '2023-10-25', '2023-11-10'],
    ['в период зимних каникул', '2023-12-28', '2024-01-10'],
    ['на весенних каникулах', '2024-03-18', '2024-04-07'],
  ])('reads «%s» as %s..%s', (text, start, due) => {
    const read = parseDeadline(text, SCHOOL_PLAN);
    expect(read).toMatchObject({ start, due });
    expect(read.warnings).toEqual([]);
  });
});

describe('a weekday of each month', () => {
  it.each([
    // November 2023: Wednesdays 1, 8, 15, 22, 29; Fridays 3 … 24; Mondays 6 … 27; Thursdays 2 … 30.
    ['последняя пятница месяца', '2023-11-24'],
    ['в первый понедельник каждого месяца', '2023-11-06'],
    ['1 и 3 среда месяца', '2023-11-15'],
    ['каждую вторую среду месяца', '2023-11-08'],
    ['ежемесячно, последний четверг месяца', '2023-11-30'],
  ])('reads «%s» as monthly, due in November 2023 on %s', (text, november) => {
    const read = parseDeadline(text, { planYear: 2023 });
    expect(read.kind).toBe('recurring');
    expect(read.warnings).toEqual([]);
    const recurrence = read.recurrence;
    if (!recurrence) throw new Error('no recurrence');
    expect(recurrence.frequency).toBe('month');
    expect(obligations(recurrence, '2023-11-01', '2023-11-30').map((o) => o.due)).toEqual([november]);
  });
});
