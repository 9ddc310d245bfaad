/**
 * Drawing a summary model on a sheet: the values (the «Обновлено» stamp as written or as a
 * reference to the «Сводка»'s), number formats first, one call per format kind, merges, links,
 * charts and, on a new sheet, widths and frozen rows — either as remembered (no size queries)
 * or the careful way (the sheet asked and cleared whole).
 */
import { quoteSheetName, toA1 } from '../../core/a1';
import type { ChartSpec, LinkSpec, ModelCell, SheetModel } from '../../core/summary';
import { type FormatGrids, formatGrids, isFormulaCell, NUMBER_FORMAT } from '../../core/summary';
import { toSheetValue } from '../env';
import {
  changedGrids,
  chartSignature,
  contentSignature,
  GRID_KINDS,
  type GridKind,
  layoutSignature,
  remember,
  type SheetMemory,
} from './memory';
import { clearStaleTab } from './placement';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where the «Сводка» shows «Обновлено: …», for the other sheets to refer to. */
export interface StampSource {
  id: number;
  a1: string;
  /** The «Сводка»'s current name (null: gone), asked only when a sheet referring to it is written. */
  name: () => string | null;
}

/** The «Сводка»'s stamp cell; its sheet's name is asked once, when first needed. */
export function stampOf(model: SheetModel, id: number, sheetOf: () => Sheet | null): StampSource | null {
  if (!model.stamp) return null;
  let name: string | null | undefined;
  return {
    id,
    a1: toA1(model.stamp.row, model.stamp.col),
    name: () => {
      if (name === undefined) name = sheetOf()?.getName() ?? null;
      return name;
    },
  };
}

/** A model ready to write: the cells as written, the format grids, and the digests the memory keeps. */
export interface Prepared {
  model: SheetModel;
  grids: FormatGrids;
  /** The values; the stamp cell, when it refers to the «Сводка», is filled in by cellsOf(). */
  values: (string | number | boolean)[][];
  stampRef: StampSource | null;
  content: string;
  layout: string;
  charts: string;
}

export function prepare(model: SheetModel, summaryStamp: StampSource | null): Prepared {
  const grids = formatGrids(model);
  const values = model.values.map((line) => line.map(sheetValue));
  const stamp = model.stamp;
  const stampRef = stamp && summaryStamp ? summaryStamp : null;
  let digested = values;
  if (stamp && stampRef) {
    // The formula's result is text; a '@' cell would keep the formula itself as text.
    const formats = grids.numberFormats[stamp.row - 1];
    if (formats) formats[stamp.col - 1] = NUMBER_FORMAT;
    const line = values[stamp.row - 1];
    // In the digest the reference stands for itself (the «Сводка»'s id), not for its text.
    if (line) line[stamp.col - 1] = `\u0000stamp:${stampRef.id}!${stampRef.a1}`;
  } else if (stamp) {
    // A written stamp changes every run: the digest leaves it out (see writeStampOnly).
    digested = withCell(values, stamp, '\u0000stamp');
  }
  return {
    model,
    grids,
    values,
    stampRef,
    content: contentSignature(digested, model.links),
    layout: layoutSignature(model, grids),
    charts: chartSignature(model.charts),
  };
}

/** Writes a sheet's own «Обновлено: …» text (it cannot parse as a number, a date or a formula); false when the sheet is gone. */
export function writeStampOnly(sheet: Sheet | null, model: SheetModel): boolean {
  const stamp = model.stamp;
  if (!sheet || !stamp) return false;
  sheet.getRange(stamp.row, stamp.col).setValue(sheetValue(model.values[stamp.row - 1]?.[stamp.col - 1] ?? ''));
  return true;
}

/** The values to write: the stamp reference resolved to ='<Сводка>'!A2 with the «Сводка»'s current name. */
function cellsOf(prepared: Prepared): (string | number | boolean)[][] {
  const { stamp } = prepared.model;
  const ref = prepared.stampRef;
  if (!stamp || !ref) return prepared.values;
  const name = ref.name();
  const literal = prepared.model.values[stamp.row - 1]?.[stamp.col - 1];
  const cell = name ? `=${quoteSheetName(name)}!${ref.a1}` : sheetValue(literal ?? '');
  return withCell(prepared.values, stamp, cell);
}

/** The grid with one cell replaced; only that cell's row is copied. */
function withCell<T>(grid: T[][], at: { row: number; col: number }, value: T): T[][] {
  return grid.map((line, r) => (r === at.row - 1 ? line.map((v, c) => (c === at.col - 1 ? value : v)) : line));
}

