import { addDays, type IsoDate } from '../../../src/core/dates';
import {
  fitsMailLimits,
  indexLog,
  type LogEntry,
  MAIL_LIMITS,
  MAX_ITEMS_PER_EMAIL,
  planReminders,
  renderDigest,
  splitByQuota,
} from '../../../src/core/reminders';
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
        message: { code: 'executor-unknown', row: 28, column: 3, name: 'Департамент' },
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
    // 60 measures for one address: two e-mails of 30 (at most MAX_ITEMS_PER_EMAIL = 50 in one).
    expect(first.digests.map((d) => [d.to, d.items.length])).toEqual([
      [WG, 30],
      [WG, 30],
    ]);
    expect(plan.digests).toEqual([]);
  });
});

describe('planReminders: the postponed, the longest waiting first', () => {
  const mWg = measure({ row: 26, number: '2.2', title: 'Порядок практик', executorsText: 'Рабочая группа' });
  const mSt = measure({ row: 40, number: '3.9', title: 'Интернет-страница', executorsText: 'Столяров В.В.' });
  const mCouncil = measure({ row: 28, number: '2.3', title: 'Система оценки', executorsText: 'Координационный совет' });
  const mPoo = measure({ row: 24, number: '2.1', title: 'Корректировка ОПОП', executorsText: 'Руководители ПОО' });

  it('orders postponed digests by their oldest postponement, not by address (2021-06-14 … 2021-06-16)', () => {
    // wg waits since 2021-06-14, stolyarov since 2021-06-15: by address stolyarov would go first.
    const cases: Case[] = [
      { measure: mWg, due: '2021-06-17' },
      { measure: mSt, due: '2021-06-18' },
    ];
    const day1 = planOn('2021-06-14', cases);
    let log = logged(
      [],
      day1.digests.filter((d) => d.to === WG),
      '2021-06-14',
      'postponed',
    );
    const day2 = planOn('2021-06-15', cases, log);
    expect(day2.digests.map((d) => [d.to, d.hasPostponed, d.postponedSince])).toEqual([
      [WG, true, '2021-06-14T02:10:00'],
      ['stolyarov@example.org', false, null],
    ]);
    log = logged(log, day2.digests, '2021-06-15', 'postponed');
    const day3 = planOn('2021-06-16', cases, log);
    expect(day3.digests.map((d) => [d.to, d.postponedSince])).toEqual([
      [WG, '2021-06-14T02:10:00'],
      ['stolyarov@example.org', '2021-06-15T02:10:00'],
    ]);
  });

  it('does not pass over a postponed digest with a copy for smaller ones day after day (2021-06-15 … 2021-06-17)', () => {
    // Council (to + «Копия» secretary: 2 recipients) is an escalation; poo1 and poo2 are due soon.
    const cases: Case[] = [
      { measure: mCouncil, due: '2021-05-31' },
      { measure: mPoo, due: '2021-06-18' },
    ];
    const day1 = planOn('2021-06-15', cases);
    expect(day1.digests.map((d) => [d.to, d.recipients])).toEqual([
      ['council@example.org', 3], // escalation: secretary and the coordinator in copy
      ['poo1@example.org', 1],
      ['poo2@example.org', 1],
    ]);
    // 2 left on 2021-06-15: council (3) does not fit and was never postponed: poo1 and poo2 go.
    const split1 = splitByQuota(day1.digests, 2);
    expect(split1.now.map((d) => d.to)).toEqual(['poo1@example.org', 'poo2@example.org']);
    let log = logged([], split1.now, '2021-06-15');
    log = logged(log, split1.postponed, '2021-06-15', 'postponed');

    // 2021-06-16: a new due-soon digest for stolyarov (1); 2 left again: council still does not
    // fit, and now nothing smaller goes before it.
    const more: Case[] = [...cases, { measure: mSt, due: '2021-06-19' }];
    const day2 = planOn('2021-06-16', more, log);
    expect(day2.digests.map((d) => [d.to, d.hasPostponed])).toEqual([
      ['council@example.org', true],
      ['stolyarov@example.org', false],
    ]);
    const split2 = splitByQuota(day2.digests, 2);
    expect(split2.now).toEqual([]);
    log = logged(log, split2.postponed, '2021-06-16', 'postponed');

    // 2021-06-17: 3 left: council goes first; stolyarov (postponed since 2021-06-16) waits.
    const day3 = planOn('2021-06-17', more, log);
    expect(day3.digests.map((d) => [d.to, d.postponedSince])).toEqual([
      ['council@example.org', '2021-06-15T02:10:00'],
      ['stolyarov@example.org', '2021-06-16T02:10:00'],
    ]);
    expect(splitByQuota(day3.digests, 3).now.map((d) => d.to)).toEqual(['council@example.org']);
  });
});

