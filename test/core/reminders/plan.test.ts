import { addDays, type IsoDate } from '../../../src/core/dates';
import { indexLog, type LogEntry, planReminders } from '../../../src/core/reminders';
import {
  type Case,
  DIRECTORY,
  logged,
  measure,
  planOn,
  roadmapOf,
  SETTINGS,
  stateOf,
  stepsByRecipient,
  URL,
} from './fixtures';

// Seed measure 2.2: «Рабочая группа», «май 2021г.» → due 2021-05-31.
const m22 = measure({ row: 26, number: '2.2', title: 'Разработка порядка согласования прохождения практик' });
const may = (): Case => ({ measure: m22, due: '2021-05-31' });
const WG = 'wg@example.org';

/** Plans each day in turn, logging every digest as sent; returns the steps sent per day. */
function run(days: IsoDate[], cases: () => Case[]): Record<IsoDate, Record<string, string[]>> {
  let log: LogEntry[] = [];
  const out: Record<IsoDate, Record<string, string[]>> = {};
  for (const day of days) {
    const plan = planOn(day, cases(), log);
    log = logged(log, plan.digests, day);
    if (plan.digests.length > 0) out[day] = stepsByRecipient(plan.digests);
  }
  return out;
}

function daysFrom(start: IsoDate, count: number): IsoDate[] {
  return Array.from({ length: count }, (_, i) => addDays(start, i));
}

describe('planReminders cadence (nightly runs, every send logged)', () => {
  it('sends 14 and 3 days before, on the first overdue day, every 7 days, and escalates at 14 (due 2021-05-31)', () => {
    expect(run(daysFrom('2021-05-10', 50), () => [may()])).toEqual({
      '2021-05-17': { [WG]: ['before-14'] },
      '2021-05-28': { [WG]: ['before-3'] },
      '2021-06-01': { [WG]: ['overdue-1'] },
      '2021-06-08': { [WG]: ['overdue-2'] },
      '2021-06-14': { [WG]: ['escalation-1'] },
      '2021-06-21': { [WG]: ['escalation-2'] },
      '2021-06-28': { [WG]: ['escalation-3'] },
    });
  });

  it('copies escalations to the coordinator', () => {
    const plan = planOn('2021-06-14', [may()]);
    expect(plan.digests).toHaveLength(1);
    expect(plan.digests[0]).toMatchObject({ to: WG, cc: ['coordinator@example.org'], recipients: 2 });
    expect(plan.digests[0]?.items[0]).toMatchObject({ step: 'escalation', daysLeft: -14 });
    expect(planOn('2021-06-13', [may()]).digests[0]?.cc).toEqual([]);
  });

  it('escalates without a copy when no coordinator is set, and says so', () => {
    const plan = planOn('2021-06-14', [may()], [], { settings: { ...SETTINGS, coordinatorEmail: '' } });
    expect(plan.digests[0]).toMatchObject({ cc: [], replyTo: '' });
    expect(plan.problems.map((p) => p.code)).toEqual(['coordinator-missing']);
  });

  it('reminds an overdue measure never reminded (installed mid-year) on the next run', () => {
    expect(stepsByRecipient(planOn('2021-06-10', [may()]).digests)).toEqual({ [WG]: ['overdue-1'] });
  });

  it('counts the overdue repeat from the last reminder actually sent, not from errors', () => {
    let log = logged([], planOn('2021-06-01', [may()]).digests, '2021-06-01', 'error', 'Invalid email');
    expect(stepsByRecipient(planOn('2021-06-02', [may()], log).digests)).toEqual({ [WG]: ['overdue-1'] });
    log = logged(log, planOn('2021-06-03', [may()], log).digests, '2021-06-03');
    expect(planOn('2021-06-08', [may()], log).digests).toEqual([]);
    expect(stepsByRecipient(planOn('2021-06-10', [may()], log).digests)).toEqual({ [WG]: ['overdue-2'] });
  });

  it('sends only the nearest before-due step after missed days', () => {
    expect(stepsByRecipient(planOn('2021-05-29', [may()]).digests)).toEqual({ [WG]: ['before-3'] });
  });

  it('sends nothing the second time on the same day (dedupe against the log)', () => {
    const first = planOn('2021-05-17', [may()]);
    expect(first.digests).toHaveLength(1);
    const second = planOn('2021-05-17', [may()], logged([], first.digests, '2021-05-17'));
    expect(second.digests).toEqual([]);
    expect(second.quotaNeeded).toBe(0);
  });

  it('keeps recognising a measure after rows are inserted above it', () => {
    const log = logged([], planOn('2021-05-28', [may()]).digests, '2021-05-28');
    const moved = { measure: { ...m22, row: 30, lastRow: 30 }, due: '2021-05-31' };
    expect(planOn('2021-05-29', [moved], log).digests).toEqual([]);
  });

  it('starts over when the due date changes (Новый срок)', () => {
    const log = logged([], planOn('2021-05-28', [may()]).digests, '2021-05-28');
    const rescheduled = { measure: { ...m22, newDeadlineText: 'июнь 2021' }, due: '2021-06-30' };
    const plan = planOn('2021-06-27', [rescheduled], log);
    expect(plan.digests[0]?.items[0]).toMatchObject({ stepName: 'before-3', deadlineText: 'июнь 2021' });
  });
});

