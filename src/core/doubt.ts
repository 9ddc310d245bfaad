/**
 * Doubtful deadlines: read, but unlikely to be what the plan meant, so the measure is
 * «Проверьте срок» (state `doubtful`), listed among the table's problems and never reminded.
 *
 * - a written year before the plan's first year, or more than a year after its last
 *   («март 2020г.» in the 2021 plan; «январь 2022» in it stays a date: a year's report is often
 *   due early the next year);
 * - a day or month that cannot exist («31.06.2021», «30 февраля»);
 * - a due date before the plan's approval date, when the title rows state one
 *   («Протокол № 1 от 22.03.2021» and «до 15.02.2021»).
 *
 * doubtOf(parseDeadline('март 2020г.', { planYear: 2021 }), { planYear: 2021 })
 *   → { code: 'year-outside-plan', detail: '2020' }
 */
import type { IsoDate } from './dates';
import type { Deadline, DeadlineContext } from './deadline/types';

export type DoubtCode = 'year-outside-plan' | 'impossible-date' | 'before-approval';

export interface Doubt {
  code: DoubtCode;
  /** The year, the impossible date as written, or the approval date (YYYY-MM-DD). */
  detail: string;
}

/** What judging knows of the plan besides its years. */
export interface PlanContext extends DeadlineContext {
  /** The approval date from the title rows («Утверждено … от 22.03.2021»), when stated. */
  approvedOn?: IsoDate | null;
  /**
   * false when the plan year is only a guess (today's year: no title, no setting); a year outside
   * a guessed plan says nothing about the deadline. Default true.
   */
  planYearStated?: boolean;
}

export function doubtOf(deadline: Deadline, plan: PlanContext): Doubt | null {
  const impossible = deadline.warnings.find((w) => w.code === 'impossible-date');
  if (impossible) return { code: 'impossible-date', detail: impossible.detail };
  if (deadline.due === null || deadline.kind === 'unknown') return null;
  if (plan.planYearStated !== false && deadline.kind !== 'recurring') {
    const first = plan.planYear;
    const last = Math.max(plan.planEndYear ?? first, first);
    for (const w of deadline.warnings) {
      if (w.code !== 'year-outside-plan') continue;
      const year = Number(/\d{4}/u.exec(w.detail)?.[0]);
      if (year < first || year > last + 1) return { code: 'year-outside-plan', detail: String(year) };
    }
  }
  const approved = plan.approvedOn ?? null;
  if (approved !== null && deadline.kind !== 'recurring' && deadline.kind !== 'continuous' && deadline.due < approved)
    return { code: 'before-approval', detail: approved };
  return null;
}
