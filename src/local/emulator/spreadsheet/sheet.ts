/**
 * One emulated sheet: a sparse grid of cells plus merges, frozen panes, column widths,
 * conditional format rules, protections and charts. Public methods follow Google's
 * Sheet; those starting with `_` are the emulator's own and record nothing (../README.md).
 */

import { columnLetter } from '../../../core/a1';
import type { Runtime } from '../runtime';
import { gasError } from '../runtime';
import { EmulatedConditionalFormatRule, EmulatedConditionalFormatRuleBuilder } from './builders';
import { type Box, type Cell, type CellSnapshot, cloneCell, isBlankCell } from './cell';
import { type ChartData, EmulatedEmbeddedChart, EmulatedEmbeddedChartBuilder } from './charts';
import { ChartType, ColorType } from './enums';
import { ERR, isInteger, signatureError } from './errors';
import { sheetsFormulaText } from './formula';
import type { Shape } from './gas-types';
import {
  EmulatedDeveloperMetadata,
  EmulatedDeveloperMetadataFinder,
  type MetadataArgs,
  metadataArgs,
} from './metadata';
import { EmulatedProtection, type ProtectionData } from './protection';
import { EmulatedRange } from './range';
import { type Axis, shiftFormulaRefs } from './refs';
import { shiftBox, shiftKeys, shiftSet } from './shift';
import type { EmulatedSpreadsheet } from './spreadsheet';
import { displayValue } from './values';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

export const DEFAULT_COLUMN_WIDTH = 100;

const SHEET_METHODS = [
  'getName',
  'setName',
  'getSheetId',
  'getSheetName',
  'getIndex',
  'getParent',
  'getRange',
  'getDataRange',
  'getLastRow',
  'getLastColumn',
  'getMaxRows',
  'getMaxColumns',
  'insertRowsAfter',
  'insertRowsBefore',
  'insertRowAfter',
  'insertRowBefore',
  'insertColumnsAfter',
  'insertColumnsBefore',
  'insertColumnAfter',
  'insertColumnBefore',
  'deleteRows',
  'deleteRow',
  'deleteColumns',
  'deleteColumn',
  'appendRow',
  'clear',
  'clearContents',
  'clearFormats',
  'setFrozenRows',
  'getFrozenRows',
  'setFrozenColumns',
  'getFrozenColumns',
  'setColumnWidth',
  'setColumnWidths',
  'getColumnWidth',
  'setRowHeight',
  'getRowHeight',
  'autoResizeColumns',
  'autoResizeColumn',
  'getConditionalFormatRules',
  'setConditionalFormatRules',
  'clearConditionalFormatRules',
  'addDeveloperMetadata',
  'getDeveloperMetadata',
  'createDeveloperMetadataFinder',
  'protect',
  'getProtections',
  'newChart',
  'insertChart',
  'getCharts',
  'removeChart',
  'updateChart',
  'activate',
  'setActiveRange',
  'setActiveSelection',
  'getActiveRange',
  'isSheetHidden',
  'hideSheet',
  'showSheet',
  'setTabColor',
  'getTabColor',
  'hideColumns',
  'showColumns',
  'isColumnHiddenByUser',
] as const;

