import {
  byUrgency,
  countStates,
  doneShare,
  executorTable,
  judgeAll,
  mostOverdue,
  NO_EXECUTOR,
} from '../../../src/core/summary';
import { measure, state } from './fixtures';

const today = '2021-06-15';

describe('summary statistics (judged on 2021-06-15)', () => {
  const measures = [
    measure(10, { executors: ['Руководители ПОО'] }),
    measure(11, { executors: ['Рабочая группа'] }),
    measure(12, { executors: ['Руководители ПОО', 'Рабочая группа'] }),
    measure(13, { executors: [] }),
    measure(14, { executors: ['Координационный совет'] }),
    measure(15, { executors: ['Координационный совет'] }),
    measure(16),
  ];
  const states = [
    state(10, 'done-on-time', '2021-05-31', today),
    state(11, 'overdue', '2021-05-31', today),
    state(12, 'overdue', '2021-03-31', today),
    state(13, 'due-soon', '2021-06-20', today),
    state(14, 'in-progress', '2021-06-30', today),
    state(15, 'no-deadline', null, today),
    state(16, 'done-late', '2021-04-30', today),
  ];
  const judged = judgeAll(measures, states);

  it('counts every state, with 0 for the absent ones', () => {
    const counts = countStates(judged);
    expect(counts.overdue).toBe(2);
    expect(counts['done-on-time']).toBe(1);
    expect(counts['done-late']).toBe(1);
    expect(counts['no-deadline']).toBe(1);
    expect(counts.cancelled).toBe(0);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(measures.length);
  });

  it('computes % done over the measures that have a due date only', () => {
    // 6 measures have a due date (row 15 has none); 2 of them are done → 33 %
    expect(doneShare(judged)).toEqual({ done: 2, withDeadline: 6, percent: 33 });
  });

  it('gives no percentage when no measure has a due date', () => {
    const none = judgeAll([measure(20)], [state(20, 'no-deadline', null, today)]);
    expect(doneShare(none).percent).toBeNull();
  });

  it('leaves cancelled measures out of % done', () => {
    const list = judgeAll(
      [measure(20), measure(21)],
      [state(20, 'cancelled', '2021-05-01', today), state(21, 'done-on-time', '2021-05-01', today)],
    );
    expect(doneShare(list)).toEqual({ done: 1, withDeadline: 1, percent: 100 });
  });

  it('orders by urgency: most overdue first, then due soon, in progress, …, done last', () => {
    expect(byUrgency(judged).map((j) => j.measure.row)).toEqual([12, 11, 13, 14, 15, 16, 10]);
  });

  it('names the most overdue measure', () => {
    expect(mostOverdue(judged)?.measure.row).toBe(12);
    expect(mostOverdue(judged)?.state.daysLeft).toBe(-76);
    expect(mostOverdue(judgeAll([measure(10)], [state(10, 'done-on-time', '2021-05-31', today)]))).toBeNull();
  });

  it('counts a measure for each of its executors and puts the most overdue executor first', () => {
    const table = executorTable(judged);
    expect(table[0]).toEqual({ executor: 'Рабочая группа', overdue: 2, dueSoon: 0, inProgress: 0, done: 0, total: 2 });
    const poo = table.find((l) => l.executor === 'Руководители ПОО');
    expect(poo).toEqual({ executor: 'Руководители ПОО', overdue: 1, dueSoon: 0, inProgress: 0, done: 2, total: 3 });
    const council = table.find((l) => l.executor === 'Координационный совет');
    expect(council?.inProgress).toBe(1);
    expect(table.find((l) => l.executor === NO_EXECUTOR)?.dueSoon).toBe(1);
  });

  it('shows a measure the checker skipped as «Срок не распознан» rather than dropping it', () => {
    const list = judgeAll([measure(30)], []);
    expect(list[0]?.state.state).toBe('unparsed');
  });
});
