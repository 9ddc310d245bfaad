import {
  columnLetter,
  columnNumber,
  isColumn,
  MAX_COLUMN,
  parseA1,
  parseBox,
  quoteSheetName,
  toA1,
} from '../../src/core/a1';

describe('column numbers and letters', () => {
  it.each([
    [1, 'A'],
    [4, 'D'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [MAX_COLUMN, 'ZZZ'],
  ])('writes column %i as %s and reads it back', (column, letters) => {
    expect(columnLetter(column)).toBe(letters);
    expect(columnNumber(letters)).toBe(column);
  });

  it.each([
    ['a', 1],
    ['aa', 27],
    ['zZz', MAX_COLUMN],
  ])('reads lower-case letters %s as Sheets does (%i)', (letters, column) => {
    expect(columnNumber(letters)).toBe(column);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_COLUMN + 1])(
    'refuses column number %p with a RangeError',
    (column) => {
      expect(isColumn(column)).toBe(false);
      expect(() => columnLetter(column)).toThrow(RangeError);
    },
  );

  it.each(['', 'AAAA', 'A1', '$A', 'Б', ' A', 'A-'])('refuses letters %p with a RangeError', (letters) => {
    expect(() => columnNumber(letters)).toThrow(RangeError);
  });
});

describe('cell and range addresses', () => {
  it.each([
    [[2, 2], 'B2'],
    [[1, 27], 'AA1'],
    [[2, 2, 2, 3], 'B2:D3'],
    [[5, 11, 996, 8], 'K5:R1000'],
    [[3, 3, 1, 1], 'C3'],
  ] as const)('toA1(%j) → %s', (args, a1) => {
    expect(toA1(...(args as unknown as [number, number, number?, number?]))).toBe(a1);
  });

  it.each([
    [0, 1],
    [1.5, 1],
    [1, 0],
    [-2, 3],
  ])('refuses row %p, column %p with a RangeError', (row, column) => {
    expect(() => toA1(row, column)).toThrow(RangeError);
  });

  it.each([
    ['B2', { sheet: null, startRow: 2, startColumn: 2, endRow: 2, endColumn: 2 }],
    ['$b$2', { sheet: null, startRow: 2, startColumn: 2, endRow: 2, endColumn: 2 }],
    ['A1:C3', { sheet: null, startRow: 1, startColumn: 1, endRow: 3, endColumn: 3 }],
    ['B:C', { sheet: null, startRow: null, startColumn: 2, endRow: null, endColumn: 3 }],
    ['5:7', { sheet: null, startRow: 5, startColumn: null, endRow: 7, endColumn: null }],
    ['A2:B', { sheet: null, startRow: 2, startColumn: 1, endRow: null, endColumn: 2 }],
    ['Лист1!B2', { sheet: 'Лист1', startRow: 2, startColumn: 2, endRow: 2, endColumn: 2 }],
    ["'Кто''то'!$A$1:c3", { sheet: "Кто'то", startRow: 1, startColumn: 1, endRow: 3, endColumn: 3 }],
    [' ZZZ1 ', { sheet: null, startRow: 1, startColumn: MAX_COLUMN, endRow: 1, endColumn: MAX_COLUMN }],
  ])('reads %p', (text, ref) => {
    expect(parseA1(text)).toEqual(ref);
  });

  it.each(['', 'A', '1', 'A0', 'A00', 'A1:B0', 'AAAA1', 'A1:B2:C3', 'A1:', '!', 'Лист1!', 'A 1', 'R1C1', '#REF!'])(
    'refuses %p with a RangeError, where getRange would say «Range not found»',
    (text) => {
      expect(() => parseA1(text)).toThrow(RangeError);
    },
  );

  it.each([
    ['B2:D3', { row: 2, column: 2, numRows: 2, numColumns: 3 }],
    ['$D$3:$B$2', { row: 2, column: 2, numRows: 2, numColumns: 3 }],
    ['c3', { row: 3, column: 3, numRows: 1, numColumns: 1 }],
    ['Лист1!A1:A10', { row: 1, column: 1, numRows: 10, numColumns: 1 }],
  ])('reads %p as a block', (text, box) => {
    expect(parseBox(text)).toEqual(box);
  });

  it.each(['B:C', '2:5', 'A2:B', 'unreadable'])('refuses %p as a block with a RangeError', (text) => {
    expect(() => parseBox(text)).toThrow(RangeError);
  });
});

describe('sheet names in references', () => {
  it.each([
    ['Sheet1', 'Sheet1'],
    ['_x', '_x'],
    ['AB12', "'AB12'"],
    ['R1C1', "'R1C1'"],
    ['Сводка', "'Сводка'"],
    ['Лист 1', "'Лист 1'"],
    ["Кто'то", "'Кто''то'"],
    ['1st', "'1st'"],
  ])('writes %p as %p', (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });
});
