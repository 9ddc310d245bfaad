import { isRoadmapError, readRoadmap } from '../../../src/core/roadmap';
import { mergedCells } from '../../fixtures/roadmaps';
import { measure, read, SETTINGS } from './helpers';

/** Cells merged down over several measures (the merged-cells fixture), read on 2021-06-15. */
describe('a cell merged down over several measures applies to each of them', () => {
  const roadmap = read(mergedCells, '2021-06-15');

  test('the executors merged over 1.1–1.3 are the executors of 1.2 and 1.3 too', () => {
    for (const number of ['1.1', '1.2', '1.3']) {
      expect(measure(roadmap, number).executors).toEqual(['Руководители ПОО']);
    }
  });

  test('the deadline merged over 1.2–1.3 is the deadline of 1.3, and 1.1 keeps its own', () => {
    expect(measure(roadmap, '1.3').deadlineText).toBe('до 01.06.2021');
    expect(measure(roadmap, '1.1').deadlineText).toBe('февраль-март 2021 г.');
  });

  test('the result merged over 2.1–2.2 is the result of 2.2', () => {
    expect(measure(roadmap, '2.2').result).toBe('Протоколы');
  });

  test('no measure is left without a deadline and no problem says so', () => {
    expect(roadmap.measures.filter((m) => m.deadlineText === '').map((m) => m.number)).toEqual([]);
    expect(roadmap.problems.filter((p) => /missing/.test(p.code))).toEqual([]);
  });

  test('task rows merged across the table stay sections', () => {
    expect(roadmap.sections.map((s) => s.label)).toEqual(['Задача 1', 'Задача 2']);
    expect(measure(roadmap, '1.1').sectionId).toBe('task-1');
    expect(measure(roadmap, '2.1').sectionId).toBe('task-2');
  });

  test('a measure written on two rows keeps its second executor once, not its merged cells twice', () => {
    const twoRows = measure(roadmap, '2.3');
    expect(twoRows.lastRow).toBe(12);
    expect(twoRows.executors).toEqual(['Координационный совет', 'Отраслевые предприятия']);
    expect(twoRows.deadlineText).toBe('декабрь 2021 г.');
    expect(twoRows.result).toBe('Модель');
  });

  test('without the merges the second and third measures have no executors (what the merges change)', () => {
    const flat = read({ ...mergedCells, merges: [] }, '2021-06-15');
    expect(measure(flat, '1.2').executors).toEqual([]);
    expect(measure(flat, '1.3').deadlineText).toBe('');
  });
});

describe('start and end columns merged down (the person’s columns, read on 2021-06-15)', () => {
  test('each measure under the merges gets the start and the end', () => {
    const values = [
      ['План мероприятий на 2021 год', '', '', '', ''],
      ['№', 'Мероприятие', 'Ответственный', 'Начало', 'Окончание'],
      ['1', 'Семинар для наставников', 'Методист', 'март 2021', 'май 2021'],
      ['2', 'Открытые уроки', 'Учителя', '', ''],
    ];
    const roadmap = readRoadmap({
      sheetName: 'Лист1',
      values,
      merges: [
        { row: 3, column: 4, numRows: 2, numColumns: 1 },
        { row: 3, column: 5, numRows: 2, numColumns: 1 },
      ],
      settings: SETTINGS,
      today: '2021-06-15',
      layout: { headerRow: 2, columns: { number: 1, measure: 2, executors: 3, start: 4, end: 5 } },
    });
    if (isRoadmapError(roadmap)) throw new Error(roadmap.error.code);
    const second = measure(roadmap, '2');
    expect([second.startText, second.deadlineText]).toEqual(['март 2021', 'май 2021']);
  });
});

describe('one cell merged across the start and the end columns (read on 2010-06-15)', () => {
  // As in samples/municipal-kotelnich-2010: «ежегодно» written once over «начало | окончание».
  const values = [
    ['Мероприятия программы, 2010 - 2011 годы', '', '', '', ''],
    ['N п/п', 'Название мероприятий', 'Срок исполнения', '', 'Исполнители'],
    ['', '', 'начало', 'окончание', ''],
    ['1.9.', 'Реконструкция братского кладбища', '2010', '2011', 'отдел культуры'],
    ['2.5.', 'Алексеевская ярмарка', 'ежегодно', '', 'отдел культуры'],
  ];
  const merges = [
    { row: 2, column: 3, numRows: 1, numColumns: 2 },
    { row: 5, column: 3, numRows: 1, numColumns: 2 },
  ];
  const readWith = (m: typeof merges) => {
    const roadmap = readRoadmap({ sheetName: 'Лист1', values, merges: m, settings: SETTINGS, today: '2010-06-15' });
    if (isRoadmapError(roadmap)) throw new Error(roadmap.error.code);
    return roadmap;
  };

  test('is both the start and the end: «ежегодно» is the deadline, not an empty end', () => {
    const fair = measure(readWith(merges), '2.5');
    expect([fair.startText, fair.deadlineText]).toEqual(['ежегодно', 'ежегодно']);
  });

  test('a row with its own start and end keeps them', () => {
    const own = measure(readWith(merges), '1.9');
    expect([own.startText, own.deadlineText]).toEqual(['2010', '2011']);
  });

  test('without the merge the end stays empty (what the merge changes)', () => {
    expect(measure(readWith(merges.slice(0, 1)), '2.5').deadlineText).toBe('');
  });
});
