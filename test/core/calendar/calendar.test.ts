import fc from 'fast-check';
import {
  addWorkingDays,
  isWorkingDay,
  isYearKnown,
  LABOUR_CODE_HOLIDAYS,
  RU_CALENDAR,
  readOwnDays,
  workCalendar,
  workingDayOnOrAfter,
  workingDaysBetween,
  yearTotal,
} from '../../../src/core/calendar';
import { YEAR_SOURCES, yearSources } from '../../../src/core/calendar/sources';
import { addDays, dayOfWeek, fromEpochDays, toEpochDays } from '../../../src/core/dates';

/** Facts of the decrees, each with its source (see src/core/calendar/data.ts). */
describe('the production calendar of 2021 (Постановление от 10.10.2020 № 1648)', () => {
  it('20 February 2021, a Saturday, was a working day; 22 February, a Monday, was not', () => {
    expect(dayOfWeek('2021-02-20')).toBe(6);
    expect(isWorkingDay('2021-02-20')).toBe(true);
    expect(isWorkingDay('2021-02-22')).toBe(false);
  });

  it('5 November (Friday, moved from 2 January) and 31 December (Friday, from 3 January) were days off', () => {
    expect(dayOfWeek('2021-11-05')).toBe(5);
    expect(isWorkingDay('2021-11-05')).toBe(false);
    expect(isWorkingDay('2021-12-31')).toBe(false);
    expect(isWorkingDay('2021-12-30')).toBe(true);
  });

  it('1–10 January off, 11 January worked; 14 June (Russia Day on a Saturday, moved) off', () => {
    for (let d = 1; d <= 10; d++) expect(isWorkingDay(`2021-01-${String(d).padStart(2, '0')}`)).toBe(false);
    expect(isWorkingDay('2021-01-11')).toBe(true);
    expect(isWorkingDay('2021-06-14')).toBe(false);
    expect(isWorkingDay('2021-06-15')).toBe(true);
  });

  it('the President’s non-working days of 2021 (Указы № 242 and № 595) are off too', () => {
    expect(['2021-05-04', '2021-05-07', '2021-11-01', '2021-11-03'].map((d) => isWorkingDay(d))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(yearSources(2021)).toEqual([
      'Постановление Правительства РФ от 10.10.2020 № 1648',
      'Указ Президента РФ от 23.04.2021 № 242',
      'Указ Президента РФ от 20.10.2021 № 595',
    ]);
  });
});

describe('every year of the data', () => {
  /** Working days of the five-day week by the Government's decrees (the published totals). */
  const TOTALS: Record<number, number> = {
    2015: 247,
    2016: 247,
    2017: 247,
    2018: 247,
    2019: 247,
    2020: 248,
    2021: 247,
    2022: 247,
    2023: 247,
    2024: 248,
    2025: 247,
    2026: 247,
  };

  it('covers 2015 to 2026, each with its decree', () => {
    expect(Object.keys(RU_CALENDAR).map(Number)).toEqual(Object.keys(TOTALS).map(Number));
    for (const year of Object.keys(TOTALS).map(Number)) {
      expect(isYearKnown(year)).toBe(true);
      expect(yearSources(year)?.[0]).toMatch(/^Постановление Правительства РФ от \d\d\.\d\d\.\d{4} № \d+$/);
    }
  });

  it('has one President’s decree in sources.ts for each list of decreed days in data.ts, and no year more', () => {
    expect(Object.keys(YEAR_SOURCES)).toEqual(Object.keys(RU_CALENDAR));
    for (const [year, data] of Object.entries(RU_CALENDAR)) {
      const decrees = (yearSources(Number(year)) ?? []).slice(1);
      expect([year, decrees.length]).toEqual([year, data.decreed?.length ?? 0]);
      for (const decree of decrees) expect(decree).toMatch(/^Указ Президента РФ от \d\d\.\d\d\.\d{4} № \d+$/);
    }
  });

  it('knows the transfers of an older year (2018: 30 April off, Saturday 28 April worked)', () => {
    const calendar = workCalendar();
    expect(isWorkingDay('2018-04-30', calendar)).toBe(false);
    expect(isWorkingDay('2018-04-28', calendar)).toBe(true);
    expect(isWorkingDay('2016-02-20', calendar)).toBe(true);
    expect(isWorkingDay('2015-01-09', calendar)).toBe(false);
  });

  it.each(Object.entries(TOTALS))('%s has its published number of working days', (year, total) => {
    // The President's non-working days did not change the norm: count them back as worked.
    const decreed = (RU_CALENDAR[Number(year)]?.decreed ?? []).flatMap((days) => days.split(' '));
    expect(yearTotal(workCalendar(), Number(year)) + decreed.length).toBe(total);
  });

  it('states each day once: no year lists a Labour Code holiday again among its days off', () => {
    for (const [year, data] of Object.entries(RU_CALENDAR))
      expect([year, data.off.split(' ').filter((md) => LABOUR_CODE_HOLIDAYS.includes(md))]).toEqual([year, []]);
  });

  it('lists only weekdays as off and only weekends as worked, every date real', () => {
    for (const [year, data] of Object.entries(RU_CALENDAR)) {
      for (const md of data.off.split(' '))
        expect([year, md, dayOfWeek(`${year}-${md}`) <= 5]).toEqual([year, md, true]);
      for (const md of data.work.split(' ').filter(Boolean))
        expect([year, md, dayOfWeek(`${year}-${md}`) >= 6]).toEqual([year, md, true]);
    }
  });
});

describe('a year beyond the data', () => {
  it('is not known, and keeps Saturdays, Sundays and the Labour Code’s holidays', () => {
    expect(isYearKnown(2031)).toBe(false);
    expect(yearSources(2031)).toBeNull();
    expect(isWorkingDay('2031-01-07')).toBe(false); // Tuesday, Christmas
    expect(isWorkingDay('2031-01-09')).toBe(true); // Thursday
    expect(isWorkingDay('2031-02-25')).toBe(true); // Tuesday
    expect(isWorkingDay('2031-03-08')).toBe(false); // Saturday
    expect(isWorkingDay('2031-06-12')).toBe(false); // Thursday, Russia Day
    expect(isWorkingDay('2031-11-04')).toBe(false); // Tuesday
  });

  it('moves a holiday on a weekend to the next working day, except in January (art. 112 part 2)', () => {
    expect(dayOfWeek('2031-03-08')).toBe(6);
    expect(isWorkingDay('2031-03-10')).toBe(false); // 8 March on a Saturday → Monday
    expect(isWorkingDay('2031-02-24')).toBe(false); // 23 February on a Sunday → Monday
    expect(dayOfWeek('2032-01-03')).toBe(6);
    expect(isWorkingDay('2032-01-12')).toBe(true); // January's are moved by decree only
    // 9 May 2032 is a Sunday, 1 May a Saturday: Monday 3 May and Monday 10 May.
    expect(['2032-05-03', '2032-05-10', '2032-05-04'].map((d) => isWorkingDay(d))).toEqual([false, false, true]);
  });
});

describe('counting working days', () => {
  it('adds across the New Year holidays', () => {
    expect(addWorkingDays('2021-12-30', 1)).toBe('2022-01-10');
    expect(addWorkingDays('2021-01-11', -1)).toBe('2020-12-31');
    expect(workingDayOnOrAfter('2021-01-01')).toBe('2021-01-11');
    expect(workingDayOnOrAfter('2021-01-11')).toBe('2021-01-11');
    expect(workingDaysBetween('2021-06-11', '2021-06-15')).toBe(1);
    expect(workingDaysBetween('2021-06-15', '2021-06-11')).toBe(-1);
    expect(workingDaysBetween('2020-12-30', '2022-01-10')).toBe(1 + 247 - 7 + 1);
  });

  const day = fc.integer({ min: toEpochDays('2018-06-01'), max: toEpochDays('2033-12-31') }).map(fromEpochDays);

  it('adding n working days then counting them gives n (property; back from a working day)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), (date, n) => {
        // Counting takes the arrival day: back from a Saturday, Friday is reached without a step.
        fc.pre(n >= 0 || isWorkingDay(date));
        const later = addWorkingDays(date, n);
        expect(workingDaysBetween(date, later)).toBe(n);
        if (n !== 0) expect(isWorkingDay(later)).toBe(true);
      }),
    );
  });

  it('counts the same as walking day by day (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), (from, span) => {
        const to = addDays(from, span);
        let walked = 0;
        for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) walked++;
        expect(workingDaysBetween(from, to)).toBe(walked);
      }),
      { numRuns: 50 },
    );
  });
});

