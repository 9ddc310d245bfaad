import type { MeasureState, Problem } from '../core/model';
import { judgeRoadmap, planCheckWrites } from '../core/roadmap';
import { loadCalendar } from './calendar-sheet';
import { readDirectoryProblems } from './directory-sheet';
import { withDocumentLock } from './lock';
import { type LoadedRoadmap, loadRoadmap } from './roadmap-sheet';
import { saveLastCheck } from './store';
import { writeBlocks } from './write';

export interface CheckOutcome {
  loaded: LoadedRoadmap;
  states: MeasureState[];
  problems: Problem[];
  /** Computed columns missing from the sheet (prepare has not run). */
  missing: string[];
}

/** Judges every measure on today's date without writing anything (the sidebar's first look). */
export function judgeLoaded(loaded: LoadedRoadmap = loadRoadmap()): CheckOutcome {
  const { roadmap, today, settings } = loaded;
  const states = judgeRoadmap(roadmap, today, settings);
  const problems = [...roadmap.problems, ...readDirectoryProblems(loaded), ...loadCalendar(loaded).own.problems];
  const missing = planCheckWrites(roadmap, []).missing;
  return { loaded, states, problems, missing };
}

/** Judges every measure on today's date and writes the computed columns, one setValues per block. */
export function checkRoadmap(loaded: LoadedRoadmap = loadRoadmap()): CheckOutcome {
  const outcome = judgeLoaded(loaded);
  writeBlocks(loaded.sheet, planCheckWrites(loaded.roadmap, outcome.states).blocks);
  saveLastCheck({ at: new Date().toISOString(), stamp: loaded.today });
  return outcome;
}

/** «Проверить сроки» from the menu or the sidebar: under the document lock. */
export function checkDeadlinesLocked(): CheckOutcome {
  return withDocumentLock(() => checkRoadmap());
}
