import type { CellValue } from '../core/model';
import {
  indexLog,
  LOG_CONTINUED,
  LOG_HEADER,
  LOG_SHEET_NAME,
  type LogEntry,
  type LogIndex,
  logColumns,
  logToRow,
  readLog,
  utf8Bytes,
} from '../core/reminders';
import { toCells } from './env';
import { createOwnSheet, OWN_SHEET_KEY, sheetNamedWithHeader } from './own-sheets';
import { recentEntries, rememberSends } from './recent-sends';
import type { LoadedRoadmap } from './roadmap-sheet';
import { toSheetValues } from './write';

/**
 * «Журнал напоминаний» is the source of truth for exactly-once. Each e-mail sent is first
 * recorded in document properties (no Spreadsheet call), then the rows are appended to the
 * sheet in one write; a run cut off in between leaves its rows pending, and the next run
 * appends them before it plans anything.
 *
 * Properties hold 9 KB a value and 500 KB a store, and an entry grows with the digest (one
 * key per measure): an entry is split over as many values as it needs, and the caller
 * flushes to the sheet once PENDING_FLUSH_BYTES are pending, so the store never holds
 * anything proportional to the sheet.
 */
const PENDING_PREFIX = 'roadmap.pendingLog.';
/** Below Google's 9 KB per value (a 2023 measurement found 8,066 bytes), key included. */
const PART_BYTES = 7000;
/** Pending attempts above this size are appended to the sheet before the next e-mail. */
export const PENDING_FLUSH_BYTES = 64 * 1024;

/**
 * Where LOG_HEADER's columns are in the log sheet, as its header was read or repaired in this
 * execution (keyed by the execution's LoadedRoadmap, so never carried over to the next run).
 */
const layouts = new WeakMap<LoadedRoadmap, number[]>();

/** The log's first columns, by which a log that lost its mark is still recognised. */
const LOG_SIGNATURE = LOG_HEADER.slice(0, 3);

/**
 * The log: the own sheet, else «Журнал напоминаний» with the log's header (its mark lost on a
 * trip through .xlsx): a log not found would send everything in it again.
 */
function logSheet(loaded: LoadedRoadmap): GoogleAppsScript.Spreadsheet.Sheet | null {
  return loaded.ownSheets.get('log') ?? sheetNamedWithHeader(loaded.spreadsheet, LOG_SHEET_NAME, LOG_SIGNATURE);
}

function ensureLogSheet(loaded: LoadedRoadmap): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = logSheet(loaded);
  if (existing && loaded.ownSheets.get('log') !== existing) {
    existing.addDeveloperMetadata(OWN_SHEET_KEY, 'log');
    loaded.ownSheets.set('log', existing);
  }
  if (existing) return existing;
  const sheet = createOwnSheet(loaded.spreadsheet, 'log', LOG_SHEET_NAME, [...LOG_HEADER]);
  // Plain text: «1.1, 2.3» and the keys must never become dates or formulas.
  sheet.getRange(1, 1, sheet.getMaxRows(), LOG_HEADER.length).setNumberFormat('@');
  sheet.setColumnWidth(1, 150);
  sheet.setColumnWidth(3, 220);
  sheet.setColumnWidth(8, 60);
  loaded.ownSheets.set('log', sheet);
  layouts.set(
    loaded,
    LOG_HEADER.map((_, i) => i),
  );
  return sheet;
}

/**
 * The log as read once per execution (10,000+ rows are one getValues), with the pending
 * records and the recent sends kept in document properties (recent-sends.ts): rows a person
 * deleted from the sheet, or whose «Ключи» they deleted, still count within the cadence window.
 */
export function readLogIndex(loaded: LoadedRoadmap): LogIndex {
  const sheet = logSheet(loaded);
  let entries: LogEntry[] = [];
  if (sheet) {
    const values = toCells(sheet.getDataRange().getValues(), loaded.timeZone);
    layouts.set(loaded, logColumns(values[0] ?? []) ?? LOG_HEADER.map((_, i) => i));
    entries = readLog(values);
  }
  const all = PropertiesService.getDocumentProperties().getProperties();
  const pending = pendingEntries(all).flatMap((p) => (p.entry ? [p.entry] : []));
  return indexLog([...recentEntries(all), ...entries, ...pending]);
}

/**
 * Where to write each of LOG_HEADER's columns: as the header names them (a person may have
 * moved or deleted columns); a deleted one gets its header back after the last column.
 */
function layoutOf(loaded: LoadedRoadmap, sheet: GoogleAppsScript.Spreadsheet.Sheet): number[] {
  let columns = layouts.get(loaded);
  if (!columns) {
    const header = toCells(sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues(), loaded.timeZone)[0];
    columns = logColumns(header ?? []) ?? LOG_HEADER.map((_, i) => i);
  }
  if (columns.includes(-1)) {
    let next = Math.max(sheet.getLastColumn(), Math.max(...columns) + 1);
    const restored = columns.map((c) => (c >= 0 ? c : next++));
    LOG_HEADER.forEach((name, i) => {
      if (columns?.[i] === -1)
        sheet
          .getRange(1, (restored[i] as number) + 1)
          .setNumberFormat('@')
          .setValue(name);
    });
    columns = restored;
  }
  layouts.set(loaded, columns);
  return columns;
}

