/**
 * Where cells go when rows or columns are inserted (delta > 0) or deleted (delta < 0) at the
 * 1-based position `at`: the geometry sheets, ranges and metadata share (not Google's API).
 */
import type { Box } from './cell';
import type { Axis } from './refs';

/**
 * An index after the insertion or deletion, or null when it was deleted.
 * shiftIndex(5, 3, 2) → 7; shiftIndex(4, 3, -2) → null; shiftIndex(6, 3, -2) → 4.
 */
export function shiftIndex(index: number, at: number, delta: number): number | null {
  if (index < at) return index;
  if (delta < 0 && index < at - delta) return null;
  return index + delta;
}

/** Moves a set of 1-based indices (hidden columns); deleted indices are dropped. */
export function shiftSet(indices: ReadonlySet<number>, at: number, delta: number): Set<number> {
  const out = new Set<number>();
  for (const index of indices) {
    const moved = shiftIndex(index, at, delta);
    if (moved !== null) out.add(moved);
  }
  return out;
}

/** Re-keys a 1-based index map; the entries of deleted indices are dropped. */
export function shiftKeys<T>(map: Map<number, T>, at: number, delta: number): Map<number, T> {
  const out = new Map<number, T>();
  for (const [k, v] of map) {
    const moved = shiftIndex(k, at, delta);
    if (moved !== null) out.set(moved, v);
  }
  return out;
}

/**
 * Moves or resizes a box; null when all its rows (columns) were deleted. An insertion strictly
 * inside the box grows it: shiftBox({row: 2, numRows: 3, …}, 'row', 3, 1) → rows 2–5.
 */
export function shiftBox(b: Box, axis: Axis, at: number, delta: number): Box | null {
  const start = axis === 'row' ? b.row : b.column;
  const size = axis === 'row' ? b.numRows : b.numColumns;
  let s = start;
  let n = size;
  if (delta > 0) {
    if (at <= start) s += delta;
    else if (at < start + size) n += delta;
  } else {
    const d0 = at;
    const d1 = at - delta; // exclusive
    const keepBefore = Math.max(0, Math.min(start + size, d0) - start);
    const keepAfter = Math.max(0, start + size - Math.max(start, d1));
    n = keepBefore + keepAfter;
    if (n === 0) return null;
    s = start < d0 ? start : Math.max(d0, start + delta);
  }
  return axis === 'row' ? { ...b, row: s, numRows: n } : { ...b, column: s, numColumns: n };
}
