/**
 * The only file that exports to Apps Script: each export becomes a top-level function
 * of dist/Code.js (gas-webpack-plugin). Keep it a list of thin delegations.
 */
import { buildMenu } from './menu';
import { showSidebar } from './sidebar';

/** Simple trigger. With AuthMode.NONE (add-on not yet used in this file) only the menu is built. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** Runs when the add-on is installed: the file is already open, so build the menu now. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function openSidebar(): void {
  showSidebar();
}
