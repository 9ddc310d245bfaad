import type { CellValue } from '../../../src/core/model';
import { isRoadmapError, judgeRoadmap, readRoadmap } from '../../../src/core/roadmap';
import { approvalDate } from '../../../src/core/roadmap/approval';
import { planYearsFromTitle } from '../../../src/core/roadmap/plan-year';
import { seed2021 } from '../../fixtures/roadmaps';
import { read, SETTINGS } from './helpers';

const settings = { dueSoonDays: 7 };

/** A small plan: title rows, then the header and one measure a row. */
function plan(title: string[], deadlines: string[]) {
  const values: CellValue[][] = [
    ...title.map((t) => [t, '', '', '']),
    ['№ п/п', 'Наименование мероприятия', 'Исполнители', 'Срок исполнения'],
    ...deadlines.map((d, i) => [`${i + 1}.`, `Мероприятие ${i + 1}`, 'Рабочая группа', d]),
  ];
  const roadmap = readRoadmap({ sheetName: 'Лист1', values, settings: SETTINGS, today: '2021-06-15' });
  if (isRoadmapError(roadmap)) throw new Error(roadmap.error.code);
  return roadmap;
}

describe('the approval date in the title rows', () => {
  test.each([
    ['Рассмотрено\nНа заседании Координационного Совета\nПротокол №1 от «22» марта 2021г.', '2021-03-22'],
    ['Утверждаю\nПредседатель\n«22» 03 2021г.', '2021-03-22'],
    ['Утверждено приказом от 15.01.2021 № 12\nПлан на 2021 год', '2021-01-15'],
    ['Приказ №143 от 18.01.2022 г.', '2022-01-18'],
    ['План работы на 2021 год', null],
    ['План мероприятий с 21 января по 23 февраля 2022 г.', null],
  ])('%j → %s', (title, expected) => {
    expect(approvalDate(title)).toBe(expected);
  });

  test('the seed plan is approved on 22.03.2021 (the latest of its two stamps)', () => {
    expect(read(seed2021, '2021-06-15').approvedOn).toBe('2021-03-22');
  });
});

describe('doubtful deadlines are problems with row and column (2021 plan, 2021-06-15)', () => {
  const roadmap = plan(
    ['Утверждено приказом от 15.03.2021 № 7', 'План мероприятий на 2021 год'],
    ['31.06.2021', 'до 01.03.2021', 'март 2019', 'апрель 2021'],
  );
  const states = judgeRoadmap(roadmap, '2021-06-15', settings);

  test('an impossible day, a date before approval and a year before the plan are «Проверьте срок»', () => {
    expect(states.map((s) => s.state)).toEqual(['doubtful', 'doubtful', 'doubtful', 'overdue']);
  });

  test('each is listed with its row, column D and why', () => {
    const problems = roadmap.problems.filter((p) => p.severity === 'error');
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['impossible-date', 4, 4],
      ['before-approval', 5, 4],
      ['year-outside-plan', 6, 4],
    ]);
    const cell = (row: number, text: string) => ({ row, column: 4, header: 'Срок исполнения', text });
    expect(problems.map((p) => p.message)).toEqual([
      { code: 'deadline-doubtful', ...cell(4, '31.06.2021'), doubt: { code: 'impossible-date', detail: '31.06.2021' } },
      {
        code: 'deadline-doubtful',
        ...cell(5, 'до 01.03.2021'),
        doubt: { code: 'before-approval', detail: '2021-03-15' },
      },
      { code: 'deadline-doubtful', ...cell(6, 'март 2019'), doubt: { code: 'year-outside-plan', detail: '2019' } },
    ]);
  });
});

describe('a school-year title', () => {
  test('«на 2023/2024 учебный год» is a school-year plan; «на 2021-2023 годы» is not', () => {
    expect(planYearsFromTitle('План работы на 2023/2024 учебный год')).toEqual({
      planYear: 2023,
      planEndYear: 2024,
      schoolYear: true,
    });
    expect(planYearsFromTitle('Дорожная карта на 2021-2023 годы')?.schoolYear).toBeUndefined();
  });

  test('months without a year fall in the school year: октябрь → 2023, март → 2024', () => {
    const roadmap = plan(['Календарный план воспитательной работы на 2023-2024 учебный год'], ['октябрь', 'март']);
    expect(roadmap.schoolYear).toBe(true);
    const states = judgeRoadmap(roadmap, '2023-09-10', settings);
    expect(states.map((s) => s.due)).toEqual(['2023-10-31', '2024-03-31']);
  });
});

describe('a plan whose year is not stated', () => {
  it('does not call a written year «outside the plan» when the plan year is only today’s', () => {
    const guessed = plan(['План мероприятий'], ['март 2020 г.', 'декабрь 2022 г.']);
    expect(guessed.planYearSource).toBe('today');
    expect(guessed.problems.filter((p) => p.code === 'year-outside-plan')).toEqual([]);
    const stated = plan(['План мероприятий на 2021 год'], ['март 2020 г.', 'декабрь 2022 г.']);
    expect(stated.problems.filter((p) => p.code === 'year-outside-plan').map((p) => p.row)).toEqual([3, 4]);
  });
});
