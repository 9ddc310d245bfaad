import { parseBox } from '../core/a1';
import type { IsoDate } from '../core/dates';
import { layoutMovedText, say } from '../core/i18n';
import type { CellValue, Roadmap } from '../core/model';
import {
  headerOf,
  isRoadmapError,
  layoutMoved,
  type MergedRange,
  type RoadmapHeader,
  readRoadmap,
  SHARED_ROLES,
} from '../core/roadmap';
import type { Settings } from '../core/settings';
import { activeSpreadsheet, toCells, todayIn } from './env';
import { compactMerges, saveHeader } from './header-cache';
import { findOwnSheets, OwnSheets } from './own-sheets';
import { loadSettings } from './store';
import { loadTableChoice } from './table-choice';

const SHEET_KEY = 'roadmap.sheetId';

/** The sheet looked at when no table was found there: the sidebar offers to choose its columns. */
export interface SheetRead {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  sheetId: number;
  values: CellValue[][];
  merges: MergedRange[];
}

export class NoRoadmapError extends Error {
  constructor(
    message: string,
    readonly read: SheetRead | null = null,
  ) {
    super(message);
    this.name = 'NoRoadmapError';
  }
}

/** How the table was found, for the sidebar's «Столбцы таблицы». */
export interface TableSource {
  /** The person chose the sheet. */
  chosen: boolean;
  /** The person chose the header row and the columns (and the choice still matches the sheet). */
  manual: boolean;
  /** Why the person's choice was not used (the sheet is gone, the columns moved); null when it was. */
  note: string | null;
}

/** Everything one execution needs about the roadmap, read with a constant number of calls. */
export interface LoadedRoadmap {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** The roadmap sheet's id (gid), known from finding it: links to rows need no call. */
  sheetId: number;
  roadmap: Roadmap;
  settings: Settings;
  timeZone: string;
  today: IsoDate;
  /** The add-in's directory and log sheets, looked up when first needed. */
  ownSheets: OwnSheets;
  /** The header as onEdit sees it (cached in document properties by every full read). */
  header: RoadmapHeader;
  /** The sheet's values as read (one getValues). */
  values: CellValue[][];
  /** The sheet's merged ranges as read (one getMergedRanges). */
  merges: MergedRange[];
  table: TableSource;
}

/** One getValues and one getMergedRanges of the sheet's data range (plus one call a merge for its address). */
export function readSheetCells(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  timeZone: string,
  sheetId: number = sheet.getSheetId(),
): SheetRead {
  const data = sheet.getDataRange();
  const values = toCells(data.getValues(), timeZone);
  // Every merge of the table: the header's (two-row headers, sections merged across) and the
  // cells merged down over several measures.
  const merges: MergedRange[] = values.length > 0 ? data.getMergedRanges().map((m) => parseBox(m.getA1Notation())) : [];
  return { sheet, sheetId, values, merges };
}

/**
 * Finds and reads the roadmap: the sheet the person chose (with their columns, while the
 * header texts still match), else the sheet named in settings, else the one found last time,
 * else the first sheet (not the add-in's own) whose header the reader recognises.
 */
export function loadRoadmap(): LoadedRoadmap {
  const spreadsheet = activeSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const today = todayIn(timeZone);
  const settings = loadSettings();
  const ownSheets = new OwnSheets(spreadsheet);
  const properties = PropertiesService.getDocumentProperties();
  const rememberedId = Number(properties.getProperty(SHEET_KEY) ?? Number.NaN);
  const choice = loadTableChoice();
  let note: string | null = null;
  let firstError = '';
  let firstRead: SheetRead | null = null;

  function tryRead(sheet: GoogleAppsScript.Spreadsheet.Sheet, sheetId: number, chosen = false): LoadedRoadmap | null {
    const read = readSheetCells(sheet, timeZone, sheetId);
    firstRead ??= read;
    let layout = chosen ? choice?.layout : undefined;
    if (layout) {
      const moved = layoutMoved(read.values, read.merges, layout, layout.texts);
      if (moved) [layout, note] = [undefined, layoutMovedText(moved)];
    }
    const input = { sheetName: sheet.getName(), values: read.values, merges: read.merges, settings, today, layout };
    const roadmap = readRoadmap(input);
    if (isRoadmapError(roadmap)) {
      firstError ||= say(roadmap.error);
      return null;
    }
    const header = headerOf(roadmap);
    if (String(sheetId) !== properties.getProperty(SHEET_KEY)) properties.setProperty(SHEET_KEY, String(sheetId));
    const shared = new Set(SHARED_ROLES.map((role) => header.columns[role]));
    const merges = compactMerges(read.merges.filter((m) => shared.has(m.column)));
    saveHeader({ sheetId, timeZone, header, merges });
    const table = { chosen, manual: layout !== undefined, note };
    return {
      spreadsheet,
      sheet,
      sheetId,
      roadmap,
      header,
      settings,
      timeZone,
      today,
      ownSheets,
      table,
      values: read.values,
      merges: read.merges,
    };
  }
  const fail = (): never => {
    throw new NoRoadmapError(
      [note, firstError || say({ code: 'roadmap-not-found' })].filter((t) => t).join(' '),
      firstRead,
    );
  };

  if (choice) {
    const chosen = spreadsheet.getSheetById(choice.sheetId);
    if (chosen) return tryRead(chosen, choice.sheetId, true) ?? fail();
    note = say({ code: 'chosen-sheet-missing', sheetName: choice.sheetName });
  }
  // The sheet found last time is read first with one lookup; the others only if it no longer holds the table.
  const remembered =
    !settings.sheetName && Number.isInteger(rememberedId) ? spreadsheet.getSheetById(rememberedId) : null;
  if (remembered) {
    const found = tryRead(remembered, rememberedId);
    if (found) return found;
  }
  const sheets = spreadsheet.getSheets();
  const ids = new Map(sheets.map((s) => [s, s.getSheetId()]));
  let candidates: GoogleAppsScript.Spreadsheet.Sheet[];
  if (settings.sheetName) {
    const named = sheets.find((s) => s.getName() === settings.sheetName);
    if (!named) throw new NoRoadmapError(say({ code: 'settings-sheet-missing', sheetName: settings.sheetName }));
    candidates = [named];
  } else {
    const ownIds = new Set([...findOwnSheets(spreadsheet).values()].map((s) => s.getSheetId()));
    candidates = sheets.filter((s) => !ownIds.has(ids.get(s) as number) && ids.get(s) !== rememberedId);
  }
  for (const sheet of candidates) {
    const found = tryRead(sheet, ids.get(sheet) ?? sheet.getSheetId());
    if (found) return found;
  }
  return fail();
}
