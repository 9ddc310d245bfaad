/**
 * The only file that exports to Apps Script: each export becomes a top-level function
 * of dist/Code.js (gas-webpack-plugin). Keep it a list of thin delegations.
 */
import { answerRequest } from './answers-web';
import { api } from './api';
import type { ServerApi, ServerFunction, ServesContract } from './api-types';
import { handleEdit } from './edit';
import type * as globals from './index';
import { buildMenu } from './menu';
import * as menu from './menu-actions';
import { runNightlyCheck } from './nightly';
import { checkReport } from './report';
import { showSidebar } from './sidebar';

// --- triggers -------------------------------------------------------------------------

/** Simple trigger. With AuthMode.NONE (add-on not yet used in this file) only the menu is built. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi(), e?.authMode);
}

/** Runs when the add-on is installed: the file is already open, so build the menu now. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Simple trigger: re-checks the edited rows (no authorization needed, ≤ 5 Spreadsheet calls). */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  handleEdit(e);
}

/**
 * The nightly time-driven trigger's handler. Like every global it can be called with
 * google.script.run too: it does nothing unless `e.triggerUid` is the recorded trigger's id.
 */
export function nightlyCheck(e?: GoogleAppsScript.Events.TimeDriven): void {
  runNightlyCheck(e);
}

// --- menu -----------------------------------------------------------------------------

export function openSidebar(): void {
  showSidebar();
}
export function menuPrepare(): void {
  menu.menuPrepare();
}
export function menuCheck(): void {
  menu.menuCheck();
}
export function menuRefreshSummaries(): void {
  menu.menuRefreshSummaries();
}
export function menuPreview(): void {
  menu.menuPreview();
}
export function menuSendReminders(): void {
  menu.menuSendReminders();
}
export function menuToggleNightly(): void {
  menu.menuToggleNightly();
}
export function menuCreateCalendar(): void {
  menu.menuCreateCalendar();
}
export function menuHelp(): void {
  menu.menuHelp();
}
export function menuDiagnostics(): void {
  menu.menuDiagnostics();
}

// --- sidebar (google.script.run): the contract of api-types.ts, checked at the end -----------

/** A sidebar function's parameters, as the contract gives them. */
type Args<K extends ServerFunction> = Parameters<ServerApi[K]>;

export function getSidebarState() {
  return api.getSidebarState();
}
export function prepareTable() {
  return api.prepareTable();
}
export function checkDeadlines() {
  return api.checkDeadlines();
}
export function refreshSummaries() {
  return api.refreshSummaries();
}
export function buildCouncilReport(...args: Args<'buildCouncilReport'>) {
  return api.buildCouncilReport(...args);
}
export function previewReminders(...args: Args<'previewReminders'>) {
  return api.previewReminders(...args);
}
export function sendReminders(...args: Args<'sendReminders'>) {
  return api.sendReminders(...args);
}
export function setNightly(...args: Args<'setNightly'>) {
  return api.setNightly(...args);
}
export function saveSettings(...args: Args<'saveSettings'>) {
  return api.saveSettings(...args);
}
export function createCalendarSheet() {
  return api.createCalendarSheet();
}
export function selectCell(...args: Args<'selectCell'>) {
  return api.selectCell(...args);
}
export function describeTable(...args: Args<'describeTable'>) {
  return api.describeTable(...args);
}
export function saveTableChoice(...args: Args<'saveTableChoice'>) {
  return api.saveTableChoice(...args);
}
export function runDiagnostics() {
  return api.runDiagnostics();
}
export function getAnswers() {
  return api.getAnswers();
}
export function decideAnswer(...args: Args<'decideAnswer'>) {
  return api.decideAnswer(...args);
}
export function revokeAnswerLinks() {
  return api.revokeAnswerLinks();
}

// --- the executors' page (web app; see README «Ответы исполнителей») ---------------------

/** The executor opens a link from a reminder. Anyone may call it: the signed token decides. */
export function doGet(e?: GoogleAppsScript.Events.DoGet) {
  return answerRequest(e, false);
}
/** The executor's page posts an answer. The signed token decides what it may touch. */
export function doPost(e?: GoogleAppsScript.Events.DoPost) {
  return answerRequest(e, true);
}

// --- the offline host and the CLI ------------------------------------------------------

/**
 * The check as data (`roadmap check --json`). The trailing underscore keeps it out of
 * google.script.run's reach (Google's "private functions"); the offline host calls it directly.
 */
export function getCheckReport_() {
  return checkReport();
}

// --- compile-time only ------------------------------------------------------------------

/** The sidebar's globals above are the contract, function by function: `npm run typecheck` fails otherwise. */
export type SidebarGlobals = Assert<ServesContract<typeof globals>>;
type Assert<T extends true> = T;