export class EmulatedSheet implements Shape<GSheet, (typeof SHEET_METHODS)[number]> {
  /** rows[r - 1][c - 1]; sparse. */
  rows: (Cell | undefined)[][] = [];
  merges: Box[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths = new Map<number, number>();
  hiddenColumns = new Set<number>();
  /** Row heights in px that were set (or read from .xlsx); default 21. */
  rowHeights = new Map<number, number>();
  /** .xlsx conditional formats the emulator does not model (data bars …), written back as read. */
  xlsxExtras: unknown[] = [];
  /** .xlsx parts the emulator does not model, written back as read: column styles, sheet protection. */
  xlsxKept: { columnStyles?: Map<number, unknown>; sheetProtection?: unknown } = {};
  conditionalRules: EmulatedConditionalFormatRule[] = [];
  protections: ProtectionData[] = [];
  charts: ChartData[] = [];
  hidden = false;
  tabColor: string | null = null;

  constructor(
    readonly ss: EmulatedSpreadsheet,
    public name: string,
    /** gid; the .xlsx reader restores a saved one. */
    public sheetId: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  private get runtime(): Runtime {
    return this.ss.runtime;
  }
  private record(method: string, cells: { read?: number; written?: number } = {}): void {
    this.runtime.call('Spreadsheet', `Sheet.${method}`, cells);
  }
  /** Records Google's `method` in the ledger and returns `value`: a plain getter. */
  private recorded<T>(method: string, value: T): T {
    this.record(method);
    return value;
  }

  // ------------------------------------------------------------ grid internals (no ledger)

  _cellAt(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }
  _ensureCell(row: number, column: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let cell = r[column - 1];
    if (!cell) {
      cell = { value: null };
      r[column - 1] = cell;
    }
    return cell;
  }
  /** A range without a ledger entry or bounds errors (for the emulator's own use). */
  _range(row: number, column: number, numRows = 1, numColumns = 1): EmulatedRange {
    return new EmulatedRange(this, { row, column, numRows, numColumns });
  }
  /** The merge that covers the cell, if any. */
  _mergeAt(row: number, column: number): Box | undefined {
    return this.merges.find(
      (m) => row >= m.row && row < m.row + m.numRows && column >= m.column && column < m.column + m.numColumns,
    );
  }
  _lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const row = this.rows[r - 1];
      if (row?.some((c) => !isBlankCell(c))) return r;
    }
    return 0;
  }
  _lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (!isBlankCell(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Plain copy of one cell's state, a formula's value live (not Google's API). */
  _snapshotCell(row: number, column: number): CellSnapshot {
    const cell = this._cellAt(row, column);
    const merge = this._mergeAt(row, column);
    return {
      value: (cell ? this.ss._liveValue(this, cell) : null) ?? '',
      formula: cell?.formula ?? '',
      numberFormat: cell?.numberFormat ?? '',
      background: cell?.background ?? '',
      fontColor: cell?.fontColor ?? '',
      bold: cell?.bold ?? false,
      italic: cell?.italic ?? false,
      note: cell?.note ?? '',
      wrap: cell?.wrap ?? false,
      horizontalAlignment: cell?.horizontalAlignment ?? null,
      validation: cell?.validation ? { ...cell.validation, args: [...cell.validation.args] } : null,
      linkUrl: cell?.linkUrl ?? null,
      merge: merge
        ? `${columnLetter(merge.column)}${merge.row}:${columnLetter(merge.column + merge.numColumns - 1)}${merge.row + merge.numRows - 1}`
        : null,
    };
  }
  /** Snapshots of the block rows × columns (defaults: the data range). */
  _snapshotBlock(numRows = this._lastRow(), numColumns = this._lastColumn()): CellSnapshot[][] {
    const out: CellSnapshot[][] = [];
    for (let r = 1; r <= numRows; r++) {
      const row: CellSnapshot[] = [];
      for (let c = 1; c <= numColumns; c++) row.push(this._snapshotCell(r, c));
      out.push(row);
    }
    return out;
  }
  /** The current values of the data range, dates as serials ('' for empty), without the ledger. */
  _rawValues(): (string | number | boolean)[][] {
    return this._snapshotBlock().map((r) => r.map((c) => c.value));
  }

  /**
   * The background a person sees: the first conditional format rule (in order) whose
   * range covers the cell and whose condition holds, else the cell's own background.
   */
  _effectiveBackground(row: number, column: number): string {
    const rule = this.ss._matchingRule(this, row, column);
    return rule?.background ?? this._cellAt(row, column)?.background ?? '#ffffff';
  }
  _effectiveFontColor(row: number, column: number): string {
    const rule = this.ss._matchingRule(this, row, column);
    return rule?.fontColor ?? this._cellAt(row, column)?.fontColor ?? '#000000';
  }

  // ------------------------------------------------------------ identity

  getName(): string {
    return this.recorded('getName', this.name);
  }
  getSheetName(): string {
    return this.recorded('getSheetName', this.name);
  }
  setName(name: string): this {
    this.record('setName');
    this.ss._checkSheetName(name, this);
    const old = this.name;
    this.name = name;
    // Sheets rewrites every formula naming the sheet (not the script's write: no formulaLog).
    if (old !== name) this.ss._rewriteSheetRefs(old, name);
    return this;
  }
  getSheetId(): number {
    return this.recorded('getSheetId', this.sheetId);
  }
  getIndex(): number {
    this.record('getIndex');
    return this.ss.sheets.indexOf(this) + 1;
  }
  getParent(): EmulatedSpreadsheet {
    return this.recorded('getParent', this.ss);
  }
  activate(): this {
    this.record('activate');
    this.ss.activeSheet = this;
    this.ss.activeRange = null;
    return this;
  }

  // ------------------------------------------------------------ ranges

  /** Checks a block against the sheet with Google's messages. */
  _checkBox(row: number, column: number, numRows: number, numColumns: number, method: string): void {
    const args = [row, column, numRows, numColumns];
    if (!args.every(isInteger)) throw signatureError(`Sheet.${method}`, args);
    if (row < 1) throw gasError('The starting row of the range is too small.');
    if (column < 1) throw gasError('The starting column of the range is too small.');
    if (numRows < 1) throw gasError(ERR.rowsAtLeastOne);
    if (numColumns < 1) throw gasError(ERR.columnsAtLeastOne);
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) throw gasError(ERR.outOfBounds);
  }

  /** getRange(row, column, numRows?, numColumns?) or getRange('A1:C3' | 'B:B' | '2:5'). */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): EmulatedRange {
    this.record('getRange');
    if (typeof rowOrA1 === 'string' && column === undefined) return this.ss._resolveA1(rowOrA1, this);
    const row = rowOrA1 as number;
    if (column === undefined) throw signatureError('Sheet.getRange', [rowOrA1]);
    const nr = numRows ?? 1;
    const nc = numColumns ?? 1;
    this._checkBox(row, column, nr, nc, 'getRange');
    return this._range(row, column, nr, nc);
  }
  getDataRange(): EmulatedRange {
    this.record('getDataRange');
    return this._range(1, 1, Math.max(1, this._lastRow()), Math.max(1, this._lastColumn()));
  }
  getLastRow(): number {
    this.record('getLastRow');
    return this._lastRow();
  }
  getLastColumn(): number {
    this.record('getLastColumn');
    return this._lastColumn();
  }
  getMaxRows(): number {
    return this.recorded('getMaxRows', this.maxRows);
  }
  getMaxColumns(): number {
    return this.recorded('getMaxColumns', this.maxColumns);
  }

  // ------------------------------------------------------------ inserting and deleting

  /** Inserted rows take the formats (not values or notes) of the row at `from`. [U] */
  private insertRowsAt(at: number, count: number, from: number): void {
    const template = (this.rows[from - 1] ?? []).map((c) =>
      c ? { ...cloneCell(c), value: null, formula: undefined, note: undefined, linkUrl: undefined } : undefined,
    );
    const fresh = Array.from({ length: count }, () => template.map((c) => (c ? cloneCell(c) : undefined)));
    if (this.rows.length < at - 1) this.rows.length = at - 1;
    this.rows.splice(at - 1, 0, ...fresh);
    this.maxRows += count;
    this.rowHeights = shiftKeys(this.rowHeights, at, count);
    this.shiftEverything('row', at, count);
  }
  private insertColumnsAt(at: number, count: number, from: number): void {
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i];
      if (!row) continue;
      const t = row[from - 1];
      const make = (): Cell | undefined =>
        t ? { ...cloneCell(t), value: null, formula: undefined, note: undefined, linkUrl: undefined } : undefined;
      if (row.length < at - 1) row.length = at - 1;
      row.splice(at - 1, 0, ...Array.from({ length: count }, make));
    }
    const widths = shiftKeys(this.columnWidths, at, count);
    const fromWidth = this.columnWidths.get(from);
    if (fromWidth !== undefined) for (let i = 0; i < count; i++) widths.set(at + i, fromWidth);
    this.columnWidths = widths;
    this.hiddenColumns = shiftSet(this.hiddenColumns, at, count);
    this.maxColumns += count;
    this.shiftEverything('column', at, count);
  }
  private shiftEverything(axis: Axis, at: number, delta: number): void {
    this.merges = this.merges
      .map((m) => shiftBox(m, axis, at, delta))
      .filter((m): m is Box => m !== null && m.numRows * m.numColumns > 1);
    for (const rule of this.conditionalRules) {
      rule.data.ranges = rule.data.ranges
        .map((r) => (r.sheet === this ? r._shifted(axis, at, delta) : r))
        .filter((r): r is EmulatedRange => r !== null);
    }
    for (const p of this.protections) if (p.range) p.range = p.range._shifted(axis, at, delta) ?? p.range;
    this.ss._shiftMetadata(this, axis, at, delta);
    this.shiftFormulas(axis, at, delta);
    const frozen = axis === 'row' ? this.frozenRows : this.frozenColumns;
    let newFrozen = frozen;
    if (delta > 0 && at <= frozen) newFrozen = frozen + delta;
    if (delta < 0) newFrozen = frozen - Math.max(0, Math.min(frozen + 1, at - delta) - at);
    if (axis === 'row') this.frozenRows = Math.max(0, newFrozen);
    else this.frozenColumns = Math.max(0, newFrozen);
  }

  /**
   * Rewrites the references to this sheet in every cell formula and custom-formula rule of the
   * spreadsheet, as Sheets does (other sheets' formulas naming this sheet included). Cached
   * values stay (the references follow their cells) unless a reference became #REF!.
   */
  private shiftFormulas(axis: Axis, at: number, delta: number): void {
    const mine = this.name.toLowerCase();
    const refErrors = (f: string): number => f.split('#REF!').length;
    for (const sheet of this.ss.sheets) {
      // [U] Sheet names in formulas are matched ignoring case, as Sheets reads them.
      const targets = (name: string | null): boolean => (name === null ? sheet === this : name.toLowerCase() === mine);
      for (const row of sheet.rows)
        for (const cell of row ?? []) {
          if (!cell?.formula) continue;
          const next = shiftFormulaRefs(cell.formula, targets, axis, at, delta);
          if (next === cell.formula) continue;
          // [U] A formula that now reads a deleted cell shows #REF! (Sheets: unless IFERROR catches it).
          if (refErrors(next) > refErrors(cell.formula)) cell.value = '#REF!';
          cell.formula = next;
        }
      for (const rule of sheet.conditionalRules) {
        const formula = rule.data.args[0];
        if (rule.data.criteria !== 'CUSTOM_FORMULA' || typeof formula !== 'string') continue;
        const next = shiftFormulaRefs(formula, targets, axis, at, delta);
        // A new array: a copy() of the rule taken earlier keeps its own formula.
        if (next !== formula) rule.data.args = [next, ...rule.data.args.slice(1)];
      }
    }
  }

  private checkCount(position: number, howMany: number, max: number, method: string, rows: boolean): void {
    if (!isInteger(position) || !isInteger(howMany)) throw signatureError(`Sheet.${method}`, [position, howMany]);
    if (position < 1 || position > max || howMany < 1)
      throw gasError(rows ? ERR.rowsOutOfBounds : ERR.columnsOutOfBounds);
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.record('insertRowsAfter');
    this.checkCount(afterPosition, howMany, this.maxRows, 'insertRowsAfter', true);
    this.insertRowsAt(afterPosition + 1, howMany, afterPosition);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.record('insertRowsBefore');
    this.checkCount(beforePosition, howMany, this.maxRows, 'insertRowsBefore', true);
    this.insertRowsAt(beforePosition, howMany, beforePosition);
    return this;
  }
  insertRowAfter(afterPosition: number): this {
    this.record('insertRowAfter');
    this.checkCount(afterPosition, 1, this.maxRows, 'insertRowAfter', true);
    this.insertRowsAt(afterPosition + 1, 1, afterPosition);
    return this;
  }
  insertRowBefore(beforePosition: number): this {
    this.record('insertRowBefore');
    this.checkCount(beforePosition, 1, this.maxRows, 'insertRowBefore', true);
    this.insertRowsAt(beforePosition, 1, beforePosition);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.record('insertColumnsAfter');
    this.checkCount(afterPosition, howMany, this.maxColumns, 'insertColumnsAfter', false);
    this.insertColumnsAt(afterPosition + 1, howMany, afterPosition);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.record('insertColumnsBefore');
    this.checkCount(beforePosition, howMany, this.maxColumns, 'insertColumnsBefore', false);
    this.insertColumnsAt(beforePosition, howMany, beforePosition);
    return this;
  }
  insertColumnAfter(afterPosition: number): this {
    this.record('insertColumnAfter');
    this.checkCount(afterPosition, 1, this.maxColumns, 'insertColumnAfter', false);
    this.insertColumnsAt(afterPosition + 1, 1, afterPosition);
    return this;
  }
  insertColumnBefore(beforePosition: number): this {
    this.record('insertColumnBefore');
    this.checkCount(beforePosition, 1, this.maxColumns, 'insertColumnBefore', false);
    this.insertColumnsAt(beforePosition, 1, beforePosition);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.record('deleteRows');
    this.checkCount(rowPosition, howMany, this.maxRows, 'deleteRows', true);
    if (rowPosition + howMany - 1 > this.maxRows) throw gasError(ERR.rowsOutOfBounds);
    // [U] Google's text for deleting every row.
    if (howMany >= this.maxRows) throw gasError("You can't delete all the rows on the sheet.");
    this.rows.splice(rowPosition - 1, howMany);
    this.maxRows -= howMany;
    this.rowHeights = shiftKeys(this.rowHeights, rowPosition, -howMany);
    this.shiftEverything('row', rowPosition, -howMany);
  }
  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.record('deleteColumns');
    this.checkCount(columnPosition, howMany, this.maxColumns, 'deleteColumns', false);
    if (columnPosition + howMany - 1 > this.maxColumns) throw gasError(ERR.columnsOutOfBounds);
    if (howMany >= this.maxColumns) throw gasError("You can't delete all the columns on the sheet.");
    for (const row of this.rows) row?.splice(columnPosition - 1, howMany);
    this.columnWidths = shiftKeys(this.columnWidths, columnPosition, -howMany);
    // A deleted hidden column takes its hiding with it; the hidden ones after it move left.
    this.hiddenColumns = shiftSet(this.hiddenColumns, columnPosition, -howMany);
    this.maxColumns -= howMany;
    this.shiftEverything('column', columnPosition, -howMany);
  }
  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  /** Writes after the last row with content, growing the sheet if needed; strings parse as typed. */
  appendRow(rowContents: unknown[]): this {
    this.record('appendRow', { written: Array.isArray(rowContents) ? rowContents.length : 0 });
    if (!Array.isArray(rowContents)) throw signatureError('Sheet.appendRow', [rowContents]);
    const row = this._lastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxColumns) this.maxColumns = rowContents.length;
    rowContents.forEach((v, i) => {
      this.ss._writeCellValue(this, row, i + 1, v);
    });
    return this;
  }
  clear(): this {
    this.record('clear');
    this.rows = [];
    this.merges = [];
    return this;
  }
  clearContents(): this {
    this.record('clearContents');
    for (const row of this.rows)
      for (const cell of row ?? []) {
        if (!cell) continue;
        cell.value = null;
        cell.formula = undefined;
        cell.linkUrl = undefined;
      }
    return this;
  }
  clearFormats(): this {
    this.record('clearFormats');
    this.rows = this.rows.map((row) =>
      (row ?? []).map((cell) =>
        cell ? { value: cell.value, formula: cell.formula, note: cell.note, validation: cell.validation } : undefined,
      ),
    );
    return this;
  }

  // ------------------------------------------------------------ layout

  setFrozenRows(rows: number): void {
    this.record('setFrozenRows');
    if (!isInteger(rows) || rows < 0) throw signatureError('Sheet.setFrozenRows', [rows]);
    // [U] Google refuses to freeze through a merge or all rows; text not known.
    if (rows >= this.maxRows) throw gasError(ERR.rowsOutOfBounds);
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.recorded('getFrozenRows', this.frozenRows);
  }
  setFrozenColumns(columns: number): void {
    this.record('setFrozenColumns');
    if (!isInteger(columns) || columns < 0) throw signatureError('Sheet.setFrozenColumns', [columns]);
    if (columns >= this.maxColumns) throw gasError(ERR.columnsOutOfBounds);
    this.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.recorded('getFrozenColumns', this.frozenColumns);
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.record('setColumnWidth');
    this.checkCount(columnPosition, 1, this.maxColumns, 'setColumnWidth', false);
    if (!isInteger(width) || width < 0) throw signatureError('Sheet.setColumnWidth', [columnPosition, width]);
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.record('setColumnWidths');
    this.checkCount(startColumn, numColumns, this.maxColumns, 'setColumnWidths', false);
    if (startColumn + numColumns - 1 > this.maxColumns) throw gasError(ERR.columnsOutOfBounds);
    for (let i = 0; i < numColumns; i++) this.columnWidths.set(startColumn + i, width);
    return this;
  }
  setRowHeight(rowPosition: number, height: number): this {
    this.record('setRowHeight');
    this.checkCount(rowPosition, 1, this.maxRows, 'setRowHeight', true);
    if (!isInteger(height) || height < 0) throw signatureError('Sheet.setRowHeight', [rowPosition, height]);
    this.rowHeights.set(rowPosition, height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    this.record('getRowHeight');
    this.checkCount(rowPosition, 1, this.maxRows, 'getRowHeight', true);
    return Math.round(this.rowHeights.get(rowPosition) ?? 21);
  }
  getColumnWidth(columnPosition: number): number {
    this.record('getColumnWidth');
    this.checkCount(columnPosition, 1, this.maxColumns, 'getColumnWidth', false);
    return Math.round(this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH);
  }
  /** Fits each column to its longest shown text: about 7 px a character plus padding. [U] */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this.record('autoResizeColumns');
    this.checkCount(startColumn, numColumns, this.maxColumns, 'autoResizeColumns', false);
    for (let col = startColumn; col < startColumn + numColumns; col++) {
      let longest = 0;
      this.rows.forEach((row, i) => {
        const cell = row?.[col - 1];
        if (!cell || this._mergeAt(i + 1, col)) return;
        const text = displayValue(this.ss._liveValue(this, cell), cell.numberFormat, this.ss.locale);
        for (const line of text.split('\n')) longest = Math.max(longest, line.length);
      });
      this.columnWidths.set(col, Math.max(21, longest * 7 + 12));
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }
  hideColumns(columnIndex: number, numColumns?: number): void {
    this.record('hideColumns');
    for (let i = 0; i < (numColumns ?? 1); i++) this.hiddenColumns.add(columnIndex + i);
  }
  showColumns(columnIndex: number, numColumns?: number): void {
    this.record('showColumns');
    for (let i = 0; i < (numColumns ?? 1); i++) this.hiddenColumns.delete(columnIndex + i);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.record('isColumnHiddenByUser');
    return this.hiddenColumns.has(columnPosition);
  }
  isSheetHidden(): boolean {
    return this.recorded('isSheetHidden', this.hidden);
  }
  hideSheet(): this {
    this.record('hideSheet');
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.record('showSheet');
    this.hidden = false;
    return this;
  }
  setTabColor(color: string | null): this {
    this.record('setTabColor');
    this.tabColor = color;
    return this;
  }
  /** Deprecated in Google's reference: use getTabColorObject [D REF:spreadsheet/sheet]. */
  getTabColor(): string | null {
    return this.recorded('getTabColor', this.tabColor);
  }
  /**
   * The tab's colour as a Color. Without a colour: a Color of type UNSUPPORTED whose asRgbColor()
   * throws [U]. The hex string comes back upper-case [U: Google's case is not documented; the
   * emulator differs from what scripts usually write, so a case-sensitive comparison fails here].
   */
  getTabColorObject(): GoogleAppsScript.Spreadsheet.Color {
    this.record('getTabColorObject');
    const hex = this.tabColor;
    const rgb = (): GoogleAppsScript.Base.RgbColor => {
      if (hex === null || !/^#[0-9a-f]{6}$/i.test(hex)) throw gasError('Object is not of type RgbColor.');
      const part = (at: number) => Number.parseInt(hex.slice(at, at + 2), 16);
      return {
        asHexString: () => hex.toUpperCase(),
        getRed: () => part(1),
        getGreen: () => part(3),
        getBlue: () => part(5),
        getColorType: () => ColorType.RGB,
      } as GoogleAppsScript.Base.RgbColor;
    };
    return {
      getColorType: () => (hex === null ? ColorType.UNSUPPORTED : ColorType.RGB),
      asRgbColor: rgb,
      asThemeColor: () => {
        throw gasError('Object is not of type ThemeColor.');
      },
    } as GoogleAppsScript.Spreadsheet.Color;
  }

  // ------------------------------------------------------------ selection

  setActiveRange(range: GRange | EmulatedRange): EmulatedRange {
    this.record('setActiveRange');
    return this.ss._select(range as EmulatedRange);
  }
  setActiveSelection(a1OrRange: string | GRange | EmulatedRange): EmulatedRange {
    this.record('setActiveSelection');
    const range = typeof a1OrRange === 'string' ? this.ss._resolveA1(a1OrRange, this) : (a1OrRange as EmulatedRange);
    return this.ss._select(range);
  }
  getActiveRange(): EmulatedRange | null {
    this.record('getActiveRange');
    const r = this.ss.activeRange;
    return r && r.sheet === this ? r : this._range(1, 1);
  }

  // ------------------------------------------------------------ conditional formats

  getConditionalFormatRules(): EmulatedConditionalFormatRule[] {
    return this.recorded('getConditionalFormatRules', [...this.conditionalRules]);
  }
  /** Replaces all rules; they are evaluated in array order. */
  setConditionalFormatRules(
    rules: (GoogleAppsScript.Spreadsheet.ConditionalFormatRule | EmulatedConditionalFormatRule)[],
  ): void {
    this.record('setConditionalFormatRules');
    if (!Array.isArray(rules)) throw signatureError('Sheet.setConditionalFormatRules', [rules]);
    for (const r of rules) {
      const rule = r as unknown as EmulatedConditionalFormatRule;
      if (!rule?.data) throw signatureError('Sheet.setConditionalFormatRules', [rules]);
      for (const range of rule.data.ranges)
        if (range.sheet !== this) throw new Error('Emulator: a conditional format rule ranges over another sheet');
    }
    // Sheets keeps a custom formula in its own spelling (spacing, function-name case).
    this.conditionalRules = (rules as unknown as EmulatedConditionalFormatRule[]).map((rule) =>
      rule.data.criteria === 'CUSTOM_FORMULA' && typeof rule.data.args[0] === 'string'
        ? new EmulatedConditionalFormatRule(this.runtime, {
            ...rule.data,
            args: [sheetsFormulaText(rule.data.args[0]), ...rule.data.args.slice(1)],
          })
        : rule,
    );
  }
  clearConditionalFormatRules(): void {
    this.record('clearConditionalFormatRules');
    this.conditionalRules = [];
  }
  /** Not Google's: a builder, for tests that build rules without SpreadsheetApp. */
  _newConditionalFormatRule(): EmulatedConditionalFormatRuleBuilder {
    return new EmulatedConditionalFormatRuleBuilder(this.runtime);
  }

  // ------------------------------------------------------------ developer metadata

  addDeveloperMetadata(...args: MetadataArgs): this {
    this.record('addDeveloperMetadata');
    const { key, value, visibility } = metadataArgs(args);
    this.ss._addMetadata(key, value, visibility, { type: 'SHEET', sheet: this });
    return this;
  }
  /** Metadata on the sheet itself (not its rows or columns). */
  getDeveloperMetadata(): EmulatedDeveloperMetadata[] {
    this.record('getDeveloperMetadata');
    return this.ss.metadata
      .filter((m) => m.location.type === 'SHEET' && m.location.sheet === this)
      .map((m) => new EmulatedDeveloperMetadata(this.runtime, this.ss, m));
  }
  createDeveloperMetadataFinder(): EmulatedDeveloperMetadataFinder {
    this.record('createDeveloperMetadataFinder');
    return new EmulatedDeveloperMetadataFinder(this.runtime, this.ss, { kind: 'sheet', sheet: this });
  }

  // ------------------------------------------------------------ protections

  /** The sheet's protection: the existing one if any. */
  protect(): EmulatedProtection {
    this.record('protect');
    let p = this.protections.find((x) => x.type === 'SHEET');
    if (!p) {
      p = { type: 'SHEET', sheet: this, range: null, description: '', warningOnly: false, removed: false };
      this.protections.push(p);
    }
    return new EmulatedProtection(this.runtime, p);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): EmulatedProtection[] {
    this.record('getProtections');
    const name = String(type);
    if (name !== 'RANGE' && name !== 'SHEET') throw signatureError('Sheet.getProtections', [type]);
    return this.protections.filter((p) => p.type === name).map((p) => new EmulatedProtection(this.runtime, p));
  }

  // ------------------------------------------------------------ charts

  newChart(): EmulatedEmbeddedChartBuilder {
    this.record('newChart');
    return new EmulatedEmbeddedChartBuilder(this.runtime, {
      chartId: null,
      type: ChartType.COLUMN.toString(),
      ranges: [],
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      options: {},
    });
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart | EmulatedEmbeddedChart): void {
    this.record('insertChart');
    const c = chart as unknown as EmulatedEmbeddedChart;
    if (!(c instanceof EmulatedEmbeddedChart)) throw signatureError('Sheet.insertChart', [chart]);
    if (c.data.chartId !== null && this.charts.some((x) => x.chartId === c.data.chartId))
      throw gasError(
        'Unexpected error while getting the method or property insertChart on object SpreadsheetApp.Sheet.',
      );
    c.data.chartId = this.ss._nextChartId();
    this.charts.push(c.data);
  }
  getCharts(): EmulatedEmbeddedChart[] {
    this.record('getCharts');
    return this.charts.map((d) => new EmulatedEmbeddedChart(this.runtime, d));
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart | EmulatedEmbeddedChart): void {
    this.record('removeChart');
    const c = chart as unknown as EmulatedEmbeddedChart;
    const i = this.charts.findIndex((d) => d.chartId !== null && d.chartId === c?.data?.chartId);
    if (i < 0)
      throw gasError(
        'Unexpected error while getting the method or property removeChart on object SpreadsheetApp.Sheet.',
      );
    this.charts.splice(i, 1);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart | EmulatedEmbeddedChart): void {
    this.record('updateChart');
    const c = chart as unknown as EmulatedEmbeddedChart;
    const i = this.charts.findIndex((d) => d.chartId !== null && d.chartId === c?.data?.chartId);
    if (i < 0)
      throw gasError(
        'Unexpected error while getting the method or property updateChart on object SpreadsheetApp.Sheet.',
      );
    this.charts[i] = c.data;
  }
}
