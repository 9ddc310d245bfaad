import type { IsoDate } from '../core/dates';
import type { CellValue, Roadmap } from '../core/model';
import { headerOf, isRoadmapError, type MergedRange, type RoadmapHeader, readRoadmap } from '../core/roadmap';
import type { Settings } from '../core/settings';
import { activeSpreadsheet, toCells, todayIn } from './env';
import { saveHeader } from './header-cache';
import { findOwnSheets, OwnSheets } from './own-sheets';
import { loadSettings } from './store';

/** Merges matter only in the header (two-row headers); reading them is bounded to its rows. */
const HEADER_SCAN_ROWS = 40;
const SHEET_KEY = 'roadmap.sheetId';

export class NoRoadmapError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoRoadmapError';
  }
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
}

function readSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, settings: Settings, timeZone: string, today: IsoDate) {
  const data = sheet.getDataRange();
  const values = toCells(data.getValues(), timeZone);
  const scanRows = Math.min(values.length, HEADER_SCAN_ROWS);
  const width = values[0]?.length ?? 0;
  const merges: MergedRange[] =
    scanRows > 0 && width > 0
      ? sheet
          .getRange(1, 1, scanRows, width)
          .getMergedRanges()
          .map((m) => boxOf(m.getA1Notation()))
      : [];
  const input = { sheetName: sheet.getName(), values, merges, settings, today };
  const roadmap = readRoadmap(input);
  return { roadmap, header: isRoadmapError(roadmap) ? null : headerOf(roadmap), values };
}

/** 'B2:D3' → { row: 2, column: 2, numRows: 2, numColumns: 3 } (one call per merge instead of four). */
export function boxOf(a1: string): MergedRange {
  const [from = '', to = from] = a1.split(':');
  const cell = (ref: string) => {
    const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.toUpperCase());
    if (!match) return { row: 1, column: 1 };
    const column = [...(match[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(match[2]), column };
  };
  const a = cell(from);
  const b = cell(to);
  return { row: a.row, column: a.column, numRows: b.row - a.row + 1, numColumns: b.column - a.column + 1 };
}

/**
 * Finds and reads the roadmap: the sheet named in settings, else the one found last time,
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
  let firstError = '';

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
    if (!named) throw new NoRoadmapError(`Лист «${settings.sheetName}», указанный в настройках, не найден.`);
    candidates = [named];
  } else {
    const ownIds = new Set([...findOwnSheets(spreadsheet).values()].map((s) => s.getSheetId()));
    candidates = sheets.filter((s) => !ownIds.has(ids.get(s) as number) && ids.get(s) !== rememberedId);
  }

  function tryRead(sheet: GoogleAppsScript.Spreadsheet.Sheet, sheetId: number): LoadedRoadmap | null {
    const { roadmap, header, values } = readSheet(sheet, settings, timeZone, today);
    if (isRoadmapError(roadmap) || !header || isRoadmapError(header)) {
      if (isRoadmapError(roadmap)) firstError ||= roadmap.error.message;
      return null;
    }
    if (String(sheetId) !== properties.getProperty(SHEET_KEY)) properties.setProperty(SHEET_KEY, String(sheetId));
    saveHeader({ sheetId, timeZone, header });
    return { spreadsheet, sheet, sheetId, roadmap, header, values, settings, timeZone, today, ownSheets };
  }
  for (const sheet of candidates) {
    const found = tryRead(sheet, ids.get(sheet) ?? sheet.getSheetId());
    if (found) return found;
  }
  throw new NoRoadmapError(
    firstError ||
      'Не найдена таблица дорожной карты: нужна строка заголовков со столбцами «Наименование мероприятия», «Исполнители» и «Срок исполнения».',
  );
}
