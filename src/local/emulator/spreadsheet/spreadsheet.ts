/**
 * The emulated spreadsheet: its sheets, time zone and locale, developer metadata, the
 * selection, and the value rules shared by every Range (reading dates in the spreadsheet's
 * zone, parsing typed strings, recording formulas, enforcing strict validation).
 * Example: const ss = new EmulatedSpreadsheet(runtime, { name: 'Дорожная карта 2021' });
 *          ss.getSheets()[0].getRange('A1').setValue('15.06.2021'); // a date, read back as a Date
 */
import { type A1Ref, parseA1, toA1 } from '../../../core/a1';
import { PropertyStore } from '../properties';
import type { Runtime } from '../runtime';
import { gasError } from '../runtime';
import type { ConditionalRuleData } from './builders';
import type { Box, Cell, ValidationRule } from './cell';
import { ERR, isDateObject, signatureError } from './errors';
import { evaluateFormula, FormulaErrorValue, isFormulaError, UnsupportedFormulaError } from './formula';
import type { Shape } from './gas-types';
import {
  EmulatedDeveloperMetadata,
  EmulatedDeveloperMetadataFinder,
  type MetadataArgs,
  type MetaLocation,
  type MetaRecord,
  metadataArgs,
} from './metadata';
import { EmulatedRange } from './range';
import { type Axis, renameSheetRefs } from './refs';
import { instantToSerial, isValidTimeZone, serialFields, serialToInstant } from './serial';
import { EmulatedSheet } from './sheet';
import { shiftIndex } from './shift';
import {
  DEFAULT_DATETIME_FORMAT,
  displayValue,
  EN_DATETIME_FORMAT,
  isDateFormat,
  isRussianLocale,
  parseUserEntered,
  type Scalar,
} from './values';

export interface SpreadsheetOptions {
  name: string;
  /** Default 'Asia/Tomsk' (UTC+7), deliberately unlike the script's and Node's zones. */
  timeZone?: string;
  /** Default 'ru_RU'. */
  locale?: string;
  id?: string;
  url?: string;
  /** Name of the first sheet; default 'Лист1' (ru) or 'Sheet1'. */
  firstSheetName?: string;
}

