/**
 * The production calendar of the Russian Federation (производственный календарь, five-day week):
 * for each year with a published decree, the weekdays that are not worked and the Saturdays and
 * Sundays that are. Days as 'MM-DD', space-separated. Everything else follows the weekly rest
 * days (Saturday, Sunday).
 *
 * `off` = the weekdays off besides the Labour Code's holidays (LABOUR_CODE_HOLIDAYS, art. 112, off in
 * every year and so not repeated here): the days a holiday on a weekend moves to (art. 112 part 2)
 * and the transfers of the Government's decree of that year.
 * `decreed` = non-working days declared by decrees of the President (2020 and 2021), kept apart
 * with their own sources: they did not change the norm of working time, but offices were shut.
 * `work` = a Saturday or Sunday made a working day by the decree.
 *
 * Sources: each year's decree «О переносе выходных дней в … году» (numbers and dates in sources.ts),
 * cross-checked day by day against the open xmlcalendar data (github.com/xmlcalendar/data,
 * ru/<year>/calendar.xml, 2025-10-01) and against the yearly totals of working days
 * (247 each for 2015–2019; 248, 247, 247, 247, 248, 247, 247 for 2020–2026: the test counts them).
 * 2015–2018 (for multi-year municipal programmes still checked): the days from xmlcalendar
 * (ru/<year>/calendar.xml, t=1 off, t=2/3 on a weekend worked); decree numbers as cited by legal
 * databases.
 * 2027: only a draft (Минтруд, 2025: 4–7 ноября off, Saturday 13 November worked) was found;
 * until its decree is added here, 2027 falls back to the rule of fallbackOff (calendar.ts).
 */
export interface YearData {
  off: string;
  work: string;
  /** One entry per decree of the President, in the order of sources.ts. */
  decreed?: readonly string[];
}

export const RU_CALENDAR: Readonly<Record<number, YearData>> = {
  2015: {
    off: '01-09 03-09 05-04 05-11',
    work: '',
  },
  2016: {
    off: '02-22 03-07 05-02 05-03 06-13',
    work: '02-20',
  },
  2017: {
    off: '02-24 05-08 11-06',
    work: '',
  },
  2018: {
    off: '03-09 04-30 05-02 06-11 11-05 12-31',
    work: '04-28 06-09 12-29',
  },
  2019: {
    off: '05-02 05-03 05-10',
    work: '',
  },
  2020: {
    off: '02-24 03-09 05-04 05-05 05-11',
    work: '',
    decreed: [
      '03-30 03-31 04-01 04-02 04-03',
      '04-06 04-07 04-08 04-09 04-10 04-13 04-14 04-15 04-16 04-17 04-20 04-21 04-22 04-23 04-24 04-27 04-28 04-29 04-30',
      '05-06 05-07 05-08',
      '06-24',
      '07-01',
    ],
  },
  2021: {
    off: '02-22 05-03 05-10 06-14 11-05 12-31',
    work: '02-20',
    decreed: ['05-04 05-05 05-06 05-07', '11-01 11-02 11-03'],
  },
  2022: {
    off: '03-07 05-02 05-03 05-10 06-13',
    work: '03-05',
  },
  2023: {
    off: '02-24 05-08 11-06',
    work: '',
  },
  2024: {
    off: '04-29 04-30 05-10 12-30 12-31',
    work: '04-27 11-02 12-28',
  },
  2025: {
    off: '05-02 05-08 06-13 11-03 12-31',
    work: '11-01',
  },
  2026: {
    off: '01-09 03-09 05-11 12-31',
    work: '',
  },
};

/**
 * The Labour Code's non-working public holidays (ТК РФ ст. 112 ч. 1), 'MM-DD': 1–6 and 8 January
 * (Новогодние каникулы), 7 January, 23 February, 8 March, 1 May, 9 May, 12 June, 4 November.
 */
export const LABOUR_CODE_HOLIDAYS: readonly string[] = [
  '01-01',
  '01-02',
  '01-03',
  '01-04',
  '01-05',
  '01-06',
  '01-07',
  '01-08',
  '02-23',
  '03-08',
  '05-01',
  '05-09',
  '06-12',
  '11-04',
];
