import type { IsoDate } from '../core/dates';
import type { MeasureState } from '../core/model';
import { judgeRoadmap } from '../core/roadmap';
import { defaultCouncilPeriod } from '../core/summary';
import type { LoadedRoadmap } from './roadmap-sheet';
import { refreshSummaries, writeCouncilReport as writeCouncil } from './summaries/refresh';
import type { WriteResult } from './summaries/write';

/**
 * «Сводка», one sheet per task and «Отчёт для совета» for the past calendar month, rewritten
 * from the roadmap as judged today, in one batch (the other sheets show the «Сводка»'s
 * «Обновлено»). (A period chosen in the sidebar stays until the next refresh: the menu, the
 * nightly check and the CLI always report the past month, the council's usual one.)
 * `onlyChanged` (the nightly check) leaves the sheets whose content has not changed alone.
 */
export function refreshSummarySheets(
  loaded: LoadedRoadmap,
  states: MeasureState[] = judgeRoadmap(loaded.roadmap, loaded.today, loaded.settings),
  options: { onlyChanged?: boolean } = {},
): WriteResult {
  return refreshSummaries({
    spreadsheet: loaded.spreadsheet,
    sheetGid: loaded.sheetId,
    timeZone: loaded.timeZone,
    roadmap: loaded.roadmap,
    states,
    today: loaded.today,
    council: defaultCouncilPeriod(loaded.today),
    onlyChanged: options.onlyChanged,
  });
}

/** «Отчёт для совета» for a period (both ends inclusive). */
export function writeCouncilReport(
  loaded: LoadedRoadmap,
  period: { from: IsoDate; to: IsoDate },
  states: MeasureState[] = judgeRoadmap(loaded.roadmap, loaded.today, loaded.settings),
): WriteResult {
  return writeCouncil({
    spreadsheet: loaded.spreadsheet,
    timeZone: loaded.timeZone,
    roadmap: loaded.roadmap,
    states,
    period,
  });
}
