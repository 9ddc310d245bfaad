/**
 * Compile-time half of the emulator's marker (checked by `npm run typecheck`, no jest): every
 * public method of the emulated Spreadsheet, Sheet and Range is Google's (in
 * @types/google-apps-script, or listed below) or starts with `_`.
 */
import type { EmulatedRange, EmulatedSheet, EmulatedSpreadsheet } from '../../../../src/local/emulator/spreadsheet';

/** Google's methods that @types/google-apps-script does not list yet. */
type GoogleBeyondTypes = 'getTabColorObject';

/** Function-valued members (a constructor kept in a field, such as `dateConstructor`, is state). */
type Methods<T> = {
  [K in keyof T]: T[K] extends abstract new (
    ...args: never[]
  ) => unknown
    ? never
    : T[K] extends (...args: never[]) => unknown
      ? K
      : never;
}[keyof T];
/** The methods of T that are neither Google's (G) nor marked `_`: must be `never`. */
export type Unmarked<T, G> = Exclude<Methods<T>, keyof G | GoogleBeyondTypes | `_${string}`>;
type None<T extends never> = T;

export type SpreadsheetUnmarked = None<Unmarked<EmulatedSpreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet>>;
export type SheetUnmarked = None<Unmarked<EmulatedSheet, GoogleAppsScript.Spreadsheet.Sheet>>;
export type RangeUnmarked = None<Unmarked<EmulatedRange, GoogleAppsScript.Spreadsheet.Range>>;

/** The check itself can fail: a class with an unmarked method of its own is refused. */
class WithHelper {
  getName(): string {
    return '';
  }
  cellAt(): number {
    return 0;
  }
}
// @ts-expect-error `cellAt` is neither Google's nor marked `_`.
export type HelperUnmarked = None<Unmarked<WithHelper, GoogleAppsScript.Spreadsheet.Sheet>>;
void WithHelper;
