/**
 * The Spreadsheet half of the offline Apps Script emulator.
 *
 *   const ss = new EmulatedSpreadsheet(runtime, { name: 'Дорожная карта' }); // Asia/Tomsk, ru_RU
 *   const SpreadsheetApp = createSpreadsheetApp(runtime, { active: ss, ui });
 *   const Charts = createChartsGlobal();
 *
 * The emulator's own methods start with `_` and record nothing (../README.md): for tests
 * sheet._snapshotCell(row, col), sheet._snapshotBlock(), sheet._rawValues(),
 * sheet._effectiveBackground(row, col), ss._snapshot(), ss._sheet(name); its state in fields:
 * ss.formulaLog, ss.toasts, ss.dateConstructor (the host sets the vm's Date).
 */
import type { EmulatedSpreadsheet } from './spreadsheet';

export { columnLetter, columnNumber, parseA1, toA1 } from '../../../core/a1';
export { createSpreadsheetApp, type EmulatedSpreadsheetApp, type SpreadsheetAppOptions } from './app';
export {
  EmulatedConditionalFormatRule,
  EmulatedConditionalFormatRuleBuilder,
  EmulatedDataValidation,
  EmulatedDataValidationBuilder,
  EmulatedRichTextValue,
  EmulatedRichTextValueBuilder,
  normalizeColor,
} from './builders';
export type { Box, Cell, CellSnapshot, ValidationRule } from './cell';
export { createChartsGlobal, EmulatedEmbeddedChart } from './charts';
export * as SpreadsheetEnums from './enums';
export { EmulatedDeveloperMetadata } from './metadata';
export { EmulatedProtection } from './protection';
export { EmulatedRange } from './range';
export { instantToSerial, serialOfDate, serialToInstant, serialToIso } from './serial';
export { EmulatedSheet } from './sheet';
export { EmulatedSpreadsheet, type FormulaWrite, type SpreadsheetOptions, type Toast } from './spreadsheet';
export { displayValue, isDateFormat, parseUserEntered } from './values';

/**
 * The emulated spreadsheet seen through Google's types, for Node-side tests that call the
 * add-in's adapters (typed against @types/google-apps-script) directly. A cast only: the
 * emulator implements what the add-in uses, and anything else is undefined at run time.
 */
export function asGoogleSpreadsheet(ss: EmulatedSpreadsheet): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
}
