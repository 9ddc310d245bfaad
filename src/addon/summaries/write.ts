import type { ChartSpec, LinkSpec, SheetModel } from '../../core/summary';
import { formatGrids, uniqueSheetName } from '../../core/summary';
import { toSheetValue } from '../env';
import { findOwnSheets, OWN_SHEET_KEY } from '../own-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface WrittenSheet {
  key: string;
  name: string;
  created: boolean;
  /** An own task sheet whose section is gone: kept (the person may have notes there) and marked. */
  stale?: boolean;
}

export interface WriteResult {
  sheets: WrittenSheet[];
}

/** Own sheets with these key prefixes are marked «устарело» when a full refresh no longer has them. */
const RETIRABLE_PREFIX = 'section:';
const STALE_NOTE = 'Устарело: этой задачи больше нет в дорожной карте. Лист можно удалить.';
const STALE_TAB_COLOR = '#9aa0a6';

/**
 * Puts summary models in the spreadsheet. The add-in's sheets are found by developer metadata
 * (key 'roadmap-tracker:sheet', value = model.key), never by name:
 * - a missing sheet is inserted at the end under a name no sheet uses (a user's «Сводка» stays
 *   theirs; ours becomes «Сводка (дорожная карта)»), marked, given the model's column widths
 *   and frozen rows;
 * - an existing one keeps its name, position, column widths and frozen rows: only its used
 *   area (values, formats, merges) and its charts are cleared and rewritten;
 * - a user's sheet is never read or written;
 * - when the batch holds 'summary' (a full refresh), own task sheets ('section:…') whose task
 *   is gone are kept and marked «Устарело» with a grey tab rather than deleted.
 * Calls per sheet are constant whatever the number of measures (see writeModel).
 */
export function writeSummaries(spreadsheet: Spreadsheet, models: SheetModel[]): WriteResult {
  const own = findOwnSheets(spreadsheet);
  let names: string[] | null = null;
  // insertSheet activates the new sheet: the person is put back where they were.
  let wasActive: Sheet | null = null;
  const sheets: WrittenSheet[] = [];
  for (const model of models) {
    let sheet = own.get(model.key);
    const created = !sheet;
    if (!sheet) {
      if (!names) {
        names = spreadsheet.getSheets().map((s) => s.getName());
        wasActive = spreadsheet.getActiveSheet();
      }
      const name = uniqueSheetName(model.title, names);
      sheet = spreadsheet.insertSheet(name, names.length);
      names.push(name);
      sheet.addDeveloperMetadata(OWN_SHEET_KEY, model.key);
      own.set(model.key, sheet);
    } else {
      clearOwnSheet(sheet);
    }
    writeModel(sheet, model, created);
    sheets.push({ key: model.key, name: sheet.getName(), created });
  }
  wasActive?.activate();
  if (models.some((m) => m.key === 'summary')) {
    const keys = new Set(models.map((m) => m.key));
    for (const [key, sheet] of own) {
      if (!key.startsWith(RETIRABLE_PREFIX) || keys.has(key)) continue;
      markStale(sheet);
      sheets.push({ key, name: sheet.getName(), created: false, stale: true });
    }
  }
  return { sheets };
}

/** Removes the charts, un-greys a once-stale tab, clears values, formats and merges of the used area only. */
function clearOwnSheet(sheet: Sheet): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  if (sheet.getTabColor() === STALE_TAB_COLOR) sheet.setTabColor(null);
  // Merges are broken over the whole sheet: a merge reaching past the used area cannot be half-unmerged.
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).breakApart();
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows < 1 || cols < 1) return;
  sheet.getRange(1, 1, rows, cols).clear();
}

/**
 * One block from A1: number formats first ('@' on text cells, so nothing a title says is
 * parsed), then one setValues, one call per format kind, one merge per merge spec, one
 * setRichTextValues per run of link cells, one chart per spec; widths only on creation.
 */
function writeModel(sheet: Sheet, model: SheetModel, created: boolean): void {
  const rows = model.values.length;
  const cols = model.values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return;
  const chartCols = model.charts.map((c) => c.position.col);
  ensureSize(sheet, rows, Math.max(cols, ...chartCols));
  const grids = formatGrids(model);
  const block = sheet.getRange(1, 1, rows, cols);
  block.setNumberFormats(grids.numberFormats);
  block.setValues(model.values.map((line) => line.map((cell) => toSheetValue(cell))));
  block.setBackgrounds(grids.backgrounds);
  block.setFontColors(grids.fontColors);
  block.setFontWeights(grids.fontWeights);
  block.setWraps(grids.wraps);
  for (const m of model.merges) sheet.getRange(m.row, m.col, m.numRows, m.numCols).merge();
  for (const run of linkRuns(model.links)) writeLinks(sheet, run);
  for (const chart of model.charts) insertChart(sheet, chart);
  if (created) {
    model.columnWidths.forEach((width, i) => {
      sheet.setColumnWidth(i + 1, width);
    });
    if (model.frozenRows > 0) sheet.setFrozenRows(model.frozenRows);
  }
}

function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/** Links grouped into vertical runs of adjacent cells in one column (one Range call each). */
export function linkRuns(links: readonly LinkSpec[]): LinkSpec[][] {
  const sorted = links.slice().sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: LinkSpec[][] = [];
  for (const link of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && last.col === link.col && last.row + 1 === link.row) run.push(link);
    else runs.push([link]);
  }
  return runs;
}

function writeLinks(sheet: Sheet, run: LinkSpec[]): void {
  const first = run[0];
  if (!first) return;
  const values = run.map((link) => [SpreadsheetApp.newRichTextValue().setText(link.text).setLinkUrl(link.url).build()]);
  sheet.getRange(first.row, first.col, run.length, 1).setRichTextValues(values);
}

function insertChart(sheet: Sheet, spec: ChartSpec): void {
  const base = sheet.newChart();
  let builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  if (spec.type === 'PIE') {
    builder = base.asPieChart().setTitle(spec.title).setColors(spec.colors);
  } else {
    const typed = spec.type === 'BAR' ? base.asBarChart() : base.asColumnChart();
    typed.setTitle(spec.title).setColors(spec.colors);
    if (spec.stacked) typed.setStacked();
    builder = typed;
  }
  const { range } = spec;
  const chart = builder
    .addRange(sheet.getRange(range.row, range.col, range.numRows, range.numCols))
    .setPosition(spec.position.row, spec.position.col, 0, 0)
    .build();
  sheet.insertChart(chart);
}

function markStale(sheet: Sheet): void {
  const cell = sheet.getRange(2, 1);
  cell.setNumberFormat('@');
  cell.setValue(STALE_NOTE);
  sheet.setTabColor(STALE_TAB_COLOR);
}