interface Pending {
  /** The property keys holding the entry (one, or its parts). */
  keys: string[];
  /** null when unreadable: flushPending deletes it. */
  entry: LogEntry | null;
}

/** 'roadmap.pendingLog.<id>' or 'roadmap.pendingLog.<id>#<part>/<parts>'. */
const PART = /^(.*)#(\d+)\/(\d+)$/;

function pendingEntries(all: Record<string, string>): Pending[] {
  const groups = new Map<string, { keys: string[]; parts: string[]; count: number }>();
  for (const key of Object.keys(all)) {
    if (!key.startsWith(PENDING_PREFIX)) continue;
    const part = PART.exec(key);
    const id = part ? (part[1] as string) : key;
    const group = groups.get(id) ?? { keys: [], parts: [], count: part ? Number(part[3]) : 1 };
    group.keys.push(key);
    group.parts[part ? Number(part[2]) : 0] = all[key] as string;
    groups.set(id, group);
  }
  const entries: Pending[] = [];
  for (const id of [...groups.keys()].sort()) {
    const group = groups.get(id) as { keys: string[]; parts: string[]; count: number };
    // The parts are written in one setProperties, so a missing part means a damaged record.
    if (group.parts.filter((p) => p !== undefined).length !== group.count) {
      entries.push({ keys: group.keys, entry: null });
      continue;
    }
    try {
      entries.push({ keys: group.keys, entry: JSON.parse(group.parts.join('')) as LogEntry });
    } catch {
      entries.push({ keys: group.keys, entry: null });
    }
  }
  return entries;
}

/** Splits text into pieces of at most `limit` UTF-8 bytes. */
function splitBytes(text: string, limit: number): string[] {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of text) {
    const bytes = utf8Bytes(ch);
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  if (current !== '' || parts.length === 0) parts.push(current);
  return parts;
}

/** Sheets refuses a cell of more than 50,000 characters; the keys of a long digest are spread over rows. */
const CELL_CHARS = 45_000;

/**
 * The log rows of one attempt: one, or several with the same time, recipient and result
 * and a share of the keys each (readLog reads each as an entry; together they hold all keys).
 */
export function rowsOf(entry: LogEntry): CellValue[][] {
  const chunks: string[][] = [[]];
  let size = 0;
  for (const key of entry.keys) {
    const current = chunks[chunks.length - 1] as string[];
    if (current.length > 0 && size + key.length + 1 > CELL_CHARS) {
      chunks.push([key]);
      size = key.length;
    } else {
      current.push(key);
      size += key.length + 1;
    }
  }
  const measures = entry.measures.length > CELL_CHARS ? `${entry.measures.slice(0, CELL_CHARS)}…` : entry.measures;
  return chunks.map((keys, i) => logToRow({ ...entry, keys, measures: i === 0 ? measures : LOG_CONTINUED }));
}

let sequence = 0;

/**
 * Records an attempt at once, before anything else can fail, in one property write;
 * returns the bytes it took in the store.
 */
export function recordPending(entry: LogEntry): number {
  sequence += 1;
  const id = `${PENDING_PREFIX}${Date.now().toString(36)}.${String(sequence).padStart(5, '0')}.${Utilities.getUuid().slice(0, 8)}`;
  const json = JSON.stringify(entry);
  const parts = splitBytes(json, PART_BYTES);
  const values: Record<string, string> =
    parts.length === 1 ? { [id]: json } : Object.fromEntries(parts.map((p, i) => [`${id}#${i}/${parts.length}`, p]));
  PropertiesService.getDocumentProperties().setProperties(values);
  return Object.entries(values).reduce((sum, [k, v]) => sum + utf8Bytes(k) + utf8Bytes(v), 0);
}

/**
 * Appends every pending attempt, then `direct` (attempts that need no pending record, such as
 * the postponed ones), to the log sheet in one write, then forgets the pending ones.
 * Returns the number of rows appended.
 */
export function flushPending(loaded: LoadedRoadmap, direct: readonly LogEntry[] = []): number {
  const pending = pendingEntries(PropertiesService.getDocumentProperties().getProperties());
  if (pending.length === 0 && direct.length === 0) return 0;
  const entries = [...pending.flatMap((p) => (p.entry ? [p.entry] : [])), ...direct];
  if (entries.length > 0) {
    const sheet = ensureLogSheet(loaded);
    const columns = layoutOf(loaded, sheet);
    const width = Math.max(...columns) + 1;
    const rows: CellValue[][] = entries
      .flatMap((entry) => rowsOf(entry))
      .map((row) => {
        const placed: CellValue[] = Array.from({ length: width }, () => '');
        columns.forEach((column, i) => {
          placed[column] = row[i] ?? '';
        });
        return placed;
      });
    const first = sheet.getLastRow() + 1;
    if (first + rows.length - 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 100);
    sheet.getRange(first, 1, rows.length, width).setNumberFormat('@').setValues(toSheetValues(rows));
    // The rows must be in the sheet before their pending records go.
    SpreadsheetApp.flush();
    rememberSends(entries, loaded.today, loaded.settings);
  }
  const store = PropertiesService.getDocumentProperties();
  for (const p of pending) for (const key of p.keys) store.deleteProperty(key);
  return entries.length;
}
