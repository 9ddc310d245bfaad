import type { IsoDate } from '../core/dates';
import type { MeasureState } from '../core/model';
import { judgeRoadmap } from '../core/roadmap';
import { defaultCouncilPeriod } from '../core/summary';
import type { LoadedRoadmap } from './roadmap-sheet';
import { refreshSummaries, writeCouncilReport as writeCouncil } from './summaries/refresh';
import type { WriteResult } from './summaries/write';

/**
 * «Сводка», one sheet per task and «Отчёт для совета» for the past calendar month, rewritten
 * from the roadmap as judged today. (A period chosen in the sidebar stays until the next refresh:
 * the menu, the nightly check and the CLI always report the past month, the council's usual one.)
 */
export function refreshSummarySheets(
  loaded: LoadedRoadmap,
  states: MeasureState[] = judgeRoadmap(loaded.roadmap, loaded.today, loaded.settings),
): WriteResult {
  const summaries = refreshSummaries({
    spreadsheet: loaded.spreadsheet,
    roadmapSheet: loaded.sheet,
    roadmap: loaded.roadmap,
    states,
    today: loaded.today,
  });
  const council = writeCouncilReport(loaded, defaultCouncilPeriod(loaded.today), states);
  return { sheets: [...summaries.sheets, ...council.sheets] };
}

/** «Отчёт для совета» for a period (both ends inclusive). */
export function writeCouncilReport(
  loaded: LoadedRoadmap,
  period: { from: IsoDate; to: IsoDate },
  states: MeasureState[] = judgeRoadmap(loaded.roadmap, loaded.today, loaded.settings),
): WriteResult {
  return writeCouncil({ spreadsheet: loaded.spreadsheet, roadmap: loaded.roadmap, states, period });
}
