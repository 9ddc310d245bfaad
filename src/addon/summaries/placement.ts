/**
 * Where the summary sheets go: a missing one is inserted at the end under a free name (the person
 * is put back on their sheet), and an own task sheet whose task is gone is kept and marked
 * «Устарело» with a grey tab. Found sheets come from OwnSheetLookup (../own-sheets.ts).
 */
import type { SheetModel } from '../../core/summary';
import { SUMMARY_LABELS, uniqueSheetName } from '../../core/summary';
import { hasScreen } from '../env';
import { OWN_SHEET_KEY } from '../own-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const STALE_TAB_COLOR = '#9aa0a6';

/** Inserts missing sheets at the end under free names, and puts the person back on their sheet. */
export class SheetPlacer {
  private names: string[] | null = null;
  // insertSheet activates the new sheet: the person is put back where they were.
  private wasActive: Sheet | null = null;

  constructor(private readonly spreadsheet: Spreadsheet) {}

  insert(model: SheetModel): Sheet {
    if (!this.names) {
      this.names = this.spreadsheet.getSheets().map((s) => s.getName());
      // No screen in a trigger run: nobody to put back, and getActiveSheet/activate would fail.
      this.wasActive = hasScreen() ? this.spreadsheet.getActiveSheet() : null;
    }
    const name = uniqueSheetName(model.title, this.names);
    const sheet = this.spreadsheet.insertSheet(name, this.names.length);
    this.names.push(name);
    sheet.addDeveloperMetadata(OWN_SHEET_KEY, model.key);
    return sheet;
  }

  restoreActive(): void {
    this.wasActive?.activate();
  }
}

/** Marks an own task sheet whose task is gone: a note in A2 and a grey tab. */
export function markStale(sheet: Sheet): void {
  const cell = sheet.getRange(2, 1);
  cell.setNumberFormat('@');
  cell.setValue(SUMMARY_LABELS.stale);
  sheet.setTabColor(STALE_TAB_COLOR);
}

/**
 * The tab's colour compared case-insensitively, through getTabColorObject (getTabColor is
 * deprecated in Google's reference; @types/google-apps-script does not list the new method yet).
 */
function tabColorIs(sheet: Sheet, hex: string): boolean {
  const color = (sheet as Sheet & { getTabColorObject(): GoogleAppsScript.Spreadsheet.Color }).getTabColorObject();
  if (!color || String(color.getColorType()) !== String(SpreadsheetApp.ColorType.RGB)) return false;
  return color.asRgbColor().asHexString().toLowerCase() === hex.toLowerCase();
}

/** A tab greyed as stale gets its colour back (the sheet is written again). */
export function clearStaleTab(sheet: Sheet): void {
  if (tabColorIs(sheet, STALE_TAB_COLOR)) sheet.setTabColor(null);
}
