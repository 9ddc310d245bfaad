import { ANSWERS_HEADER, ANSWERS_SHEET_NAME, type AnswerRequest, readRequests, requestToRow } from '../core/answers';
import { toCells } from './env';
import { createOwnSheet } from './own-sheets';
import type { LoadedRoadmap } from './roadmap-sheet';

/**
 * «Ответы исполнителей»: the add-in's own sheet (developer metadata, like the log), one row per
 * request, every cell plain text ('@'): a comment «=IMPORTXML(…)» stays text.
 */
export interface StoredRequest {
  row: number;
  request: AnswerRequest;
}

function answersSheet(loaded: LoadedRoadmap): GoogleAppsScript.Spreadsheet.Sheet | null {
  return loaded.ownSheets.get('answers') ?? null;
}

function ensureAnswersSheet(loaded: LoadedRoadmap): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = answersSheet(loaded);
  if (existing) return existing;
  const sheet = createOwnSheet(loaded.spreadsheet, 'answers', ANSWERS_SHEET_NAME, [...ANSWERS_HEADER]);
  sheet.getRange(1, 1, sheet.getMaxRows(), ANSWERS_HEADER.length).setNumberFormat('@');
  sheet.setColumnWidth(4, 260);
  sheet.setColumnWidth(7, 260);
  loaded.ownSheets.set('answers', sheet);
  return sheet;
}

/** Every request, read with one getValues (none when the sheet does not exist yet). */
export function readStoredRequests(loaded: LoadedRoadmap): StoredRequest[] {
  const sheet = answersSheet(loaded);
  if (!sheet) return [];
  return readRequests(toCells(sheet.getDataRange().getValues(), loaded.timeZone));
}

/** Appends one request as plain text. */
export function appendRequest(loaded: LoadedRoadmap, request: AnswerRequest): void {
  const sheet = ensureAnswersSheet(loaded);
  const row = sheet.getLastRow() + 1;
  if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 100);
  sheet
    .getRange(row, 1, 1, ANSWERS_HEADER.length)
    .setNumberFormat('@')
    .setValues([requestToRow(request)]);
}

/** Rewrites one request's row (its decision), as plain text. */
export function updateRequest(loaded: LoadedRoadmap, stored: StoredRequest): void {
  const sheet = ensureAnswersSheet(loaded);
  sheet
    .getRange(stored.row, 1, 1, ANSWERS_HEADER.length)
    .setNumberFormat('@')
    .setValues([requestToRow(stored.request)]);
}
