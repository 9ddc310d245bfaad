import type { IsoDate } from '../../core/dates';
import type { MeasureState, Roadmap } from '../../core/model';
import { buildCouncilReport, buildSummaries, type CouncilPeriod } from '../../core/summary';
import { formatStamp } from '../env';
import { type WriteResult, writeSummaries } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RefreshInput {
  spreadsheet: Spreadsheet;
  /** The roadmap's sheet: its gid makes the links to the rows. */
  roadmapSheet: GoogleAppsScript.Spreadsheet.Sheet;
  roadmap: Roadmap;
  states: MeasureState[];
  /** The calendar day the states were judged on (spreadsheet's zone). */
  today: IsoDate;
  /** The instant shown as «Обновлено: …» in the spreadsheet's zone. */
  now?: Date;
}

/**
 * «Обновить сводки»: builds «Сводка» and the task sheets and writes them.
 * refreshSummaries({ spreadsheet, roadmapSheet, roadmap, states, today: '2021-06-15' })
 *   → { sheets: [{ key: 'summary', name: 'Сводка', created: true }, …] }
 */
export function refreshSummaries(input: RefreshInput): WriteResult {
  const { spreadsheet } = input;
  const models = buildSummaries({
    roadmap: input.roadmap,
    states: input.states,
    today: input.today,
    updatedAt: formatStamp(input.now ?? new Date(), spreadsheet.getSpreadsheetTimeZone()),
    spreadsheetUrl: spreadsheet.getUrl(),
    sheetGid: input.roadmapSheet.getSheetId(),
  });
  return writeSummaries(spreadsheet, models);
}

/** «Отчёт для совета» for a period (both days inclusive), written to the add-in's own sheet. */
export function writeCouncilReport(
  input: Omit<RefreshInput, 'roadmapSheet' | 'today'> & { period: CouncilPeriod },
): WriteResult {
  const model = buildCouncilReport({
    roadmap: input.roadmap,
    states: input.states,
    from: input.period.from,
    to: input.period.to,
    updatedAt: formatStamp(input.now ?? new Date(), input.spreadsheet.getSpreadsheetTimeZone()),
  });
  return writeSummaries(input.spreadsheet, [model]);
}
