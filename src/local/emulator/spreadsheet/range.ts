/**
 * An emulated Range: a fixed block of one sheet (1-based). Reads return Google's types
 * ('' for empty, Date for date cells at midnight in the spreadsheet's zone); writes of
 * strings parse as typed in the spreadsheet's locale unless the cell is plain text ('@').
 */

import { quoteSheetName, toA1 } from '../../../core/a1';
import type { Runtime } from '../runtime';
import { gasError } from '../runtime';
import {
  EmulatedDataValidation,
  type EmulatedRichTextValue,
  EmulatedRichTextValueBuilder,
  normalizeColor,
} from './builders';
import { AUTOMATIC_FORMAT, type Box, boxesOverlap, type Cell, DEFAULT_BACKGROUND, DEFAULT_FONT_COLOR } from './cell';
import { enumName } from './enums';
import { ERR, signatureError } from './errors';
import type { Shape } from './gas-types';
import {
  EmulatedDeveloperMetadata,
  EmulatedDeveloperMetadataFinder,
  type MetadataArgs,
  metadataArgs,
} from './metadata';
import { EmulatedProtection } from './protection';
import type { Axis } from './refs';
import type { EmulatedSheet } from './sheet';
import { shiftBox } from './shift';
import { displayValue } from './values';

type GRange = GoogleAppsScript.Spreadsheet.Range;

const RANGE_METHODS = [
  'getValues',
  'getValue',
  'setValues',
  'setValue',
  'getDisplayValues',
  'getDisplayValue',
  'getFormulas',
  'getFormula',
  'setFormula',
  'setFormulas',
  'getNumberFormats',
  'getNumberFormat',
  'setNumberFormat',
  'setNumberFormats',
  'getBackgrounds',
  'getBackground',
  'setBackground',
  'setBackgrounds',
  'getFontColors',
  'setFontColor',
  'setFontColors',
  'getFontWeights',
  'getFontWeight',
  'setFontWeight',
  'setFontWeights',
  'setFontStyle',
  'setFontSize',
  'getNote',
  'getNotes',
  'setNote',
  'setNotes',
  'clearNote',
  'setWrap',
  'setWraps',
  'getWrap',
  'getWraps',
  'setWrapStrategy',
  'setHorizontalAlignment',
  'getHorizontalAlignment',
  'setVerticalAlignment',
  'getDataValidation',
  'getDataValidations',
  'setDataValidation',
  'setDataValidations',
  'clearDataValidations',
  'merge',
  'mergeAcross',
  'breakApart',
  'isPartOfMerge',
  'getMergedRanges',
  'getRow',
  'getColumn',
  'getNumRows',
  'getNumColumns',
  'getLastRow',
  'getLastColumn',
  'getA1Notation',
  'getSheet',
  'getCell',
  'offset',
  'activate',
  'protect',
  'addDeveloperMetadata',
  'getDeveloperMetadata',
  'createDeveloperMetadataFinder',
  'setRichTextValue',
  'getRichTextValue',
  'getRichTextValues',
  'setRichTextValues',
  'clear',
  'clearContent',
  'clearFormat',
  'isBlank',
  'getHeight',
  'getWidth',
  'getGridId',
] as const;

type Grid<T> = T[][];

export class EmulatedRange implements Shape<GRange, (typeof RANGE_METHODS)[number]> {
  constructor(
    readonly sheet: EmulatedSheet,
    readonly box: Box,
  ) {}

  private get runtime(): Runtime {
    return this.sheet.ss.runtime;
  }
  private get size(): number {
    return this.box.numRows * this.box.numColumns;
  }
  private record(method: string, cells: { read?: number; written?: number } = {}): void {
    this.runtime.call('Spreadsheet', `Range.${method}`, cells);
  }
  /** Records Google's `method` in the ledger and returns `value`: a plain getter. */
  private recorded<T>(method: string, value: T): T {
    this.record(method);
    return value;
  }

