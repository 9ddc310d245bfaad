/**
 * A plan's own column of execution marks («Отметка о выполнении»): a plain «выполнено» there is a
 * done measure (not reminded) while the add-in's «Статус» is empty; other marks are the person's notes.
 */
import { isRoadmapError, judgeRoadmap, readRoadmap } from '../../../src/core/roadmap';
import { readMark } from '../../../src/core/roadmap/cells';
import { markColumnOf } from '../../../src/core/roadmap/columns';
import { rectangle } from '../../fixtures/roadmaps/paste';
import { SETTINGS } from './helpers';

const TODAY = '2021-06-15';

function judged(values: Parameters<typeof rectangle>[0]) {
  const roadmap = readRoadmap({ sheetName: 'Лист1', values: rectangle(values), settings: SETTINGS, today: TODAY });
  if (isRoadmapError(roadmap)) throw new Error('no table');
  return { roadmap, states: new Map(judgeRoadmap(roadmap, TODAY, SETTINGS).map((s) => [s.row, s])) };
}

describe('the person’s own execution marks', () => {
  it.each([
    ['Отметка о выполнении', true],
    ['Отметка об исполнении мероприятия', true],
    ['Информация о выполнении', true],
    ['Статус', true],
    ['Выполнение', true],
    ['Ожидаемый результат', false],
    ['Примечание', false],
  ])('«%s» is a column of marks: %s', (text, isMark) => {
    expect(
      markColumnOf({ headerTexts: { 2: 'Мероприятие', 5: text }, columns: { measure: 2 }, addinColumns: {} }),
    ).toBe(isMark ? 5 : undefined);
  });

  it.each([
    ['выполнено', { status: 'done', date: null }],
    ['Выполнено 12.03.2021', { status: 'done', date: '2021-03-12' }],
    ['исполнено (протокол № 3 от 01.02.2021)', { status: 'done', date: '2021-02-01' }],
    ['Отменено', { status: 'cancelled', date: null }],
    ['+', { status: 'done', date: null }],
    [' ✓ ', { status: 'done', date: null }],
    ['Да', { status: 'done', date: null }],
    ['+/-', null],
    ['выполнено частично', null],
    ['не выполнено', null],
    ['перенесено на апрель', null],
    ['Подпрограмма', null],
  ])('reads the mark «%s»', (text, expected) => {
    expect(readMark(text)).toEqual(expected);
  });

  it('judges a measure marked «выполнено» done, and leaves the others to their deadlines', () => {
    const { roadmap, states } = judged([
      ['План мероприятий колледжа на 2021 год'],
      ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Отметка о выполнении'],
      ['1.', 'Организационная работа'],
      ['1.1.', 'Утверждение плана', 'январь', 'Директор', 'выполнено'],
      ['1.2.', 'Совещание с мастерами', 'март', 'Зам. директора по УПР', 'перенесено на апрель'],
      ['1.3.', 'Отчёт на педсовете', 'февраль', 'Зам. директора по УР', 'Выполнено 12.03.2021'],
    ]);
    expect(roadmap.markColumn).toBe(5);
    expect([4, 5, 6].map((row) => states.get(row)?.state)).toEqual(['done-on-time', 'overdue', 'done-late']);
    expect(roadmap.problems.filter((p) => p.code === 'status-unknown')).toEqual([]);
  });

  it('lets the add-in’s own «Статус» win over the person’s mark', () => {
    const { states } = judged([
      ['План мероприятий на 2021 год'],
      ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Отметка о выполнении', 'Статус'],
      ['1.', 'Утверждение плана', 'январь', 'Директор', 'выполнено', 'В работе'],
    ]);
    expect(states.get(3)?.state).toBe('overdue');
  });
});
