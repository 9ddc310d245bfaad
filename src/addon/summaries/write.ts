import type { ChartSpec, LinkSpec, SheetModel } from '../../core/summary';
import { type FormatGrids, formatGrids, uniqueSheetName } from '../../core/summary';
import { toSheetValue } from '../env';
import { findOwnSheetsByIds, OWN_SHEET_KEY } from '../own-sheets';
import { chartSignature, layoutSignature, loadMemory, type SheetMemory, saveMemory } from './memory';

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
 * - an existing one keeps its name, position, column widths and frozen rows: only its
 *   contents (values, formats, merges) and its charts are cleared and rewritten;
 * - a user's sheet is never read or written;
 * - when the batch holds 'summary' (a full refresh), own task sheets ('section:…') whose task
 *   is gone are kept and marked «Устарело» with a grey tab rather than deleted.
 * Calls per sheet are constant whatever the number of measures. A sheet written before is
 * found by the id remembered in document properties (./memory.ts) and rewritten without
 * re-discovering it: no metadata search, no size queries, its chart kept when unchanged.
 */
export function writeSummaries(spreadsheet: Spreadsheet, models: SheetModel[]): WriteResult {
  const { memory, stored } = loadMemory();
  const full = models.some((m) => m.key === 'summary');
  const wanted = models.map((m) => m.key);
  if (full) for (const key of memory.keys()) if (key.startsWith(RETIRABLE_PREFIX)) wanted.push(key);
  const own = findOwnSheetsByIds(spreadsheet, wanted, new Map([...memory].map(([key, m]) => [key, m.id])));
  // What is remembered holds only for a sheet found by its remembered id.
  for (const key of wanted) if (!own.byId.has(key)) memory.delete(key);

  let names: string[] | null = null;
  // insertSheet activates the new sheet: the person is put back where they were.
  let wasActive: Sheet | null = null;
  const sheets: WrittenSheet[] = [];
  for (const model of models) {
    let sheet = own.sheets.get(model.key);
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
      own.sheets.set(model.key, sheet);
    }
    const remembered = memory.get(model.key);
    const next =
      (remembered && remembered.rows > 0 && rewriteKnown(sheet, model, remembered)) ||
      rewriteCareful(sheet, model, created, remembered?.id);
    memory.set(model.key, next);
    sheets.push(written(model.key, sheet, created));
  }
  wasActive?.activate();
  if (full) {
    const keys = new Set(models.map((m) => m.key));
    const found = new Map([...(own.all ?? []), ...own.sheets]);
    for (const [key, sheet] of found) {
      if (!key.startsWith(RETIRABLE_PREFIX) || keys.has(key)) continue;
      const remembered = memory.get(key);
      if (!remembered?.stale) markStale(sheet);
      memory.set(key, { ...(remembered ?? unknownSheet(sheet.getSheetId())), stale: true });
      sheets.push(written(key, sheet, false, true));
    }
  }
  saveMemory(memory, stored);
  return { sheets };
}

/** A result whose name is read from the sheet only when someone asks (the nightly check does not). */
function written(key: string, sheet: Sheet, created: boolean, stale?: boolean): WrittenSheet {
  let name: string | undefined;
  return {
    key,
    created,
    ...(stale ? { stale } : {}),
    get name(): string {
      name ??= sheet.getName();
      return name;
    },
  };
}

/** An own sheet known by id only: the next write goes the careful way. */
function unknownSheet(id: number): SheetMemory {
  return { id, rows: 0, cols: 0, charts: '', layout: '', merged: false, stale: false };
}

/**
 * Rewrites a sheet as remembered, without asking it its size: charts kept when their specs are
 * the same (their ranges follow the data); when the layout is the same too (size, formats,
 * merges), only number formats, values and links are rewritten over one clearContents; otherwise one
 * Sheet.clear (merges broken first where the add-in made some) and everything is written.
 * Returns null when a call fails (the sheet is not what the memory says): the caller then
 * rewrites it the careful way, which clears whatever this left.
 */
function rewriteKnown(sheet: Sheet, model: SheetModel, m: SheetMemory): SheetMemory | null {
  try {
    const grids = formatGrids(model);
    const layout = layoutSignature(model, grids);
    const sameLayout = !m.stale && m.layout !== '' && m.layout === layout;
    if (m.stale) sheet.setTabColor(null);
    const signature = chartSignature(model.charts);
    const charts = sheet.getCharts();
    const keepCharts = m.charts === signature && charts.length === model.charts.length;
    if (!keepCharts) for (const chart of charts) sheet.removeChart(chart);
    if (sameLayout) sheet.clearContents();
    else {
      if (m.merged) sheet.getRange(1, 1, m.rows, m.cols).breakApart();
      sheet.clear();
    }
    const size = writeModel(sheet, model, grids, {
      known: { rows: m.rows, cols: m.cols },
      formats: !sameLayout,
      charts: !keepCharts,
      created: false,
    });
    return { id: m.id, ...size, charts: signature, layout, merged: model.merges.length > 0, stale: false };
  } catch {
    return null;
  }
}