describe('planReminders: the coordinator who is also an executor (2021-06-15)', () => {
  // wg@example.org («Рабочая группа») is the coordinator here.
  const settings = { ...SETTINGS, coordinatorEmail: 'WG@example.org' };
  const cases: Case[] = [
    { measure: measure({ row: 26, number: '2.2', title: 'Порядок практик' }), due: '2021-06-18' },
    { measure: measure({ row: 24, number: '2.1', title: 'Корректировка ОПОП' }), due: '2021-05-31' },
    {
      measure: measure({ row: 34, number: '2.9', title: 'Мониторинг', deadlineText: 'по мере необходимости' }),
      due: null,
      state: 'unparsed',
    },
  ];

  it('gets one e-mail: their measures, then the unreadable deadlines, with the keys of both', () => {
    const plan = planOn('2021-06-15', cases, [], { settings });
    expect(plan.digests).toHaveLength(1);
    const digest = plan.digests[0];
    expect(digest).toMatchObject({ kind: 'executor', to: WG, cc: [], recipients: 1 });
    expect(digest?.items.map((i) => [i.number, i.stepName])).toEqual([
      ['2.1', 'escalation-1'],
      ['2.2', 'before-3'],
      ['2.9', 'unparsed'],
    ]);
    expect(digest?.counts).toEqual({ overdue: 1, dueSoon: 1, unparsed: 1 });
    expect(digest?.items[2]?.key).toMatch(/^2\.9~\w+\|wg@example\.org\|unparsed\|t\w+$/);
    expect(plan.quotaNeeded).toBe(1);

    const mail = renderDigest(digest as (typeof plan.digests)[number], {
      planTitle: 'Дорожная карта',
      today: '2021-06-15',
    });
    expect(mail.subject).toBe('Дорожная карта: 1 просрочено, 1 скоро срок, срок не распознан в 1 мероприятии');
    expect(mail.body).toContain('сроки ваших мероприятий истекли или скоро истекут');
    expect(mail.body).toContain('не удалось прочитать срок исполнения этих мероприятий');
    expect(mail.body.indexOf('• 2.2')).toBeLessThan(mail.body.indexOf('СРОК НЕ РАСПОЗНАН'));
    expect(mail.body.indexOf('СРОК НЕ РАСПОЗНАН')).toBeLessThan(mail.body.indexOf('• 2.9'));
    expect(mail.body).not.toContain('Ответ на это письмо получит координатор');

    // Logged as sent: neither part comes again the next day.
    const log = logged([], plan.digests, '2021-06-15');
    expect(log[0]?.steps).toEqual(['escalation', 'before', 'unparsed']);
    expect(planOn('2021-06-16', cases, log, { settings }).digests).toEqual([]);
  });

  it('still gets the report alone when none of their measures is due', () => {
    const plan = planOn('2021-06-15', cases.slice(2), [], { settings });
    expect(plan.digests.map((d) => [d.kind, d.to])).toEqual([['coordinator-report', WG]]);
  });
});

