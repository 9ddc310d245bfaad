import { isWorkingDay } from '../core/calendar';
import { say } from '../core/i18n';
import { loadCalendar, todayCalendar } from './calendar-sheet';
import { judgeLoaded } from './check';
import { loadRoadmap } from './roadmap-sheet';

/**
 * The check as data, for `roadmap check --json`: sections, measures with their judged state,
 * problems. Reads and judges; writes nothing.
 */
export function checkReport() {
  const outcome = judgeLoaded(loadRoadmap());
  const { roadmap, today, settings } = outcome.loaded;
  const { calendar } = loadCalendar(outcome.loaded);
  const day = todayCalendar(outcome.loaded);
  const stateByRow = new Map(outcome.states.map((s) => [s.row, s]));
  const sectionCounts = new Map<string, number>();
  for (const m of roadmap.measures) {
    if (m.sectionId) sectionCounts.set(m.sectionId, (sectionCounts.get(m.sectionId) ?? 0) + 1);
  }
  return {
    sheet: roadmap.sheetName,
    planYear: roadmap.planYear,
    planEndYear: roadmap.planEndYear,
    schoolYear: roadmap.schoolYear === true,
    today,
    /** Today is a working day of the production calendar (with the sheet «Календарь»). */
    workingDay: day.workingDay,
    nextWorkingDay: day.nextWorkingDay,
    /** The production calendar of today's year is known (else weekends and the Labour Code's holidays only). */
    calendarYearKnown: day.yearKnown,
    workingDaysOnly: settings.workingDaysOnly,
    sections: roadmap.sections.map((s) => ({ id: s.id, title: s.title, measures: sectionCounts.get(s.id) ?? 0 })),
    measures: roadmap.measures.map((m) => {
      const state = stateByRow.get(m.row);
      return {
        row: m.row,
        number: m.number,
        section: m.sectionId,
        title: m.title,
        executors: m.executors,
        deadlineText: m.deadlineText,
        start: state?.start ?? null,
        due: state?.due ?? null,
        dueOff: state?.due ? !isWorkingDay(state.due, calendar) : false,
        recurrence: state?.deadline.recurrence?.frequency ?? null,
        status: m.status,
        completed: m.completedOn,
        state: state?.state ?? null,
        daysLeft: state?.daysLeft ?? null,
      };
    }),
    problems: outcome.problems.map((p) => ({ row: p.row, column: p.column, code: p.code, message: say(p.message) })),
  };
}