describe('planReminders recurring measures', () => {
  // Seed 1.5: «Председатель Координационного совета», «ежемесячно»: judged per month.
  const m15 = measure({
    row: 20,
    number: '1.5',
    title: 'Проведение заседаний Координационного совета',
    sectionId: 'task-1',
    executorsText: 'Председатель Координационного совета',
    deadlineText: 'ежемесячно',
  });
  const periodDue = (day: IsoDate): IsoDate => (day <= '2021-06-30' ? '2021-06-30' : '2021-07-31');

  it('reminds each period once per step', () => {
    let log: LogEntry[] = [];
    const sent: string[] = [];
    for (const day of daysFrom('2021-06-10', 50)) {
      const plan = planOn(day, [{ measure: m15, due: periodDue(day) }], log);
      log = logged(log, plan.digests, day);
      for (const d of plan.digests) for (const i of d.items) sent.push(`${day} ${i.stepName} ${i.due}`);
    }
    expect(sent).toEqual([
      '2021-06-16 before-14 2021-06-30',
      '2021-06-27 before-3 2021-06-30',
      '2021-07-17 before-14 2021-07-31',
      '2021-07-28 before-3 2021-07-31',
    ]);
    expect(log.every((e) => e.keys.every((k) => k.startsWith('1.5~') && k.includes('|brusilov@example.org|')))).toBe(
      true,
    );
  });
});

describe('planReminders never reminds', () => {
  const other = (row: number, number: string) => measure({ row, number, title: `Мероприятие ${number}` });
  const cases: Case[] = [
    { measure: other(30, '2.5'), due: '2021-04-30', state: 'done-late' },
    { measure: other(31, '2.6'), due: '2021-06-16', state: 'done-on-time' },
    { measure: other(32, '2.7'), due: '2021-04-30', state: 'cancelled' },
    { measure: other(33, '2.8'), due: null, state: 'no-deadline' },
    { measure: { ...other(34, '2.9'), deadlineText: 'по мере необходимости' }, due: null, state: 'unparsed' },
  ];

  it('done, cancelled, no-deadline and unparsed measures (2021-06-15)', () => {
    const plan = planOn('2021-06-15', cases);
    expect(plan.digests.filter((d) => d.kind === 'executor')).toEqual([]);
    expect(plan.skipped.map((s) => [s.number, s.reason])).toEqual([
      ['2.5', 'done'],
      ['2.6', 'done'],
      ['2.7', 'cancelled'],
      ['2.8', 'no-deadline'],
      ['2.9', 'unparsed'],
    ]);
  });

  it('reports unparsed deadlines to the coordinator once per deadline text', () => {
    const first = planOn('2021-06-15', cases);
    expect(first.digests.map((d) => [d.kind, d.to, d.items.map((i) => i.number)])).toEqual([
      ['coordinator-report', 'coordinator@example.org', ['2.9']],
    ]);
    const log = logged([], first.digests, '2021-06-15');
    expect(planOn('2021-06-16', cases, log).digests).toEqual([]);
    const edited = cases.map((c) =>
      c.measure.number === '2.9' ? { ...c, measure: { ...c.measure, deadlineText: 'по мере надобности' } } : c,
    );
    expect(planOn('2021-06-17', edited, log).digests).toHaveLength(1);
  });
});

