/**
 * The SpreadsheetApp global over one active EmulatedSpreadsheet.
 * Example: const SpreadsheetApp = createSpreadsheetApp(runtime, { active: ss, ui });
 *          SpreadsheetApp.getActiveSheet().getRange(1, 1).getValue();
 */
import type { Runtime } from '../runtime';
import {
  EmulatedConditionalFormatRuleBuilder,
  EmulatedDataValidationBuilder,
  EmulatedRichTextValueBuilder,
  EmulatedTextStyleBuilder,
} from './builders';
import { SPREADSHEET_APP_ENUMS } from './enums';
import { signatureError } from './errors';
import type { Shape } from './gas-types';
import type { EmulatedRange } from './range';
import type { EmulatedSheet } from './sheet';
import type { EmulatedSpreadsheet } from './spreadsheet';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

const APP_METHODS = [
  'getActive',
  'getActiveSpreadsheet',
  'getActiveSheet',
  'getActiveRange',
  'setActiveRange',
  'setActiveSheet',
  'getCurrentCell',
  'getUi',
  'flush',
  'newConditionalFormatRule',
  'newDataValidation',
  'newRichTextValue',
  'newTextStyle',
  'openById',
] as const;

type AppEnums = Pick<App, keyof typeof SPREADSHEET_APP_ENUMS>;

/** The app's methods with the emulated return types (checked against Google's below). */
export interface EmulatedSpreadsheetAppMethods {
  getActive(): EmulatedSpreadsheet;
  getActiveSpreadsheet(): EmulatedSpreadsheet;
  getActiveSheet(): EmulatedSheet;
  getActiveRange(): EmulatedRange;
  getCurrentCell(): EmulatedRange;
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range | EmulatedRange): EmulatedRange;
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet | EmulatedSheet): EmulatedSheet;
  getUi(): unknown;
  flush(): void;
  openById(id: string): EmulatedSpreadsheet;
  newConditionalFormatRule(): EmulatedConditionalFormatRuleBuilder;
  newDataValidation(): EmulatedDataValidationBuilder;
  newRichTextValue(): EmulatedRichTextValueBuilder;
  newTextStyle(): EmulatedTextStyleBuilder;
}

export type EmulatedSpreadsheetApp = EmulatedSpreadsheetAppMethods &
  AppEnums & {
    /** Number of flush() calls (tests of LockService usage). */
    readonly _flushCount: number;
  };

export interface SpreadsheetAppOptions {
  active: EmulatedSpreadsheet;
  /** The Ui object returned by getUi() (the services helper's emulated Ui). */
  ui: unknown;
  /** Other spreadsheets reachable with openById (besides the active one). */
  others?: EmulatedSpreadsheet[];
}

export function createSpreadsheetApp(runtime: Runtime, options: SpreadsheetAppOptions): EmulatedSpreadsheetApp {
  const ss = options.active;
  const record = (method: string): void => runtime.call('Spreadsheet', `SpreadsheetApp.${method}`);
  const builder = (method: string): void => runtime.call('Builder', `SpreadsheetApp.${method}`);
  let flushCount = 0;
  /**
   * A web app has no active spreadsheet, even when its script is bound to one (Google's web app
   * guide: open the file by id): getActiveSpreadsheet() returns null there [U: null, not an error].
   */
  const activeOrNull = (): EmulatedSpreadsheet =>
    (runtime.execution?.kind === 'web-app' ? null : ss) as EmulatedSpreadsheet;
  const app: EmulatedSpreadsheetApp = {
    ...SPREADSHEET_APP_ENUMS,
    get _flushCount() {
      return flushCount;
    },
    getActive(): EmulatedSpreadsheet {
      record('getActive');
      return activeOrNull();
    },
    getActiveSpreadsheet(): EmulatedSpreadsheet {
      record('getActiveSpreadsheet');
      return activeOrNull();
    },
    getActiveSheet(): EmulatedSheet {
      record('getActiveSheet');
      return ss.activeSheet;
    },
    getActiveRange(): EmulatedRange {
      record('getActiveRange');
      return ss.activeRange ?? ss.activeSheet._range(1, 1);
    },
    getCurrentCell(): EmulatedRange {
      record('getCurrentCell');
      const r = ss.activeRange;
      return r ? r.sheet._range(r.box.row, r.box.column) : ss.activeSheet._range(1, 1);
    },
    setActiveRange(range: GoogleAppsScript.Spreadsheet.Range | EmulatedRange): EmulatedRange {
      record('setActiveRange');
      return ss._select(range as EmulatedRange);
    },
    setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet | EmulatedSheet): EmulatedSheet {
      record('setActiveSheet');
      const s = sheet as EmulatedSheet;
      if (!ss.sheets.includes(s)) throw signatureError('SpreadsheetApp.setActiveSheet', [sheet]);
      ss.activeSheet = s;
      ss.activeRange = null;
      return s;
    },
    getUi(): unknown {
      record('getUi');
      if (runtime.execution?.kind === 'web-app')
        throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
      return options.ui;
    },
    flush(): void {
      record('flush');
      flushCount++;
    },
    openById(id: string): EmulatedSpreadsheet {
      record('openById');
      const found = [ss, ...(options.others ?? [])].find((s) => s.id === id);
      // [U] Google's text for an unknown or inaccessible id.
      if (!found) throw signatureError('SpreadsheetApp.openById', [id]);
      return found;
    },
    newConditionalFormatRule(): EmulatedConditionalFormatRuleBuilder {
      builder('newConditionalFormatRule');
      return new EmulatedConditionalFormatRuleBuilder(runtime);
    },
    newDataValidation(): EmulatedDataValidationBuilder {
      builder('newDataValidation');
      return new EmulatedDataValidationBuilder(runtime);
    },
    newRichTextValue(): EmulatedRichTextValueBuilder {
      builder('newRichTextValue');
      return new EmulatedRichTextValueBuilder(runtime);
    },
    newTextStyle(): EmulatedTextStyleBuilder {
      builder('newTextStyle');
      return new EmulatedTextStyleBuilder(runtime);
    },
  };
  // Compile-time check of every method against Google's signatures.
  const checked: Shape<App, (typeof APP_METHODS)[number]> = app;
  void checked;
  return app;
}
