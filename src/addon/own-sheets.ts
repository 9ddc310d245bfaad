import { OWN_SHEET_MARK } from '../core/i18n';
import { ownHeaderText } from '../core/roadmap';
import { hasScreen } from './env';
import { noteOwnSheetAdded } from './summaries/memory';
/**
 * The add-in's own sheets are recognised by developer metadata on the sheet, never by name:
 * a person may rename them, or have a sheet of their own with the same name.
 */
export const OWN_SHEET_KEY = 'roadmap-tracker:sheet';

export type OwnSheetKind = 'directory' | 'log' | 'calendar' | 'answers';

/** All own sheets by kind, found with one metadata search. */
export function findOwnSheets(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): Map<string, GoogleAppsScript.Spreadsheet.Sheet> {
  const found = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>();
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(OWN_SHEET_KEY).find()) {
    const sheet = metadata.getLocation().getSheet();
    const kind = metadata.getValue();
    if (sheet && kind && !found.has(kind)) found.set(kind, sheet);
  }
  return found;
}

/**
 * The own sheets one execution needs, each looked up on first use with a finder narrowed to its
 * kind: a constant number of calls however many summary sheets the file has.
 */
export class OwnSheets {
  private readonly found = new Map<string, GoogleAppsScript.Spreadsheet.Sheet | null>();
  private ids: Record<string, number> | null = null;

  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  /**
   * The own sheet of a kind: by the id remembered in document properties (one getSheetById),
   * else by a metadata search (three calls), whose find is then remembered. Sheet ids are never
   * reused within a file, so a sheet with the remembered id is the one the add-in marked.
   */
  get(kind: string): GoogleAppsScript.Spreadsheet.Sheet | undefined {
    if (!this.found.has(kind)) {
      const id = this.rememberedIds()[kind];
      let sheet = id === undefined ? null : this.spreadsheet.getSheetById(id);
      if (!sheet) {
        const [first] = this.spreadsheet.createDeveloperMetadataFinder().withKey(OWN_SHEET_KEY).withValue(kind).find();
        sheet = first?.getLocation().getSheet() ?? null;
        if (sheet) this.remember(kind, sheet.getSheetId());
      }
      this.found.set(kind, sheet);
    }
    return this.found.get(kind) ?? undefined;
  }

  /**
   * The own sheet of a kind only when its id is remembered (one getSheetById, no search): for an
   * optional sheet the add-in creates itself and so always remembers, a file without it costs no call.
   */
  remembered(kind: string): GoogleAppsScript.Spreadsheet.Sheet | undefined {
    if (!this.found.has(kind)) {
      const id = this.rememberedIds()[kind];
      if (id === undefined) return undefined;
      this.found.set(kind, this.spreadsheet.getSheetById(id));
    }
    return this.found.get(kind) ?? undefined;
  }

  set(kind: string, sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    this.found.set(kind, sheet);
    this.remember(kind, sheet.getSheetId());
  }

  private rememberedIds(): Record<string, number> {
    if (!this.ids) {
      this.ids = {};
      try {
        const parsed = JSON.parse(PropertiesService.getDocumentProperties().getProperty(OWN_IDS_KEY) ?? '{}');
        for (const [kind, id] of Object.entries(parsed as Record<string, unknown>))
          if (Number.isInteger(id)) this.ids[kind] = id as number;
      } catch {
        // Unreadable: every kind is searched for once and remembered again.
      }
    }
    return this.ids;
  }

  private remember(kind: string, id: number): void {
    const ids = this.rememberedIds();
    if (ids[kind] === id) return;
    ids[kind] = id;
    try {
      PropertiesService.getDocumentProperties().setProperty(OWN_IDS_KEY, JSON.stringify(ids));
    } catch {
      // Only a saving of calls: the next execution searches again.
    }
  }
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Own sheets looked up when first needed: by the remembered id (one getSheetById), else with
 * ONE metadata search shared by every miss of the run.
 */
export class OwnSheetLookup {
  private all: Map<string, Sheet> | null = null;
  private readonly added = new Map<string, Sheet>();

  constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    /** The ids remembered by key (the summaries' memory); read when needed, so later changes count. */
    private readonly remembered: ReadonlyMap<string, { id: number }>,
  ) {}

