import { parseDeadline } from '../../../src/core/deadline';
import type { CellValue } from '../../../src/core/model';
import { isRoadmapError, judgeRoadmap, readRoadmap } from '../../../src/core/roadmap';
import {
  kindergartenMentoring,
  mentoringSchool,
  preparedStages,
  programActionPlan,
  ROADMAP_FIXTURES,
  schoolMonthPlan,
  seed2021,
} from '../../fixtures/roadmaps';
import { rectangle } from '../../fixtures/roadmaps/paste';
import { measure, read, SETTINGS } from './helpers';

describe('readRoadmap on every fixture table (read on 2021-06-15, settings plan year 2022 where the title has none)', () => {
  test.each(ROADMAP_FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const roadmap = read(fixture, fixture.expected.planYearSource === 'today' ? '2021-03-01' : '2021-06-15', {
      planYear: fixture.expected.planYearSource === 'settings' ? 2022 : null,
    });
    expect({
      headerRow: roadmap.headerRow,
      planYear: roadmap.planYear,
      planEndYear: roadmap.planEndYear,
      planYearSource: roadmap.planYearSource,
      sections: roadmap.sections.length,
      measures: roadmap.measures.length,
    }).toEqual(fixture.expected);
    expect(fixture.source).toMatch(/^(https:\/\/|\.\.\/shared\/seed)/);
    for (const m of roadmap.measures) {
      expect(m.title).not.toBe('');
      expect(m.lastRow).toBeGreaterThanOrEqual(m.row);
    }
  });
});

describe('the seed roadmap pasted into a ru_RU sheet, read on 2021-06-15', () => {
  const roadmap = read(seed2021, '2021-06-15');

  test('finds the three tasks with their short labels', () => {
    expect(roadmap.sections.map((s) => [s.id, s.label])).toEqual([
      ['task-1', 'Задача 1'],
      ['task-2', 'Задача 2'],
      ['task-3', 'Задача 3'],
    ]);
    expect(roadmap.sections[0]?.title).toMatch(/^Задача 1\. Создание нормативно/);
  });

  test('takes the plan year from «на 2021 год» in the title rows', () => {
    expect(roadmap.title).toContain('на 2021 год');
    expect([roadmap.planYear, roadmap.planYearSource]).toEqual([2021, 'title']);
  });

  test('turns the numbers Sheets made into dates back into text, 2.10 included', () => {
    expect(seed2021.values[25]?.[0]).toEqual({ date: '2026-01-02' });
    expect(roadmap.measures.filter((m) => m.sectionId === 'task-2').map((m) => m.number)).toEqual([
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '2.7',
      '2.8',
      '2.9',
      '2.10',
      '2.11',
      '2.12',
    ]);
  });

  test('keeps «1.1.» as the number 1.1 and puts each measure in its task', () => {
    expect(measure(roadmap, '1.1').sectionId).toBe('task-1');
    expect(measure(roadmap, '3.10').sectionId).toBe('task-3');
    expect(roadmap.measures.filter((m) => m.sectionId === 'task-3')).toHaveLength(10);
  });

  test('flags «март 2020г.» of measure 1.2 as a year outside the plan, naming the row and column', () => {
    const m = measure(roadmap, '1.2');
    const problem = roadmap.problems.find((p) => p.row === m.row);
    expect(problem).toMatchObject({ code: 'year-outside-plan', column: 4, severity: 'error' });
    expect(problem?.message).toEqual({
      code: 'deadline-doubtful',
      row: 19,
      column: 4,
      header: 'Срок исполнения',
      text: 'март 2020г.',
      doubt: { code: 'year-outside-plan', detail: '2020' },
    });
  });

  test('finds no other problem in the seed', () => {
    expect(roadmap.problems.map((p) => p.code)).toEqual(['year-outside-plan']);
  });

  test('reads the user columns and leaves room for the add-in', () => {
    expect(roadmap.columns).toEqual({ number: 1, measure: 2, executors: 3, deadline: 4, result: 5 });
    expect(roadmap.addinColumns).toEqual({});
    expect([roadmap.lastUserColumn, roadmap.firstDataRow, roadmap.lastRow]).toEqual([5, 17, 50]);
  });

  test('keeps executors as written and splits nothing without a separator', () => {
    expect(measure(roadmap, '3.1').executors).toEqual(['Руководители ПОО Отраслевые предприятия']);
  });
});

