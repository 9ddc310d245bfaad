import type { ChartSpec, FormatGrids, SheetModel } from '../../core/summary';
import type { Prepared, Size } from './draw';

/**
 * What the writer remembers of each summary sheet it wrote, in ONE document property, so a
 * refresh can skip the Spreadsheet calls that only re-discover it: the sheet's id (one
 * getSheetById instead of a metadata search), a size the sheet has at least (no size
 * queries), the signature of the charts it inserted (kept when unchanged), whether it merged
 * cells, whether it marked the sheet «устарело», and digests of what it wrote (content, and
 * each kind of format), so the nightly check can leave an unchanged sheet alone and rewrite
 * only the formats that changed. A few numbers per sheet, never the data.
 * Anything the memory gets wrong makes a Spreadsheet call throw, and the writer then redoes the
 * sheet the careful way; a missing entry means the careful way from the start.
 */
export interface SheetMemory {
  id: number;
  /** Rows and columns the sheet has at least. */
  rows: number;
  cols: number;
  /** signature() of the charts on the sheet. */
  charts: string;
  /** layoutSignature() of the block last written: same layout, same formats and merges ('' = unknown). */
  layout: string;
  /** contentSignature() of the values and links last written ('' = unknown). */
  content: string;
  merged: boolean;
  stale: boolean;
}

/** What loadMemory read: the sheets, the stored text, and how many sheets the file had after the last write. */
export interface LoadedMemory {
  memory: Map<string, SheetMemory>;
  stored: string | null;
  sheetCount: number | null;
}

export const MEMORY_KEY = 'roadmap.summarySheets';
/** Under the 9 KB a property (key and value) may hold. */
const MAX_BYTES = 8000;

type Stored = [number, number, number, string, number, string, string];
/** The entry holding the file's sheet count (not a model key: those have no '#'). */
const COUNT_KEY = '#sheets';
const MERGED = 1;
const STALE = 2;

/** The remembered sheets by model key ('summary', 'section:task-1', 'council'), and the stored text. */
export function loadMemory(): LoadedMemory {
  const memory = new Map<string, SheetMemory>();
  let stored: string | null = null;
  let sheetCount: number | null = null;
  try {
    stored = PropertiesService.getDocumentProperties().getProperty(MEMORY_KEY);
    const parsed = JSON.parse(stored ?? '{}') as Record<string, Stored | number>;
    for (const [key, entry] of Object.entries(parsed)) {
      if (key === COUNT_KEY) {
        if (Number.isInteger(entry)) sheetCount = entry as number;
        continue;
      }
      // Entries of an older shape are skipped: those sheets go the careful way once.
      if (!Array.isArray(entry) || entry.length !== 7) continue;
      const [id, rows, cols, charts, flags, layout, content] = entry;
      const texts = [charts, layout, content].every((t) => typeof t === 'string');
      if (![id, rows, cols, flags].every(Number.isInteger) || !texts) continue;
      const merged = (flags & MERGED) !== 0;
      memory.set(key, { id, rows, cols, charts, layout, content, merged, stale: (flags & STALE) !== 0 });
    }
  } catch {
    // An unreadable memory is no memory: every sheet is written the careful way.
  }
  return { memory, stored, sheetCount };
}

/**
 * Saves the memory with one call, none when `stored` already says the same. Entries past the
 * size limit are dropped (those sheets go the careful way); a full property store is not an
 * error of the summaries: the memory only saves calls.
 */
export function saveMemory(
  memory: ReadonlyMap<string, SheetMemory>,
  stored: string | null,
  sheetCount: number | null = null,
): void {
  const out: Record<string, Stored | number> = {};
  if (sheetCount !== null) out[COUNT_KEY] = sheetCount;
  let bytes = 20;
  for (const [key, m] of memory) {
    const flags = (m.merged ? MERGED : 0) | (m.stale ? STALE : 0);
    const entry: Stored = [m.id, m.rows, m.cols, m.charts, flags, m.layout, m.content];
    bytes += utf8Bytes(JSON.stringify(key)) + utf8Bytes(JSON.stringify(entry)) + 2;
    if (bytes > MAX_BYTES) break;
    out[key] = entry;
  }
  const text = JSON.stringify(out);
  if (text === stored) return;
  try {
    PropertiesService.getDocumentProperties().setProperty(MEMORY_KEY, text);
  } catch {
    // Next time the sheets are found the careful way.
  }
}