function sheetValue(cell: ModelCell): string | number | boolean {
  return isFormulaCell(cell) ? cell.formula : toSheetValue(cell);
}

/**
 * Rewrites a sheet as remembered, without asking it its size: charts kept when their specs are
 * the same (their ranges follow the data; when the memory is not `trusted`, their number is
 * checked); when the size and merges are the same, values are rewritten over one
 * clearContents (none when trusted: the block covers all the add-in wrote) with only the
 * format kinds that changed; otherwise one Sheet.clear (merges broken first where the add-in
 * made some) and everything is written. Returns null when a call fails (the sheet is not what
 * the memory says): the caller then rewrites it the careful way, which clears whatever this left.
 */
export function rewriteKnown(sheet: Sheet, prepared: Prepared, m: SheetMemory, trusted: boolean): SheetMemory | null {
  try {
    const { model } = prepared;
    const grids = m.stale ? null : changedGrids(m.layout, prepared.layout);
    if (m.stale) sheet.setTabColor(null);
    let keepCharts = m.charts === prepared.charts;
    if (!trusted || !keepCharts) {
      const charts = sheet.getCharts();
      keepCharts &&= charts.length === model.charts.length;
      if (!keepCharts) for (const chart of charts) sheet.removeChart(chart);
    }
    if (!grids) {
      if (m.merged) sheet.getRange(1, 1, m.rows, m.cols).breakApart();
      sheet.clear();
    } else if (!trusted) sheet.clearContents();
    const size = writeModel(sheet, prepared, {
      known: { rows: m.rows, cols: m.cols },
      grids: grids ?? 'all',
      charts: !keepCharts,
      created: false,
    });
    return remember(m.id, size, prepared);
  } catch {
    return null;
  }
}

/** Rewrites a sheet asking it everything (a new sheet, or one not remembered): what the memory is rebuilt from. */
export function rewriteCareful(sheet: Sheet, prepared: Prepared, created: boolean, id?: number): SheetMemory {
  const known = created ? null : clearOwnSheet(sheet);
  const size = writeModel(sheet, prepared, { known, grids: 'all', charts: true, created });
  return remember(id ?? sheet.getSheetId(), size, prepared);
}

/** Removes the charts, un-greys a once-stale tab, breaks every merge, clears the whole sheet (values and formats); returns its size. */
export function clearOwnSheet(sheet: Sheet): Size {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  clearStaleTab(sheet);
  const size = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
  // Merges are broken over the whole sheet: a merge reaching past the used area cannot be half-unmerged.
  sheet.getRange(1, 1, size.rows, size.cols).breakApart();
  // The whole sheet, not the used area: formats left on empty cells would spread into inserted rows.
  sheet.clear();
  return size;
}

export interface Size {
  rows: number;
  cols: number;
}

interface WriteOptions {
  /** A size the sheet has at least; null: ask the sheet. */
  known: Size | null;
  /**
   * The format kinds to write besides number formats (always written): 'all' also merges;
   * a list when the sheet has the same size and merges from before.
   */
  grids: 'all' | readonly GridKind[];
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
function writeModel(sheet: Sheet, prepared: Prepared, options: WriteOptions): Size {
  const { model, grids } = prepared;
  const rows = model.values.length;
  const cols = model.values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return options.known ?? { rows: 0, cols: 0 };
  const chartCols = model.charts.map((c) => c.position.col);
  const size = ensureSize(sheet, rows, Math.max(cols, ...chartCols), options.known);
  const block = sheet.getRange(1, 1, rows, cols);
  // Always, even when the layout is the same: a person may have re-formatted or sorted the sheet,
  // and a title written into a cell that is not '@' any more could turn into a formula or a date.
  block.setNumberFormats(grids.numberFormats);
  block.setValues(cellsOf(prepared));
  const kinds = options.grids === 'all' ? GRID_KINDS : options.grids;
  if (kinds.includes('backgrounds')) block.setBackgrounds(grids.backgrounds);
  if (kinds.includes('fontColors')) block.setFontColors(grids.fontColors);
  if (kinds.includes('fontWeights')) block.setFontWeights(grids.fontWeights);
  if (kinds.includes('wraps')) block.setWraps(grids.wraps);
  if (options.grids === 'all') for (const m of model.merges) sheet.getRange(m.row, m.col, m.numRows, m.numCols).merge();
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