/** One formula written by a script (setValue('=…'), setFormula…): for injection tests. */
export interface FormulaWrite {
  sheet: string;
  a1: string;
  formula: string;
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

const SPREADSHEET_METHODS = [
  'getId',
  'getUrl',
  'getName',
  'rename',
  'getSpreadsheetTimeZone',
  'setSpreadsheetTimeZone',
  'getSpreadsheetLocale',
  'setSpreadsheetLocale',
  'getSheets',
  'getSheetByName',
  'getSheetById',
  'getNumSheets',
  'getActiveSheet',
  'setActiveSheet',
  'getActiveRange',
  'setActiveRange',
  'setActiveSelection',
  'getActiveCell',
  'getRange',
  'insertSheet',
  'deleteSheet',
  'moveActiveSheet',
  'addDeveloperMetadata',
  'getDeveloperMetadata',
  'createDeveloperMetadataFinder',
  'toast',
] as const;

let idCounter = 0;
/** How many formula cells deep a live read follows references before using stored values. */
const LIVE_DEPTH = 100;

export class EmulatedSpreadsheet
  implements Shape<GoogleAppsScript.Spreadsheet.Spreadsheet, (typeof SPREADSHEET_METHODS)[number]>
{
  name: string;
  timeZone: string;
  locale: string;
  readonly id: string;
  readonly url: string;
  sheets: EmulatedSheet[] = [];
  activeSheet: EmulatedSheet;
  activeRange: EmulatedRange | null = null;
  metadata: MetaRecord[] = [];
  /**
   * The document's PropertiesService store: on Google document properties belong to the
   * document, so they live here and travel with it (the .xlsx bridge writes them too).
   */
  readonly documentProperties = new PropertyStore();
  /** Every formula a script wrote, in order. */
  formulaLog: FormulaWrite[] = [];
  toasts: Toast[] = [];
  /**
   * The Date constructor used for values handed to scripts. The host sets the vm
   * context's own Date so `value instanceof Date` holds inside the bundle.
   */
  dateConstructor: DateConstructor = Date;
  private sheetCounter = 0;
  private metadataCounter = 0;
  private chartCounter = 0;

  constructor(
    readonly runtime: Runtime,
    options: SpreadsheetOptions,
  ) {
    this.name = options.name;
    this.timeZone = options.timeZone ?? 'Asia/Tomsk';
    this.locale = options.locale ?? 'ru_RU';
    idCounter++;
    this.id = options.id ?? `emulated-spreadsheet-${String(idCounter).padStart(4, '0')}`;
    this.url = options.url ?? `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
    const first = new EmulatedSheet(
      this,
      options.firstSheetName ?? (isRussianLocale(this.locale) ? 'Лист1' : 'Sheet1'),
      this._nextSheetId(),
    );
    this.sheets.push(first);
    this.activeSheet = first;
  }

  private record(method: string, cells: { read?: number; written?: number } = {}): void {
    this.runtime.call('Spreadsheet', `Spreadsheet.${method}`, cells);
  }
  /** Records Google's `method` in the ledger and returns `value`: a plain getter. */
  private recorded<T>(method: string, value: T): T {
    this.record(method);
    return value;
  }

  // ------------------------------------------------------------ emulator internals

  /**
   * gids a file already used (the .xlsx reader fills it): Sheets never gives a gid twice in a
   * file, and the add-in relies on that when it remembers its sheets by id.
   */
  readonly usedSheetIds = new Set<number>();
  /** gid: 0 for the first sheet, then large stable numbers as Sheets gives; never one already used. */
  _nextSheetId(): number {
    for (;;) {
      const n = this.sheetCounter++;
      const id = n === 0 ? 0 : 1_000_000_000 + ((n * 2_654_435_761) % 1_000_000_000);
      if (!this.usedSheetIds.has(id) && !this.sheets.some((s) => s.sheetId === id)) return id;
    }
  }
  _nextChartId(): number {
    return ++this.chartCounter;
  }
  /** Adds a sheet without the ledger (the .xlsx reader, tests). */
  _addSheet(name: string, rows = 1000, columns = 26, index = this.sheets.length): EmulatedSheet {
    this._checkSheetName(name, null);
    const sheet = new EmulatedSheet(this, name, this._nextSheetId(), rows, columns);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  /**
   * Sheet name rules: a string, not blank, ≤ 100 characters, unique ignoring case. Also
   * refused, as reported for insertSheet but not confirmed by Google's docs [U]: the
   * characters \ / ? * [ ] and the reserved name «History». Stricter than Google at worst,
   * so a name that works here works there.
   */
  _checkSheetName(name: unknown, self: EmulatedSheet | null): asserts name is string {
    if (typeof name !== 'string') throw signatureError('Sheet.setName', [name]);
    if (name.trim() === '' || name.length > 100 || /[\\/?*[\]]/.test(name) || name.toLowerCase() === 'history')
      throw gasError(ERR.badSheetName(name));
    const clash = this.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
    if (clash) throw gasError(ERR.sheetExists(name));
  }
  /** Today's serial (whole days) in the spreadsheet's zone. */
  _todaySerial(): number {
    // Memoized per clock reading and zone: a sheet of `=F7-TODAY()` rows is read often.
    const now = this.runtime.clock.now();
    const memo = this.todayMemo;
    if (memo && memo.now === now && memo.zone === this.timeZone) return memo.serial;
    const serial = Math.floor(instantToSerial(now, this.timeZone));
    this.todayMemo = { now, zone: this.timeZone, serial };
    return serial;
  }
  private todayMemo: { now: number; zone: string; serial: number } | null = null;
  private currentYear(): number {
    return serialFields(this._todaySerial()).year;
  }
  /** Google's value for a cell: '' empty, Date for date formats, else the (live) value. */
  _readValue(sheet: EmulatedSheet, cell: Cell | undefined, hidden: boolean): unknown {
    if (hidden || !cell) return '';
    const v = cell.formula ? this._liveValue(sheet, cell) : cell.value;
    if (v === null) return '';
    if (typeof v === 'number' && isDateFormat(cell.numberFormat))
      return new this.dateConstructor(serialToInstant(v, this.timeZone));
    return v;
  }
  /** What a write would store: value, formula and number format, without storing it. */
  private planWrite(cell: Cell | undefined, v: unknown): Pick<Cell, 'value' | 'formula' | 'numberFormat'> {
    const format = cell?.numberFormat;
    if (v === null || v === undefined) return { value: null, numberFormat: format };
    if (isDateObject(v)) {
      const serial = instantToSerial(v.getTime(), this.timeZone);
      const dateTime = isRussianLocale(this.locale) ? DEFAULT_DATETIME_FORMAT : EN_DATETIME_FORMAT;
      return { value: serial, numberFormat: isDateFormat(format) ? format : dateTime };
    }
    if (typeof v === 'number' || typeof v === 'boolean') return { value: v, numberFormat: format };
    const text = typeof v === 'string' ? v : String(v);
    if (text.length > 50_000)
      throw gasError('Your input contains more than the maximum of 50000 characters in a single cell.');
    if (format === '@') return { value: text === '' ? null : text, numberFormat: format };
    const parsed = parseUserEntered(text, this.locale, this.currentYear());
    let numberFormat = format;
    if (parsed.impliedFormat) {
      const keep = format && format !== 'General' && isDateFormat(format) === isDateFormat(parsed.impliedFormat);
      if (!keep) numberFormat = parsed.impliedFormat;
    }
    return { value: parsed.value, formula: parsed.formula, numberFormat };
  }
  /** Throws Google's validation error if any write breaks a reject-invalid rule. */
  _checkWrites(sheet: EmulatedSheet, box: Box, values: unknown[][]): void {
    values.forEach((line, i) => {
      line.forEach((v, j) => {
        const row = box.row + i;
        const column = box.column + j;
        const cell = sheet._cellAt(row, column);
        if (!cell?.validation || cell.validation.allowInvalid) return;
        const next = this.planWrite(cell, v);
        if (next.formula) return;
        if (!this.satisfies(cell.validation, next.value, next.numberFormat))
          throw gasError(
            `The data you entered in cell ${toA1(row, column)} violates the data validation rules set on this cell.`,
          );
      });
    });
  }
  private satisfies(rule: ValidationRule, value: Scalar | null, format: string | undefined): boolean {
    if (value === null || value === '') return true;
    switch (rule.criteria) {
      case 'VALUE_IN_LIST':
        return (rule.args[0] as string[]).includes(displayValue(value, format, this.locale));
      case 'DATE_IS_VALID_DATE':
        return typeof value === 'number' && isDateFormat(format);
      case 'CHECKBOX':
        return typeof value === 'boolean';
      case 'TEXT_IS_VALID_EMAIL':
        return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
      case 'NUMBER_BETWEEN':
        return typeof value === 'number' && value >= Number(rule.args[0]) && value <= Number(rule.args[1]);
      default:
        return true;
    }
  }
  /** Stores one written value (a merge's hidden cells stay empty). [U] for the hidden cells. */
  _writeCellValue(sheet: EmulatedSheet, row: number, column: number, v: unknown): void {
    const merge = sheet._mergeAt(row, column);
    if (merge && (merge.row !== row || merge.column !== column)) return;
    const cell = sheet._ensureCell(row, column);
    const next = this.planWrite(cell, v);
    cell.linkUrl = undefined;
    if (next.numberFormat === undefined) delete cell.numberFormat;
    else cell.numberFormat = next.numberFormat;
    if (next.formula) {
      this.storeFormula(sheet, row, column, next.formula);
      return;
    }
    cell.formula = undefined;
    cell.value = next.value;
  }
  _writeFormula(sheet: EmulatedSheet, row: number, column: number, formula: string): void {
    if (formula === '') {
      const cell = sheet._ensureCell(row, column);
      cell.formula = undefined;
      cell.value = null;
      return;
    }
    this.storeFormula(sheet, row, column, formula.startsWith('=') ? formula : `=${formula}`);
  }
  /** Stores the formula with its value now (null when unsupported: reads as '', documented gap). */
  private storeFormula(sheet: EmulatedSheet, row: number, column: number, formula: string): void {
    const cell = sheet._ensureCell(row, column);
    cell.formula = formula;
    cell.linkUrl = undefined;
    this.formulaLog.push({ sheet: sheet.name, a1: toA1(row, column), formula });
    cell.value = null;
    cell.value = this._liveValue(sheet, cell);
  }
  /** Formula cells being computed right now, innermost last: a cycle guard. */
  private readonly computing = new Set<Cell>();
  /**
   * The current value of a cell. Sheets recalculates live (a cell on another sheet is
   * rewritten, the clock passes midnight for TODAY()), so a formula cell is recomputed on
   * every read from the current state, without the ledger; a plain cell costs one check.
   * A formula the evaluator cannot compute keeps its stored value (the cached result of an
   * imported .xlsx, or null). A cycle gives #REF! (Sheets: a circular dependency error);
   * past LIVE_DEPTH nested formula cells the stored value is used [U].
   */
  _liveValue(sheet: EmulatedSheet, cell: Cell): Scalar | null {
    if (!cell.formula) return cell.value;
    if (this.computing.has(cell)) throw new FormulaErrorValue('#REF!');
    if (this.computing.size >= LIVE_DEPTH) return cell.value;
    this.computing.add(cell);
    try {
      return this._evaluate(sheet, cell.formula, 0, 0);
    } catch (e) {
      if (e instanceof UnsupportedFormulaError) return cell.value;
      throw e;
    } finally {
      this.computing.delete(cell);
    }
  }
  /** A sheet named in a formula: names are unique ignoring case, and Sheets reads them so [U]. */
  private sheetForFormula(name: string): EmulatedSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === lower);
  }
  _evaluate(sheet: EmulatedSheet, formula: string, rowOffset: number, columnOffset: number): Scalar | null {
    const ss = this;
    return evaluateFormula(formula, {
      cell: (r, c, sheetName) => {
        const target = sheetName === undefined ? sheet : this.sheetForFormula(sheetName);
        if (!target) throw new FormulaErrorValue('#REF!');
        const cell = target._cellAt(r, c);
        if (!cell?.formula) return cell?.value ?? null;
        const v = this._liveValue(target, cell);
        // An error in a referenced cell is the formula's error too (Sheets, without IFERROR).
        if (isFormulaError(v)) throw new FormulaErrorValue(v);
        return v;
      },
      rowOffset,
      columnOffset,
      // A getter: the zone arithmetic runs only for formulas that call TODAY().
      get today() {
        return ss._todaySerial();
      },
    });
  }
  /** The first conditional format rule (in order) that covers the cell and holds, or null. */
  _matchingRule(sheet: EmulatedSheet, row: number, column: number): ConditionalRuleData | null {
    for (const rule of sheet.conditionalRules) {
      const d = rule.data;
      const covers = d.ranges.some((r) => {
        const b = r.box;
        return row >= b.row && row < b.row + b.numRows && column >= b.column && column < b.column + b.numColumns;
      });
      if (covers && this.conditionHolds(sheet, d, row, column)) return d;
    }
    return null;
  }
  private conditionHolds(sheet: EmulatedSheet, d: ConditionalRuleData, row: number, column: number): boolean {
    const cell = sheet._cellAt(row, column);
    const value = cell ? this._liveValue(sheet, cell) : null;
    const shown = value === null ? '' : displayValue(value, cell?.numberFormat, this.locale);
    const arg = d.args[0];
    switch (d.criteria) {
      case 'TEXT_EQUAL_TO':
        return shown === String(arg);
      case 'TEXT_CONTAINS':
        return shown.toLowerCase().includes(String(arg).toLowerCase());
      case 'CELL_EMPTY':
        return value === null || value === '';
      case 'CELL_NOT_EMPTY':
        return !(value === null || value === '');
      case 'NUMBER_LESS_THAN':
        return typeof value === 'number' && value < Number(arg);
      case 'NUMBER_GREATER_THAN':
        return typeof value === 'number' && value > Number(arg);
      case 'CUSTOM_FORMULA': {
        const anchor = d.ranges[0]?.box;
        if (!anchor) return false;
        const result = this._evaluate(sheet, String(arg), row - anchor.row, column - anchor.column);
        return result === true || (typeof result === 'number' && result !== 0);
      }
      default:
        throw new Error(`Emulator: conditional format criterion ${d.criteria} is not evaluated`);
    }
  }
  /** A1 with optional sheet name → a checked range. */
  _resolveA1(a1: string, defaultSheet: EmulatedSheet): EmulatedRange {
    if (typeof a1 !== 'string') throw signatureError('Spreadsheet.getRange', [a1]);
    const ref = readA1(a1);
    const sheet = ref.sheet === null ? defaultSheet : this.sheets.find((s) => s.name === ref.sheet);
    if (!sheet) throw gasError(ERR.rangeNotFound);
    const row = ref.startRow ?? 1;
    const column = ref.startColumn ?? 1;
    const endRow = ref.endRow ?? (ref.startRow === null ? sheet.maxRows : row);
    const endColumn = ref.endColumn ?? (ref.startColumn === null ? sheet.maxColumns : column);
    const r0 = Math.min(row, endRow);
    const c0 = Math.min(column, endColumn);
    const numRows = Math.abs(endRow - row) + 1;
    const numColumns = Math.abs(endColumn - column) + 1;
    if (r0 + numRows - 1 > sheet.maxRows || c0 + numColumns - 1 > sheet.maxColumns) throw gasError(ERR.outOfBounds);
    return sheet._range(r0, c0, numRows, numColumns);
  }
  _select(range: EmulatedRange): EmulatedRange {
    if (!(range instanceof EmulatedRange)) throw signatureError('Spreadsheet.setActiveRange', [range]);
    this.activeSheet = range.sheet;
    this.activeRange = range;
    return range;
  }
  _addMetadata(
    key: string,
    value: string | null,
    visibility: 'DOCUMENT' | 'PROJECT',
    location: MetaLocation,
  ): MetaRecord {
    if (typeof key !== 'string' || key === '') throw signatureError('addDeveloperMetadata', [key]);
    const record: MetaRecord = { id: ++this.metadataCounter + 1000, key, value, visibility, location };
    this.metadata.push(record);
    return record;
  }
  /** Row/column metadata follows its row/column; deleted rows/columns take theirs along. */
  _shiftMetadata(sheet: EmulatedSheet, axis: Axis, at: number, delta: number): void {
    const type = axis === 'row' ? 'ROW' : 'COLUMN';
    this.metadata = this.metadata.filter((m) => {
      const l = m.location;
      if (l.type !== type || l.sheet !== sheet) return true;
      const moved = shiftIndex(l.index, at, delta);
      if (moved === null) return false;
      l.index = moved;
      return true;
    });
  }
  /** A plain summary of the whole workbook, for tests (not Google's API). */
  _snapshot(): {
    name: string;
    timeZone: string;
    locale: string;
    sheets: { name: string; sheetId: number; frozenRows: number; values: (string | number | boolean)[][] }[];
    metadata: { key: string; value: string | null; location: string }[];
  } {
    return {
      name: this.name,
      timeZone: this.timeZone,
      locale: this.locale,
      sheets: this.sheets.map((s) => ({
        name: s.name,
        sheetId: s.sheetId,
        frozenRows: s.frozenRows,
        values: s._rawValues(),
      })),
      metadata: this.metadata.map((m) => ({
        key: m.key,
        value: m.value,
        location:
          m.location.type === 'SPREADSHEET'
            ? 'SPREADSHEET'
            : m.location.type === 'SHEET'
              ? `SHEET ${m.location.sheet.name}`
              : `${m.location.type} ${m.location.sheet.name} ${m.location.index}`,
      })),
    };
  }
  /** A sheet by name without the ledger; throws if missing (tests). */
  _sheet(name: string): EmulatedSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`Emulator: no sheet named ${name}`);
    return s;
  }

  // ------------------------------------------------------------ Google's API

  getId(): string {
    return this.recorded('getId', this.id);
  }
  getUrl(): string {
    return this.recorded('getUrl', this.url);
  }
  getName(): string {
    return this.recorded('getName', this.name);
  }
  rename(newName: string): void {
    this.record('rename');
    this.name = String(newName);
  }
  getSpreadsheetTimeZone(): string {
    return this.recorded('getSpreadsheetTimeZone', this.timeZone);
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.record('setSpreadsheetTimeZone');
    // [U] Google's text for an unknown zone.
    if (!isValidTimeZone(timezone)) throw gasError(`Invalid argument: ${timezone}`);
    this.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this.recorded('getSpreadsheetLocale', this.locale);
  }
  setSpreadsheetLocale(locale: string): void {
    this.record('setSpreadsheetLocale');
    this.locale = locale;
  }
  getSheets(): EmulatedSheet[] {
    return this.recorded('getSheets', [...this.sheets]);
  }
  getNumSheets(): number {
    return this.recorded('getNumSheets', this.sheets.length);
  }
  /** Exact name (Google matches case-sensitively here [U]); null when missing. */
  getSheetByName(name: string): EmulatedSheet | null {
    this.record('getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getSheetById(id: number): EmulatedSheet | null {
    this.record('getSheetById');
    return this.sheets.find((s) => s.sheetId === id) ?? null;
  }
  getActiveSheet(): EmulatedSheet {
    return this.recorded('getActiveSheet', this.activeSheet);
  }
  setActiveSheet(
    sheet: GoogleAppsScript.Spreadsheet.Sheet | EmulatedSheet,
    _restoreSelection?: boolean,
  ): EmulatedSheet {
    this.record('setActiveSheet');
    const s = sheet as EmulatedSheet;
    if (!this.sheets.includes(s)) throw signatureError('Spreadsheet.setActiveSheet', [sheet]);
    this.activeSheet = s;
    this.activeRange = null;
    return s;
  }
  /** The selection; A1 of the active sheet when nothing was selected. */
  getActiveRange(): EmulatedRange | null {
    this.record('getActiveRange');
    return this.activeRange ?? this.activeSheet._range(1, 1);
  }
  getActiveCell(): EmulatedRange {
    this.record('getActiveCell');
    const r = this.activeRange;
    return r ? r.sheet._range(r.box.row, r.box.column) : this.activeSheet._range(1, 1);
  }
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range | EmulatedRange): EmulatedRange {
    this.record('setActiveRange');
    return this._select(range as EmulatedRange);
  }
  setActiveSelection(a1OrRange: string | GoogleAppsScript.Spreadsheet.Range | EmulatedRange): EmulatedRange {
    this.record('setActiveSelection');
    return this._select(
      typeof a1OrRange === 'string' ? this._resolveA1(a1OrRange, this.activeSheet) : (a1OrRange as EmulatedRange),
    );
  }
  getRange(a1Notation: string): EmulatedRange {
    this.record('getRange');
    return this._resolveA1(a1Notation, this.activeSheet);
  }
  /**
   * insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index): index is
   * 0-based; the new sheet goes last by default [U] and becomes the active sheet.
   */
  insertSheet(nameOrIndex?: string | number | object, index?: number | object, _options?: object): EmulatedSheet {
    this.record('insertSheet');
    let name: string;
    let at = this.sheets.length;
    if (typeof nameOrIndex === 'string') name = nameOrIndex;
    else {
      const base = isRussianLocale(this.locale) ? 'Лист' : 'Sheet';
      let n = this.sheets.length + 1;
      while (this.sheets.some((s) => s.name.toLowerCase() === `${base}${n}`.toLowerCase())) n++;
      name = `${base}${n}`;
      if (typeof nameOrIndex === 'number') at = nameOrIndex;
    }
    if (typeof index === 'number') at = index;
    if (!Number.isInteger(at) || at < 0 || at > this.sheets.length)
      throw signatureError('Spreadsheet.insertSheet', [nameOrIndex, index]);
    const sheet = this._addSheet(name, 1000, 26, at);
    this.activeSheet = sheet;
    this.activeRange = null;
    return sheet;
  }
  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet | EmulatedSheet): void {
    this.record('deleteSheet');
    const s = sheet as EmulatedSheet;
    const i = this.sheets.indexOf(s);
    if (i < 0) throw signatureError('Spreadsheet.deleteSheet', [sheet]);
    if (this.sheets.length === 1) throw gasError(ERR.lastSheet);
    this.sheets.splice(i, 1);
    this._rewriteSheetRefs(s.name, null);
    this.metadata = this.metadata.filter((m) => m.location.type === 'SPREADSHEET' || m.location.sheet !== s);
    if (this.activeSheet === s) {
      this.activeSheet = this.sheets[0] as EmulatedSheet;
      this.activeRange = null;
    }
  }
  /**
   * Sheets' own rewrite of the references naming sheet `from` after it is renamed to `to`, or
   * deleted (`to` null: they become #REF!): in every cell formula, custom-formula
   * conditional rule and custom-formula validation of the spreadsheet. Not the script's
   * doing, so neither the ledger nor formulaLog sees it. A cell whose formula gained a #REF!
   * stores #REF! as well (what an unsupported formula reads).
   */
  _rewriteSheetRefs(from: string, to: string | null): void {
    // Validation rules are shared between the cells of one setDataValidation: keep them shared.
    const rewritten = new Map<ValidationRule, ValidationRule>();
    const refErrors = (f: string): number => f.split('#REF!').length;
    for (const sheet of this.sheets) {
      for (const row of sheet.rows)
        for (const cell of row ?? []) {
          if (!cell) continue;
          if (cell.formula) {
            const next = renameSheetRefs(cell.formula, from, to);
            if (next !== cell.formula) {
              if (refErrors(next) > refErrors(cell.formula)) cell.value = '#REF!';
              cell.formula = next;
            }
          }
          const v = cell.validation;
          if (v?.criteria === 'CUSTOM_FORMULA' && typeof v.args[0] === 'string') {
            let next = rewritten.get(v);
            if (!next) {
              const formula = renameSheetRefs(v.args[0], from, to);
              // A new object: an EmulatedDataValidation taken earlier keeps its own formula.
              next = formula === v.args[0] ? v : { ...v, args: [formula, ...v.args.slice(1)] };
              rewritten.set(v, next);
            }
            cell.validation = next;
          }
        }
      for (const rule of sheet.conditionalRules) {
        const formula = rule.data.args[0];
        if (rule.data.criteria !== 'CUSTOM_FORMULA' || typeof formula !== 'string') continue;
        const next = renameSheetRefs(formula, from, to);
        // A new array: a copy() of the rule taken earlier keeps its own formula.
        if (next !== formula) rule.data.args = [next, ...rule.data.args.slice(1)];
      }
    }
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    this.record('moveActiveSheet');
    if (!Number.isInteger(pos) || pos < 1 || pos > this.sheets.length)
      throw signatureError('Spreadsheet.moveActiveSheet', [pos]);
    const s = this.activeSheet;
    this.sheets.splice(this.sheets.indexOf(s), 1);
    this.sheets.splice(pos - 1, 0, s);
  }
  addDeveloperMetadata(...args: MetadataArgs): this {
    this.record('addDeveloperMetadata');
    const { key, value, visibility } = metadataArgs(args);
    this._addMetadata(key, value, visibility, { type: 'SPREADSHEET' });
    return this;
  }
  /** Spreadsheet-level metadata only. */
  getDeveloperMetadata(): EmulatedDeveloperMetadata[] {
    this.record('getDeveloperMetadata');
    return this.metadata
      .filter((m) => m.location.type === 'SPREADSHEET')
      .map((m) => new EmulatedDeveloperMetadata(this.runtime, this, m));
  }
  createDeveloperMetadataFinder(): EmulatedDeveloperMetadataFinder {
    this.record('createDeveloperMetadataFinder');
    return new EmulatedDeveloperMetadataFinder(this.runtime, this, { kind: 'spreadsheet' });
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.record('toast');
    this.toasts.push({ message: String(msg), title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 });
  }
}

/** parseA1 with Google's error: what core/a1 rejects with a RangeError is «Range not found» in Sheets. */
function readA1(a1: string): A1Ref {
  try {
    return parseA1(a1);
  } catch (error) {
    if (error instanceof RangeError) throw gasError(ERR.rangeNotFound);
    throw error;
  }
}
