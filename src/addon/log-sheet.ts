import type { CellValue } from '../core/model';
import {
  indexLog,
  LOG_HEADER,
  LOG_SHEET_NAME,
  type LogEntry,
  type LogIndex,
  logToRow,
  readLog,
} from '../core/reminders';
import { toCells } from './env';
import { createOwnSheet } from './own-sheets';
import type { LoadedRoadmap } from './roadmap-sheet';
import { toSheetValues } from './write';

/**
 * «Журнал напоминаний» is the source of truth for exactly-once. Each e-mail sent is first
 * recorded in document properties (one small value per e-mail, no Spreadsheet call), then
 * the rows are appended to the sheet in one write; a run cut off in between leaves its
 * rows pending, and the next run appends them before it plans anything.
 */
const PENDING_PREFIX = 'roadmap.pendingLog.';

function logSheet(loaded: LoadedRoadmap): GoogleAppsScript.Spreadsheet.Sheet | null {
  return loaded.ownSheets.get('log') ?? null;
}

function ensureLogSheet(loaded: LoadedRoadmap): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = logSheet(loaded);
  if (existing) return existing;
  const sheet = createOwnSheet(loaded.spreadsheet, 'log', LOG_SHEET_NAME, [...LOG_HEADER]);
  // Plain text: «1.1, 2.3» and the keys must never become dates or formulas.
  sheet.getRange(1, 1, sheet.getMaxRows(), LOG_HEADER.length).setNumberFormat('@');
  sheet.setColumnWidth(1, 150);
  sheet.setColumnWidth(3, 220);
  sheet.setColumnWidth(8, 60);
  loaded.ownSheets.set('log', sheet);
  return sheet;
}

/** The log as read once per execution (10,000+ rows are one getValues). */
export function readLogIndex(loaded: LoadedRoadmap): LogIndex {
  const sheet = logSheet(loaded);
  const entries = sheet ? readLog(toCells(sheet.getDataRange().getValues(), loaded.timeZone)) : [];
  return indexLog([...entries, ...pendingEntries().map((p) => p.entry)]);
}

interface Pending {
  key: string;
  entry: LogEntry;
}

function pendingEntries(): Pending[] {
  const all = PropertiesService.getDocumentProperties().getProperties();
  return Object.keys(all)
    .filter((key) => key.startsWith(PENDING_PREFIX))
    .sort()
    .map((key) => ({ key, entry: JSON.parse(all[key] as string) as LogEntry }));
}

let sequence = 0;

/** Records an attempt at once, before anything else can fail. */
export function recordPending(entry: LogEntry): void {
  sequence += 1;
  const key = `${PENDING_PREFIX}${Date.now().toString(36)}.${String(sequence).padStart(5, '0')}`;
  PropertiesService.getDocumentProperties().setProperty(key, JSON.stringify(entry));
}

/** Appends every pending attempt to the log sheet in one write, then forgets them. */
export function flushPending(loaded: LoadedRoadmap): number {
  const pending = pendingEntries();
  if (pending.length === 0) return 0;
  const sheet = ensureLogSheet(loaded);
  const rows: CellValue[][] = pending.map((p) => logToRow(p.entry));
  const first = sheet.getLastRow() + 1;
  if (first + rows.length - 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 100);
  sheet.getRange(first, 1, rows.length, LOG_HEADER.length).setNumberFormat('@').setValues(toSheetValues(rows));
  const store = PropertiesService.getDocumentProperties();
  for (const p of pending) store.deleteProperty(p.key);
  return rows.length;
}
