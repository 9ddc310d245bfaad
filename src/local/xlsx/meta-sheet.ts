/**
 * What .xlsx cannot hold natively travels in one very hidden sheet, so the add-in
 * recognises its own sheets after `--out` then `--in`: developer metadata, sheet ids (gid,
 * used in the add-in's row links), original sheet names (Excel allows 31 characters),
 * the spreadsheet's name, time zone and locale, charts and protections.
 *
 * Choice: a sheet rather than the workbook's custom properties, because exceljs does not
 * read or write custom properties. Each row is [kind, JSON]. Excel shows the sheet only
 * through VBA; the reader removes it, so the emulated spreadsheet never shows it.
 */
export const META_SHEET = '__roadmap_emulator_meta';
export const META_FORMAT = 'roadmap-tracker-xlsx/1';

export interface MetaSpreadsheet {
  name: string;
  timeZone: string;
  locale: string;
  id: string;
}
export interface MetaSheet {
  /** 0-based position among the workbook's visible-to-emulator sheets. */
  index: number;
  name: string;
  gid: number;
}
export interface MetaDeveloper {
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  type: 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';
  sheetIndex: number | null;
  position: number | null;
}
export interface MetaChart {
  sheetIndex: number;
  type: string;
  ranges: string[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}
export interface MetaProtection {
  sheetIndex: number;
  type: 'RANGE' | 'SHEET';
  a1: string | null;
  description: string;
  warningOnly: boolean;
}

export interface MetaContent {
  spreadsheet: MetaSpreadsheet | null;
  sheets: MetaSheet[];
  metadata: MetaDeveloper[];
  charts: MetaChart[];
  protections: MetaProtection[];
}

export function metaRows(content: MetaContent): [string, string][] {
  const rows: [string, string][] = [['format', JSON.stringify(META_FORMAT)]];
  if (content.spreadsheet) rows.push(['spreadsheet', JSON.stringify(content.spreadsheet)]);
  for (const s of content.sheets) rows.push(['sheet', JSON.stringify(s)]);
  for (const m of content.metadata) rows.push(['metadata', JSON.stringify(m)]);
  for (const c of content.charts) rows.push(['chart', JSON.stringify(c)]);
  for (const p of content.protections) rows.push(['protection', JSON.stringify(p)]);
  return rows;
}

export function parseMetaRows(rows: [unknown, unknown][]): MetaContent {
  const content: MetaContent = { spreadsheet: null, sheets: [], metadata: [], charts: [], protections: [] };
  for (const [kind, json] of rows) {
    if (typeof json !== 'string') continue;
    const value = JSON.parse(json);
    if (kind === 'spreadsheet') content.spreadsheet = value;
    else if (kind === 'sheet') content.sheets.push(value);
    else if (kind === 'metadata') content.metadata.push(value);
    else if (kind === 'chart') content.charts.push(value);
    else if (kind === 'protection') content.protections.push(value);
  }
  return content;
}
