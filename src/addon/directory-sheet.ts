import {
  checkExecutors,
  DIRECTORY_HEADER,
  DIRECTORY_SHEET_NAME,
  type Directory,
  type DirectoryEntry,
  distinctExecutors,
  type ExecutorPrefill,
  matchExecutors,
  normalizeName,
  readDirectory,
} from '../core/directory';
import type { Problem } from '../core/model';
import { toCells } from './env';
import { createOwnSheet, OWN_SHEET_KEY, sheetNamedWithHeader } from './own-sheets';
import type { LoadedRoadmap } from './roadmap-sheet';

/**
 * The add-in's directory: its own sheet (developer metadata), or a sheet the person made
 * themselves under the name «Исполнители» with the directory's header — that one is used as
 * it is (and marked as the directory by «Подготовить таблицу»), never duplicated.
 */
function directorySheet(loaded: LoadedRoadmap, adopt = false): GoogleAppsScript.Spreadsheet.Sheet | null {
  const own = loaded.ownSheets.get('directory');
  if (own) return own;
  const named = sheetNamedWithHeader(loaded.spreadsheet, DIRECTORY_SHEET_NAME, DIRECTORY_HEADER.slice(0, 2));
  if (!named) return null;
  if (adopt) {
    named.addDeveloperMetadata(OWN_SHEET_KEY, 'directory');
    loaded.ownSheets.set('directory', named);
  }
  return named;
}

const cache = new WeakMap<LoadedRoadmap, Directory | null>();

/** «Исполнители» as read once per execution; null when the sheet does not exist yet. */
export function loadDirectory(loaded: LoadedRoadmap): Directory | null {
  if (cache.has(loaded)) return cache.get(loaded) ?? null;
  const sheet = directorySheet(loaded);
  const directory = sheet ? readDirectory(toCells(sheet.getDataRange().getValues(), loaded.timeZone)) : null;
  cache.set(loaded, directory);
  return directory;
}

/** The directory's own problems and the executors of the roadmap it cannot match. */
export function readDirectoryProblems(loaded: LoadedRoadmap): Problem[] {
  const directory = loadDirectory(loaded);
  if (!directory) {
    return [
      {
        row: loaded.roadmap.headerRow,
        column: loaded.roadmap.columns.executors ?? null,
        code: 'directory-missing',
        message: { code: 'directory-missing' },
        severity: 'warning',
      },
    ];
  }
  return [...directory.problems, ...checkExecutors(loaded.roadmap, directory)];
}

/**
 * The executor names the directory cannot resolve yet, as the reminders would match them: a name
 * it already covers, even through several entries («Рабочая группа ЦОПП» by «Рабочая группа» and
 * «ЦОПП»), adds nothing — a new empty row would shadow those entries and lose their addresses;
 * a partly known name adds only its unknown part, the one the «executor-unknown» warning names.
 * A name unknown as a whole keeps the addresses (→ «E-mail») and phones (→ «Примечание») the plan
 * wrote beside it.
 */
export function unresolved(
  executors: readonly ExecutorPrefill[],
  entries: readonly DirectoryEntry[],
): ExecutorPrefill[] {
  const seen = new Set(entries.map((e) => normalizeName(e.name)));
  const missing: ExecutorPrefill[] = [];
  for (const { name, emails, phones } of executors) {
    const whole = normalizeName(name);
    for (const part of matchExecutors(name, entries).unmatched) {
      const key = normalizeName(part);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      missing.push(key === whole ? { name: part, emails, phones } : { name: part, emails: [], phones: [] });
    }
  }
  return missing;
}

/**
 * Creates «Исполнители» pre-filled with every executor of the roadmap, or appends the executors
 * it cannot resolve yet (see unresolved). Existing rows are never changed. Returns the number of rows added.
 */
export function ensureDirectory(loaded: LoadedRoadmap): number {
  const executors = distinctExecutors(loaded.roadmap.measures);
  let sheet = directorySheet(loaded, true);
  if (!sheet) {
    sheet = createOwnSheet(loaded.spreadsheet, 'directory', DIRECTORY_SHEET_NAME, [...DIRECTORY_HEADER]);
    loaded.ownSheets.set('directory', sheet);
    sheet.getRange(1, 1, sheet.getMaxRows(), DIRECTORY_HEADER.length).setNumberFormat('@');
    sheet.setColumnWidth(1, 280);
    sheet.setColumnWidth(2, 240);
    cache.delete(loaded);
  }
  const missing = unresolved(executors, loadDirectory(loaded)?.entries ?? []);
  if (missing.length === 0) return 0;
  const firstRow = sheet.getLastRow() + 1;
  sheet
    .getRange(firstRow, 1, missing.length, DIRECTORY_HEADER.length)
    .setNumberFormat('@')
    .setValues(missing.map(({ name, emails, phones }) => [name, emails.join(', '), '', phones.join('; ')]));
  cache.delete(loaded);
  return missing.length;
}
