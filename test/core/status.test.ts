import { judgeRoadmap } from '../../src/core/roadmap';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { type JudgedMeasure, judgeMeasure, parseStatus } from '../../src/core/status';
import { seed2021 } from '../fixtures/roadmaps';
import { measure, read } from './roadmap/helpers';

const plan = { planYear: 2021 };
const settings = { dueSoonDays: DEFAULT_SETTINGS.dueSoonDays };

function m(deadlineText: string, extra: Partial<JudgedMeasure> = {}): JudgedMeasure {
  return { row: 10, deadlineText, newDeadlineText: '', status: null, completedOn: null, ...extra };
}

describe('one-off deadlines', () => {
  test('past its due date and not done → overdue, days negative (2021-06-15)', () => {
    expect(judgeMeasure(m('март 2021г.'), plan, '2021-06-15', settings)).toMatchObject({
      state: 'overdue',
      start: '2021-03-01',
      due: '2021-03-31',
      daysLeft: -76,
    });
  });

  test('due within dueSoonDays → due-soon; one day more → not-started', () => {
    expect(judgeMeasure(m('июнь 2021'), plan, '2021-06-23', settings)).toMatchObject({
      state: 'due-soon',
      daysLeft: 7,
    });
    expect(judgeMeasure(m('июнь 2021'), plan, '2021-06-22', settings)).toMatchObject({
      state: 'not-started',
      daysLeft: 8,
    });
  });

  test('due today is due-soon with 0 days; the next day it is overdue', () => {
    expect(judgeMeasure(m('до 15.06.2021'), plan, '2021-06-15', settings)).toMatchObject({
      state: 'due-soon',
      daysLeft: 0,
    });
    expect(judgeMeasure(m('до 15.06.2021'), plan, '2021-06-16', settings)).toMatchObject({
      state: 'overdue',
      daysLeft: -1,
    });
  });

  test('dueSoonDays comes from the settings (2021-06-15, 30 days)', () => {
    expect(judgeMeasure(m('июль 2021'), plan, '2021-06-15', { dueSoonDays: 30 }).state).toBe('not-started');
    expect(judgeMeasure(m('июль 2021'), plan, '2021-07-05', { dueSoonDays: 30 }).state).toBe('due-soon');
  });

  test('«В работе» far from the due date → in-progress (2021-06-15)', () => {
    expect(judgeMeasure(m('декабрь 2021', { status: 'in-progress' }), plan, '2021-06-15', settings).state).toBe(
      'in-progress',
    );
  });

  test('«В работе» does not hide an overdue measure (2021-06-15)', () => {
    expect(judgeMeasure(m('май 2021', { status: 'in-progress' }), plan, '2021-06-15', settings).state).toBe('overdue');
  });

  test('completed on or before the due date → done-on-time; after → done-late (2021-06-15)', () => {
    expect(judgeMeasure(m('май 2021', { completedOn: '2021-05-31' }), plan, '2021-06-15', settings).state).toBe(
      'done-on-time',
    );
    expect(judgeMeasure(m('май 2021', { completedOn: '2021-06-01' }), plan, '2021-06-15', settings).state).toBe(
      'done-late',
    );
  });

  test('«Выполнено» with no date → done-on-time (2021-06-15)', () => {
    expect(judgeMeasure(m('май 2021', { status: 'done' }), plan, '2021-06-15', settings).state).toBe('done-on-time');
  });

  test('«Отменено» wins over everything (2021-06-15)', () => {
    expect(judgeMeasure(m('март 2021', { status: 'cancelled' }), plan, '2021-06-15', settings)).toMatchObject({
      state: 'cancelled',
      due: '2021-03-31',
    });
  });

  test('Новый срок overrides Срок исполнения (2021-06-15)', () => {
    const judged = judgeMeasure(m('март 2021', { newDeadlineText: 'до 30.06.2021' }), plan, '2021-06-15', settings);
    expect(judged).toMatchObject({ state: 'not-started', due: '2021-06-30', daysLeft: 15 });
    expect(judged.deadline.text).toBe('до 30.06.2021');
  });

  test('the «начало» cell of a two-row header sets the start (2022-01-15)', () => {
    const judged = judgeMeasure(
      m('28.02.2022', { startText: '10.01.2022' }),
      { planYear: 2022 },
      '2022-01-15',
      settings,
    );
    expect([judged.start, judged.due]).toEqual(['2022-01-10', '2022-02-28']);
  });

  test('before its start a measure is not-started, never overdue; near its end it is due-soon (2022-02-20)', () => {
    const early = judgeMeasure(
      m('IV квартал 2022', { startText: 'сентябрь 2022' }),
      { planYear: 2022 },
      '2022-02-20',
      settings,
    );
    expect([early.state, early.start, early.due]).toEqual(['not-started', '2022-09-01', '2022-12-31']);
    const short = judgeMeasure(
      m('26.02.2022', { startText: '25.02.2022' }),
      { planYear: 2022 },
      '2022-02-20',
      settings,
    );
    expect([short.state, short.start, short.due]).toEqual(['due-soon', '2022-02-25', '2022-02-26']);
  });

  test('a start with no end is due at the end of the start\u2019s period (2022-02-20)', () => {
    const month = judgeMeasure(m('', { startText: 'март 2022' }), { planYear: 2022 }, '2022-02-20', settings);
    expect([month.state, month.start, month.due]).toEqual(['not-started', '2022-03-01', '2022-03-31']);
    const day = judgeMeasure(m('', { startText: '12.05.2022' }), { planYear: 2022 }, '2022-06-01', settings);
    expect([day.state, day.due]).toEqual(['overdue', '2022-05-12']);
  });

  test('a start after the end is ignored: the end stands (2022-02-20)', () => {
    const judged = judgeMeasure(
      m('январь 2022', { startText: 'март 2022' }),
      { planYear: 2022 },
      '2022-02-20',
      settings,
    );
    expect([judged.state, judged.start, judged.due]).toEqual(['overdue', '2022-01-01', '2022-01-31']);
  });
});

