/**
 * Plain, comparable pictures of an emulated workbook for the preservation tests: every stored
 * cell (value, formula, number format, colors, weight, note, validation, merge), merges, widths,
 * frozen rows, conditional rules, protections, developer metadata, the sheets list.
 */

import type { CellValue, Roadmap } from '../../../src/core/model';
import { isRoadmapError, readRoadmap } from '../../../src/core/roadmap';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import {
  type CellSnapshot,
  type EmulatedSheet,
  type EmulatedSpreadsheet,
  isDateFormat,
  serialToIso,
  toA1,
} from '../../../src/local/emulator/spreadsheet';

/** The rows × columns the sheet has stored anything in (a value or a format). */
export function extent(sheet: EmulatedSheet): { rows: number; columns: number } {
  let columns = 0;
  sheet.rows.forEach((row) => {
    if (row) columns = Math.max(columns, row.length);
  });
  for (const m of sheet.merges) columns = Math.max(columns, m.column + m.numColumns - 1);
  const rows = Math.max(sheet.rows.length, ...sheet.merges.map((m) => m.row + m.numRows - 1));
  return { rows, columns };
}

/** The cells of rows × columns, keyed by A1, leaving out the given columns. */
export function cellsOf(
  sheet: EmulatedSheet,
  box: { rows: number; columns: number },
  skipColumns: ReadonlySet<number> = new Set(),
): Record<string, CellSnapshot> {
  const out: Record<string, CellSnapshot> = {};
  for (let r = 1; r <= box.rows; r++) {
    for (let c = 1; c <= box.columns; c++) {
      if (!skipColumns.has(c)) out[toA1(r, c)] = sheet._snapshotCell(r, c);
    }
  }
  return out;
}

const boxA1 = (b: { row: number; column: number; numRows: number; numColumns: number }) =>
  toA1(b.row, b.column, b.numRows, b.numColumns);

export function rulesOf(sheet: EmulatedSheet) {
  return sheet.conditionalRules.map(({ data }) => ({
    criteria: data.criteria,
    args: data.args,
    background: data.background,
    fontColor: data.fontColor,
    bold: data.bold,
    ranges: data.ranges.map((r) => boxA1(r.box)),
  }));
}

/** Everything about one sheet, the add-in's columns included. */
export function sheetState(sheet: EmulatedSheet) {
  return {
    name: sheet.name,
    sheetId: sheet.sheetId,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    hidden: sheet.hidden,
    merges: sheet.merges.map(boxA1).sort(),
    columnWidths: [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
    rowHeights: [...sheet.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
    rules: rulesOf(sheet),
    protections: sheet.protections.map((p) => ({
      type: p.type,
      range: p.range ? boxA1(p.range.box) : null,
      description: p.description,
      warningOnly: p.warningOnly,
      removed: p.removed,
    })),
    charts: sheet.charts.length,
    // Every stored cell, as text: comparing 1,000 formatted rows cell by cell is slow.
    cells: JSON.stringify(sheet.rows),
  };
}

/** The whole workbook: sheets in order, each in full, and the developer metadata. */
export function workbookState(spreadsheet: EmulatedSpreadsheet) {
  return {
    sheets: spreadsheet.sheets.map(sheetState),
    metadata: spreadsheet._snapshot().metadata,
    formulas: spreadsheet.formulaLog.length,
  };
}

/** A sheet's stored values as the core reads one getValues() (date cells → { date }). */
export function coreValues(sheet: EmulatedSheet): CellValue[][] {
  return sheet._snapshotBlock().map((row) =>
    row.map((cell): CellValue => {
      if (typeof cell.value === 'number' && isDateFormat(cell.numberFormat)) return { date: serialToIso(cell.value) };
      return cell.value;
    }),
  );
}

/** The pure core's reading of a sheet on a day (for the tests to know its columns and rows). */
export function coreRoadmap(sheet: EmulatedSheet, today: string, settings: Partial<Settings> = {}): Roadmap {
  const roadmap = readRoadmap({
    sheetName: sheet.name,
    values: coreValues(sheet),
    merges: sheet.merges.map((m) => ({ ...m })),
    settings: { ...DEFAULT_SETTINGS, ...settings },
    today,
  });
  if (isRoadmapError(roadmap)) throw new Error(roadmap.error.code);
  return roadmap;
}

/** Every stored cell that holds anything (a value or a format), A1 → its JSON. */
export function storedCells(sheet: EmulatedSheet): Map<string, string> {
  const out = new Map<string, string>();
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      const json = JSON.stringify(cell);
      if (json !== '{"value":null}') out.set(toA1(r + 1, c + 1), json);
    });
  });
  return out;
}

/** The A1s of the cells that differ between two storedCells() pictures, sorted. */
export function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}
