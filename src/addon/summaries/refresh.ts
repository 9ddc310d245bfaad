import type { IsoDate } from '../../core/dates';
import type { MeasureState, Roadmap } from '../../core/model';
import { buildCouncilReport, buildSummaries, type CouncilPeriod } from '../../core/summary';
import { formatStamp, spreadsheetUrl } from '../env';
import { type WriteResult, writeSummaries } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RefreshInput {
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
 * «Обновить сводки»: builds «Сводка» and the task sheets and writes them.
 * refreshSummaries({ spreadsheet, roadmapSheet, roadmap, states, today: '2021-06-15' })
 *   → { sheets: [{ key: 'summary', name: 'Сводка', created: true }, …] }
 */
export function refreshSummaries(input: RefreshInput): WriteResult {
  const { spreadsheet } = input;
  const updatedAt = formatStamp(input.now ?? new Date(), input.timeZone);
  const models = buildSummaries({
    roadmap: input.roadmap,
    states: input.states,
    today: input.today,
    updatedAt,
    spreadsheetUrl: spreadsheetUrl(spreadsheet),
    sheetGid: input.sheetGid,
  });
  if (input.council) {
    const { from, to } = input.council;
    models.push(buildCouncilReport({ roadmap: input.roadmap, states: input.states, from, to, updatedAt }));
  }
  return writeSummaries(spreadsheet, models, { onlyChanged: input.onlyChanged });
}

/** «Отчёт для совета» for a period (both days inclusive), written to the add-in's own sheet. */
export function writeCouncilReport(
  input: Omit<RefreshInput, 'sheetGid' | 'today'> & { period: CouncilPeriod },
): WriteResult {
  const model = buildCouncilReport({
    roadmap: input.roadmap,
    states: input.states,
    from: input.period.from,
    to: input.period.to,
    updatedAt: formatStamp(input.now ?? new Date(), input.timeZone),
  });
  return writeSummaries(input.spreadsheet, [model]);
}
