import { quoteSheetName, toA1 } from '../../core/a1';
import type { ChartSpec, LinkSpec, ModelCell, SheetModel } from '../../core/summary';
import {
  type FormatGrids,
  formatGrids,
  isFormulaCell,
  NUMBER_FORMAT,
  SUMMARY_KEY,
  safeSheetName,
  uniqueSheetName,
} from '../../core/summary';
import { hasScreen, toSheetValue } from '../env';
import { findOwnSheets, OWN_SHEET_KEY, sheetNamedWithHeader } from '../own-sheets';
import {
  changedGrids,
  chartSignature,
  contentSignature,
  GRID_KINDS,
  type GridKind,
  layoutSignature,
  loadMemory,
  type SheetMemory,
  saveMemory,
} from './memory';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface WrittenSheet {
  key: string;
  name: string;
  created: boolean;
  /** An own task sheet whose section is gone: kept (the person may have notes there) and marked. */
  stale?: boolean;
  /** Left alone by a nightly write: its content had not changed. */
  unchanged?: boolean;
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
 *   is gone are kept and marked «Устарело» with a grey tab rather than deleted, and the other
 *   sheets show the «Сводка»'s «Обновлено: …» by reference (='Сводка'!A2), so a sheet whose
 *   content has not changed stays true without being rewritten.
 * Calls per sheet are constant whatever the number of measures. A sheet written before is
 * found by the id remembered in document properties (./memory.ts) and rewritten without
 * re-discovering it: no metadata search, no size queries, its chart kept when unchanged.
 *
 * With `onlyChanged` (the nightly check), a sheet whose values, links, formats and charts are
 * what the add-in last wrote there costs no call at all, and a changed one gets its values and
 * only the format kinds that changed. What is remembered is trusted only while the file has as
 * many sheets as after the last write (one getNumSheets): a sheet a person deleted or added
 * makes every sheet be looked up again. A person's edits inside an own sheet are repaired by
 * «Обновить сводки» (without `onlyChanged`), not by the nightly check.
 */
export function writeSummaries(
  spreadsheet: Spreadsheet,
  models: SheetModel[],
  options: { onlyChanged?: boolean } = {},
): WriteResult {
  const { memory, stored, sheetCount } = loadMemory();
  const full = models.some((m) => m.key === SUMMARY_KEY);
  const lookup = new OwnSheetLookup(spreadsheet, memory);
  // Every write records the count, so that the next night can tell whether to trust the memory.
  let count = spreadsheet.getNumSheets();
  const trusted = options.onlyChanged === true && count === sheetCount;
  const placer = new SheetPlacer(spreadsheet);
  let stampSource: StampSource | null = null;
  const sheets: WrittenSheet[] = [];
  for (const model of models) {
    const prepared = prepare(model, model.key === SUMMARY_KEY ? null : stampSource);
    const remembered = memory.get(model.key);
    if (trusted && remembered && isUnchanged(remembered, prepared)) {
      const sheetOf = () => spreadsheet.getSheetById(remembered.id);
      // Only its own «Обновлено: …» to write (the «Сводка» on a quiet night): that one cell.
      const done = prepared.stampRef || !model.stamp || writeStampOnly(sheetOf(), model);
      if (done) {
        if (model.key === SUMMARY_KEY) stampSource = stampOf(model, remembered.id, sheetOf);
        sheets.push(written(model.key, sheetOf, false, { unchanged: true }));
        continue;
      }
    }
    let { sheet, byId } = lookup.find(model.key);
    if (!byId) memory.delete(model.key);
    sheet ??= lookup.adopt(model);
    const created = !sheet;
    if (!sheet) {
      sheet = placer.insert(model);
      lookup.add(model.key, sheet);
      count++;
    }
    const known = byId ? memory.get(model.key) : undefined;
    const next =
      (known && known.rows > 0 && rewriteKnown(sheet, prepared, known, trusted)) ||
      rewriteCareful(sheet, prepared, created, known?.id);
    memory.set(model.key, next);
    const own = sheet;
    if (model.key === SUMMARY_KEY) stampSource = stampOf(model, next.id, () => own);
    sheets.push(written(model.key, () => own, created));
  }
  placer.restoreActive();
  if (full) sheets.push(...retireGone(lookup, memory, new Set(models.map((m) => m.key)), trusted));
  saveMemory(memory, stored, count);
  return { sheets };
}

/**
 * Own task sheets whose task is gone: kept and marked «Устарело» once. Those remembered as
 * already marked cost nothing when the memory is trusted.
 */
function retireGone(
  lookup: OwnSheetLookup,
  memory: Map<string, SheetMemory>,
  keys: ReadonlySet<string>,
  trusted: boolean,
): WrittenSheet[] {
  const out: WrittenSheet[] = [];
  const remembered = [...memory.keys()].filter((key) => key.startsWith(RETIRABLE_PREFIX) && !keys.has(key));
  const found = new Map<string, Sheet>();
  for (const key of remembered) {
    const m = memory.get(key);
    if (trusted && m?.stale) {
      out.push(written(key, () => lookup.byRememberedId(key), false, { stale: true }));
      continue;
    }
    const { sheet, byId } = lookup.find(key);
    // What is remembered holds only for a sheet found by its remembered id.
    if (!byId) memory.delete(key);
    if (sheet) found.set(key, sheet);
  }
  for (const [key, sheet] of lookup.allFound()) if (!found.has(key)) found.set(key, sheet);
  for (const [key, sheet] of found) {
    if (!key.startsWith(RETIRABLE_PREFIX) || keys.has(key)) continue;
    const m = memory.get(key);
    if (!m?.stale) markStale(sheet);
    memory.set(key, { ...(m ?? unknownSheet(sheet.getSheetId())), stale: true });
    out.push(written(key, () => sheet, false, { stale: true }));
  }
  return out;
}

/**
 * Own sheets looked up when first needed: by the remembered id (one getSheetById), else with
 * ONE metadata search shared by every miss of the run.
 */
class OwnSheetLookup {
  private all: Map<string, Sheet> | null = null;
  private readonly added = new Map<string, Sheet>();

  constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly memory: ReadonlyMap<string, SheetMemory>,
  ) {}

  /** The sheet of a key and whether it was found by its remembered id (only then is the memory right). */
  find(key: string): { sheet: Sheet | undefined; byId: boolean } {
    const added = this.added.get(key);
    if (added) return { sheet: added, byId: false };
    const sheet = this.byRememberedId(key);
    if (sheet) return { sheet, byId: true };
    this.all ??= findOwnSheets(this.spreadsheet);
    return { sheet: this.all.get(key), byId: false };
  }

  byRememberedId(key: string): Sheet | null {
    const id = this.memory.get(key)?.id;
    return id === undefined ? null : this.spreadsheet.getSheetById(id);
  }

  add(key: string, sheet: Sheet): void {
    this.added.set(key, sheet);
  }

  /**
   * An own sheet that lost its mark (a trip through .xlsx): the sheet named as the model whose
   * first row reads as the model's (digits aside: the council report's period moves), not marked
   * as another own sheet. Marked again; without it a second set of summaries would appear.
   */
  adopt(model: SheetModel): Sheet | undefined {
    const first = model.values[0] ?? [];
    const title = first.findIndex((cell) => typeof cell === 'string' && cell.trim() !== '');
    if (title < 0) return undefined;
    const header = first.slice(0, title + 1).map((cell) => (typeof cell === 'string' ? cell : ''));
    const sheet = sheetNamedWithHeader(this.spreadsheet, safeSheetName(model.title), header);
    if (!sheet) return undefined;
    this.all ??= findOwnSheets(this.spreadsheet);
    const id = sheet.getSheetId();
    if ([...this.all.values(), ...this.added.values()].some((own) => own.getSheetId() === id)) return undefined;
    sheet.addDeveloperMetadata(OWN_SHEET_KEY, model.key);
    this.add(model.key, sheet);
    return sheet;
  }

  /** Every own sheet the metadata search found, if it ran. */
  allFound(): Map<string, Sheet> {
    return new Map(this.all ?? []);
  }
}

