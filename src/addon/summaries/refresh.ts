/**
 * The summary actions: «Сводка», one sheet per task and «Отчёт для совета», built by the core
 * (src/core/summary) and written by ./write.ts. (The Apps Script global and the sidebar call
 * `refreshSummaries`/`buildCouncilReport` (../index.ts, ../api.ts) land here.)
 */
import type { IsoDate } from '../../core/dates';
import type { MeasureState, Roadmap } from '../../core/model';
import { judgeRoadmap } from '../../core/roadmap';
import { type CouncilPeriod, councilReportModel, defaultCouncilPeriod, summaryModels } from '../../core/summary';
import { formatStamp, spreadsheetUrl } from '../env';
import type { LoadedRoadmap } from '../roadmap-sheet';
import { type WriteResult, writeSummaries } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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
  return writeSummarySheets({
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
  return writeCouncilSheet({
    spreadsheet: loaded.spreadsheet,
    timeZone: loaded.timeZone,
    roadmap: loaded.roadmap,
    states,
    period,
  });
}

export interface SummaryBatch {
  spreadsheet: Spreadsheet;
  /** The roadmap sheet's gid: it makes the links to the rows. */
  sheetGid: number;
  /** The spreadsheet's time zone (known to the caller: no call). */
  timeZone: string;
  roadmap: Roadmap;
  states: MeasureState[];
  /** The calendar day the states were judged on (spreadsheet's zone). */
  today: IsoDate;
  /** The instant shown as «Обновлено: …» in the spreadsheet's zone. */
  now?: Date;
  /** Also «Отчёт для совета» for this period, in the same batch. */
  council?: CouncilPeriod;
  /** Leave unchanged sheets alone (the nightly check); see writeSummaries. */
  onlyChanged?: boolean;
}

/**
 * Builds «Сводка» and the task sheets (and the council report when asked) and writes them.
 * writeSummarySheets({ spreadsheet, sheetGid, timeZone, roadmap, states, today: '2021-06-15' })
 *   → { sheets: [{ key: 'summary', name: 'Сводка', created: true }, …] }
 */
export function writeSummarySheets(input: SummaryBatch): WriteResult {
  const { spreadsheet } = input;
  const updatedAt = formatStamp(input.now ?? new Date(), input.timeZone);
  const models = summaryModels({
    roadmap: input.roadmap,
    states: input.states,
    today: input.today,
    updatedAt,
    spreadsheetUrl: spreadsheetUrl(spreadsheet),
    sheetGid: input.sheetGid,
  });
  if (input.council) {
    const { from, to } = input.council;
    models.push(councilReportModel({ roadmap: input.roadmap, states: input.states, from, to, updatedAt }));
  }
  return writeSummaries(spreadsheet, models, { onlyChanged: input.onlyChanged });
}

/** «Отчёт для совета» for a period (both days inclusive), written to the add-in's own sheet. */
export function writeCouncilSheet(
  input: Omit<SummaryBatch, 'sheetGid' | 'today'> & { period: CouncilPeriod },
): WriteResult {
  const model = councilReportModel({
    roadmap: input.roadmap,
    states: input.states,
    from: input.period.from,
    to: input.period.to,
    updatedAt: formatStamp(input.now ?? new Date(), input.timeZone),
  });
  return writeSummaries(input.spreadsheet, [model]);
}
