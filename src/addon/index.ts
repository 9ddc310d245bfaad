/**
 * The only file that exports to Apps Script: each export becomes a top-level function
 * of dist/Code.js (gas-webpack-plugin). Keep it a list of thin delegations.
 */
import type { Settings } from '../core/settings';
import { answerRequest } from './answers-web';
import { api } from './api';
import type { ReportPeriod, TableChoiceInput } from './api-types';
import { handleEdit } from './edit';
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

// --- sidebar (google.script.run) --------------------------------------------------------

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
export function buildCouncilReport(period: ReportPeriod) {
  return api.buildCouncilReport(period);
}
export function previewReminders(options: { includeAllOverdue: boolean }) {
  return api.previewReminders(options);
}
export function sendReminders(options: { includeAllOverdue: boolean; limit: number }) {
  return api.sendReminders(options);
}
export function setNightly(enabled: boolean, takeOver?: boolean) {
  return api.setNightly(enabled, takeOver);
}
export function saveSettings(settings: Settings) {
  return api.saveSettings(settings);
}
export function createCalendarSheet() {
  return api.createCalendarSheet();
}
export function selectCell(row: number, column: number): void {
  api.selectCell(row, column);
}
export function describeTable(sheetId: number | null) {
  return api.describeTable(sheetId);
}
export function saveTableChoice(choice: TableChoiceInput | null) {
  return api.saveTableChoice(choice);
}
export function runDiagnostics() {
  return api.runDiagnostics();
}
export function getAnswers() {
  return api.getAnswers();
}
export function decideAnswer(id: string, accept: boolean, note: string) {
  return api.decideAnswer(id, accept, note);
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
