import { ADDIN_HEADERS, layoutIssueText, say } from '../core/i18n';
import type { AddinColumn, UserColumn } from '../core/model';
import {
  cellText,
  checkLayout,
  guessLayout,
  HEADER_SEARCH_ROWS,
  isRoadmapError,
  layoutHeader,
  layoutTexts,
  namedColumns,
  readRoadmap,
  type TableLayout,
} from '../core/roadmap';
import type { TableChoiceInput, TableSummary, TableView } from './api-types';
import { activeSpreadsheet, todayIn } from './env';
import { findOwnSheets } from './own-sheets';
import { type LoadedRoadmap, loadRoadmap, NoRoadmapError, readSheetCells, type SheetRead } from './roadmap-sheet';
import { loadSettings } from './store';
import { loadTableChoice, storeTableChoice } from './table-choice';

/** Texts in the drop-downs are cut: the sidebar is 300 px wide. */
const CELL_TEXT_MAX = 40;
const MAX_COLUMNS = 52;

/** What the sidebar's state says about the table, from the execution's own reading (no call). */
export function tableSummary(loaded: LoadedRoadmap | null, error: unknown = null): TableSummary {
  if (loaded) {
    return {
      source: loaded.table.manual ? 'manual' : 'auto',
      sheetName: loaded.roadmap.sheetName,
      sheetChosen: loaded.table.chosen,
      note: loaded.table.note,
    };
  }
  const read = error instanceof NoRoadmapError ? error.read : null;
  return { source: 'guess', sheetName: read ? read.sheet.getName() : null, sheetChosen: false, note: null };
}

/**
 * «Столбцы таблицы» in full for one sheet (the table's, else the chosen or the first one): the
 * sheets to choose from, the header row and columns in force — the person's, the recognised ones
 * or, when none are recognised, the best guess — and the first rows for the drop-downs.
 */
export function tableViewOf(sheetId: number | null = null): TableView {
  const spreadsheet = activeSpreadsheet();
  const own = new Set([...findOwnSheets(spreadsheet).values()].map((s) => s.getSheetId()));
  const sheets = spreadsheet
    .getSheets()
    .map((s) => ({ id: s.getSheetId(), name: s.getName() }))
    .filter((s) => !own.has(s.id));
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const choice = loadTableChoice();
  let loaded: LoadedRoadmap | null = null;
  let read: SheetRead | null = null;
  if (sheetId === null) {
    try {
      loaded = loadRoadmap();
    } catch (error) {
      if (!(error instanceof NoRoadmapError)) throw error;
      read = error.read;
    }
  }
  if (loaded === null && read === null) {
    const id = sheetId ?? choice?.sheetId ?? sheets[0]?.id ?? null;
    const sheet = id === null ? null : spreadsheet.getSheetById(id);
    if (sheet) read = readSheetCells(sheet, timeZone, id as number);
  }
  const values = loaded?.values ?? read?.values ?? [];
  const id = loaded?.sheetId ?? read?.sheetId ?? null;
  const view: TableView = {
    sheets,
    sheetId: id,
    sheetChosen: choice !== null && choice.sheetId === id,
    source: 'guess',
    headerRow: null,
    columns: {},
    addinColumns: [],
    rows: firstRows(values),
    note: loaded?.table.note ?? null,
  };
  if (loaded) {
    view.source = loaded.table.manual ? 'manual' : 'auto';
    view.headerRow = loaded.roadmap.headerRow;
    view.columns = { ...loaded.roadmap.columns };
    view.addinColumns = addinList(loaded.roadmap.addinColumns);
  } else if (read) {
    const guess = guessLayout(read.values, read.merges);
    if (guess) {
      view.source = guess.recognised ? 'auto' : 'guess';
      view.headerRow = guess.headerRow;
      view.columns = guess.columns;
      view.addinColumns = addinList(layoutHeader(read.values, read.merges, guess).addinColumns);
    }
  }
  return view;
}