describe('tables of other shapes', () => {
  test('a «1 2 3 4 5» row under the header is skipped and «1.» + heading is a section (2021-03-01)', () => {
    const roadmap = read(mentoringSchool, '2021-03-01');
    expect(roadmap.firstDataRow).toBe(10);
    expect(roadmap.columns).toEqual({ number: 1, measure: 2, deadline: 3, executors: 4, result: 5 });
    expect(roadmap.sections.map((s) => s.label)).toEqual(['Раздел 1', 'Раздел 2']);
    expect(roadmap.measures.map((m) => m.number)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3']);
    expect(measure(roadmap, '1.5').executors).toEqual(['Директор', 'куратор']);
    expect(measure(roadmap, '1.5').title.split('\n')).toHaveLength(3);
  });

  test('the plan year falls back to settings, then to the year of today (2021-03-01)', () => {
    expect(read(mentoringSchool, '2021-03-01', { planYear: 2020 })).toMatchObject({
      planYear: 2020,
      planYearSource: 'settings',
    });
    expect(read(mentoringSchool, '2021-03-01')).toMatchObject({ planYear: 2021, planYearSource: 'today' });
  });

  test('a two-row header uses «окончание» as the deadline and «начало» as the start (2022-03-01)', () => {
    const roadmap = read(programActionPlan, '2022-03-01');
    expect([roadmap.headerRow, roadmap.headerLastRow, roadmap.firstDataRow]).toEqual([5, 6, 7]);
    expect(roadmap.columns).toEqual({ number: 1, measure: 2, start: 3, end: 4, executors: 7 });
    expect(roadmap.lastUserColumn).toBe(7);
    const first = measure(roadmap, '1');
    expect([first.startText, first.deadlineText]).toEqual(['10.01.2022', '28.02.2022']);
    expect(roadmap.sections.map((s) => [s.id, s.label])).toEqual([
      ['section-I', 'Раздел I'],
      ['section-II', 'Раздел II'],
    ]);
    expect(measure(roadmap, '4').sectionId).toBe('section-II');
  });

  test('a plan «на 2022-2024 годы» accepts deadlines in 2024 without a warning (2022-03-01)', () => {
    const roadmap = read(programActionPlan, '2022-03-01');
    expect([roadmap.planYear, roadmap.planEndYear]).toEqual([2022, 2024]);
    expect(roadmap.problems.map((p) => p.code)).toEqual(['missing-executor']);
    expect(roadmap.problems[0]?.message).toMatchObject({
      code: 'missing-executor',
      column: 7,
      header: 'Ответственный исполнитель',
    });
  });

  test('ALL-CAPS sections, no number column, continuation rows appended to the measure above (2022-09-01)', () => {
    const roadmap = read(kindergartenMentoring, '2022-09-01');
    expect(roadmap.columns).toEqual({ measure: 1, deadline: 2, executors: 3, result: 4 });
    expect(roadmap.sections.map((s) => s.label)).toEqual(['Подготовка условий для…', 'Формирование банка…']);
    const [first, second] = roadmap.measures;
    expect(first).toMatchObject({ row: 6, lastRow: 7, number: '', sectionId: 's5' });
    // A person's post after her initials stays with her (commaJoins).
    expect(first?.executors).toEqual(['Пономарёва Е.А., заведующий МБДОУ №18', 'педагоги']);
    expect(second?.result).toBe('Положение о наставничестве\nПриказ о назначении куратора');
    expect(second?.lastRow).toBe(9);
  });

  test('date cells in the deadline column and an unreadable deadline (2022-01-25)', () => {
    const roadmap = read(schoolMonthPlan, '2022-01-25');
    expect(roadmap.sections).toEqual([]);
    expect(measure(roadmap, '2').deadlineText).toBe('21.01.2022');
    const codes = roadmap.problems.map((p) => [p.row, p.code]);
    expect(codes).toContainEqual([11, 'deadline-unreadable']);
    expect(codes).toContainEqual([14, 'missing-executor']);
  });

  test('an already prepared table: add-in columns found, statuses and dates read (2022-06-15)', () => {
    const roadmap = read(preparedStages, '2022-06-15', { planYear: 2022 });
    expect(roadmap.addinColumns).toEqual({
      status: 7,
      completed: 8,
      newDeadline: 9,
      note: 10,
      due: 11,
      state: 12,
      daysLeft: 13,
      lastReminder: 14,
    });
    expect(roadmap.columns.measure).toBe(3);
    expect(roadmap.lastUserColumn).toBe(6);
    expect(roadmap.measures.map((m) => m.status)).toEqual(['done', 'in-progress', 'done', null, 'cancelled']);
    expect(measure(roadmap, '3')).toMatchObject({ completedOn: '2022-04-04', lastReminder: '2022-03-25' });
    expect(measure(roadmap, '4').newDeadlineText).toBe('до 30.06.2022');
    const unknown = roadmap.problems.find((p) => p.code === 'status-unknown');
    expect(unknown).toMatchObject({ row: 8, column: 7, severity: 'error' });
    expect(unknown?.message).toMatchObject({ code: 'status-unknown', row: 8, column: 7, text: 'да' });
  });
});

describe('a school plan grouped by month, with a footnote and a signature under it (2023-10-25)', () => {
  const values: CellValue[][] = [
    ['План мероприятий по подготовке к ГИА на 2023-2024 учебный год', '', '', ''],
    ['', '', '', ''],
    ['Мероприятие', 'Дата', 'Ответственный', 'Отметка о выполнении'],
    ['Сентябрь', '', '', ''],
    ['Педсовет по итогам ГИА-2023', '15.09.2023', 'Иванова А.П., зам. директора по УВР', ''],
    ['Родительское собрание', 'в течение месяца', 'Классные руководители 9, 11 классов', ''],
    ['II квартал 2024 г.', '', '', ''],
    ['Итоговое собеседование', '11 апреля', 'Иванова А.П.', ''],
    ['* мероприятия проводятся по согласованию с управлением образования', '', '', ''],
    ['Педагог-психолог', '', '', ''],
    ['', '', '', ''],
    ['Заместитель директора по УВР', '', 'А.П. Иванова', ''],
  ];
  const roadmap = readRoadmap({ sheetName: 'План', values, settings: SETTINGS, today: '2023-10-25' });

  test('a month or a quarter alone in its row is a section, not a measure without a deadline', () => {
    if (isRoadmapError(roadmap)) throw new Error('no table');
    expect(roadmap.sections.map((s) => [s.title, s.row])).toEqual([
      ['Сентябрь', 4],
      ['II квартал 2024 г.', 7],
    ]);
    expect(roadmap.measures.map((m) => m.row)).toEqual([5, 6, 8, 10]);
    expect(roadmap.measures.map((m) => m.sectionId)).toEqual(['s4', 's4', 's7', 's7']);
  });

  test('a footnote is no measure; a signature under the table is none either, a measure without a deadline stays one', () => {
    if (isRoadmapError(roadmap)) throw new Error('no table');
    expect(roadmap.measures.map((m) => m.title)).not.toContain('Заместитель директора по УВР');
    expect(roadmap.problems.map((p) => [p.code, p.row])).toEqual([
      ['missing-deadline', 10],
      ['missing-executor', 10],
    ]);
  });

  test('«в течение месяца» under a month heading is that month; under a quarter, the plan (as alone)', () => {
    if (isRoadmapError(roadmap)) throw new Error('no table');
    expect(roadmap.measures.map((m) => m.sectionMonth)).toEqual(['Сентябрь', 'Сентябрь', undefined, undefined]);
    const states = judgeRoadmap(roadmap, '2023-10-25', SETTINGS);
    expect(states.slice(0, 2).map((s) => [s.start, s.due, s.state])).toEqual([
      ['2023-09-15', '2023-09-15', 'overdue'],
      ['2023-09-01', '2023-09-30', 'overdue'],
    ]);
  });

  test('executors keep a list of classes and a person’s post after a comma', () => {
    if (isRoadmapError(roadmap)) throw new Error('no table');
    expect(roadmap.measures.slice(0, 2).map((m) => m.executors)).toEqual([
      ['Иванова А.П., зам. директора по УВР'],
      ['Классные руководители 9, 11 классов'],
    ]);
  });
});

describe('headers and rows the reader must not misread', () => {
  const today = '2021-06-15';
  const readValues = (values: CellValue[][]) =>
    readRoadmap({ sheetName: 'Лист1', values: rectangle(values), settings: SETTINGS, today });
  const readRoadmapOf = (values: CellValue[][]) => {
    const result = readValues(values);
    if (isRoadmapError(result)) throw new Error(result.error.code);
    return result;
  };

  test('no header in the first 30 rows → a «no-table» error', () => {
    const result = readValues([['Просто текст'], ['ещё текст', 'и ещё']]);
    expect(isRoadmapError(result) && result.error).toEqual({ code: 'no-table' });
  });

  test('a header below row 30 is not searched for', () => {
    const filler: CellValue[][] = Array.from({ length: 30 }, () => ['']);
    const result = readValues([...filler, ['Мероприятие', 'Срок', 'Ответственный'], ['Одно', 'май', 'Я']]);
    expect(isRoadmapError(result)).toBe(true);
  });

  test('Word hyphenation, soft hyphens, odd case and punctuation in header names; extra columns ignored', () => {
    const result = readValues([
      ['№п/п', 'СОДЕРЖАНИЕ РАБОТЫ', 'Ис-полнители', 'При\u00admечание', 'Сроки проведения:', 'Форма завершения'],
      ['1', 'Совещание', 'Иванов', 'важно', 'май 2021', 'Протокол'],
    ]);
    if (isRoadmapError(result)) throw new Error(result.error.code);
    expect(result.columns).toEqual({ number: 1, measure: 2, executors: 3, deadline: 5, result: 6 });
    expect(result.lastUserColumn).toBe(6);
    expect(result.measures[0]).toMatchObject({ number: '1', title: 'Совещание', deadlineText: 'май 2021' });
  });

  test('«Раздел II.» rows, numbers typed as numbers, measures before the first section', () => {
    const result = readValues([
      ['План работы на 2021 год'],
      ['N', 'Мероприятия', 'Ответственные', 'Срок исполнения', 'Результат'],
      [0.1, 'Вводное совещание', 'Директор', 'январь', 'Протокол'],
      ['Раздел II. Кадры', '', '', '', ''],
      [2.1, 'Подбор кадров', 'Отдел кадров', 'март', 'Приказ'],
      [2.1, 'Повтор номера', 'Отдел кадров', 'апрель', 'Приказ'],
      [2.2, 'Ещё', 'Отдел кадров', 'май', 'Приказ'],
    ]);
    if (isRoadmapError(result)) throw new Error(result.error.code);
    expect(result.sections.map((s) => [s.id, s.label])).toEqual([['section-II', 'Раздел II']]);
    expect(result.measures.map((m) => m.number)).toEqual(['0.1', '2.1', '2.10', '2.2']);
    const codes = result.problems.map((p) => [p.row, p.code]);
    expect(codes).toContainEqual([3, 'measure-before-section']);
    expect(codes).toContainEqual([6, 'number-ambiguous']);
    expect(codes).toContainEqual([7, 'number-out-of-order']);
  });

  test('a header split over two rows by a group cell («Исполнение» over «Срок» and «Ответственный»)', () => {
    const result = readRoadmapOf([
      ['№', 'Мероприятие', 'Исполнение', ''],
      ['', '', 'Срок', 'Ответственный'],
      ['1', 'Совещание', 'май 2021', 'Иванов'],
    ]);
    expect(result.columns).toEqual({ number: 1, measure: 2, deadline: 3, executors: 4 });
    expect([result.headerRow, result.headerLastRow]).toEqual([1, 2]);
    expect(result.measures.map((m) => m.title)).toEqual(['Совещание']);
  });

  test('a signature under the table is neither a section nor a measure', () => {
    const result = readRoadmapOf([
      ['№ п/п', 'Наименование мероприятия', 'Исполнители', 'Срок исполнения'],
      ['Задача 1. Кадры', '', '', ''],
      ['1.1', 'Совещание', 'Иванов', 'май 2021'],
      [''],
      ['Директор _________ И.И. Иванов', '', '', ''],
    ]);
    expect(result.sections.map((s) => s.label)).toEqual(['Задача 1']);
    expect(result.lastRow).toBe(3);
  });

  test('deadline problems: a typo explained, the engine’s other warnings passed on with the cell named', () => {
    const result = readRoadmapOf([
      ['Мероприятие', 'Ответственный', 'Срок'],
      ['Опечатка', 'Иванов', 'ежемесчно'],
      ['С пояснением', 'Иванов', '5 октября – День учителя'],
    ]);
    const typo = result.problems.find((p) => p.row === 2);
    expect(typo).toMatchObject({ code: 'deadline-unreadable', column: 3, severity: 'error' });
    expect(typo?.message).toEqual({
      code: 'deadline-unreadable',
      row: 2,
      column: 3,
      header: 'Срок',
      text: 'ежемесчно',
      why: { code: 'possible-typo', detail: 'ежемесчно', typos: [{ word: 'ежемесчно', suggestion: 'ежемесячно' }] },
    });
    const engine = parseDeadline('5 октября – День учителя', { planYear: 2021 }).warnings;
    expect(result.problems.filter((p) => p.row === 3).map((p) => p.code)).toEqual(engine.map((w) => w.code));
    expect(result.problems.filter((p) => p.row === 3).map((p) => p.message)).toEqual(
      engine.map((warning) => ({ code: 'deadline-warning', row: 3, column: 3, header: 'Срок', warning })),
    );
  });

  test('a repeated number is flagged as a duplicate with the first row', () => {
    const result = readValues([
      ['№ п/п', 'Наименование мероприятия', 'Исполнители', 'Срок исполнения'],
      ['1.1.', 'Первое', 'Иванов', 'май 2021'],
      ['1.1.', 'Второе', 'Петров', 'июнь 2021'],
    ]);
    if (isRoadmapError(result)) throw new Error(result.error.code);
    const duplicate = result.problems.find((p) => p.code === 'duplicate-number');
    expect(duplicate).toMatchObject({ row: 3, column: 1 });
    expect(duplicate?.message).toMatchObject({ code: 'duplicate-number', number: '1.1', firstRow: 2 });
  });

  test('a measure with no deadline and no executor gets both problems', () => {
    const result = readValues([
      ['№', 'Мероприятие', 'Ответственный', 'Срок'],
      ['1', 'Без всего', '', ''],
      ['2', 'Нормальное', 'Иванов', 'май'],
    ]);
    if (isRoadmapError(result)) throw new Error(result.error.code);
    expect(result.measures).toHaveLength(2);
    expect(result.problems.filter((p) => p.row === 2).map((p) => p.code)).toEqual([
      'missing-executor',
      'missing-deadline',
    ]);
  });

  test('the rightmost non-empty column beyond the header is remembered (notes with no header)', () => {
    const result = readValues([
      ['Мероприятие', 'Срок', 'Ответственный'],
      ['Одно', 'май', 'Иванов', '', '', 'заметка на полях'],
    ]);
    if (isRoadmapError(result)) throw new Error(result.error.code);
    expect([result.lastUserColumn, result.lastUsedColumn]).toEqual([3, 6]);
  });
});
