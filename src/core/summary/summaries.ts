import type { IsoDate } from '../dates';
import type { MeasureState, Roadmap, Section } from '../model';
import { STATE_CODES } from '../model';
import { roadmapHeading } from '../roadmap/heading';
import { STATE_LABELS } from '../states';
import {
  countsBlock,
  executorsBlock,
  HEADER_FORMAT,
  type MeasureLinkContext,
  measuresBlock,
  STATE_CHART_COLORS,
  type TableArea,
  titleBlock,
} from './blocks';
import { SheetBuilder } from './builder';
import { RU } from './labels';
import type { SheetModel } from './model';
import { uniqueSheetNames } from './names';
import { countStates, doneShare, type JudgedMeasure, judgeAll } from './stats';

export interface SummaryInput {
  roadmap: Roadmap;
  states: MeasureState[];
  /** The day the states were judged on (kept for the report; the states already carry daysLeft). */
  today: IsoDate;
  /** 'dd.MM.yyyy HH:mm', already formatted in the spreadsheet's time zone by the adapter. */
  updatedAt: string;
  /** The spreadsheet's URL and the roadmap sheet's gid, for links to rows. */
  spreadsheetUrl: string;
  sheetGid: number;
  /** Names of the user's own sheets: the summaries' titles avoid them. */
  takenNames?: string[];
}

export const SUMMARY_KEY = 'summary';
export const sectionKey = (section: Section): string => `section:${section.id}`;

const TASK_WIDTHS = [60, 380, 200, 150, 100, 190, 90, 80];
const SUMMARY_WIDTHS = [60, 380, 110, 200, 150, 100, 190, 90, 80, 90, 90, 90, 90];

/**
 * The overall «Сводка» and one sheet per section («Задача 1», «Раздел II», …), in that order.
 * A roadmap without sections gets «Сводка» only. Sheet titles are unique among themselves
 * and against `takenNames`.
 *
 * @example
 * summaryModels({ roadmap, states, today: '2021-06-15', updatedAt: '15.06.2021 09:00',
 *   spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/x/edit', sheetGid: 0 })
 *   .map((m) => m.title) // ['Сводка', 'Задача 1', 'Задача 2', 'Задача 3']
 */
export function summaryModels(input: SummaryInput): SheetModel[] {
  const judged = judgeAll(input.roadmap.measures, input.states);
  const ctx: MeasureLinkContext = { spreadsheetUrl: input.spreadsheetUrl, sheetGid: input.sheetGid };
  const sections = input.roadmap.sections;
  const titles = uniqueSheetNames(
    [RU.summaryTitle, ...sections.map((s) => s.label || s.title)],
    input.takenNames ?? [],
  );
  const models = [summarySheet(input, judged, ctx, titles[0] ?? RU.summaryTitle)];
  sections.forEach((section, i) => {
    const list = judged.filter((j) => j.measure.sectionId === section.id);
    models.push(taskSheet(section, list, input.updatedAt, ctx, titles[i + 1] ?? section.label));
  });
  return models;
}

function taskSheet(
  section: Section,
  list: JudgedMeasure[],
  updatedAt: string,
  ctx: MeasureLinkContext,
  title: string,
): SheetModel {
  const b = new SheetBuilder();
  titleBlock(b, section.title || section.label, updatedAt);
  const counts = countsBlock(b, list);
  executorsBlock(b, list);
  measuresBlock(b, list, ctx);
  b.chart({
    type: 'PIE',
    range: { row: counts.headerRow, col: counts.col, numRows: counts.lastRow - counts.headerRow + 1, numCols: 2 },
    title: `${RU.chartStates}: ${section.label || section.title}`,
    position: { row: 4, col: TASK_WIDTHS.length + 2 },
    colors: STATE_CHART_COLORS,
    stacked: false,
  });
  return b.build({ key: sectionKey(section), title, columnWidths: TASK_WIDTHS });
}

function summarySheet(
  input: SummaryInput,
  judged: JudgedMeasure[],
  ctx: MeasureLinkContext,
  title: string,
): SheetModel {
  const b = new SheetBuilder();
  const { roadmap } = input;
  titleBlock(b, roadmapHeading(roadmap.title) || RU.roadmapFallbackTitle, input.updatedAt);
  const counts = countsBlock(b, judged);
  const byTask = roadmap.sections.length > 0 ? tasksBlock(b, roadmap, judged) : null;
  executorsBlock(b, judged);
  const labelOf = new Map(roadmap.sections.map((s) => [s.id, s.label || s.title]));
  measuresBlock(b, judged, ctx, (j) => (j.measure.sectionId ? (labelOf.get(j.measure.sectionId) ?? '') : ''));
  const position = { row: 4, col: SUMMARY_WIDTHS.length + 2 };
  b.chart(
    byTask
      ? {
          type: 'BAR',
          range: {
            row: byTask.headerRow,
            col: byTask.col,
            numRows: byTask.lastRow - byTask.headerRow + 1,
            numCols: byTask.numCols,
          },
          title: RU.chartByTask,
          position,
          colors: STATE_CHART_COLORS,
          stacked: true,
        }
      : {
          type: 'PIE',
          range: { row: counts.headerRow, col: counts.col, numRows: counts.lastRow - counts.headerRow + 1, numCols: 2 },
          title: RU.chartStates,
          position,
          colors: STATE_CHART_COLORS,
          stacked: false,
        },
  );
  return b.build({ key: SUMMARY_KEY, title, columnWidths: SUMMARY_WIDTHS });
}

/**
 * «По задачам»: Задача | one column per state | Всего | Выполнено, % — the chart's data on «Сводка».
 * Measures outside any section get a «Без задачи» line when there are some.
 */
function tasksBlock(b: SheetBuilder, roadmap: Roadmap, judged: JudgedMeasure[]): TableArea {
  b.row([RU.byTask], { bold: true }, 2);
  const headerRow = b.row(
    [RU.taskHeader, ...STATE_CODES.map((c) => STATE_LABELS[c]), RU.total, RU.percentHeader],
    HEADER_FORMAT,
    2,
  );
  const known = new Set(roadmap.sections.map((s) => s.id));
  const groups: Array<[string, JudgedMeasure[]]> = roadmap.sections.map((s) => [
    s.label || s.title,
    judged.filter((j) => j.measure.sectionId === s.id),
  ]);
  const loose = judged.filter((j) => j.measure.sectionId === null || !known.has(j.measure.sectionId));
  if (loose.length > 0) groups.push([RU.noTask, loose]);
  for (const [label, list] of groups) {
    const counts = countStates(list);
    const share = doneShare(list);
    const r = b.row(
      [label, ...STATE_CODES.map((c) => counts[c]), list.length, share.percent === null ? '' : share.percent / 100],
      undefined,
      2,
    );
    b.cellFormat(r, 2 + STATE_CODES.length + 2, { numberFormat: '0%' });
  }
  const lastRow = b.nextRow - 1;
  b.blank();
  return { headerRow, lastRow, col: 2, numCols: STATE_CODES.length + 1 };
}