/** What to remember of a sheet just written with `p`, at least `size` big. */
export function remember(id: number, size: Size, p: Prepared): SheetMemory {
  return {
    id,
    ...size,
    charts: p.charts,
    layout: p.layout,
    content: p.content,
    merged: p.model.merges.length > 0,
    stale: false,
  };
}

/** An own sheet known by id only: the next write goes the careful way. */
export function unknownSheet(id: number): SheetMemory {
  return { id, rows: 0, cols: 0, charts: '', layout: '', content: '', merged: false, stale: false };
}

/** The sheet holds what `p` would write: content, formats and charts, and it is not marked stale. */
export function isUnchanged(m: SheetMemory, p: Prepared): boolean {
  return !m.stale && m.content === p.content && m.layout === p.layout && m.charts === p.charts;
}

/**
 * Another part of the add-in inserted an own sheet (the directory, the log): the sheet count
 * the summaries remember grows by one, so the next nightly check still trusts the memory. A
 * sheet a person added or deleted meanwhile keeps the counts apart, as it should.
 */
export function noteOwnSheetAdded(): void {
  const { memory, stored, sheetCount } = loadMemory();
  // No count yet: the summaries were never written, so there is nothing to keep trusting.
  if (sheetCount !== null) saveMemory(memory, stored, sheetCount + 1);
}

function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return n;
}

/** A short stable digest of chart specs: equal specs give equal signatures. */
export function chartSignature(charts: readonly ChartSpec[]): string {
  return `${charts.length}:${digest([JSON.stringify(charts)])}`;
}

/** The format grids in the order of layoutSignature's parts. */
export const GRID_KINDS = ['numberFormats', 'backgrounds', 'fontColors', 'fontWeights', 'wraps'] as const;
export type GridKind = (typeof GRID_KINDS)[number];

/**
 * A digest of everything but the values, part by part: 'RxC:nf.bg.fc.fw.wr.merges' (block
 * size, then one digest per format grid in GRID_KINDS order, then the merges). Equal layouts
 * mean a sheet still has the right formats and merges and only its values need writing;
 * changedGrids() says which grids differ when only some do.
 */
export function layoutSignature(model: SheetModel, grids: FormatGrids): string {
  const rows = model.values.length;
  const cols = model.values[0]?.length ?? 0;
  // 32 bits a part: a clash only costs a format not rewritten until the next change of that grid.
  const parts = GRID_KINDS.map((kind) => shortDigest((grids[kind] as unknown[][]).map((line) => line.join('|'))));
  parts.push(shortDigest([JSON.stringify(model.merges)]));
  return `${rows}x${cols}:${parts.join('.')}`;
}

/**
 * The format grids that differ between two layout signatures of the same size and merges, or
 * null when the size or the merges differ (or a signature is unknown): then everything is rewritten.
 * changedGrids('3x2:a.b.c.d.e.m', '3x2:a.X.c.d.e.m') → ['backgrounds']
 */
export function changedGrids(before: string, after: string): GridKind[] | null {
  const split = (s: string): { size: string; parts: string[] } | null => {
    const [size, rest] = s.split(':');
    const parts = rest?.split('.') ?? [];
    return size && parts.length === GRID_KINDS.length + 1 ? { size, parts } : null;
  };
  const a = split(before);
  const b = split(after);
  if (!a || !b || a.size !== b.size || a.parts[GRID_KINDS.length] !== b.parts[GRID_KINDS.length]) return null;
  return GRID_KINDS.filter((_, i) => a.parts[i] !== b.parts[i]);
}

/** A digest of the values and links written: equal content, nothing to write. */
export function contentSignature(values: readonly (readonly unknown[])[], links: readonly unknown[]): string {
  const parts = function* (): Generator<string> {
    for (const line of values) yield JSON.stringify(line);
    yield JSON.stringify(links);
  };
  return digest(parts());
}

/** The first of digest's two hashes alone, as base 36 (≤ 7 characters). */
function shortDigest(parts: Iterable<string>): string {
  return hashes(parts)[0].toString(36);
}

/**
 * Two 32-bit hashes as base 36: ~64 bits, so that a changed sheet is practically never taken
 * for an unchanged one.
 */
function digest(parts: Iterable<string>): string {
  const [a, b] = hashes(parts);
  return a.toString(36) + b.toString(36);
}

/** FNV-1a and an FNV-style hash with another base and prime, in one pass over the strings. */
function hashes(parts: Iterable<string>): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const text of parts) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193) >>> 0;
      b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
    }
    a = Math.imul(a ^ 0x1f, 0x01000193) >>> 0;
    b = Math.imul(b ^ 0x1f, 0x5bd1e995) >>> 0;
  }
  return [a, b];
}
