import type { ChartSpec, FormatGrids, SheetModel } from '../../core/summary';

/**
 * What the writer remembers of each summary sheet it wrote, in ONE document property, so a
 * refresh can skip the Spreadsheet calls that only re-discover it: the sheet's id (one
 * getSheetById instead of a metadata search), a size the sheet has at least (no size
 * queries), the signature of the charts it inserted (kept when unchanged), whether it merged
 * cells and whether it marked the sheet «устарело». A few numbers per sheet, never the data.
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
  merged: boolean;
  stale: boolean;
}

export const MEMORY_KEY = 'roadmap.summarySheets';
/** Under the 9 KB a property (key and value) may hold. */
const MAX_BYTES = 8000;

type Stored = [number, number, number, string, number, string];
const MERGED = 1;
const STALE = 2;

/** The remembered sheets by model key ('summary', 'section:task-1', 'council'), and the stored text. */
export function loadMemory(): { memory: Map<string, SheetMemory>; stored: string | null } {
  const memory = new Map<string, SheetMemory>();
  let stored: string | null = null;
  try {
    stored = PropertiesService.getDocumentProperties().getProperty(MEMORY_KEY);
    const parsed = JSON.parse(stored ?? '{}') as Record<string, Stored>;
    for (const [key, entry] of Object.entries(parsed)) {
      if (!Array.isArray(entry) || entry.length !== 6) continue;
      const [id, rows, cols, charts, flags, layout] = entry;
      if (![id, rows, cols, flags].every(Number.isInteger) || typeof charts !== 'string' || typeof layout !== 'string')
        continue;
      const merged = (flags & MERGED) !== 0;
      memory.set(key, { id, rows, cols, charts, layout, merged, stale: (flags & STALE) !== 0 });
    }
  } catch {
    // An unreadable memory is no memory: every sheet is written the careful way.
  }
  return { memory, stored };
}

/**
 * Saves the memory with one call, none when `stored` already says the same. Entries past the
 * size limit are dropped (those sheets go the careful way); a full property store is not an
 * error of the summaries: the memory only saves calls.
 */
export function saveMemory(memory: ReadonlyMap<string, SheetMemory>, stored: string | null): void {
  const out: Record<string, Stored> = {};
  let bytes = 2;
  for (const [key, m] of memory) {
    const flags = (m.merged ? MERGED : 0) | (m.stale ? STALE : 0);
    const entry: Stored = [m.id, m.rows, m.cols, m.charts, flags, m.layout];
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

/**
 * A digest of everything but the values: block size, number formats (they follow the values'
 * kinds), backgrounds, font colors and weights, wraps and merges. Equal layouts mean a sheet
 * still has the right formats and merges and only its values need writing.
 */
export function layoutSignature(model: SheetModel, grids: FormatGrids): string {
  const rows = model.values.length;
  const cols = model.values[0]?.length ?? 0;
  const parts = function* (): Generator<string> {
    yield `${rows}x${cols}`;
    for (const grid of [grids.numberFormats, grids.backgrounds, grids.fontColors, grids.fontWeights, grids.wraps])
      for (const line of grid) yield line.join('|');
    yield JSON.stringify(model.merges);
  };
  return `${rows}x${cols}:${digest(parts())}`;
}

/** FNV-1a over the strings, as base 36. */
function digest(parts: Iterable<string>): string {
  let hash = 0x811c9dc5;
  for (const text of parts) {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash ^= 0x1f;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
