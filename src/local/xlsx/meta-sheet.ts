/**
 * What .xlsx cannot hold natively travels in one very hidden sheet, so the add-in
 * recognises its own sheets after `--out` then `--in`: developer metadata, sheet ids (gid,
 * used in the add-in's row links), original sheet names (Excel allows 31 characters),
 * the spreadsheet's name, time zone and locale, charts and protections.
 *
 * Choice: a sheet rather than the workbook's custom properties, because exceljs does not
 * read or write custom properties. Each row is [kind, JSON]. Excel shows the sheet only
 * through VBA; the reader removes it, so the emulated spreadsheet never shows it.
 *
 * Everything refers to a sheet by its gid, never by its position: a person may reorder,
 * rename or delete tabs between two runs (identity.ts finds each sheet again).
 * Format 1 (before) referred to sheets by position; it is still read, by sheet names.
 */
export const META_SHEET = '__roadmap_emulator_meta';
export const META_FORMAT = 'roadmap-tracker-xlsx/2';
const META_FORMAT_1 = 'roadmap-tracker-xlsx/1';

export interface MetaSpreadsheet {
  name: string;
  timeZone: string;
  locale: string;
  id: string;
}
export interface MetaSheet {
  gid: number;
  /** The full name in the emulator (Sheets allows 100 characters and : in names). */
  name: string;
  /** The name written to the file (31 characters, no : \ / ? * [ ]). */
  excelName: string;
  /** The workbook's own sheetId as written (Excel keeps it through reorder and rename); null: unknown. */
  xlsxId: number | null;
  /** signature() of the sheet as written; null: unknown (format 1). */
  signature: string | null;
}
export interface MetaDeveloper {
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  type: 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';
  sheetGid: number | null;
  position: number | null;
}
export interface MetaChart {
  sheetGid: number;
  type: string;
  /** Each range by the gid of its sheet (format 1: 'Sheet'!A1:B2, by name). */
  ranges: ({ sheetGid: number; a1: string } | string)[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}
export interface MetaProtection {
  sheetGid: number;
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
  /** Document properties as [key, value]: they belong to the document (recent sends, pending log records, the table choice). */
  documentProperties: [string, string][];
}

export function metaRows(content: MetaContent): [string, string][] {
  const rows: [string, string][] = [['format', JSON.stringify(META_FORMAT)]];
  if (content.spreadsheet) rows.push(['spreadsheet', JSON.stringify(content.spreadsheet)]);
  for (const s of content.sheets) rows.push(['sheet', JSON.stringify(s)]);
  for (const m of content.metadata) rows.push(['metadata', JSON.stringify(m)]);
  for (const c of content.charts) rows.push(['chart', JSON.stringify(c)]);
  for (const p of content.protections) rows.push(['protection', JSON.stringify(p)]);
  for (const entry of content.documentProperties) rows.push(['documentProperty', JSON.stringify(entry)]);
  return rows;
}

type Format1Sheet = { index: number; name: string; gid: number };
type WithIndex = { sheetIndex?: number | null };

export function parseMetaRows(rows: [unknown, unknown][]): MetaContent {
  const content: MetaContent = {
    spreadsheet: null,
    sheets: [],
    metadata: [],
    charts: [],
    protections: [],
    documentProperties: [],
  };
  let format = META_FORMAT;
  for (const [kind, json] of rows) {
    if (typeof json !== 'string') continue;
    const value = JSON.parse(json);
    if (kind === 'format') format = String(value);
    else if (kind === 'spreadsheet') content.spreadsheet = value;
    else if (kind === 'sheet') content.sheets.push(value);
    else if (kind === 'metadata') content.metadata.push(value);
    else if (kind === 'chart') content.charts.push(value);
    else if (kind === 'protection') content.protections.push(value);
    else if (kind === 'documentProperty' && isPropertyEntry(value)) content.documentProperties.push(value);
  }
  return format === META_FORMAT_1 ? fromFormat1(content) : content;
}

function isPropertyEntry(value: unknown): value is [string, string] {
  return Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string');
}

/** Format 1 referred to sheets by position: positions become gids, and sheets are then found by name. */
function fromFormat1(content: MetaContent): MetaContent {
  const old = content.sheets as unknown as Format1Sheet[];
  const gidAt = (index: number | null | undefined): number | null =>
    index === null || index === undefined ? null : (old.find((s) => s.index === index)?.gid ?? null);
  const withGid = <T extends WithIndex>(items: T[]) =>
    items.map(({ sheetIndex, ...rest }) => ({ ...rest, sheetGid: gidAt(sheetIndex) }));
  return {
    spreadsheet: content.spreadsheet,
    sheets: old.map((s) => ({ gid: s.gid, name: s.name, excelName: s.name, xlsxId: null, signature: null })),
    metadata: withGid(content.metadata as (MetaDeveloper & WithIndex)[]),
    charts: withGid(content.charts as (MetaChart & WithIndex)[]).filter((c): c is MetaChart => c.sheetGid !== null),
    protections: withGid(content.protections as (MetaProtection & WithIndex)[]).filter(
      (p): p is MetaProtection => p.sheetGid !== null,
    ),
    documentProperties: content.documentProperties,
  };
}
