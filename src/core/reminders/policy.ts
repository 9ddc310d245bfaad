import { daysBetween, type IsoDate } from '../dates';
import type { Settings } from '../settings';
import type { StepHistory } from './log';
import type { StepKind } from './types';

export interface StepDecision {
  step: StepKind;
  /** 'before-3', 'overdue-2', 'escalation-1'. */
  stepName: string;
  /** Included by «все просроченные», not by the cadence. */
  forced: boolean;
}

export interface StepInput {
  /** due − today; negative when overdue. */
  daysLeft: number;
  /**
   * What the before-due steps compare (settings.remindBeforeDays): the working days left when
   * they count working days (workingDaysBetween(today, due)); daysLeft when absent.
   */
  beforeLeft?: number;
  today: IsoDate;
  settings: Pick<Settings, 'remindBeforeDays' | 'overdueRepeatDays' | 'escalateAfterDays'>;
  /** What was already sent for this measure, recipient and period. */
  history: StepHistory;
  includeAllOverdue?: boolean;
}

/**
 * The reminder step due today for one measure and recipient, or null.
 *
 * Before the due date: the smallest step of settings.remindBeforeDays with daysLeft ≤ step that was
 * not sent yet — a missed day still sends the nearest step once, and 14 and 3 never go out together.
 * Overdue: on the first overdue day (or the first run after it, when never reminded), then every
 * settings.overdueRepeatDays after the last overdue reminder actually sent. Overdue at least
 * settings.escalateAfterDays (> 0): the first escalation goes out at once, later repeats stay
 * escalations. includeAllOverdue sends an overdue measure whatever the cadence, but not twice a day.
 *
 * decideStep({ daysLeft: 3, today: '2021-05-28', settings: DEFAULT_SETTINGS, history: emptyHistory() })
 *   → { step: 'before', stepName: 'before-3', forced: false }
 */
export function decideStep(input: StepInput): StepDecision | null {
  const { daysLeft, today, settings, history } = input;
  if (daysLeft >= 0) {
    const left = input.beforeLeft ?? daysLeft;
    const applicable = settings.remindBeforeDays.filter((s) => left <= s);
    if (applicable.length === 0) return null;
    const step = Math.min(...applicable);
    return history.before.has(step) ? null : { step: 'before', stepName: `before-${step}`, forced: false };
  }

  const overdueDays = -daysLeft;
  const escalating = settings.escalateAfterDays > 0 && overdueDays >= settings.escalateAfterDays;
  const next = (forced: boolean): StepDecision =>
    escalating
      ? { step: 'escalation', stepName: `escalation-${history.escalation + 1}`, forced }
      : { step: 'overdue', stepName: `overdue-${history.overdue + 1}`, forced };

  if (escalating && history.escalation === 0) return next(false);
  if (history.lastOverdueDay === null) return next(false);
  const since = daysBetween(history.lastOverdueDay, today);
  if (since >= settings.overdueRepeatDays) return next(false);
  if (input.includeAllOverdue && since > 0) return next(true);
  return null;
}