describe('the organisation’s own days', () => {
  it('make a day off or a working day on top of the official calendar', () => {
    const calendar = workCalendar([
      { date: '2021-06-28', working: false, comment: 'Каникулы' },
      { date: '2021-06-12', working: true, comment: 'День открытых дверей' },
    ]);
    expect(isWorkingDay('2021-06-28', calendar)).toBe(false);
    expect(isWorkingDay('2021-06-12', calendar)).toBe(true);
    expect(isWorkingDay('2021-06-28')).toBe(true); // the official calendar is untouched
    expect(workingDaysBetween('2021-06-25', '2021-06-29', calendar)).toBe(1);
  });

  it('are read from «Календарь»; bad rows are problems with their row and column', () => {
    const { days, problems } = readOwnDays([
      ['Дата', 'День', 'Комментарий'],
      [{ date: '2021-06-28' }, 'Выходной', 'Каникулы'],
      ['29.06.2021', 'рабочий', ''],
      ['', '', ''],
      ['31.06.2021', 'выходной', ''],
      [{ date: '2021-06-30' }, 'может быть', ''],
      ['28.06.2021', 'рабочий', 'повтор'],
    ]);
    expect(days).toEqual([
      { date: '2021-06-28', working: false, comment: 'Каникулы' },
      { date: '2021-06-29', working: true, comment: '' },
    ]);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [5, 1, 'calendar-date-invalid'],
      [6, 2, 'calendar-kind-invalid'],
      [7, 1, 'calendar-duplicate'],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      { code: 'calendar-date-invalid', row: 5, column: 1, text: '31.06.2021' },
      { code: 'calendar-kind-invalid', row: 6, column: 2, text: 'может быть' },
      { code: 'calendar-duplicate', row: 7, column: 1, firstRow: 2 },
    ]);
  });
});
