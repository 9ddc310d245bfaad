import type { IsoDate } from '../core/dates';
import type { MeasureState } from '../core/model';
import { judgeRoadmap } from '../core/roadmap';
import { buildCouncilReport, buildSummaries } from '../core/summary';
import { formatStamp } from './env';
import type { LoadedRoadmap } from './roadmap-sheet';
import { type WriteResult, writeSummaries } from './summaries/write';

/** Names of the sheets that are not the add-in's: the summaries' names avoid them. */
function userSheetNames(loaded: LoadedRoadmap): string[] {
  const own = new Set([...loaded.ownSheets.values()].map((s) => s.getSheetId()));
  return loaded.spreadsheet
    .getSheets()
    .filter((s) => !own.has(s.getSheetId()))
    .map((s) => s.getName());
}

/** «Сводка» and one sheet per task, rewritten from the roadmap as judged today. */
export function refreshSummarySheets(
  loaded: LoadedRoadmap,
  states: MeasureState[] = judgeRoadmap(loaded.roadmap, loaded.today, loaded.settings),
): WriteResult {
  const models = buildSummaries({
    roadmap: loaded.roadmap,
    states,
    today: loaded.today,
    updatedAt: formatStamp(new Date(), loaded.timeZone),
    spreadsheetUrl: loaded.spreadsheet.getUrl(),
    sheetGid: loaded.sheet.getSheetId(),
    takenNames: userSheetNames(loaded),
  });
  return writeSummaries(loaded.spreadsheet, models);
}

/** «Отчёт для совета» for a period (both ends inclusive). */
export function writeCouncilReport(
  loaded: LoadedRoadmap,
  period: { from: IsoDate; to: IsoDate },
  states: MeasureState[] = judgeRoadmap(loaded.roadmap, loaded.today, loaded.settings),
): WriteResult {
  const model = buildCouncilReport({
    roadmap: loaded.roadmap,
    states,
    from: period.from,
    to: period.to,
    updatedAt: formatStamp(new Date(), loaded.timeZone),
  });
  return writeSummaries(loaded.spreadsheet, [model]);
}
