import { makeSpreadsheet } from './fixture';

describe('merged ranges', () => {
  it('keeps only the top-left value and reads the rest as empty', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1:C1').setValues([['Задача 1.', 'b', 'c']]);
    sheet.getRange('A1:C1').merge();
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Задача 1.', '', '']]);
    expect(sheet._snapshotCell(1, 2)).toMatchObject({ value: '', merge: 'A1:C1' });
  });

  it('lists merges that overlap a range, and breakApart removes them', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1:E1').merge();
    sheet.getRange('A3:B4').merge();
    expect(
      sheet
        .getRange('B1:B10')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:E1', 'A3:B4']);
    sheet.getRange('A1:E1').breakApart();
    expect(sheet.getDataRange().getMergedRanges()).toHaveLength(0);
    expect(
      sheet
        .getRange('A1:E4')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A3:B4']);
  });

  it('ignores writes into the hidden cells of a merge', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1:C1').merge();
    sheet.getRange('A1:C1').setValues([['x', 'y', 'z']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['x', '', '']]);
  });

  it('moves a merge down when rows are inserted above it', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A2:C2').merge();
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getRange('A1:C10').getMergedRanges()[0]?.getA1Notation()).toBe('A4:C4');
  });
});

describe('cell formats', () => {
  it('stores number formats, backgrounds, font colours, weight, notes, wrap and alignment', () => {
    const { sheet } = makeSpreadsheet();
    const r = sheet.getRange('A1:B1');
    r.setNumberFormats([['@', 'dd.MM.yyyy']]);
    r.setBackgrounds([['#FF0000', null as unknown as string]]);
    r.setFontColors([['#00ff00', '#0000ff']]);
    r.setFontWeights([['bold', 'normal']]);
    r.setNotes([['заметка', '']]);
    sheet.getRange('A1').setWrap(true).setHorizontalAlignment('center');
    expect(r.getNumberFormats()).toEqual([['@', 'dd.MM.yyyy']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(r.getFontColors()).toEqual([['#00ff00', '#0000ff']]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(r.getNotes()).toEqual([['заметка', '']]);
    expect(sheet._snapshotCell(1, 1)).toMatchObject({ wrap: true, horizontalAlignment: 'center', bold: true });
  });

  it('setBackground(null) resets to white; format setters check the shape too', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1').setBackground('#123456');
    sheet.getRange('A1').setBackground(null);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    expect(() => sheet.getRange('A1:B1').setBackgrounds([['#ffffff']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('freezes rows and columns', () => {
    const { sheet } = makeSpreadsheet();
    sheet.setFrozenRows(10);
    sheet.setFrozenColumns(1);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([10, 1]);
  });

  it('sets and measures column widths (default 100 px)', () => {
    const { sheet } = makeSpreadsheet();
    expect(sheet.getColumnWidth(3)).toBe(100);
    sheet.setColumnWidth(3, 240);
    expect(sheet.getColumnWidth(3)).toBe(240);
    sheet.getRange('D1').setValue('Отметка об исполнении');
    sheet.autoResizeColumns(4, 1);
    expect(sheet.getColumnWidth(4)).toBeGreaterThan(100);
  });

  it('records a rich-text link and drops it when the value is overwritten', () => {
    const { sheet, app } = makeSpreadsheet();
    const link = app.newRichTextValue().setText('1.5.').setLinkUrl('#gid=0&range=A12').build();
    sheet.getRange('A1').setRichTextValue(link);
    expect(sheet.getRange('A1').getValue()).toBe('1.5.');
    expect(sheet.getRange('A1').getRichTextValue()?.getLinkUrl()).toBe('#gid=0&range=A12');
    sheet.getRange('A1').setValue('x');
    expect(sheet._snapshotCell(1, 1).linkUrl).toBeNull();
  });
});