describe('planReminders recipients', () => {
  it('sends one digest per address with all of that address’s measures, grouped and ordered', () => {
    const cases: Case[] = [
      {
        measure: measure({
          row: 17,
          number: '1.1',
          title: 'Соглашение',
          sectionId: 'task-1',
          executorsText: 'Руководители ПОО',
        }),
        due: '2021-05-31',
      },
      {
        measure: measure({ row: 24, number: '2.1', title: 'Корректировка ОПОП', executorsText: 'Руководители ПОО' }),
        due: '2021-06-18',
      },
      {
        measure: measure({
          row: 50,
          number: '3.1',
          title: 'Вахты строительных отрядов',
          sectionId: null,
          executorsText: 'Руководители ПОО Отраслевые предприятия',
        }),
        due: '2021-06-29',
      },
    ];
    const plan = planOn('2021-06-15', cases);
    expect(stepsByRecipient(plan.digests)).toEqual({
      'poo1@example.org': ['before-14', 'escalation-1', 'before-3'],
      'poo2@example.org': ['before-14', 'escalation-1', 'before-3'],
      'industry@example.org': ['before-14'],
      'industry2@example.org': ['before-14'],
    });
    expect(plan.digests.map((d) => d.to)).toEqual([
      'poo1@example.org',
      'poo2@example.org',
      'industry2@example.org',
      'industry@example.org',
    ]);
    const poo1 = plan.digests[0];
    expect(poo1?.items.map((i) => i.number)).toEqual(['3.1', '1.1', '2.1']);
    expect(poo1?.counts).toEqual({ overdue: 1, dueSoon: 2, unparsed: 0 });
    expect(poo1?.items[1]).toMatchObject({
      sectionLabel: 'Задача 1',
      link: `${URL}#gid=0&range=A17`,
      deadlineText: 'май 2021г.',
      due: '2021-05-31',
      daysLeft: -15,
    });
    expect(plan.quotaNeeded).toBe(2 + 2 + 1 + 1);
  });

  it('copies the executor’s «Копия» addresses', () => {
    const m = measure({ row: 28, number: '2.3', title: 'Система оценки', executorsText: 'Координационный совет' });
    const plan = planOn('2021-06-15', [{ measure: m, due: '2021-06-18' }]);
    expect(plan.digests[0]).toMatchObject({ to: 'council@example.org', cc: ['secretary@example.org'], recipients: 2 });
  });

  it('reports unknown executors with the measure’s row and the executors column, never guessing', () => {
    const m = measure({
      row: 28,
      number: '2.3',
      title: 'Система оценки',
      executorsText: 'Рабочая группа, Департамент',
    });
    const plan = planOn('2021-06-15', [{ measure: m, due: '2021-06-18' }]);
    expect(plan.digests.map((d) => d.to)).toEqual([WG]);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        row: 28,
        column: 3,
        code: 'executor-unknown',
        message: expect.stringContaining('«Департамент»'),
      }),
    ]);
  });

  it('skips a measure due a reminder whose executors have no address', () => {
    const m = measure({ row: 28, number: '2.3', title: 'Система оценки', executorsText: 'Министерство' });
    const plan = planOn('2021-06-15', [{ measure: m, due: '2021-06-18' }]);
    expect(plan.digests).toEqual([]);
    expect(plan.skipped.map((s) => [s.row, s.reason])).toEqual([[28, 'no-recipient']]);
  });

  it('gives measures without a number distinct keys even with the same title', () => {
    const a = measure({ row: 40, number: '', title: 'Заседание' });
    const b = measure({ row: 41, number: '', title: 'Заседание' });
    const plan = planOn('2021-06-15', [
      { measure: a, due: '2021-06-18' },
      { measure: b, due: '2021-06-18' },
    ]);
    const keys = plan.digests[0]?.items.map((i) => i.key) ?? [];
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
  });
});

