/**
 * A school's calendar plan of educational work (test/fixtures/roadmaps/education-plan.ts): module
 * headings as sections, the first one above the header; the header repeated inside the table is
 * not a measure; the school year's deadlines.
 */
import { isRoadmapError, judgeRoadmap, readRoadmap } from '../../../src/core/roadmap';
import { educationPlan } from '../../fixtures/roadmaps';
import { SETTINGS } from './helpers';

function read() {
  const roadmap = readRoadmap({
    sheetName: 'Лист1',
    values: educationPlan.values,
    merges: educationPlan.merges,
    settings: SETTINGS,
    today: '2023-11-15',
  });
  if (isRoadmapError(roadmap)) throw new Error('no table');
  return roadmap;
}

describe('a calendar plan of educational work, module by module', () => {
  it('takes each «Модуль «…»» as a section, the first one from above the header', () => {
    const roadmap = read();
    expect(roadmap.sections.map((s) => [s.row, s.title])).toEqual([
      [5, 'Модуль «Основные школьные дела»'],
      [12, 'Модуль «Классное руководство»'],
    ]);
    const [first, second] = roadmap.sections.map((s) => s.id);
    expect(roadmap.measures.map((m) => m.sectionId)).toEqual([...Array(5).fill(first), ...Array(3).fill(second)]);
  });

  it('does not read the header written again inside the table as a measure or its executor', () => {
    const roadmap = read();
    expect(roadmap.measures.map((m) => m.row)).toEqual([7, 8, 9, 10, 11, 14, 15, 16]);
    expect(roadmap.measures.flatMap((m) => m.executors)).not.toContain('Ответственные');
    expect(roadmap.problems.filter((p) => p.row === 13)).toEqual([]);
    expect(roadmap.problems.filter((p) => p.code === 'measure-before-section')).toEqual([]);
  });

  it('reads the school year’s deadlines', () => {
    const roadmap = read();
    expect(roadmap.schoolYear).toBe(true);
    const byRow = new Map(judgeRoadmap(roadmap, '2023-11-15', SETTINGS).map((m) => [m.row, m]));
    expect(byRow.get(7)?.deadline).toMatchObject({ kind: 'date', due: '2023-09-01' });
    expect(byRow.get(10)?.deadline?.recurrence).toMatchObject({ frequency: 'week', dueRule: { weekday: 1 } });
    expect(byRow.get(14)?.deadline).toMatchObject({ start: '2023-12-12', due: '2023-12-29' });
    expect(byRow.get(15)?.deadline?.recurrence?.frequency).toBe('school-term');
    expect(byRow.get(16)?.deadline).toMatchObject({ start: '2023-09-22', due: '2023-09-28' });
  });
});

describe('a two-row header written again inside the table', () => {
  it('skips both header rows and their «1 2 3» row, and reads the measures around them', () => {
    const twoRows = [
      ['№', 'Мероприятие', 'Срок', '', 'Исполнитель'],
      ['', '', 'начало', 'окончание', ''],
      ['1', '2', '3', '4', '5'],
    ];
    const values = [
      ['План мероприятий на 2021 год', '', '', '', ''],
      ...twoRows,
      ['1.', 'Совещание', 'январь', 'март', 'Рабочая группа'],
      ...twoRows,
      ['2.', 'Отчёт', 'апрель', 'май', 'Рабочая группа'],
    ];
    const roadmap = readRoadmap({
      sheetName: 'Лист1',
      values,
      merges: [{ row: 2, column: 3, numRows: 1, numColumns: 2 }],
      settings: SETTINGS,
      today: '2021-06-15',
    });
    if (isRoadmapError(roadmap)) throw new Error('no table');
    expect(roadmap.measures.map((m) => [m.row, m.number, m.title])).toEqual([
      [5, '1', 'Совещание'],
      [9, '2', 'Отчёт'],
    ]);
    expect(roadmap.problems.filter((p) => [6, 7, 8].includes(p.row))).toEqual([]);
  });
});