/** Rewrites a sheet asking it everything (a new sheet, or one not remembered): what the memory is rebuilt from. */
function rewriteCareful(sheet: Sheet, model: SheetModel, created: boolean, id?: number): SheetMemory {
  const known = created ? null : clearOwnSheet(sheet);
  const grids = formatGrids(model);
  const size = writeModel(sheet, model, grids, { known, formats: true, charts: true, created });
  return {
    id: id ?? sheet.getSheetId(),
    ...size,
    charts: chartSignature(model.charts),
    layout: layoutSignature(model, grids),
    merged: model.merges.length > 0,
    stale: false,
  };
}

/** Removes the charts, un-greys a once-stale tab, breaks every merge, clears the whole sheet (values and formats); returns its size. */
function clearOwnSheet(sheet: Sheet): Size {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  if (sheet.getTabColor() === STALE_TAB_COLOR) sheet.setTabColor(null);
  const size = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
  // Merges are broken over the whole sheet: a merge reaching past the used area cannot be half-unmerged.
  sheet.getRange(1, 1, size.rows, size.cols).breakApart();
  // The whole sheet, not the used area: formats left on empty cells would spread into inserted rows.
  sheet.clear();
  return size;
}

interface Size {
  rows: number;
  cols: number;
}

interface WriteOptions {
  /** A size the sheet has at least; null: ask the sheet. */
  known: Size | null;
  /** Colors, weights, wraps and merges too (false: the sheet has them from the same layout). Number formats always. */
  formats: boolean;
  /** Insert the model's charts. */
  charts: boolean;
  /** A new sheet: column widths and frozen rows too. */
  created: boolean;
}

/**
 * One block from A1: number formats first ('@' on text cells, so nothing a title says is
 * parsed), then one setValues, one call per format kind, one merge per merge spec, one
 * setRichTextValues per run of link cells, one chart per spec; widths only on creation.
 * Returns a size the sheet has at least.
 */
function writeModel(sheet: Sheet, model: SheetModel, grids: FormatGrids, options: WriteOptions): Size {
  const rows = model.values.length;
  const cols = model.values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return options.known ?? { rows: 0, cols: 0 };
  const chartCols = model.charts.map((c) => c.position.col);
  const size = ensureSize(sheet, rows, Math.max(cols, ...chartCols), options.known);
  const block = sheet.getRange(1, 1, rows, cols);
  // Always, even when the layout is the same: a person may have re-formatted or sorted the sheet,
  // and a title written into a cell that is not '@' any more could turn into a formula or a date.
  block.setNumberFormats(grids.numberFormats);
  block.setValues(model.values.map((line) => line.map((cell) => toSheetValue(cell))));
  if (options.formats) {
    block.setBackgrounds(grids.backgrounds);
    block.setFontColors(grids.fontColors);
    block.setFontWeights(grids.fontWeights);
    block.setWraps(grids.wraps);
    for (const m of model.merges) sheet.getRange(m.row, m.col, m.numRows, m.numCols).merge();
  }
  for (const run of linkRuns(model.links)) writeLinks(sheet, run);
  if (options.charts) for (const chart of model.charts) insertChart(sheet, chart);
  if (options.created) {
    for (const run of widthRuns(model.columnWidths)) {
      if (run.count === 1) sheet.setColumnWidth(run.col, run.width);
      else sheet.setColumnWidths(run.col, run.count, run.width);
    }
    if (model.frozenRows > 0) sheet.setFrozenRows(model.frozenRows);
  }
  return size;
}

/** Adjacent columns of the same width, one call each: [120, 120, 80] → [{col 1, count 2, 120}, {col 3, count 1, 80}]. */
export function widthRuns(widths: readonly number[]): { col: number; count: number; width: number }[] {
  const runs: { col: number; count: number; width: number }[] = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width) last.count++;
    else runs.push({ col: i + 1, count: 1, width });
  });
  return runs;
}

/** Grows the sheet to rows × cols; `known` (a size it has at least) saves the two size queries. */
function ensureSize(sheet: Sheet, rows: number, cols: number, known: Size | null): Size {
  const maxRows = known ? known.rows : sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = known ? known.cols : sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  return { rows: Math.max(rows, maxRows), cols: Math.max(cols, maxCols) };
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