describe('deadlines without a date', () => {
  test('an empty deadline → no-deadline (2021-06-15)', () => {
    expect(judgeMeasure(m(''), plan, '2021-06-15', settings)).toMatchObject({
      state: 'no-deadline',
      due: null,
      daysLeft: null,
    });
  });

  test('«по мере необходимости» → no-deadline (2021-06-15)', () => {
    expect(judgeMeasure(m('по мере необходимости'), plan, '2021-06-15', settings).state).toBe('no-deadline');
  });

  test('an unreadable deadline → unparsed (2021-06-15)', () => {
    expect(judgeMeasure(m('когда-нибудь потом'), plan, '2021-06-15', settings)).toMatchObject({
      state: 'unparsed',
      due: null,
    });
  });

  test('«постоянно» → no-deadline until the plan’s end is near, then due-soon (2021-06-15, 2021-12-28)', () => {
    expect(judgeMeasure(m('постоянно'), plan, '2021-06-15', settings).state).toBe('no-deadline');
    expect(judgeMeasure(m('постоянно'), plan, '2021-12-28', settings)).toMatchObject({
      state: 'due-soon',
      daysLeft: 3,
    });
  });
});

describe('recurring deadlines judged period by period', () => {
  test('«ежемесячно» with no completion recorded: May was missed → overdue on May’s due (2021-06-15)', () => {
    expect(judgeMeasure(m('ежемесячно'), plan, '2021-06-15', settings)).toMatchObject({
      state: 'overdue',
      due: '2021-05-31',
      daysLeft: -15,
    });
  });

  test('completed in May: June is open with 15 days left (2021-06-15)', () => {
    expect(judgeMeasure(m('ежемесячно', { completedOn: '2021-05-20' }), plan, '2021-06-15', settings)).toMatchObject({
      state: 'not-started',
      start: '2021-06-01',
      due: '2021-06-30',
      daysLeft: 15,
    });
  });

  test('completed in June: the current period is done (2021-06-15)', () => {
    expect(judgeMeasure(m('ежемесячно', { completedOn: '2021-06-03' }), plan, '2021-06-15', settings)).toMatchObject({
      state: 'done-on-time',
      due: '2021-06-30',
    });
  });

  test('the first period has nothing before it to miss (2021-01-10)', () => {
    expect(judgeMeasure(m('ежемесячно'), plan, '2021-01-10', settings)).toMatchObject({
      state: 'not-started',
      due: '2021-01-31',
    });
  });

  test('near the end of the current period → due-soon (2021-06-25, May done)', () => {
    expect(judgeMeasure(m('ежемесячно', { completedOn: '2021-05-28' }), plan, '2021-06-25', settings).state).toBe(
      'due-soon',
    );
  });
});

