import type { IsoDate } from '../../../src/core/dates';
import type { CellValue, Roadmap } from '../../../src/core/model';
import { isRoadmapError, type PreparePlan, readRoadmap } from '../../../src/core/roadmap';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import type { RoadmapFixture } from '../../fixtures/roadmaps';

export const SETTINGS: Settings = { ...DEFAULT_SETTINGS };

/** Reads a fixture on a day; fails the test when the reader finds no table. */
export function read(fixture: RoadmapFixture, today: IsoDate, settings: Partial<Settings> = {}): Roadmap {
  const result = readRoadmap({
    sheetName: 'Лист1',
    values: fixture.values,
    merges: fixture.merges,
    settings: { ...SETTINGS, ...settings },
    today,
  });
  if (isRoadmapError(result)) throw new Error(`no table in ${fixture.name}: ${result.error.code}`);
  return result;
}

/** The measure with this number. */
export function measure(roadmap: Roadmap, number: string) {
  const found = roadmap.measures.find((m) => m.number === number);
  if (!found) throw new Error(`no measure ${number}; numbers: ${roadmap.measures.map((m) => m.number).join(', ')}`);
  return found;
}

/** What the adapter does with a plan, as far as the values go: the new headers are written. */
export function applyHeaders(values: readonly (readonly CellValue[])[], plan: PreparePlan): CellValue[][] {
  const width = Math.max(values[0]?.length ?? 0, ...plan.add.map((c) => c.column));
  const grid = values.map((row) => [...row, ...Array<CellValue>(width - row.length).fill('')]);
  for (const column of plan.add) {
    const row = grid[plan.headerRow - 1];
    if (row) row[column.column - 1] = column.header;
  }
  return grid;
}