  /** Same sheet and block (not Google's API). */
  _sameAs(other: EmulatedRange): boolean {
    const a = this.box;
    const b = other.box;
    return (
      this.sheet === other.sheet &&
      a.row === b.row &&
      a.column === b.column &&
      a.numRows === b.numRows &&
      a.numColumns === b.numColumns
    );
  }
  /** This block after rows/columns were inserted or deleted, or null when it vanished. */
  _shifted(axis: Axis, at: number, delta: number): EmulatedRange | null {
    const b = shiftBox(this.box, axis, at, delta);
    return b ? new EmulatedRange(this.sheet, b) : null;
  }
  /** A1 with the sheet name: "'Дорожная карта'!A1:C3" (not Google's API). */
  _qualifiedA1(): string {
    return `${quoteSheetName(this.sheet.name)}!${this._a1()}`;
  }
  /** A1 without the ledger (the emulator's own use). */
  _a1(): string {
    const b = this.box;
    return toA1(b.row, b.column, b.numRows, b.numColumns);
  }
  /** Visits every cell: f(cell or undefined, row, column, i, j). */
  private map<T>(f: (cell: Cell | undefined, row: number, column: number) => T): Grid<T> {
    const out: Grid<T> = [];
    const b = this.box;
    for (let i = 0; i < b.numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < b.numColumns; j++)
        line.push(f(this.sheet._cellAt(b.row + i, b.column + j), b.row + i, b.column + j));
      out.push(line);
    }
    return out;
  }
  private each(f: (cell: Cell, row: number, column: number) => void): void {
    const b = this.box;
    for (let i = 0; i < b.numRows; i++)
      for (let j = 0; j < b.numColumns; j++)
        f(this.sheet._ensureCell(b.row + i, b.column + j), b.row + i, b.column + j);
  }
  /** Checks a 2-D array against the range's shape with Google's messages. */
  private checkShape(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || !data.every((r) => Array.isArray(r))) throw signatureError(`Range.${method}`, [data]);
    const rows = data as unknown[][];
    if (rows.length !== this.box.numRows) throw gasError(ERR.rowsMismatch(rows.length, this.box.numRows));
    for (const r of rows)
      if (r.length !== this.box.numColumns) throw gasError(ERR.columnsMismatch(r.length, this.box.numColumns));
    return rows;
  }
  private hiddenByMerge(row: number, column: number): boolean {
    const m = this.sheet._mergeAt(row, column);
    return m !== undefined && (m.row !== row || m.column !== column);
  }

  // ------------------------------------------------------------ values

  getValues(): unknown[][] {
    this.record('getValues', { read: this.size });
    return this.map((cell, r, col) => this.sheet.ss._readValue(this.sheet, cell, this.hiddenByMerge(r, col)));
  }
  getValue(): unknown {
    this.record('getValue', { read: 1 });
    const b = this.box;
    return this.sheet.ss._readValue(this.sheet, this.sheet._cellAt(b.row, b.column), false);
  }
  setValues(values: unknown[][]): this {
    this.record('setValues', { written: this.size });
    const rows = this.checkShape('setValues', values);
    const b = this.box;
    this.sheet.ss._checkWrites(this.sheet, b, rows);
    rows.forEach((line, i) => {
      line.forEach((v, j) => {
        this.sheet.ss._writeCellValue(this.sheet, b.row + i, b.column + j, v);
      });
    });
    return this;
  }
  /** Writes every cell of the range (Google: setValue sets all cells to the value). */
  setValue(value: unknown): this {
    this.record('setValue', { written: this.size });
    const b = this.box;
    const grid = Array.from({ length: b.numRows }, () => Array.from({ length: b.numColumns }, () => value));
    this.sheet.ss._checkWrites(this.sheet, b, grid);
    this.each((_cell, r, col) => {
      this.sheet.ss._writeCellValue(this.sheet, r, col, value);
    });
    return this;
  }
  getDisplayValues(): string[][] {
    this.record('getDisplayValues', { read: this.size });
    const ss = this.sheet.ss;
    return this.map((cell, r, col) =>
      !cell || this.hiddenByMerge(r, col)
        ? ''
        : displayValue(ss._liveValue(this.sheet, cell), cell.numberFormat, ss.locale),
    );
  }
  getDisplayValue(): string {
    this.record('getDisplayValue', { read: 1 });
    const cell = this.sheet._cellAt(this.box.row, this.box.column);
    return cell
      ? displayValue(this.sheet.ss._liveValue(this.sheet, cell), cell.numberFormat, this.sheet.ss.locale)
      : '';
  }
  getFormulas(): string[][] {
    this.record('getFormulas', { read: this.size });
    return this.map((cell) => cell?.formula ?? '');
  }
  getFormula(): string {
    this.record('getFormula', { read: 1 });
    return this.sheet._cellAt(this.box.row, this.box.column)?.formula ?? '';
  }
  setFormula(formula: string): this {
    this.record('setFormula', { written: this.size });
    if (typeof formula !== 'string') throw signatureError('Range.setFormula', [formula]);
    this.each((_c, r, col) => {
      this.sheet.ss._writeFormula(this.sheet, r, col, formula);
    });
    return this;
  }
  setFormulas(formulas: string[][]): this {
    this.record('setFormulas', { written: this.size });
    const rows = this.checkShape('setFormulas', formulas);
    const b = this.box;
    rows.forEach((line, i) => {
      line.forEach((f, j) => {
        this.sheet.ss._writeFormula(this.sheet, b.row + i, b.column + j, String(f));
      });
    });
    return this;
  }
  getRichTextValue(): EmulatedRichTextValue | null {
    this.record('getRichTextValue', { read: 1 });
    const cell = this.sheet._cellAt(this.box.row, this.box.column);
    const value = cell ? this.sheet.ss._liveValue(this.sheet, cell) : null;
    if (value !== null && typeof value !== 'string') return null;
    const text = value ?? '';
    const b = new EmulatedRichTextValueBuilder(this.runtime).setText(text);
    if (cell?.linkUrl) b.setLinkUrl(cell.linkUrl);
    return b.build();
  }
  /** Writes the text (always as text) and records its link. */
  setRichTextValue(value: GoogleAppsScript.Spreadsheet.RichTextValue | EmulatedRichTextValue): this {
    this.record('setRichTextValue', { written: this.size });
    const v = value as EmulatedRichTextValue;
    if (!v?.data) throw signatureError('Range.setRichTextValue', [value]);
    const url = v.getLinkUrl();
    this.each((cell) => putRichText(cell, v, url));
    return this;
  }
  getRichTextValues(): (EmulatedRichTextValue | null)[][] {
    this.record('getRichTextValues', { read: this.size });
    return this.map((cell) => {
      const value = cell ? this.sheet.ss._liveValue(this.sheet, cell) : null;
      if (value !== null && typeof value !== 'string') return null;
      const b = new EmulatedRichTextValueBuilder(this.runtime).setText(value ?? '');
      if (cell?.linkUrl) b.setLinkUrl(cell.linkUrl);
      return b.build();
    });
  }
  /** One call for a block of texts with links (Google's batch form of setRichTextValue). */
  setRichTextValues(values: (GoogleAppsScript.Spreadsheet.RichTextValue | EmulatedRichTextValue)[][]): this {
    this.record('setRichTextValues', { written: this.size });
    const rows = this.checkShape('setRichTextValues', values) as EmulatedRichTextValue[][];
    for (const line of rows)
      for (const v of line) if (!v?.data) throw signatureError('Range.setRichTextValues', [values]);
    const b = this.box;
    rows.forEach((line, i) => {
      line.forEach((v, j) => {
        putRichText(this.sheet._ensureCell(b.row + i, b.column + j), v, v.getLinkUrl());
      });
    });
    return this;
  }
  isBlank(): boolean {
    this.record('isBlank', { read: this.size });
    return this.map((cell) => !cell || (cell.value === null && !cell.formula)).every((r) => r.every(Boolean));
  }

  // ------------------------------------------------------------ formats

  private setAll<K extends keyof Cell>(method: string, key: K, value: Cell[K]): this {
    this.record(method, { written: this.size });
    this.each((cell) => {
      if (value === undefined || value === null) delete cell[key];
      else cell[key] = value;
    });
    return this;
  }
  private setGrid<T, K extends keyof Cell>(method: string, key: K, data: T[][], conv: (v: T) => Cell[K]): this {
    this.record(method, { written: this.size });
    const rows = this.checkShape(method, data) as T[][];
    const b = this.box;
    rows.forEach((line, i) => {
      line.forEach((v, j) => {
        const cell = this.sheet._ensureCell(b.row + i, b.column + j);
        const converted = conv(v);
        if (converted === undefined || converted === null) delete cell[key];
        else cell[key] = converted;
      });
    });
    return this;
  }
  private read<T>(method: string, f: (cell: Cell | undefined) => T): T[][] {
    this.record(method, { read: this.size });
    return this.map((cell) => f(cell));
  }
  private readOne<T>(method: string, f: (cell: Cell | undefined) => T): T {
    this.record(method, { read: 1 });
    return f(this.sheet._cellAt(this.box.row, this.box.column));
  }

  getNumberFormats(): string[][] {
    return this.read('getNumberFormats', (c) => c?.numberFormat ?? AUTOMATIC_FORMAT);
  }
  getNumberFormat(): string {
    return this.readOne('getNumberFormat', (c) => c?.numberFormat ?? AUTOMATIC_FORMAT);
  }
  setNumberFormat(numberFormat: string): this {
    if (typeof numberFormat !== 'string') throw signatureError('Range.setNumberFormat', [numberFormat]);
    return this.setAll('setNumberFormat', 'numberFormat', numberFormat);
  }
  setNumberFormats(numberFormats: unknown[][]): this {
    return this.setGrid('setNumberFormats', 'numberFormat', numberFormats, (v) => String(v));
  }
  getBackgrounds(): string[][] {
    return this.read('getBackgrounds', (c) => c?.background ?? DEFAULT_BACKGROUND);
  }
  getBackground(): string {
    return this.readOne('getBackground', (c) => c?.background ?? DEFAULT_BACKGROUND);
  }
  /** null resets to white. */
  setBackground(color: string | null): this {
    return this.setAll('setBackground', 'background', color === null ? undefined : normalizeColor(color));
  }
  setBackgrounds(color: (string | null)[][]): this {
    return this.setGrid('setBackgrounds', 'background', color, (v) => (v === null ? undefined : normalizeColor(v)));
  }
  getFontColors(): string[][] {
    return this.read('getFontColors', (c) => c?.fontColor ?? DEFAULT_FONT_COLOR);
  }
  setFontColor(color: string | null): this {
    return this.setAll('setFontColor', 'fontColor', color === null ? undefined : normalizeColor(color));
  }
  setFontColors(colors: unknown[][]): this {
    return this.setGrid('setFontColors', 'fontColor', colors, (v) =>
      v === null ? undefined : normalizeColor(String(v)),
    );
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.read('getFontWeights', (c) => (c?.bold ? 'bold' : 'normal'));
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.readOne('getFontWeight', (c) => (c?.bold ? 'bold' : 'normal'));
  }
  setFontWeight(fontWeight: string | null): this {
    if (fontWeight !== null && fontWeight !== 'bold' && fontWeight !== 'normal')
      throw signatureError('Range.setFontWeight', [fontWeight]);
    return this.setAll('setFontWeight', 'bold', fontWeight === 'bold' ? true : undefined);
  }
  setFontWeights(fontWeights: unknown[][]): this {
    return this.setGrid('setFontWeights', 'bold', fontWeights, (v) => (v === 'bold' ? true : undefined));
  }
  setFontStyle(fontStyle: string | null): this {
    return this.setAll('setFontStyle', 'italic', fontStyle === 'italic' ? true : undefined);
  }
  setFontSize(size: number): this {
    return this.setAll('setFontSize', 'fontSize', size);
  }
  getNote(): string {
    return this.readOne('getNote', (c) => c?.note ?? '');
  }
  getNotes(): string[][] {
    return this.read('getNotes', (c) => c?.note ?? '');
  }
  /** '' or null clears the note. */
  setNote(note: string | null): this {
    return this.setAll('setNote', 'note', note === null || note === '' ? undefined : String(note));
  }
  setNotes(notes: unknown[][]): this {
    return this.setGrid('setNotes', 'note', notes, (v) => (v === null || v === '' ? undefined : String(v)));
  }
  clearNote(): this {
    return this.setAll('clearNote', 'note', undefined);
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.setAll('setWrap', 'wrap', isWrapEnabled ? true : undefined);
  }
  setWraps(isWrapEnabled: boolean[][]): this {
    return this.setGrid('setWraps', 'wrap', isWrapEnabled, (v) => (v ? true : undefined));
  }
  getWrap(): boolean {
    return this.readOne('getWrap', (c) => c?.wrap ?? false);
  }
  getWraps(): boolean[][] {
    return this.read('getWraps', (c) => c?.wrap ?? false);
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): this {
    const name = enumName(strategy, 'WrapStrategy');
    if (!name) throw signatureError('Range.setWrapStrategy', [strategy]);
    return this.setAll('setWrapStrategy', 'wrap', name === 'WRAP' ? true : undefined);
  }
  setHorizontalAlignment(alignment: string | null): this {
    if (alignment !== null && !['left', 'center', 'normal', 'right', 'general'].includes(alignment))
      throw signatureError('Range.setHorizontalAlignment', [alignment]);
    return this.setAll(
      'setHorizontalAlignment',
      'horizontalAlignment',
      alignment === null || alignment === 'normal' ? undefined : alignment,
    );
  }
  getHorizontalAlignment(): string {
    return this.readOne('getHorizontalAlignment', (c) => c?.horizontalAlignment ?? 'general');
  }
  setVerticalAlignment(alignment: string | null): this {
    if (alignment !== null && !['top', 'middle', 'bottom'].includes(alignment))
      throw signatureError('Range.setVerticalAlignment', [alignment]);
    return this.setAll('setVerticalAlignment', 'verticalAlignment', alignment ?? undefined);
  }

  // ------------------------------------------------------------ validation

  getDataValidation(): EmulatedDataValidation | null {
    return this.readOne('getDataValidation', (c) =>
      c?.validation ? new EmulatedDataValidation(this.runtime, c.validation) : null,
    );
  }
  getDataValidations(): (EmulatedDataValidation | null)[][] {
    return this.read('getDataValidations', (c) =>
      c?.validation ? new EmulatedDataValidation(this.runtime, c.validation) : null,
    );
  }
  /** null clears. */
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | EmulatedDataValidation | null): this {
    if (rule !== null && !(rule instanceof EmulatedDataValidation))
      throw signatureError('Range.setDataValidation', [rule]);
    return this.setAll('setDataValidation', 'validation', rule === null ? undefined : rule.rule);
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | EmulatedDataValidation | null)[][]): this {
    return this.setGrid('setDataValidations', 'validation', rules, (r) => {
      if (r !== null && !(r instanceof EmulatedDataValidation))
        throw signatureError('Range.setDataValidations', [rules]);
      return r === null ? undefined : r.rule;
    });
  }
  clearDataValidations(): this {
    return this.setAll('clearDataValidations', 'validation', undefined);
  }

  // ------------------------------------------------------------ merges

  /** Merges the block; only the top-left value is kept. */
  merge(): this {
    this.record('merge');
    this.mergeBox(this.box);
    return this;
  }
  mergeAcross(): this {
    this.record('mergeAcross');
    const b = this.box;
    for (let i = 0; i < b.numRows; i++)
      this.mergeBox({ row: b.row + i, column: b.column, numRows: 1, numColumns: b.numColumns });
    return this;
  }
  /** Merging or unmerging a block must not cut through a merge. */
  private checkNoMergeCut(b: Box): void {
    for (const m of this.sheet.merges) {
      const inside =
        m.row >= b.row &&
        m.column >= b.column &&
        m.row + m.numRows <= b.row + b.numRows &&
        m.column + m.numColumns <= b.column + b.numColumns;
      // [U] Google's text when a merge would cut through another merge.
      if (boxesOverlap(m, b) && !inside)
        throw gasError('You must select all cells in a merged range to merge or unmerge them.');
    }
  }
  private mergeBox(b: Box): void {
    const s = this.sheet;
    if (b.numRows * b.numColumns < 2) return;
    this.checkNoMergeCut(b);
    s.merges = s.merges.filter((m) => !boxesOverlap(m, b));
    for (let i = 0; i < b.numRows; i++)
      for (let j = 0; j < b.numColumns; j++) {
        if (i === 0 && j === 0) continue;
        const cell = s._cellAt(b.row + i, b.column + j);
        if (cell) {
          cell.value = null;
          cell.formula = undefined;
        }
      }
    s.merges.push({ ...b });
  }
  breakApart(): this {
    this.record('breakApart');
    const b = this.box;
    this.checkNoMergeCut(b);
    this.sheet.merges = this.sheet.merges.filter((m) => !boxesOverlap(m, b));
    return this;
  }
  isPartOfMerge(): boolean {
    this.record('isPartOfMerge');
    return this.sheet.merges.some((m) => boxesOverlap(m, this.box));
  }
  /** Merges that lie within or overlap the range. */
  getMergedRanges(): EmulatedRange[] {
    this.record('getMergedRanges');
    return this.sheet.merges
      .filter((m) => boxesOverlap(m, this.box))
      .map((m) => new EmulatedRange(this.sheet, { ...m }));
  }

  // ------------------------------------------------------------ geometry

  getRow(): number {
    return this.recorded('getRow', this.box.row);
  }
  getColumn(): number {
    return this.recorded('getColumn', this.box.column);
  }
  getNumRows(): number {
    return this.recorded('getNumRows', this.box.numRows);
  }
  /** The same as getNumRows. */
  getHeight(): number {
    return this.recorded('getHeight', this.box.numRows);
  }
  getNumColumns(): number {
    return this.recorded('getNumColumns', this.box.numColumns);
  }
  /** The same as getNumColumns. */
  getWidth(): number {
    return this.recorded('getWidth', this.box.numColumns);
  }
  getLastRow(): number {
    return this.recorded('getLastRow', this.box.row + this.box.numRows - 1);
  }
  getLastColumn(): number {
    return this.recorded('getLastColumn', this.box.column + this.box.numColumns - 1);
  }
  getA1Notation(): string {
    this.record('getA1Notation');
    return this._a1();
  }
  getGridId(): number {
    return this.recorded('getGridId', this.sheet.sheetId);
  }
  getSheet(): EmulatedSheet {
    return this.recorded('getSheet', this.sheet);
  }
  /** 1-based, relative to the range; must lie inside it. */
  getCell(row: number, column: number): EmulatedRange {
    this.record('getCell');
    const b = this.box;
    if (!Number.isInteger(row) || !Number.isInteger(column)) throw signatureError('Range.getCell', [row, column]);
    if (row < 1 || column < 1 || row > b.numRows || column > b.numColumns) throw gasError(ERR.outOfBounds);
    return new EmulatedRange(this.sheet, {
      row: b.row + row - 1,
      column: b.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): EmulatedRange {
    this.record('offset');
    const b = this.box;
    const nr = numRows ?? b.numRows;
    const nc = numColumns ?? b.numColumns;
    this.sheet._checkBox(b.row + rowOffset, b.column + columnOffset, nr, nc, 'offset');
    return new EmulatedRange(this.sheet, {
      row: b.row + rowOffset,
      column: b.column + columnOffset,
      numRows: nr,
      numColumns: nc,
    });
  }
  activate(): this {
    this.record('activate');
    this.sheet.ss._select(this);
    return this;
  }

  // ------------------------------------------------------------ clearing

  clear(): this {
    this.record('clear', { written: this.size });
    const b = this.box;
    for (let i = 0; i < b.numRows; i++) {
      const row = this.sheet.rows[b.row - 1 + i];
      if (row) for (let j = 0; j < b.numColumns; j++) delete row[b.column - 1 + j];
    }
    return this;
  }
  clearContent(): this {
    this.record('clearContent', { written: this.size });
    this.each((cell) => {
      cell.value = null;
      cell.formula = undefined;
      cell.linkUrl = undefined;
    });
    return this;
  }
  clearFormat(): this {
    this.record('clearFormat', { written: this.size });
    this.each((cell) => {
      for (const k of [
        'numberFormat',
        'background',
        'fontColor',
        'bold',
        'italic',
        'fontSize',
        'wrap',
        'horizontalAlignment',
        'verticalAlignment',
      ] as const)
        delete cell[k];
    });
    return this;
  }

  // ------------------------------------------------------------ protection, metadata

  /** Always a new protection, possibly overlapping others. */
  protect(): EmulatedProtection {
    this.record('protect');
    const data = {
      type: 'RANGE' as const,
      sheet: this.sheet,
      range: this as EmulatedRange,
      description: '',
      warningOnly: false,
      removed: false,
    };
    this.sheet.protections.push(data);
    return new EmulatedProtection(this.runtime, data);
  }
  /** Only on a whole row or a whole column; anything else is Google's error. */
  addDeveloperMetadata(...args: MetadataArgs): this {
    this.record('addDeveloperMetadata');
    const b = this.box;
    const s = this.sheet;
    const wholeRow = b.numRows === 1 && b.column === 1 && b.numColumns === s.maxColumns;
    const wholeColumn = b.numColumns === 1 && b.row === 1 && b.numRows === s.maxRows;
    if (!wholeRow && !wholeColumn) throw gasError(ERR.devMetadataRange);
    const { key, value, visibility } = metadataArgs(args);
    s.ss._addMetadata(
      key,
      value,
      visibility,
      wholeRow ? { type: 'ROW', sheet: s, index: b.row } : { type: 'COLUMN', sheet: s, index: b.column },
    );
    return this;
  }
  /** Metadata on the rows or columns of this range (whole rows/columns inside it). */
  getDeveloperMetadata(): EmulatedDeveloperMetadata[] {
    this.record('getDeveloperMetadata');
    return new EmulatedDeveloperMetadataFinder(this.runtime, this.sheet.ss, { kind: 'range', range: this })
      .find()
      .map((m) => new EmulatedDeveloperMetadata(this.runtime, this.sheet.ss, m.record));
  }
  createDeveloperMetadataFinder(): EmulatedDeveloperMetadataFinder {
    this.record('createDeveloperMetadataFinder');
    return new EmulatedDeveloperMetadataFinder(this.runtime, this.sheet.ss, { kind: 'range', range: this });
  }
}

/** A rich text value in a cell: its text (always as text), its link, bold and colour when set. */
function putRichText(cell: Cell, v: EmulatedRichTextValue, url: string | null): void {
  cell.value = v.data.text === '' ? null : v.data.text;
  cell.formula = undefined;
  cell.linkUrl = url ?? undefined;
  if (v.data.bold !== undefined) cell.bold = v.data.bold;
  if (v.data.fontColor !== undefined) cell.fontColor = v.data.fontColor;
}
