/**
 * The roadmap table, pure: read a sheet's values into a Roadmap, judge its measures on a day,
 * and plan what «Подготовить таблицу» and «Проверить сроки» write — for the Apps Script adapter
 * to apply with a constant number of Spreadsheet calls.
 *
 *   const roadmap = readRoadmap({ sheetName, values, merges, settings, today });
 *   if (isRoadmapError(roadmap)) … roadmap.error.message
 *   const states = judgeRoadmap(roadmap, today, settings);
 *   const { blocks } = planCheckWrites(roadmap, states); // one setValues per block
 */
export { judgeMeasure, parseStatus } from '../status';
export type { Assignment, ColumnCandidate, RoleChoice, ScoredColumn } from './assign';
export { assignRoles } from './assign';
export { readDateCell } from './cells';
export type { CheckWrites, RowsJudgement, WriteBlock } from './check';
export { computedCells, judgeRoadmap, judgeRows, planCheckWrites } from './check';
export type { CellScores, ColumnRole } from './columns';
export { columnRole, columnScores, SURE_SCORE } from './columns';
export type { HeaderGuess, HeaderInfo, MergedRange } from './header';
export { findHeader, guessHeader, HEADER_SEARCH_ROWS, isColumnNumbersRow } from './header';
export { roadmapHeading } from './heading';
export type { LayoutIssue, TableLayout } from './layout';
export {
  checkLayout,
  guessLayout,
  LAYOUT_ROLES,
  layoutHeader,
  layoutMoved,
  layoutTexts,
  namedColumns,
} from './layout';
export { lintRoadmap } from './lint';
export { mergedBelow, SHARED_ROLES, spreadMerged } from './merges';
export { readNumber } from './numbers';
export { columnsOf, isOwnRule, normalizeFormula, type RuleView } from './own-rules';
export { planYearsFromTitle } from './plan-year';
export type { AddinColumnSpec, ConditionalRuleSpec, PreparePlan, RangeSpec, ValidationSpec } from './prepare';
export { ADDIN_ORDER, COMPUTED_COLUMNS, conditionalRules, distinctExecutors, planPrepare } from './prepare';
export type { RoadmapError, RoadmapHeader, RoadmapInput, RowKind } from './read';
export { classifyRow, headerOf, isRoadmapError, readHeader, readRoadmap } from './read';
export { makeSection } from './sections';
export { cellText, normalizeHeader, ownHeaderText, splitExecutors } from './text';