describe('planReminders: a digest too long for one e-mail (2021-06-15)', () => {
  const many = (count: number): Case[] =>
    Array.from({ length: count }, (_, i) => ({
      measure: measure({ row: 100 + i, number: `9.${i + 1}`, title: `Мероприятие ${i + 1}` }),
      due: i % 2 === 0 ? '2021-06-10' : '2021-06-18',
    }));

  it(`keeps ${MAX_ITEMS_PER_EMAIL} measures in one e-mail`, () => {
    expect(MAX_ITEMS_PER_EMAIL).toBe(50);
    const plan = planOn('2021-06-15', many(50));
    expect(plan.digests.map((d) => [d.items.length, d.part])).toEqual([[50, null]]);
  });

  it('splits 120 measures into three e-mails of 40, «часть 1 из 3» …, each with its own keys', () => {
    const plan = planOn('2021-06-15', many(120));
    expect(plan.digests.map((d) => [d.to, d.items.length, d.part])).toEqual([
      [WG, 40, { index: 1, of: 3 }],
      [WG, 40, { index: 2, of: 3 }],
      [WG, 40, { index: 3, of: 3 }],
    ]);
    expect(plan.quotaNeeded).toBe(3);
    // Rows 100 … 219 in order: part 1 holds 9.1 … 9.40; 20 overdue (odd numbers) and 20 due soon.
    expect(plan.digests[0]?.items.map((i) => i.number)).toEqual(Array.from({ length: 40 }, (_, i) => `9.${i + 1}`));
    expect(plan.digests[0]?.counts).toEqual({ overdue: 20, dueSoon: 20, unparsed: 0 });
    const keys = plan.digests.flatMap((d) => d.items.map((i) => i.key));
    expect(new Set(keys).size).toBe(120);

    const subjects = plan.digests.map((d) => renderDigest(d, { planTitle: '', today: '2021-06-15' }).subject);
    expect(subjects).toEqual([
      'Дорожная карта: 20 просрочено, 20 скоро срок (часть 1 из 3)',
      'Дорожная карта: 20 просрочено, 20 скоро срок (часть 2 из 3)',
      'Дорожная карта: 20 просрочено, 20 скоро срок (часть 3 из 3)',
    ]);
    expect(
      renderDigest(plan.digests[1] as (typeof plan.digests)[number], { planTitle: '', today: '2021-06-15' }).body,
    ).toContain('это часть 2 из 3');
  });

  it('counts every part against the quota, and sends the parts left over first the next day', () => {
    const cases = many(120);
    const plan = planOn('2021-06-15', cases);
    // Two of the three parts fit: the third is postponed.
    const split = splitByQuota(plan.digests, 2);
    expect(split.now.map((d) => d.part?.index)).toEqual([1, 2]);
    let log = logged([], split.now, '2021-06-15');
    log = logged(log, split.postponed, '2021-06-15', 'postponed');
    // 2021-06-16: the 40 measures left (the overdue ones' cadence and before-3 already sent) go as one e-mail.
    const next = planOn('2021-06-16', cases, log);
    expect(next.digests.map((d) => [d.items.length, d.part, d.hasPostponed, d.postponedSince])).toEqual([
      [40, null, true, '2021-06-15T02:10:00'],
    ]);
    expect(next.digests[0]?.items.map((i) => i.number)).toEqual(Array.from({ length: 40 }, (_, i) => `9.${i + 81}`));
    expect(planOn('2021-06-16', cases, logged(log, next.digests, '2021-06-16')).digests).toEqual([]);
  });
});

describe('planReminders: Google’s 200 KB body per message (issue 14, 2021-06-15)', () => {
  // A person may paste a whole document into a cell (up to 50,000 characters).
  const long = (count: number, chars: number): Case[] =>
    Array.from({ length: count }, (_, i) => ({
      measure: measure({
        row: 100 + i,
        number: `9.${i + 1}`,
        title: `${i + 1} ${'Ж'.repeat(chars)}`,
        result: 'Р'.repeat(chars),
      }),
      due: '2021-06-10',
    }));
  const render = (d: Parameters<typeof renderDigest>[0]) =>
    renderDigest(d, { planTitle: 'Дорожная карта '.repeat(20), today: '2021-06-15' });

  it('splits 45 measures of 1,900-character texts into parts that each fit, in order, numbered', () => {
    const cases = long(45, 1900);
    const plan = planOn('2021-06-15', cases);
    expect(plan.digests.length).toBeGreaterThan(1);
    for (const d of plan.digests) expect(fitsMailLimits(render(d))).toBe(true);
    expect(plan.digests.map((d) => d.part)).toEqual(
      plan.digests.map((_, i) => ({ index: i + 1, of: plan.digests.length })),
    );
    expect(plan.digests.flatMap((d) => d.items.map((i) => i.row))).toEqual(cases.map((c) => c.measure.row));
    expect(render(plan.digests[0] as (typeof plan.digests)[number]).subject).toContain(
      `(часть 1 из ${plan.digests.length})`,
    );
  });

  it('one measure of 50,000 characters is clipped, not refused: it fits one e-mail', () => {
    const plan = planOn('2021-06-15', long(1, 50_000));
    expect(plan.digests).toHaveLength(1);
    const mail = render(plan.digests[0] as (typeof plan.digests)[number]);
    expect(fitsMailLimits(mail)).toBe(true);
    expect(mail.body).toContain('…');
    expect(MAIL_LIMITS.bodyBytes).toBe(200_000);
  });

  it('short measures are not split below the 50-measure parts', () => {
    expect(planOn('2021-06-15', long(50, 10)).digests.map((d) => d.part)).toEqual([null]);
  });
});
