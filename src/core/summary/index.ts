/**
 * Summaries: the overall «Сводка», one sheet per task and «Отчёт для совета», built as
 * SheetModels (values, formats, links, chart) for the Apps Script writer.
 */

export { roadmapHeading } from '../roadmap/heading';
export { SheetBuilder } from './builder';
export {
  COUNCIL_KEY,
  type CouncilInput,
  type CouncilMark,
  type CouncilPeriod,
  councilMark,
  councilMeasures,
  councilReportModel,
  defaultCouncilPeriod,
  planText,
} from './council';
export { DATE_FORMAT, type FormatGrids, formatGrids, NUMBER_FORMAT, TEXT_FORMAT } from './grid';
export { doneLabel, RU as SUMMARY_LABELS } from './labels';
export type {
  BlockRange,
  CellFormat,
  ChartSpec,
  ChartType,
  FormatSpec,
  FormulaCell,
  LinkSpec,
  ModelCell,
  SheetModel,
} from './model';
export { isFormulaCell } from './model';
export { MAX_SHEET_NAME_LENGTH, safeSheetName, uniqueSheetName, uniqueSheetNames } from './names';
export {
  byUrgency,
  countStates,
  type DoneShare,
  doneShare,
  type ExecutorLine,
  executorTable,
  type JudgedMeasure,
  judgeAll,
  mostOverdue,
  NO_EXECUTOR,
  type StateCounts,
} from './stats';
export { SUMMARY_KEY, type SummaryInput, sectionKey, summaryModels } from './summaries';
