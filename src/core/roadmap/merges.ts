/**
 * Vertically merged cells: one «Срок исполнения», «Исполнители» or «Результат» cell merged over
 * several measures applies to each of them. Sheets' getValues() gives a merged range's value in
 * its top-left cell only and '' in the others; this module copies it down into the rows below,
 * for the rows that are measures of their own (a number or a title in their own cells). A row
 * with neither (a second line of the measure above) is left as it is, so a continuation row
 * never repeats the text it shares.
 *
 * A cell merged across the start and the end columns («ежегодно» over «начало | окончание») is
 * both the start and the end of each measure it lies on.
 *
 * @example
 * // C5:C7 merged, «Рабочая группа» in C5; rows 6 and 7 have their own numbers and titles:
 * spreadMerged(values, [{ row: 5, column: 3, numRows: 3, numColumns: 1 }], layout, 1)
 *   // rows 6 and 7 read «Рабочая группа» in C too
 */
import type { CellValue, UserColumn } from '../model';
import type { MergedRange } from './header';
import { cellText } from './text';

/** The roles whose merged cells are shared by the measures under them. */
export const SHARED_ROLES: readonly UserColumn[] = ['executors', 'deadline', 'start', 'end', 'result'];

export interface MergeLayout {
  columns: Partial<Record<UserColumn, number>>;
}

/** A merge's top-left cell for each covered cell below it in a shared column: 'row:column' → top row. */
export function mergedBelow(merges: readonly MergedRange[], layout: MergeLayout): Map<string, number> {
  const shared = new Set(SHARED_ROLES.map((role) => layout.columns[role]).filter((c) => c !== undefined));
  const out = new Map<string, number>();
  for (const m of merges) {
    if (m.numRows < 2 || !shared.has(m.column)) continue;
    for (let row = m.row + 1; row < m.row + m.numRows; row += 1) out.set(`${row}:${m.column}`, m.row);
  }
  return out;
}

/** The rows (1-based) where one merged cell spans both the start and the end column. */
export function mergedAcross(merges: readonly MergedRange[], layout: MergeLayout): Set<number> {
  const { start, end } = layout.columns;
  const out = new Set<number>();
  if (start === undefined || end === undefined) return out;
  const [left, right] = start < end ? [start, end] : [end, start];
  for (const m of merges) {
    if (m.column > left || m.column + m.numColumns - 1 < right) continue;
    for (let row = m.row; row < m.row + m.numRows; row += 1) out.add(row);
  }
  return out;
}

/**
 * The rows `firstRow…` of `rows` with the shared merged cells filled from their top-left cell,
 * which `valueAt(row, column)` gives (rows above `firstRow` may be asked for). Returns the same
 * array when nothing is merged; never mutates the input.
 */
export function spreadMerged(
  rows: readonly (readonly CellValue[])[],
  merges: readonly MergedRange[],
  layout: MergeLayout,
  firstRow: number,
  valueAt: (row: number, column: number) => CellValue = (row, column) => rows[row - firstRow]?.[column - 1] ?? '',
): readonly (readonly CellValue[])[] {
  const below = mergedBelow(merges, layout);
  const across = mergedAcross(merges, layout);
  if (below.size === 0 && across.size === 0) return rows;
  const own = [layout.columns.number, layout.columns.measure].filter((c): c is number => c !== undefined);
  return rows.map((line, index) => {
    const row = firstRow + index;
    if (!own.some((column) => cellText(line[column - 1] ?? '') !== '')) return line;
    let out: CellValue[] | null = null;
    for (const role of SHARED_ROLES) {
      const column = layout.columns[role];
      if (column === undefined) continue;
      const top = below.get(`${row}:${column}`);
      if (top === undefined || cellText(line[column - 1] ?? '') !== '') continue;
      out ??= [...line];
      while (out.length < column) out.push('');
      out[column - 1] = valueAt(top, column);
    }
    const { start, end } = layout.columns;
    if (across.has(row) && start !== undefined && end !== undefined) {
      const [left, right] = start < end ? [start, end] : [end, start];
      const current = out ?? line;
      if (cellText(current[right - 1] ?? '') === '' && cellText(current[left - 1] ?? '') !== '') {
        out ??= [...line];
        while (out.length < right) out.push('');
        out[right - 1] = current[left - 1] ?? '';
      }
    }
    return out ?? line;
  });
}
