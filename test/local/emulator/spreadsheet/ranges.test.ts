import { makeSpreadsheet } from './fixture';

describe('getRange', () => {
  it('is 1-based: getRange(2, 3) is C2', () => {
    const { sheet } = makeSpreadsheet();
    expect(sheet.getRange(2, 3).getA1Notation()).toBe('C2');
    expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe('C2:D5');
    expect(sheet.getRange(2, 3, 4).getNumColumns()).toBe(1);
  });

  it('reads A1 notation, whole columns and rows, and sheet-qualified references', () => {
    const { ss, sheet } = makeSpreadsheet();
    const other = ss.insertSheet('Дорожная карта');
    other.getRange('B2').setValue('x');
    expect(sheet.getRange('A1:C3').getNumRows()).toBe(3);
    expect(ss.getRange("'Дорожная карта'!B2").getValue()).toBe('x');
    expect(ss.getRange("'Дорожная карта'!B2").getSheet()).toBe(other);
    const col = sheet.getRange('B:B');
    expect([col.getRow(), col.getNumRows(), col.getColumn()]).toEqual([1, 1000, 2]);
    const row = sheet.getRange('3:3');
    expect([row.getRow(), row.getColumn(), row.getNumColumns()]).toEqual([3, 1, 26]);
  });

  it.each(['AAAA1', 'A0', 'A', 'A1:B2:C3', ''])(
    "throws Google's «Range not found» for the A1 text %p (core/a1 refuses it)",
    (a1) => {
      const { ss, sheet } = makeSpreadsheet();
      expect(() => sheet.getRange(a1)).toThrow('Range not found');
      expect(() => ss.getRange(a1)).toThrow('Range not found');
    },
  );

  it('reads lower case and $ as Sheets does', () => {
    const { sheet } = makeSpreadsheet();
    expect(sheet.getRange('$b$2:c3').getA1Notation()).toBe('B2:C3');
  });

  it("throws Google's messages for a start before row or column 1", () => {
    const { sheet } = makeSpreadsheet();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
  });

  it("throws Google's messages for zero rows or columns", () => {
    const { sheet } = makeSpreadsheet();
    expect(() => sheet.getRange(1, 1, 0, 3)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
  });

  it('throws when the block runs past the sheet (1000 × 26 for a new sheet)', () => {
    const { sheet } = makeSpreadsheet();
    expect(() => sheet.getRange(1000, 26)).not.toThrow();
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('AA1')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('throws the exception shape Apps Script uses (name Exception, no prefix in message)', () => {
    const { sheet } = makeSpreadsheet();
    try {
      sheet.getRange(0, 1);
      throw new Error('did not throw');
    } catch (e) {
      expect((e as Error).name).toBe('Exception');
      expect(String(e)).toBe('Exception: The starting row of the range is too small.');
    }
  });

  it('rejects a non-number row like Google ("parameters don\'t match")', () => {
    const { sheet } = makeSpreadsheet();
    expect(() => sheet.getRange('1' as unknown as number, 1, 1, 1)).toThrow(/don't match the method signature/);
  });
});

describe('data range and sizes', () => {
  it('ends at the last row and column with content, ignoring formatting', () => {
    const { sheet } = makeSpreadsheet();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('B2').setValue('a');
    sheet.getRange('D5').setValue(0);
    sheet.getRange('F9').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(4);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D5');
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
  });
});

describe('inserting and deleting', () => {
  it('insertColumnsAfter shifts cells right and grows the sheet', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['a', '', '', 'b', 'c']]);
    expect(sheet.getMaxColumns()).toBe(28);
  });

  it('insertRowsAfter shifts rows down; inserted rows take the formats of the row above', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1:A2').setValues([['x'], ['y']]);
    sheet.getRange('A1').setBackground('#00ff00');
    sheet.insertRowsAfter(1, 1);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['x'], [''], ['y']]);
    expect(sheet.getRange('A2').getBackground()).toBe('#00ff00');
    expect(sheet.getMaxRows()).toBe(1001);
  });

  it('deleteRows and deleteColumns remove cells and shrink the sheet', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1:C3').setValues([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    sheet.deleteRows(2, 1);
    sheet.deleteColumns(1, 1);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      [2, 3],
      [8, 9],
    ]);
    expect(sheet.getMaxRows()).toBe(999);
    expect(sheet.getMaxColumns()).toBe(25);
  });

  it('refuses rows and columns past the edge', () => {
    const { sheet } = makeSpreadsheet();
    expect(() => sheet.insertRowsAfter(1001, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.insertColumnsAfter(27, 1)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.deleteColumns(0, 1)).toThrow('Those columns are out of bounds.');
  });
});

describe('setValues shape', () => {
  it("throws Google's row-count message", () => {
    const { sheet } = makeSpreadsheet();
    expect(() => sheet.getRange(1, 1, 3, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
  });

  it("throws Google's column-count message", () => {
    const { sheet } = makeSpreadsheet();
    expect(() => sheet.getRange(1, 1, 1, 4).setValues([[1, 2, 3, 4, 5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
  });

  it('writes nothing when the shape is wrong', () => {
    const { sheet } = makeSpreadsheet();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow();
    expect(sheet.getLastRow()).toBe(0);
  });
});