describe('planReminders postponed and manual sends', () => {
  const mA = measure({ row: 26, number: '2.2', title: 'Порядок практик', executorsText: 'Рабочая группа' });
  const mB = measure({ row: 40, number: '3.9', title: 'Интернет-страница', executorsText: 'Столяров В.В.' });

  it('puts recipients with postponed items first on the next run', () => {
    const cases: Case[] = [
      { measure: mA, due: '2021-06-01' },
      { measure: mB, due: '2021-06-18' },
    ];
    const day1 = planOn('2021-06-15', cases);
    expect(day1.digests.map((d) => d.to)).toEqual([WG, 'stolyarov@example.org']);
    const stolyarov = day1.digests.filter((d) => d.to === 'stolyarov@example.org');
    let log = logged(
      [],
      day1.digests.filter((d) => d.to === WG),
      '2021-06-15',
    );
    log = logged(log, stolyarov, '2021-06-15', 'postponed');
    const day2 = planOn(
      '2021-06-16',
      [...cases, { measure: { ...mA, row: 27, number: '2.4', title: 'График' }, due: '2021-06-02' }],
      log,
    );
    expect(day2.digests.map((d) => [d.to, d.hasPostponed])).toEqual([
      ['stolyarov@example.org', true],
      [WG, false],
    ]);
    expect(day2.digests[0]?.items[0]).toMatchObject({ stepName: 'before-3', postponed: true });
    const day3 = planOn('2021-06-16', cases, logged(log, day2.digests, '2021-06-16'));
    expect(day3.digests).toEqual([]);
  });

  it('includes every overdue measure when asked, once a day', () => {
    const cases: Case[] = [
      { measure: mA, due: '2021-05-31' },
      { measure: mB, due: '2021-07-30' },
    ];
    const log = logged([], planOn('2021-06-01', cases).digests, '2021-06-01');
    expect(planOn('2021-06-04', cases, log).digests).toEqual([]);
    const manual = planOn('2021-06-04', cases, log, { includeAllOverdue: true });
    expect(manual.digests.map((d) => d.items.map((i) => [i.number, i.stepName, i.forced]))).toEqual([
      [['2.2', 'overdue-2', true]],
    ]);
    const again = planOn('2021-06-04', cases, logged(log, manual.digests, '2021-06-04'), { includeAllOverdue: true });
    expect(again.digests).toEqual([]);
  });
});

describe('planReminders with a long log', () => {
  it('indexes 10,000 log rows once and still dedupes', () => {
    const cases: Case[] = Array.from({ length: 60 }, (_, i) => ({
      measure: measure({ row: 100 + i, number: `9.${i}`, title: `Мероприятие ${i}` }),
      due: '2021-06-18',
    }));
    const first = planOn('2021-06-15', cases);
    const noise: LogEntry[] = Array.from({ length: 10_000 }, (_, i) => ({
      at: '2021-03-01T02:00:00',
      how: 'nightly',
      recipient: `r${i}@example.org`,
      cc: [],
      measures: '1.1',
      keys: [`1.1~x|r${i}@example.org|before-3|2021-03-04`, `1.2~y|r${i}@example.org|overdue-1|2021-02-28`],
      steps: ['before', 'overdue'],
      result: 'sent',
    }));
    const log = logged(noise, first.digests, '2021-06-15');
    const started = Date.now();
    const index = indexLog(log);
    const plan = planReminders({
      roadmap: roadmapOf(cases.map((c) => c.measure)),
      states: cases.map((c) => stateOf(c.measure, c.due, '2021-06-15')),
      directory: DIRECTORY,
      log: index,
      settings: SETTINGS,
      today: '2021-06-15',
      spreadsheetUrl: URL,
      sheetGid: 0,
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(first.digests[0]?.items).toHaveLength(60);
    expect(plan.digests).toEqual([]);
  });
});
