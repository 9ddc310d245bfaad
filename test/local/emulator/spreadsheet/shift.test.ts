import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shiftBox, shiftIndex, shiftKeys } from '../../../../src/local/emulator/spreadsheet/shift';

const dir = join(__dirname, '../../../../src/local/emulator/spreadsheet');
/** The modules a file imports at run time (`import type` is erased, so it is left out). */
const valueImports = (file: string): string[] =>
  [...readFileSync(join(dir, file), 'utf8').matchAll(/^import (?!type )[^;]*? from '([^']+)';/gms)].map(
    (m) => m[1] ?? '',
  );

describe('shifting rows and columns', () => {
  it('moves an index after the insertion point and drops a deleted one', () => {
    expect(shiftIndex(2, 3, 2)).toBe(2);
    expect(shiftIndex(3, 3, 2)).toBe(5);
    expect(shiftIndex(3, 3, -2)).toBeNull();
    expect(shiftIndex(4, 3, -2)).toBeNull();
    expect(shiftIndex(5, 3, -2)).toBe(3);
  });

  it('re-keys a map of widths the same way', () => {
    const widths = new Map([
      [1, 10],
      [3, 30],
      [4, 40],
      [6, 60],
    ]);
    expect([...shiftKeys(widths, 3, -2)]).toEqual([
      [1, 10],
      [4, 60],
    ]);
    expect([...shiftKeys(widths, 4, 1)]).toEqual([
      [1, 10],
      [3, 30],
      [5, 40],
      [7, 60],
    ]);
  });

  it('grows a box when rows are inserted inside it and drops it when all its rows go', () => {
    const box = { row: 2, column: 1, numRows: 3, numColumns: 2 };
    expect(shiftBox(box, 'row', 3, 1)).toEqual({ ...box, numRows: 4 });
    expect(shiftBox(box, 'row', 2, 1)).toEqual({ ...box, row: 3 });
    expect(shiftBox(box, 'row', 2, -3)).toBeNull();
    expect(shiftBox(box, 'column', 1, -1)).toEqual({ ...box, numColumns: 1 });
  });

  it('lives in its own module: sheet.ts and range.ts do not import each other', () => {
    expect(valueImports('range.ts')).not.toContain('./sheet');
    expect(valueImports('sheet.ts')).toContain('./range');
    expect(valueImports('range.ts')).toContain('./shift');
    expect(valueImports('sheet.ts')).toContain('./shift');
  });
});
