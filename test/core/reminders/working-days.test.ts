import { workCalendar } from '../../../src/core/calendar';
import { addDays, type IsoDate } from '../../../src/core/dates';
import type { LogEntry } from '../../../src/core/reminders';
import { logged, measure, planOn, SETTINGS, stateOf } from './fixtures';

const m22 = measure({ row: 26, number: '2.2', title: 'Разработка порядка согласования прохождения практик' });
const WORKING = { ...SETTINGS, remindBeforeInWorkingDays: true };

/** The days of a run on which something was planned, with the step names. */
function run(days: IsoDate[], due: (day: IsoDate) => IsoDate, settings = WORKING): string[] {
  let log: LogEntry[] = [];
  const sent: string[] = [];
  for (const day of days) {
    const plan = planOn(day, [{ measure: m22, due: due(day) }], log, { settings });
    log = logged(log, plan.digests, day);
    for (const d of plan.digests) for (const i of d.items) sent.push(`${day} ${i.stepName}`);
  }
  return sent;
}

const days = (from: IsoDate, n: number) => Array.from({ length: n }, (_, i) => addDays(from, i));

describe('before-due steps in working days (2021 production calendar)', () => {
  it('«за 3 рабочих дня» before Tuesday 15 June 2021 is Wednesday 9 June (12–14 June off)', () => {
    expect(run(days('2021-06-01', 14), () => '2021-06-15')).toEqual(['2021-06-01 before-14', '2021-06-09 before-3']);
    // In calendar days the same step goes on Saturday 12 June.
    expect(run(days('2021-06-01', 14), () => '2021-06-15', SETTINGS)).toEqual([
      '2021-06-01 before-14',
      '2021-06-12 before-3',
    ]);
  });

  it('counts the organisation’s own days off too', () => {
    const calendar = workCalendar([{ date: '2021-06-10', working: false, comment: 'Выпускной' }]);
    const plan = (day: IsoDate) =>
      planOn(day, [{ measure: m22, due: '2021-06-15' }], [], { settings: WORKING, calendar }).digests.length;
    expect([plan('2021-06-07'), plan('2021-06-08')]).toEqual([1, 1]); // before-14 … already due
    const log = logged(
      [],
      planOn('2021-06-01', [{ measure: m22, due: '2021-06-15' }], [], { settings: WORKING }).digests,
      '2021-06-01',
    );
    const step = (day: IsoDate) =>
      planOn(day, [{ measure: m22, due: '2021-06-15' }], log, { settings: WORKING, calendar }).digests[0]?.items[0]
        ?.stepName ?? null;
    expect([step('2021-06-07'), step('2021-06-08')]).toEqual([null, 'before-3']);
  });
});

describe('a due date on a non-working day', () => {
  it('is kept as written and marked', () => {
    const [item] =
      planOn('2021-06-11', [{ measure: m22, due: '2021-06-13' }], [], { settings: WORKING }).digests[0]?.items ?? [];
    expect(item).toMatchObject({ due: '2021-06-13', daysLeft: 2, dueOff: true });
    const [workday] =
      planOn('2021-06-11', [{ measure: m22, due: '2021-06-15' }], [], { settings: WORKING }).digests[0]?.items ?? [];
    expect(workday?.dueOff).toBe(false);
  });
});

describe('the missed non-working days', () => {
  // A weekly measure due each Sunday; the New Year holidays of 2021 run 1–10 January.
  const weekly = measure({ row: 27, number: '2.3', title: 'Еженедельный отчёт', deadlineText: 'еженедельно' });
  const overdueOn = (day: IsoDate, due: IsoDate) => [{ day, states: [stateOf(weekly, due, day)] }];

  it('send on the next working day what fell due on them and is not due any more', () => {
    // On 4 January the week to 3 January was overdue; on 11 January it is the week to 10 January.
    const today = '2021-01-11';
    const plan = planOn(today, [{ measure: weekly, due: '2021-01-10' }], [], {
      settings: WORKING,
      missed: overdueOn('2021-01-04', '2021-01-03'),
    });
    const items = plan.digests.flatMap((d) => d.items.map((i) => `${i.stepName} ${i.due} ${i.daysLeft}`));
    expect(items).toEqual(['overdue-1 2021-01-10 -1', 'overdue-1 2021-01-03 -8']);
  });

  it('add nothing that today already plans for the same period, and nothing already sent', () => {
    const missed = overdueOn('2021-01-09', '2021-01-03');
    const first = planOn('2021-01-11', [{ measure: weekly, due: '2021-01-03' }], [], { settings: WORKING, missed });
    expect(first.digests.flatMap((d) => d.items.map((i) => i.stepName))).toEqual(['overdue-1']);
    const log = logged([], first.digests, '2021-01-11');
    const again = planOn('2021-01-11', [{ measure: weekly, due: '2021-01-10' }], log, { settings: WORKING, missed });
    expect(again.digests.flatMap((d) => d.items.map((i) => `${i.stepName} ${i.due}`))).toEqual([
      'overdue-1 2021-01-10',
    ]);
  });
});
