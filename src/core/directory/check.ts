import { type Measure, type Problem, problemAt, type Roadmap } from '../model';
import { type ExecutorMatches, matchExecutors } from './match';
import type { Directory } from './read';

/** The executor cell to match: the text as written, or the reader's list when the text is empty. */
export function executorsOf(measure: Pick<Measure, 'executorsText' | 'executors'>): string | readonly string[] {
  return measure.executorsText.trim() !== '' ? measure.executorsText : measure.executors;
}

/**
 * The problems of one measure's executors: 'executor-unknown' for each part the directory does not
 * know, 'executor-no-email' for a known executor without an address; at the measure's row and the
 * executors column.
 */
export function matchProblems(row: number, matches: ExecutorMatches, executorsColumn: number | null): Problem[] {
  const problems: Problem[] = [];
  for (const name of matches.unmatched) {
    problems.push(problemAt({ code: 'executor-unknown', row, column: executorsColumn, name }, 'warning'));
  }
  for (const { entry } of matches.matched) {
    if (entry.emails.length > 0) continue;
    const message = {
      code: 'executor-no-email',
      row,
      column: executorsColumn,
      name: entry.name,
      directoryRow: entry.row,
    } as const;
    problems.push(problemAt(message, 'warning'));
  }
  return problems;
}

/**
 * Every measure's executor problems, for the sidebar's list (the reminder plan reports only the
 * measures it would remind).
 * checkExecutors(roadmap, directory) → [{ row: 50, column: 3, code: 'executor-unknown', … }]
 */
export function checkExecutors(
  roadmap: { measures: readonly Pick<Measure, 'row' | 'executorsText' | 'executors'>[]; columns: Roadmap['columns'] },
  directory: Pick<Directory, 'entries'>,
): Problem[] {
  const column = roadmap.columns.executors ?? null;
  return roadmap.measures.flatMap((m) => {
    const executors = executorsOf(m);
    const empty = typeof executors === 'string' ? executors.trim() === '' : executors.length === 0;
    return empty ? [] : matchProblems(m.row, matchExecutors(executors, directory), column);
  });
}