  /** The sheet of a key and whether it was found by its remembered id (only then is the memory right). */
  find(key: string): { sheet: Sheet | undefined; byId: boolean } {
    const added = this.added.get(key);
    if (added) return { sheet: added, byId: false };
    const sheet = this.byRememberedId(key);
    if (sheet) return { sheet, byId: true };
    this.all ??= findOwnSheets(this.spreadsheet);
    return { sheet: this.all.get(key), byId: false };
  }

  byRememberedId(key: string): Sheet | null {
    const id = this.remembered.get(key)?.id;
    return id === undefined ? null : this.spreadsheet.getSheetById(id);
  }

  add(key: string, sheet: Sheet): void {
    this.added.set(key, sheet);
  }

  /**
   * An own sheet that lost its mark (a trip through .xlsx): the sheet `name` whose first row reads
   * as `firstRow` (digits aside), not marked as another own sheet. Marked again as `key`.
   */
  adopt(key: string, name: string, firstRow: readonly unknown[]): Sheet | undefined {
    const title = firstRow.findIndex((cell) => typeof cell === 'string' && cell.trim() !== '');
    if (title < 0) return undefined;
    const header = firstRow.slice(0, title + 1).map((cell) => (typeof cell === 'string' ? cell : ''));
    const sheet = sheetNamedWithHeader(this.spreadsheet, name, header);
    if (!sheet) return undefined;
    this.all ??= findOwnSheets(this.spreadsheet);
    const id = sheet.getSheetId();
    if ([...this.all.values(), ...this.added.values()].some((own) => own.getSheetId() === id)) return undefined;
    sheet.addDeveloperMetadata(OWN_SHEET_KEY, key);
    this.add(key, sheet);
    return sheet;
  }

  /** Every own sheet the metadata search found, if it ran. */
  allFound(): Map<string, Sheet> {
    return new Map(this.all ?? []);
  }
}

/**
 * An own sheet that lost its mark (developer metadata does not survive a trip through .xlsx or
 * another tool): the sheet of that name whose first row starts with `header`. Two calls, or one
 * when there is no such sheet. A sheet of the person's with the same name and another header is
 * never taken.
 */
export function sheetNamedWithHeader(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  header: readonly string[],
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet || header.length === 0) return null;
  const first = sheet.getRange(1, 1, 1, header.length).getValues()[0] ?? [];
  return header.every((cell, i) => ownHeaderText(first[i]) === ownHeaderText(cell)) ? sheet : null;
}

/** Document property: the ids of the add-in's directory and log sheets, {"log": 123, …}. */
const OWN_IDS_KEY = 'roadmap.ownSheetIds';

/** A name not used by any sheet: «Исполнители», then «Исполнители (дорожная карта)», then numbered. */
export function freeSheetName(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, desired: string): string {
  const taken = new Set(spreadsheet.getSheets().map((s) => s.getName().toLowerCase()));
  if (!taken.has(desired.toLowerCase())) return desired;
  const marked = desired + OWN_SHEET_MARK;
  if (!taken.has(marked.toLowerCase())) return marked;
  for (let n = 2; ; n++) {
    const candidate = `${desired} ${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * A new sheet at the end, under a free name (freeSheetName). insertSheet makes the new sheet the
 * active one; the person stays on the sheet they were looking at.
 */
export function insertSheetAtEnd(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): Sheet {
  // No screen in a trigger run: nobody to put back, and getActiveSheet/activate would fail.
  const active = hasScreen() ? spreadsheet.getActiveSheet() : null;
  const sheet = spreadsheet.insertSheet(freeSheetName(spreadsheet, name), spreadsheet.getSheets().length);
  active?.activate();
  return sheet;
}

/** Creates an own sheet at the end (insertSheetAtEnd), marked with metadata, with a bold frozen header. */
export function createOwnSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  kind: OwnSheetKind,
  name: string,
  header: string[],
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = insertSheetAtEnd(spreadsheet, name);
  noteOwnSheetAdded();
  sheet.addDeveloperMetadata(OWN_SHEET_KEY, kind);
  const headerRange = sheet.getRange(1, 1, 1, header.length);
  headerRange.setValues([header]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}
