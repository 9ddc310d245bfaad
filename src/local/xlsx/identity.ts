/**
 * How the bridge finds, in a workbook a person may have edited in Excel or LibreOffice, each
 * sheet it wrote before — never by position. Evidence, strongest first:
 *  1. an anchor: a workbook-level defined name `_RoadmapTracker_sheet_<gid>` referring to
 *     'Sheet'!$A$1. Excel and LibreOffice rewrite the reference when a tab is renamed, keep it
 *     when tabs are moved, and turn it into #REF! (which exceljs drops) when the tab is deleted;
 *  2. the name and the signature (the text of its first rows) together;
 *  3. the workbook's own sheetId (Excel keeps it through moves and renames; LibreOffice
 *     renumbers tabs by position on save, so an id alone proves nothing) with the signature —
 *     or, for a sheet without the add-in's marks, with the name.
 * A sheet that carried the add-in's metadata and cannot be found while another sheet has its
 * name is a doubt: reading refuses, in Russian, naming the sheet, rather than attach the add-in's
 * marks to a sheet that may be the person's (the add-in would then write over it).
 * Example: matchSheets(meta.sheets, [{ name: 'Журнал', id: 8, signature: '…' }], anchors)
 */
import { createHash } from 'node:crypto';
import type ExcelJS from 'exceljs';
import type { Cell } from '../emulator/spreadsheet/cell';
import type { MetaSheet } from './meta-sheet';

const ANCHOR = /^_RoadmapTracker_sheet_(\d+)$/;

export function anchorName(gid: number): string {
  return `_RoadmapTracker_sheet_${gid}`;
}

/** 'It''s'!$A$1 → It's; null for a reference that is not to one sheet. */
function sheetOfReference(ref: string): string | null {
  const quoted = /^'((?:[^']|'')+)'!/.exec(ref);
  if (quoted) return (quoted[1] as string).replace(/''/g, "'");
  const plain = /^([^'!]+)!/.exec(ref);
  return plain ? (plain[1] as string) : null;
}

/** gid → the name of the sheet the anchor now refers to. */
export function readAnchors(workbook: ExcelJS.Workbook): Map<number, string> {
  const anchors = new Map<number, string>();
  const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const { name, ranges } of model) {
    const m = ANCHOR.exec(name);
    const sheet = m && ranges.length === 1 ? sheetOfReference(ranges[0] as string) : null;
    if (m && sheet !== null) anchors.set(Number(m[1]), sheet);
  }
  return anchors;
}

/** Rows whose text makes a sheet's signature: its header or title, the first row with text. */
const SIGNATURE_ROWS = 1;

/**
 * The text of the first non-empty rows (plain text cells only: numbers, dates and formulas may
 * be recomputed by the program that saved the file), hashed.
 */
export function signature(rows: readonly ((Cell | undefined)[] | undefined)[]): string {
  const texts: string[] = [];
  for (const row of rows) {
    if (texts.length >= SIGNATURE_ROWS) break;
    const cells = (row ?? []).map((c) => (c && !c.formula && typeof c.value === 'string' ? c.value.trim() : ''));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > 0) texts.push(cells.join('\t'));
  }
  return createHash('sha256').update(texts.join('\n')).digest('hex').slice(0, 16);
}

export interface FoundSheet {
  name: string;
  /** The workbook's sheetId. */
  id: number;
  signature: string;
}

export interface SheetMatch {
  /** Index in `found` → the record it is. */
  records: Map<number, MetaSheet>;
  /** Records that carried add-in marks, not found, while a sheet has their name. */
  doubtful: { record: MetaSheet; name: string }[];
}

export function matchSheets(
  records: readonly MetaSheet[],
  found: readonly FoundSheet[],
  anchors: ReadonlyMap<number, string>,
  marked: ReadonlySet<number>,
): SheetMatch {
  const byIndex = new Map<number, MetaSheet>();
  const matched = new Set<MetaSheet>();
  const claim = (record: MetaSheet, test: (f: FoundSheet) => boolean) => {
    if (matched.has(record)) return;
    const i = found.findIndex((f, j) => !byIndex.has(j) && test(f));
    if (i < 0) return;
    byIndex.set(i, record);
    matched.add(record);
  };
  const legacy = (r: MetaSheet) => r.xlsxId === null && r.signature === null;
  for (const r of records) claim(r, (f) => anchors.get(r.gid) === f.name);
  // Only for a sheet without marks: LibreOffice numbers tabs by position, and a new tab named as a
  // deleted one may take its number; a wrong guess then moves a gid, never the add-in's marks.
  for (const r of records) if (!marked.has(r.gid)) claim(r, (f) => f.id === r.xlsxId && f.name === r.excelName);
  for (const r of records) claim(r, (f) => f.name === r.excelName && (f.signature === r.signature || legacy(r)));
  for (const r of records) claim(r, (f) => f.id === r.xlsxId && f.signature === r.signature);
  const doubtful: SheetMatch['doubtful'] = [];
  for (const r of records) {
    if (matched.has(r) || !marked.has(r.gid)) continue;
    const i = found.findIndex((f, j) => !byIndex.has(j) && f.name === r.excelName);
    if (i >= 0) doubtful.push({ record: r, name: (found[i] as FoundSheet).name });
  }
  return { records: byIndex, doubtful };
}
