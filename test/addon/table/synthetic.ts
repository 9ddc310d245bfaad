/**
 * Roadmaps of any length for the call-count tests: title rows «… на 2021 год», the seed's
 * header, a «Задача N.» section every ten measures, numbers «N.k» as text, executors and
 * deadline phrasing rotating through the families people write (months, ranges, quarters,
 * «ежемесячно», «в течение года», dd.mm.yyyy, date cells, unscheduled).
 *
 *   const values = syntheticRoadmap(5000); // 5,000 measures, 500 sections
 */
import type { CellValue } from '../../../src/core/model';
import { hostFor, spreadsheetFromFixture } from './bundle';

const DEADLINES: readonly CellValue[] = [
  'март 2021 г.',
  'ежемесячно',
  'в течение года',
  'II квартал 2021 г.',
  'до 15.06.2021',
  'июнь-декабрь 2021',
  { date: '2021-07-01' },
  'по мере необходимости',
  'сентябрь 2021',
  'ежеквартально',
  '1 полугодие 2021 г.',
];

const EXECUTORS = ['Руководители ПОО', 'Рабочая группа', 'ЦОПП', 'Координационный совет', 'Иванов И.И., Петрова А.С.'];

export const MEASURES_PER_SECTION = 10;

/** The values of a roadmap with `measures` measures (rows: 4 title/header + sections + measures). */
export function syntheticRoadmap(measures: number): CellValue[][] {
  const rows: CellValue[][] = [
    ['Дорожная карта', '', '', '', ''],
    ['образовательно-отраслевого кластера на 2021 год', '', '', '', ''],
    ['', '', '', '', ''],
    ['№ п/п', 'Наименование мероприятия', 'Исполнители', 'Срок исполнения', 'Результат'],
  ];
  for (let i = 0; i < measures; i++) {
    const task = Math.floor(i / MEASURES_PER_SECTION) + 1;
    const k = (i % MEASURES_PER_SECTION) + 1;
    if (k === 1) rows.push([`Задача ${task}. Направление работы № ${task}`, '', '', '', '']);
    rows.push([
      `${task}.${k}.`,
      `Мероприятие ${task}.${k}: подготовка и проведение`,
      EXECUTORS[i % EXECUTORS.length] as string,
      DEADLINES[i % DEADLINES.length] as CellValue,
      'Отчёт',
    ]);
  }
  return rows;
}

/** A host on a synthetic roadmap of `measures` measures (the sheet has room for all its rows). */
export function syntheticTable(measures: number) {
  const values = syntheticRoadmap(measures);
  const { spreadsheet, sheet } = spreadsheetFromFixture({ values, merges: [] });
  sheet.maxRows = values.length + 20;
  return { host: hostFor(spreadsheet), spreadsheet, sheet, rows: values.length };
}
