/**
 * Where each year's days in data.ts come from: the Government's decree «О переносе выходных дней
 * в … году», then the President's decrees of non-working days in the order of the year's
 * `decreed` (the test holds the two files together). For people and the tests: the add-in never
 * shows them, so they live apart from data.ts and stay out of its bundle (webpack keeps every
 * line of a module it includes).
 */
export const YEAR_SOURCES: Readonly<Record<number, readonly string[]>> = {
  2015: ['Постановление Правительства РФ от 27.08.2014 № 860'],
  2016: ['Постановление Правительства РФ от 24.09.2015 № 1017'],
  2017: ['Постановление Правительства РФ от 04.10.2016 № 1000'],
  2018: ['Постановление Правительства РФ от 14.10.2017 № 1250'],
  2019: ['Постановление Правительства РФ от 01.10.2018 № 1163'],
  // Published July 2019; number and date as cited by legal databases [not seen in the stored pages, which confirm the days].
  2020: [
    'Постановление Правительства РФ от 10.07.2019 № 875',
    'Указ Президента РФ от 25.03.2020 № 206',
    'Указ Президента РФ от 02.04.2020 № 239',
    'Указ Президента РФ от 28.04.2020 № 294',
    'Указ Президента РФ от 29.05.2020 № 345',
    'Указ Президента РФ от 01.06.2020 № 354',
  ],
  2021: [
    'Постановление Правительства РФ от 10.10.2020 № 1648',
    'Указ Президента РФ от 23.04.2021 № 242',
    'Указ Президента РФ от 20.10.2021 № 595',
  ],
  // Published 17.09.2021; its number and date are as cited by legal databases [not seen in the decree's own text here].
  2022: ['Постановление Правительства РФ от 15.09.2021 № 1564'],
  2023: ['Постановление Правительства РФ от 29.08.2022 № 1505'],
  2024: ['Постановление Правительства РФ от 10.08.2023 № 1314'],
  2025: ['Постановление Правительства РФ от 04.10.2024 № 1335'],
  2026: ['Постановление Правительства РФ от 24.09.2025 № 1466'],
};

/** The decrees behind a year's calendar, the Government's first; null for a year without data. */
export function yearSources(year: number): string[] | null {
  const sources = YEAR_SOURCES[year];
  return sources ? [...sources] : null;
}
