/// <reference types="google-apps-script" />
/**
 * Type helpers that tie the fakes to `@types/google-apps-script`: a fake class declares
 * `implements Shape<GoogleAppsScript.Spreadsheet.Range, 'getValues' | …>`, so a parameter
 * list that differs from Google's is a compile error. Return types that are Apps Script
 * objects are loosened to `unknown` (the fake returns its own emulated object); plain data
 * returns (strings, numbers, arrays of them) are checked as they are.
 *
 * Overloaded methods are checked against their last overload only (a TypeScript limit).
 */
export type Gas = typeof GoogleAppsScript;
export type GRange = GoogleAppsScript.Spreadsheet.Range;
export type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

type Plain = string | number | boolean | null | undefined;
type Loose<R> = R extends Plain ? R : R extends Plain[] ? R : R extends Plain[][] ? R : unknown;

/** The methods K of the Apps Script interface T, with Google's parameters and loose returns. */
export type Shape<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => Loose<R> : never;
};
