import { decideStep, emptyHistory, type StepHistory } from '../../../src/core/reminders';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

const history = (h: Partial<StepHistory> = {}): StepHistory => ({ ...emptyHistory(), ...h });
const decide = (daysLeft: number, today: string, h: Partial<StepHistory> = {}, includeAllOverdue = false) =>
  decideStep({ daysLeft, today, settings: DEFAULT_SETTINGS, history: history(h), includeAllOverdue })?.stepName ?? null;

describe('decideStep (default settings: 14 and 3 days before, repeat 7, escalate at 14)', () => {
  it('waits until 14 days before the due date (due 2021-05-31)', () => {
    expect(decide(15, '2021-05-16')).toBeNull();
    expect(decide(14, '2021-05-17')).toBe('before-14');
    expect(decide(13, '2021-05-18', { before: new Set([14]) })).toBeNull();
  });

  it('sends the 3-day step at 3 days and never both steps at once', () => {
    expect(decide(3, '2021-05-28', { before: new Set([14]) })).toBe('before-3');
    expect(decide(2, '2021-05-29')).toBe('before-3');
    expect(decide(0, '2021-05-31', { before: new Set([3]) })).toBeNull();
  });

  it('catches up a missed 14-day step once', () => {
    expect(decide(10, '2021-05-21')).toBe('before-14');
  });

  it('reminds on the first overdue day, then 7 days after the last sent', () => {
    expect(decide(-1, '2021-06-01', { before: new Set([14, 3]) })).toBe('overdue-1');
    const afterFirst = { overdue: 1, lastOverdueDay: '2021-06-01' };
    expect(decide(-6, '2021-06-06', afterFirst)).toBeNull();
    expect(decide(-7, '2021-06-07', afterFirst)).toBeNull();
    expect(decide(-8, '2021-06-08', afterFirst)).toBe('overdue-2');
  });

  it('counts the repeat from the day actually sent', () => {
    const sentLate = { overdue: 1, lastOverdueDay: '2021-06-03' };
    expect(decide(-8, '2021-06-08', sentLate)).toBeNull();
    expect(decide(-10, '2021-06-10', sentLate)).toBe('overdue-2');
  });

  it('reminds an overdue measure never reminded on the next run', () => {
    expect(decide(-10, '2021-06-10')).toBe('overdue-1');
  });

  it('escalates at 14 days overdue at once, then repeats as escalation', () => {
    const beforeEscalation = { overdue: 2, lastOverdueDay: '2021-06-08' };
    expect(decide(-13, '2021-06-13', beforeEscalation)).toBeNull();
    expect(decide(-14, '2021-06-14', beforeEscalation)).toBe('escalation-1');
    const escalated = { overdue: 2, escalation: 1, lastOverdueDay: '2021-06-14' };
    expect(decide(-20, '2021-06-20', escalated)).toBeNull();
    expect(decide(-21, '2021-06-21', escalated)).toBe('escalation-2');
    expect(decide(-40, '2021-07-10')).toBe('escalation-1');
  });

  it('does not escalate when escalation is off', () => {
    const settings = { ...DEFAULT_SETTINGS, escalateAfterDays: 0 };
    expect(decideStep({ daysLeft: -30, today: '2021-06-30', settings, history: history() })?.step).toBe('overdue');
  });

  it('includes an overdue measure regardless of cadence, but not twice a day', () => {
    const sent = { overdue: 1, lastOverdueDay: '2021-06-01' };
    expect(decide(-4, '2021-06-04', sent, true)).toBe('overdue-2');
    expect(
      decideStep({
        daysLeft: -4,
        today: '2021-06-04',
        settings: DEFAULT_SETTINGS,
        history: history(sent),
        includeAllOverdue: true,
      })?.forced,
    ).toBe(true);
    expect(decide(-4, '2021-06-04', { overdue: 2, lastOverdueDay: '2021-06-04' }, true)).toBeNull();
    expect(decide(5, '2021-05-26', {}, true)).toBe('before-14');
  });

  it('honours custom steps', () => {
    const settings = { ...DEFAULT_SETTINGS, remindBeforeDays: [1, 30, 7] };
    const step = (daysLeft: number) =>
      decideStep({ daysLeft, today: '2021-06-01', settings, history: history() })?.stepName ?? null;
    expect([step(31), step(30), step(8), step(7), step(1), step(0)]).toEqual([
      null,
      'before-30',
      'before-30',
      'before-7',
      'before-1',
      'before-1',
    ]);
  });
});
