/** Summary sheets in the spreadsheet: «Сводка», one sheet per task, «Отчёт для совета». */
export { type RefreshInput, refreshSummaries, writeCouncilReport } from './refresh';
export { type WriteResult, type WrittenSheet, writeSummaries } from './write';
