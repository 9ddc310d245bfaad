/**
 * The best consistent assignment of roles to the columns of one header: every column scored for
 * every role (columns.ts), then the highest scores taken first, one role a column and one column
 * a role. What is left is reported, not guessed away: each role carries its score, whether it is
 * sure, and the other columns that could hold it, so that the sidebar can ask the person.
 *
 * assignRoles([{ column: 1, text: 'Тема', … }, { column: 2, text: 'Сроки проведения', … }])
 *   → { roles: { measure: { column: 1, score: 6, sure: true, … }, deadline: { column: 2, … }, … } }
 */
import { USER_COLUMNS, type UserColumn } from '../model';
import { type CellScores, isForeign, SURE_SCORE } from './columns';

/** One header column as scored: its 1-based index, its text, its scores. */
export interface ScoredColumn {
  column: number;
  text: string;
  scores: CellScores;
}

/** Another column that could hold a role. */
export interface ColumnCandidate {
  column: number;
  score: number;
  text: string;
}

/**
 * What the reader decided for one role. `sure` is false when the score is low or another free
 * column scores the same (a tie): the person should confirm. `alternatives`, best first, never
 * include the chosen column.
 */
export interface RoleChoice {
  column: number | null;
  score: number;
  sure: boolean;
  alternatives: ColumnCandidate[];
}

export interface Assignment {
  roles: Record<UserColumn, RoleChoice>;
  /** Columns recognised as the person's own (financing, place, participants, amounts by year). */
  foreignColumns: number[];
}

/** The assignment of one header (see the file comment). */
export function assignRoles(columns: readonly ScoredColumn[]): Assignment {
  const foreignColumns: number[] = [];
  const pairs: { column: number; role: UserColumn; score: number }[] = [];
  for (const c of columns) {
    if (c.scores.addin) continue;
    if (isForeign(c.scores)) {
      foreignColumns.push(c.column);
      continue;
    }
    for (const role of USER_COLUMNS) {
      const score = c.scores.scores[role] ?? 0;
      if (score > 0) pairs.push({ column: c.column, role, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.column - b.column);
  const taken = new Map<number, UserColumn>();
  const chosen = new Map<UserColumn, { column: number; score: number }>();
  for (const pair of pairs) {
    if (chosen.has(pair.role) || taken.has(pair.column)) continue;
    chosen.set(pair.role, pair);
    taken.set(pair.column, pair.role);
  }
  const textOf = new Map(columns.map((c) => [c.column, c.text]));
  const roles = {} as Record<UserColumn, RoleChoice>;
  for (const role of USER_COLUMNS) {
    const pick = chosen.get(role);
    const alternatives = pairs
      .filter((p) => p.role === role && p.column !== pick?.column)
      .map((p) => ({ column: p.column, score: p.score, text: textOf.get(p.column) ?? '' }));
    // A tie: another column scores the same for this role and is not better used for another one.
    const tie = pick !== undefined && alternatives.some((a) => a.score === pick.score && !betterElsewhere(a, role));
    roles[role] = {
      column: pick?.column ?? null,
      score: pick?.score ?? 0,
      sure: pick !== undefined && pick.score >= SURE_SCORE && !tie,
      alternatives,
    };
  }

  function betterElsewhere(candidate: ColumnCandidate, role: UserColumn): boolean {
    const other = taken.get(candidate.column);
    if (other === undefined || other === role) return false;
    return (chosen.get(other)?.score ?? 0) > candidate.score;
  }
  return { roles, foreignColumns };
}
