import type { CellValue } from '../../../src/core/model';
import { isRoadmapError, planPrepare, readRoadmap } from '../../../src/core/roadmap';
import { STATE_COLORS } from '../../../src/core/states';
import { preparedStages, ROADMAP_FIXTURES, seed2021 } from '../../fixtures/roadmaps';
import { rectangle } from '../../fixtures/roadmaps/paste';
import { applyHeaders, read, SETTINGS } from './helpers';

describe('planPrepare on the seed (read on 2021-06-15)', () => {
  const roadmap = read(seed2021, '2021-06-15');
  const plan = planPrepare(roadmap);

  test('adds the eight columns in order, right of column E', () => {
    expect(plan.add.map((c) => [c.column, c.header])).toEqual([
      [6, 'Статус'],
      [7, 'Дата выполнения'],
      [8, 'Новый срок'],
      [9, 'Отметка об исполнении'],
      [10, 'Крайний срок'],
      [11, 'Состояние'],
      [12, 'Дней до срока'],
      [13, 'Последнее напоминание'],
    ]);
  });

  test('formats, validation and protection of each column', () => {
    const by = Object.fromEntries(plan.add.map((c) => [c.key, c]));
    expect(by.status).toMatchObject({
      numberFormat: '@',
      computed: false,
      validation: { kind: 'list', values: ['Не начато', 'В работе', 'Выполнено', 'Отменено'] },
    });
    expect(by.completed).toMatchObject({ numberFormat: 'dd.MM.yyyy', validation: { kind: 'date' }, computed: false });
    expect(by.newDeadline).toMatchObject({ numberFormat: '@', validation: null, computed: false });
    expect(by.due).toMatchObject({ numberFormat: 'dd.MM.yyyy', computed: true });
    expect(by.daysLeft).toMatchObject({ numberFormat: '0', computed: true });
    expect(plan.add.filter((c) => c.computed).map((c) => c.key)).toEqual(['due', 'state', 'daysLeft', 'lastReminder']);
    for (const c of plan.add) expect(c.width).toBeGreaterThan(50);
  });

  test('one conditional rule per state keyed on Состояние (K) over the data rows', () => {
    expect(plan.conditionalRules).toHaveLength(10); // one per state, «Проверьте срок» included
    const overdue = plan.conditionalRules.find((r) => r.state === 'overdue');
    expect(overdue).toEqual({
      state: 'overdue',
      formula: '=$K17="Просрочено"',
      background: STATE_COLORS.overdue.background,
      fontColor: STATE_COLORS.overdue.text,
      range: { row: 17, column: 1, numRows: 34, numColumns: 13 },
    });
  });

  test('freezes the header and lists every executor once', () => {
    expect(plan.freezeRows).toBe(16);
    expect(plan.dataRows).toEqual({ first: 17, last: 50 });
    expect(plan.executors).toEqual([
      'Руководители ПОО',
      'Председатель Координационного совета',
      'Координационный совет',
      'Рабочая группа',
      'Рабочая группа Специалисты отраслевых предприятий',
      'Рабочая группа ЦОПП',
      'Руководители ПОО Отраслевые предприятия',
      'Столяров В.В.',
    ]);
  });
});

describe('prepare is idempotent', () => {
  test.each(ROADMAP_FIXTURES.map((f) => [f.name, f] as const))(
    'planning %s again after applying adds nothing',
    (_n, fixture) => {
      const today = '2022-06-15';
      const first = planPrepare(read(fixture, today));
      const values = applyHeaders(fixture.values, first);
      const again = readRoadmap({ sheetName: 'Лист1', values, merges: fixture.merges, settings: SETTINGS, today });
      if (isRoadmapError(again)) throw new Error(again.error.code);
      const second = planPrepare(again);
      expect(second.add).toEqual([]);
      expect(second.columns.map((c) => [c.key, c.column])).toEqual(first.columns.map((c) => [c.key, c.column]));
      expect(again.measures.length).toBe(read(fixture, today).measures.length);
    },
  );

  test('a table prepared earlier gets nothing new (2022-06-15)', () => {
    const plan = planPrepare(read(preparedStages, '2022-06-15', { planYear: 2022 }));
    expect(plan.add).toEqual([]);
    expect(plan.conditionalRules[0]?.formula).toBe('=$L5="Просрочено"');
  });
});

describe('where new columns go (2021-06-15)', () => {
  const readValues = (values: CellValue[][]) => {
    const result = readRoadmap({
      sheetName: 'Лист1',
      values: rectangle(values),
      settings: SETTINGS,
      today: '2021-06-15',
    });
    if (isRoadmapError(result)) throw new Error(result.error.code);
    return result;
  };

  test('never over a non-empty column without a header', () => {
    const plan = planPrepare(
      readValues([
        ['Мероприятие', 'Срок', 'Ответственный'],
        ['Одно', 'май', 'Иванов', '', 'пометка'],
      ]),
    );
    expect(plan.add[0]?.column).toBe(6);
  });

  test('only the missing columns, after the existing add-in columns', () => {
    const plan = planPrepare(
      readValues([
        ['Мероприятие', 'Срок', 'Ответственный', 'Статус', 'Состояние'],
        ['Одно', 'май', 'Иванов', 'В работе', ''],
      ]),
    );
    expect(plan.add.map((c) => [c.key, c.column])).toEqual([
      ['completed', 6],
      ['newDeadline', 7],
      ['note', 8],
      ['due', 9],
      ['daysLeft', 10],
      ['lastReminder', 11],
    ]);
    expect(plan.columns.find((c) => c.key === 'state')?.column).toBe(5);
    expect(plan.conditionalRules[0]?.formula).toBe('=$E2="Просрочено"');
  });
});
