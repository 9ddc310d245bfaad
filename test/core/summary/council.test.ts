import type { SheetModel } from '../../../src/core/summary';
import { councilReportModel, defaultCouncilPeriod, formatGrids } from '../../../src/core/summary';
import { planText } from '../../../src/core/summary/council';
import { measure, roadmap, section, state } from './fixtures';

const today = '2021-06-15';

describe('defaultCouncilPeriod', () => {
  it('is the past calendar month (2021-06-15 → May 2021)', () => {
    expect(defaultCouncilPeriod('2021-06-15')).toEqual({ from: '2021-05-01', to: '2021-05-31' });
  });
  it('crosses the year in January (2021-01-10 → December 2020)', () => {
    expect(defaultCouncilPeriod('2021-01-10')).toEqual({ from: '2020-12-01', to: '2020-12-31' });
  });
  it('ends February on its last day (2020-03-01 → 29.02.2020)', () => {
    expect(defaultCouncilPeriod('2020-03-01').to).toBe('2020-02-29');
  });
});

describe('councilReportModel for May 2021 (judged on 2021-06-15)', () => {
  const sections = [section('task-1', 'Задача 1', 'Задача 1. Нормативная база', 15)];
  const measures = [
    measure(16, { number: '1.1', sectionId: 'task-1', title: 'В срок', completedOn: '2021-05-20' }),
    measure(17, { number: '1.2', sectionId: 'task-1', title: 'С опозданием', completedOn: '2021-06-03' }),
    measure(18, { number: '1.3', sectionId: 'task-1', title: 'Не сделано', note: 'нет финансирования' }),
    measure(19, { number: '1.4', sectionId: 'task-1', title: 'Срок в июле' }),
    measure(20, { number: '1.5', sectionId: 'task-1', title: 'Досрочно в мае', completedOn: '2021-05-10' }),
    measure(21, { number: '1.6', sectionId: 'task-1', title: 'Отменено' }),
    measure(22, { number: '1.7', sectionId: 'task-1', title: 'Сделано в апреле', completedOn: '2021-04-20' }),
  ];
  const states = [
    state(16, 'done-on-time', '2021-05-31', today),
    state(17, 'done-late', '2021-05-31', today),
    state(18, 'overdue', '2021-05-31', today),
    state(19, 'not-started', '2021-07-31', today),
    state(20, 'done-on-time', '2021-09-30', today),
    state(21, 'cancelled', '2021-05-31', today),
    state(22, 'done-on-time', '2021-04-30', today),
  ];
  const model = councilReportModel({
    roadmap: roadmap(measures, sections),
    states,
    from: '2021-05-01',
    to: '2021-05-31',
    updatedAt: '15.06.2021 09:00',
  });
  const rowOf = (m: SheetModel, title: string) => m.values.find((r) => r[1] === title);

  it('uses the monitoring form’s columns', () => {
    expect(model.key).toBe('council');
    expect(model.title).toBe('Отчёт для совета');
    expect(model.values).toContainEqual([
      '№',
      'Мероприятие',
      'Срок (план)',
      'Дата выполнения (факт)',
      'Отметка о выполнении',
      'Причины / комментарий',
    ]);
  });

  it('lists the measures due in the period and those completed in it, not others', () => {
    const titles = model.values.map((r) => r[1]);
    expect(titles).toEqual(expect.arrayContaining(['В срок', 'С опозданием', 'Не сделано', 'Досрочно в мае']));
    expect(titles).not.toContain('Срок в июле');
    expect(titles).not.toContain('Отменено');
    expect(titles).not.toContain('Сделано в апреле');
  });

  it('marks each measure in the form’s words, with the fact date and the reason', () => {
    expect(rowOf(model, 'В срок')).toEqual([
      '1.1',
      'В срок',
      'май 2021г.',
      { date: '2021-05-20' },
      'выполнено в срок',
      '',
    ]);
    expect(rowOf(model, 'С опозданием')?.[4]).toBe('выполнено с нарушением срока');
    expect(rowOf(model, 'Не сделано')?.slice(3)).toEqual(['', 'не выполнено', 'нет финансирования']);
  });

  it('groups under the task heading, merged across the table', () => {
    const r = model.values.findIndex((l) => l[0] === 'Задача 1. Нормативная база') + 1;
    expect(r).toBeGreaterThan(0);
    expect(model.merges).toContainEqual({ row: r, col: 1, numRows: 1, numCols: 6 });
  });

  it('totals the marks and names the period', () => {
    expect(model.values[0]?.[0]).toBe('Отчёт о ходе реализации дорожной карты за период с 01.05.2021 по 31.05.2021');
    expect(model.values.at(-1)?.[0]).toBe('Итого: 4; выполнено в срок — 2, с нарушением срока — 1, не выполнено — 1');
  });

  it('keeps measure numbers as text', () => {
    const r = model.values.findIndex((l) => l[0] === '1.1');
    expect(formatGrids(model).numberFormats[r]?.[0]).toBe('@');
  });

  it('gives a recurring measure’s due date for the period and a new deadline as written', () => {
    const monthly = { ...state(30, 'overdue', '2021-05-31', today) };
    monthly.deadline = { ...monthly.deadline, kind: 'recurring', recurrence: { frequency: 'month' } };
    expect(planText('ежемесячно', '', monthly)).toBe('ежемесячно (срок: 31.05.2021)');
    expect(planText('май 2021г.', 'июль 2021г.', state(31, 'overdue', '2021-07-31', today))).toBe(
      'май 2021г.; перенесён: июль 2021г.',
    );
  });

  it('says so when nothing falls in the period', () => {
    const empty = councilReportModel({
      roadmap: roadmap(measures, sections),
      states,
      from: '2021-11-01',
      to: '2021-11-30',
      updatedAt: '15.06.2021 09:00',
    });
    expect(empty.values.at(-1)?.[0]).toBe('За период нет мероприятий со сроком или выполнением в этом периоде.');
  });
});