describe('doubtful deadlines («Проверьте срок»), judged on 2021-06-15 in the 2021 plan', () => {
  test('a year before the plan is doubtful, not 441 days overdue', () => {
    expect(judgeMeasure(m('март 2020г.'), plan, '2021-06-15', settings)).toMatchObject({
      state: 'doubtful',
      due: '2020-03-31',
      daysLeft: null,
    });
  });

  test('a year two years after the plan is doubtful; the year right after it is a plain date', () => {
    expect(judgeMeasure(m('декабрь 2023'), plan, '2021-06-15', settings).state).toBe('doubtful');
    expect(judgeMeasure(m('до 20 января 2022'), plan, '2021-06-15', settings).state).toBe('not-started');
  });

  test('a day that cannot exist («31.06.2021», «30 февраля 2021») is doubtful, not unreadable', () => {
    expect(judgeMeasure(m('31.06.2021'), plan, '2021-06-15', settings)).toMatchObject({ state: 'doubtful', due: null });
    expect(judgeMeasure(m('30 февраля 2021'), plan, '2021-06-15', settings).state).toBe('doubtful');
  });

  test('a due date before the plan’s approval is doubtful; on or after it, judged as usual', () => {
    const approved = { planYear: 2021, approvedOn: '2021-03-22' };
    expect(judgeMeasure(m('до 15.02.2021'), approved, '2021-06-15', settings).state).toBe('doubtful');
    expect(judgeMeasure(m('март 2021'), approved, '2021-06-15', settings).state).toBe('overdue');
    expect(judgeMeasure(m('ежемесячно'), approved, '2021-06-15', settings).state).not.toBe('doubtful');
  });

  test('a plan year that is only today’s guess doubts no year', () => {
    const guessed = { planYear: 2021, planYearStated: false };
    expect(judgeMeasure(m('март 2020'), guessed, '2021-06-15', settings).state).toBe('overdue');
  });

  test('done stays done, and a doubtful due date does not make it late', () => {
    expect(judgeMeasure(m('март 2020', { completedOn: '2021-04-01' }), plan, '2021-06-15', settings).state).toBe(
      'done-on-time',
    );
  });

  test('Новый срок in the plan’s year clears the doubt', () => {
    expect(judgeMeasure(m('март 2020', { newDeadlineText: 'март 2021' }), plan, '2021-06-15', settings)).toMatchObject({
      state: 'overdue',
      due: '2021-03-31',
    });
  });
});

describe('the seed roadmap judged on 2021-06-15', () => {
  const roadmap = read(seed2021, '2021-06-15');
  const states = judgeRoadmap(roadmap, '2021-06-15', settings);
  const stateOf = (number: string) => states.find((s) => s.row === measure(roadmap, number).row);

  test('one state per measure', () => {
    expect(states).toHaveLength(29);
  });

  test('«февраль-март 2021 г.» is overdue since 31 March', () => {
    expect(stateOf('1.1')).toMatchObject({ state: 'overdue', start: '2021-02-01', due: '2021-03-31', daysLeft: -76 });
  });

  test('«март 2020г.» is «Проверьте срок»: the date as read is kept, no days are counted', () => {
    expect(stateOf('1.2')).toMatchObject({ state: 'doubtful', due: '2020-03-31', daysLeft: null });
  });

  test('«в течение года» is due at the year’s end', () => {
    expect(stateOf('2.8')).toMatchObject({ state: 'not-started', due: '2021-12-31', daysLeft: 199 });
  });

  test('«июнь-декабрь 2021» starts in June and is due in December', () => {
    expect(stateOf('2.9')).toMatchObject({ start: '2021-06-01', due: '2021-12-31' });
  });

  test('counts by state', () => {
    const counts: Record<string, number> = {};
    for (const s of states) counts[s.state] = (counts[s.state] ?? 0) + 1;
    expect(counts).toEqual({ overdue: 9, doubtful: 1, 'not-started': 19 });
  });
});

describe('the «Статус» cell', () => {
  test.each([
    ['Не начато', 'not-started'],
    ['  в   работе ', 'in-progress'],
    ['ВЫПОЛНЕНО', 'done'],
    ['выполнено.', 'done'],
    ['Исполнено', 'done'],
    ['Отменено', 'cancelled'],
  ])('«%s» → %s', (text, code) => {
    expect(parseStatus(text)).toBe(code);
  });

  test.each(['да', 'готово?', 'в процессе'])('«%s» is not a status', (text) => {
    expect(parseStatus(text)).toBeNull();
  });
});