/** Inserts missing sheets at the end under free names, and puts the person back on their sheet. */
class SheetPlacer {
  private names: string[] | null = null;
  // insertSheet activates the new sheet: the person is put back where they were.
  private wasActive: Sheet | null = null;

  constructor(private readonly spreadsheet: Spreadsheet) {}

  insert(model: SheetModel): Sheet {
    if (!this.names) {
      this.names = this.spreadsheet.getSheets().map((s) => s.getName());
      // No screen in a trigger run: nobody to put back, and getActiveSheet/activate would fail.
      this.wasActive = hasScreen() ? this.spreadsheet.getActiveSheet() : null;
    }
    const name = uniqueSheetName(model.title, this.names);
    const sheet = this.spreadsheet.insertSheet(name, this.names.length);
    this.names.push(name);
    sheet.addDeveloperMetadata(OWN_SHEET_KEY, model.key);
    return sheet;
  }

  restoreActive(): void {
    this.wasActive?.activate();
  }
}

/** Where the «Сводка» shows «Обновлено: …», for the other sheets to refer to. */
interface StampSource {
  id: number;
  a1: string;
  /** The «Сводка»'s current name (null: gone), asked only when a sheet referring to it is written. */
  name: () => string | null;
}

/** The «Сводка»'s stamp cell; its sheet's name is asked once, when first needed. */
function stampOf(model: SheetModel, id: number, sheetOf: () => Sheet | null): StampSource | null {
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
interface Prepared {
  model: SheetModel;
  grids: FormatGrids;
  /** The values; the stamp cell, when it refers to the «Сводка», is filled in by cellsOf(). */
  values: (string | number | boolean)[][];
  stampRef: StampSource | null;
  content: string;
  layout: string;
  charts: string;
}

function prepare(model: SheetModel, summaryStamp: StampSource | null): Prepared {
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
function writeStampOnly(sheet: Sheet | null, model: SheetModel): boolean {
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

function isUnchanged(m: SheetMemory, p: Prepared): boolean {
  return !m.stale && m.content === p.content && m.layout === p.layout && m.charts === p.charts;
}

/** A result whose name is read from the sheet only when someone asks (the nightly check does not). */
function written(
  key: string,
  sheetOf: () => Sheet | null,
  created: boolean,
  flags: { stale?: true; unchanged?: true } = {},
): WrittenSheet {
  let name: string | undefined;
  return {
    key,
    created,
    ...flags,
    get name(): string {
      name ??= sheetOf()?.getName() ?? '';
      return name;
    },
  };
}

/** An own sheet known by id only: the next write goes the careful way. */
function unknownSheet(id: number): SheetMemory {
  return { id, rows: 0, cols: 0, charts: '', layout: '', content: '', merged: false, stale: false };
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
function rewriteKnown(sheet: Sheet, prepared: Prepared, m: SheetMemory, trusted: boolean): SheetMemory | null {
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
function rewriteCareful(sheet: Sheet, prepared: Prepared, created: boolean, id?: number): SheetMemory {
  const known = created ? null : clearOwnSheet(sheet);
  const size = writeModel(sheet, prepared, { known, grids: 'all', charts: true, created });
  return remember(id ?? sheet.getSheetId(), size, prepared);
}

function remember(id: number, size: Size, p: Prepared): SheetMemory {
  return {
    id,
    ...size,
    charts: p.charts,
    layout: p.layout,
    content: p.content,
    merged: p.model.merges.length > 0,
    stale: false,
  };
}

/**
 * The tab's colour compared case-insensitively, through getTabColorObject (getTabColor is
 * deprecated in Google's reference; @types/google-apps-script does not list the new method yet).
 */
function tabColorIs(sheet: Sheet, hex: string): boolean {
  const color = (sheet as Sheet & { getTabColorObject(): GoogleAppsScript.Spreadsheet.Color }).getTabColorObject();
  if (!color || String(color.getColorType()) !== String(SpreadsheetApp.ColorType.RGB)) return false;
  return color.asRgbColor().asHexString().toLowerCase() === hex.toLowerCase();
}

/** Removes the charts, un-greys a once-stale tab, breaks every merge, clears the whole sheet (values and formats); returns its size. */
function clearOwnSheet(sheet: Sheet): Size {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  if (tabColorIs(sheet, STALE_TAB_COLOR)) sheet.setTabColor(null);
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

function markStale(sheet: Sheet): void {
  const cell = sheet.getRange(2, 1);
  cell.setNumberFormat('@');
  cell.setValue(STALE_NOTE);
  sheet.setTabColor(STALE_TAB_COLOR);
}