function addinList(columns: Partial<Record<AddinColumn, number>>): TableView['addinColumns'] {
  return (Object.entries(columns) as [AddinColumn, number][])
    .map(([key, column]) => ({ name: ADDIN_HEADERS[key], column }))
    .sort((a, b) => a.column - b.column);
}

function firstRows(values: readonly (readonly unknown[])[]): TableView['rows'] {
  const rows = values.slice(0, HEADER_SEARCH_ROWS);
  const width = Math.min(MAX_COLUMNS, Math.max(0, ...rows.map((r) => r.length)));
  return rows.map((line, i) => ({
    row: i + 1,
    cells: Array.from({ length: width }, (_, c) => {
      const text = cellText(line[c] as never).replace(/\s+/g, ' ');
      return text.length > CELL_TEXT_MAX ? `${text.slice(0, CELL_TEXT_MAX - 1)}…` : text;
    }),
  }));
}

/**
 * Keeps the person's choice: a sheet (by id or name), and optionally the header row and the
 * columns (a header row alone: the columns its cells name). Returns the Russian issues when the
 * choice cannot be used; nothing is stored then. null goes back to recognising the table.
 */
export function chooseTable(input: TableChoiceInput | null): { issues: string[]; notice: string } {
  if (input === null) {
    storeTableChoice(null);
    return { issues: [], notice: say({ code: 'table-automatic' }) };
  }
  const spreadsheet = activeSpreadsheet();
  const sheet =
    typeof input.sheetId === 'number'
      ? spreadsheet.getSheetById(input.sheetId)
      : typeof input.sheetName === 'string'
        ? spreadsheet.getSheetByName(input.sheetName)
        : null;
  if (!sheet) {
    return {
      issues: [say({ code: 'table-sheet-missing', sheet: input.sheetName ?? input.sheetId ?? '' })],
      notice: '',
    };
  }
  const sheetId = sheet.getSheetId();
  const sheetName = sheet.getName();
  const hasColumns = input.columns !== undefined && input.columns !== null && Object.keys(input.columns).length > 0;
  if (!hasColumns && (input.headerRow === undefined || input.headerRow === null)) {
    storeTableChoice({ sheetId, sheetName });
    return { issues: [], notice: say({ code: 'table-sheet-chosen', sheetName }) };
  }
  const read = readSheetCells(sheet, spreadsheet.getSpreadsheetTimeZone(), sheetId);
  const guess = guessLayout(read.values, read.merges);
  const headerRow = input.headerRow ?? guess?.headerRow ?? 0;
  // A header row alone: the columns its cells name.
  const columns = hasColumns
    ? cleanColumns(input.columns ?? {})
    : headerRow === guess?.headerRow
      ? guess.columns
      : namedColumns(read.values, headerRow);
  const layout: TableLayout = { headerRow, columns };
  const issues = checkLayout(read.values, layout).map(layoutIssueText);
  if (issues.length > 0) return { issues, notice: '' };
  const texts = layoutTexts(read.values, read.merges, layout);
  storeTableChoice({ sheetId, sheetName, layout: { ...layout, texts } });
  // The choice is read as any table is: prove it reads before saying so.
  const settings = loadSettings();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const today = todayIn(timeZone);
  const roadmap = readRoadmap({ sheetName, values: read.values, merges: read.merges, settings, today, layout });
  const measures = isRoadmapError(roadmap) ? 0 : roadmap.measures.length;
  return { issues: [], notice: say({ code: 'table-columns-saved', sheetName, measures }) };
}

function cleanColumns(columns: Partial<Record<UserColumn, number>>): Partial<Record<UserColumn, number>> {
  const out: Partial<Record<UserColumn, number>> = {};
  for (const [role, column] of Object.entries(columns) as [UserColumn, unknown][]) {
    if (typeof column === 'number') out[role] = column;
  }
  return out;
}
