/**
 * Remembers parsed deadlines per (text, plan): a roadmap repeats its phrases, and a nightly
 * check re-reads the same cells. Bounded, and every caller gets a fresh copy, so no one can
 * change another's result.
 */
import type { Deadline, DeadlineContext } from './types';

const LIMIT = 5000;
/**
 * The remembered deadlines by key. Exported for the benchmarks, which clear it to time the cold
 * path (`deadlineMemory.clear()`): a function for that would be carried uncalled in the add-in's
 * bundle.
 */
export const deadlineMemory = new Map<string, Deadline>();

export function remembered(
  text: string,
  context: Required<DeadlineContext>,
  read: (text: string, context: Required<DeadlineContext>) => Deadline,
): Deadline {
  const key = `${context.planYear}|${context.planEndYear}|${context.schoolYear ? 's' : ''}|${text}`;
  let deadline = deadlineMemory.get(key);
  if (deadline === undefined) {
    deadline = read(text, context);
    if (deadlineMemory.size >= LIMIT) deadlineMemory.clear();
    deadlineMemory.set(key, deadline);
  }
  return copy(deadline);
}

function copy(d: Deadline): Deadline {
  const r = d.recurrence;
  return {
    text: d.text,
    kind: d.kind,
    start: d.start,
    due: d.due,
    recurrence: r ? { ...r, ...(r.dueRule ? { dueRule: { ...r.dueRule } } : {}) } : null,
    assumed: d.assumed.slice(),
    warnings: d.warnings.map((w) => ({ ...w })),
  };
}
