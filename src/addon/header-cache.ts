import type { MergedRange, RoadmapHeader } from '../core/roadmap';
import { documentStore, readJson } from './store';

/**
 * What onEdit needs to re-judge a row without reading the sheet's top: the roadmap sheet's id,
 * its header (columns, plan year) and the spreadsheet's time zone. Written by every full read;
 * a few hundred bytes, far under the 9 KB a property may hold.
 */
const KEY = 'roadmap.header';

export interface CachedHeader {
  sheetId: number;
  timeZone: string;
  header: RoadmapHeader;
  /**
   * Cells merged down in the executors, deadline, start and result columns as [row, column,
   * rows]: an edited measure under one reads the merge's top cell. null when there are more than
   * MAX_MERGES (the cache stays far under 9 KB): onEdit then leaves the table to the next check.
   */
  merges?: [number, number, number][] | null;
}

/** About 15 bytes each: 400 keep the cache under 7 KB. */
export const MAX_MERGES = 400;

/** The merges onEdit needs, compact; null when too many to keep. */
export function compactMerges(merges: readonly MergedRange[]): [number, number, number][] | null {
  const down = merges.filter((m) => m.numRows > 1).map((m): [number, number, number] => [m.row, m.column, m.numRows]);
  return down.length > MAX_MERGES ? null : down;
}

export function saveHeader(cached: CachedHeader): void {
  const json = JSON.stringify(cached);
  const store = documentStore();
  if (store.getProperty(KEY) !== json) store.setProperty(KEY, json);
}

export function loadHeader(): CachedHeader | null {
  return readJson<CachedHeader>(KEY);
}
