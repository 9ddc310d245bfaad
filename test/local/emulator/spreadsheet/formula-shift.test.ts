import { shiftFormulaRefs } from '../../../../src/local/emulator/spreadsheet/refs';
import { makeSpreadsheet } from './fixture';

// Every test runs with the fixture's clock: 2021-06-15 10:00 in Asia/Tomsk.

/** A sheet with the add-in's overdue rule on G11:N1000 and «Просрочено» in K12. */
function withOverdueRule() {
  const made = makeSpreadsheet();
  const { sheet, app } = made;
  sheet.getRange('K12').setValue('Просрочено');
  const rule = app
    .newConditionalFormatRule()
    .whenFormulaSatisfied('=$K11="Просрочено"')
    .setBackground('#F4CCCC')
    .setRanges([sheet.getRange('G11:N1000')])
    .build();
  sheet.setConditionalFormatRules([rule]);
  const formula = () => sheet.getConditionalFormatRules()[0]?.getBooleanCondition().getCriteriaValues()[0];
  const ranges = () =>
    sheet
      .getConditionalFormatRules()[0]
      ?.getRanges()
      .map((r) => r.getA1Notation());
  return { ...made, formula, ranges };
}

describe('conditional rule formulas follow inserted and deleted rows and columns (2021-06-15)', () => {
  it('insertColumnsBefore(1, 1) moves both the range and $K to $L, and the colour stays on the row', () => {
    const { sheet, formula, ranges } = withOverdueRule();
    expect(sheet._effectiveBackground(12, 7)).toBe('#f4cccc');
    sheet.insertColumnsBefore(1, 1);
    expect(ranges()).toEqual(['H11:O1000']);
    expect(formula()).toBe('=$L11="Просрочено"');
    expect(sheet.getRange('L12').getValue()).toBe('Просрочено');
    expect(sheet._effectiveBackground(12, 8)).toBe('#f4cccc');
    expect(sheet._effectiveBackground(11, 8)).toBe('#ffffff');
  });

  it('a column inserted after the referenced column leaves the formula alone', () => {
    const { sheet, formula, ranges } = withOverdueRule();
    sheet.insertColumnsAfter(11, 2); // after K: inside the range G:N, which grows
    expect(ranges()).toEqual(['G11:P1000']);
    expect(formula()).toBe('=$K11="Просрочено"');
  });

  it('a column inserted inside the range before K moves K and grows the range', () => {
    const { sheet, formula, ranges } = withOverdueRule();
    sheet.insertColumnsBefore(9, 1); // before I
    expect(ranges()).toEqual(['G11:O1000']);
    expect(formula()).toBe('=$L11="Просрочено"');
    expect(sheet._effectiveBackground(12, 15)).toBe('#f4cccc');
  });

  it('rows inserted above the range move the relative row of the formula', () => {
    const { sheet, formula, ranges } = withOverdueRule();
    sheet.insertRowsBefore(5, 3);
    expect(ranges()).toEqual(['G14:N1003']);
    expect(formula()).toBe('=$K14="Просрочено"');
    expect(sheet._effectiveBackground(15, 7)).toBe('#f4cccc');
    expect(sheet._effectiveBackground(14, 7)).toBe('#ffffff');
  });

  it('rows inserted inside the range keep the formula (its anchor row does not move)', () => {
    const { sheet, formula, ranges } = withOverdueRule();
    sheet.insertRowAfter(11);
    expect(ranges()).toEqual(['G11:N1001']);
    expect(formula()).toBe('=$K11="Просрочено"');
    expect(sheet._effectiveBackground(13, 7)).toBe('#f4cccc'); // K12 moved to K13
  });

  it('deleting columns before K moves it back; deleting K itself gives #REF! and no colour', () => {
    const { sheet, formula, ranges } = withOverdueRule();
    sheet.deleteColumns(2, 2);
    expect(ranges()).toEqual(['E11:L1000']);
    expect(formula()).toBe('=$I11="Просрочено"');
    expect(sheet._effectiveBackground(12, 5)).toBe('#f4cccc');
    sheet.deleteColumn(9); // the column the rule reads (was K)
    expect(formula()).toBe('=#REF!="Просрочено"');
    expect(sheet._effectiveBackground(12, 5)).toBe('#ffffff');
  });

  it('deleting rows above the range moves the formula up', () => {
    const { sheet, formula, ranges } = withOverdueRule();
    sheet.deleteRows(1, 4);
    expect(ranges()).toEqual(['G7:N996']);
    expect(formula()).toBe('=$K7="Просрочено"');
  });

  it('a copy of the rule taken before the insert keeps the old formula', () => {
    const { sheet, formula } = withOverdueRule();
    const before = sheet.getConditionalFormatRules()[0]?.copy().build();
    sheet.insertColumnsBefore(1, 1);
    expect(formula()).toBe('=$L11="Просрочено"');
    expect(before?.getBooleanCondition().getCriteriaValues()).toEqual(['=$K11="Просрочено"']);
  });
});

describe('cell formulas follow inserted and deleted rows and columns (2021-06-15)', () => {
  it('shifts relative, absolute and range references of the sheet and keeps the cached value', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('C1').setFormula('=A1+$A$2');
    sheet.getRange('C2').setFormula('=SUM(A1:A3)');
    sheet.getRange('C3').setFormula('=IF($A3="","пусто",A3)&" A1"');
    expect(sheet.getRange('C1').getValue()).toBe(3);
    sheet.insertRowsBefore(2, 1); // inside A1:A3
    expect(sheet.getRange('C1').getFormula()).toBe('=A1+$A$3');
    expect(sheet.getRange('C1').getValue()).toBe(3);
    expect(sheet.getRange('C3').getFormula()).toBe('=SUM(A1:A4)');
    expect(sheet.getRange('C4').getFormula()).toBe('=IF($A4="","пусто",A4)&" A1"'); // text untouched
    sheet.insertColumnsBefore(1, 2);
    expect(sheet.getRange('E1').getFormula()).toBe('=C1+$C$3');
    expect(sheet.getRange('E3').getFormula()).toBe('=SUM(C1:C4)');
  });

  it('a range grows only when the insertion is strictly inside it', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('D1').setFormula('=SUM(A2:A5)');
    sheet.insertRowsAfter(5, 1); // right after the range
    expect(sheet.getRange('D1').getFormula()).toBe('=SUM(A2:A5)');
    sheet.insertRowsBefore(2, 1); // right before the range
    expect(sheet.getRange('D1').getFormula()).toBe('=SUM(A3:A6)');
    sheet.insertRowsBefore(4, 2); // inside
    expect(sheet.getRange('D1').getFormula()).toBe('=SUM(A3:A8)');
  });

  it('deleting cells a formula reads gives =#REF! and the value #REF!; a range shrinks', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1:A4').setValues([[1], [2], [3], [4]]);
    sheet.getRange('C1').setFormula('=A2*10');
    sheet.getRange('D1').setFormula('=SUM(A1:A4)');
    sheet.getRange('E1').setFormula('=SUM(A2:A2)+A3');
    expect(sheet.getRange('C1').getValue()).toBe(20);
    sheet.deleteRow(2);
    expect(sheet.getRange('C1').getFormula()).toBe('=#REF!*10');
    expect(sheet.getRange('C1').getValue()).toBe('#REF!');
    expect(sheet.getRange('D1').getFormula()).toBe('=SUM(A1:A3)');
    expect(sheet.getRange('E1').getFormula()).toBe('=SUM(#REF!)+A2');
  });

  it('whole-column references ignore row changes and move with column changes', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1').setFormula('=COUNTIF(K:K,"Просрочено")+COUNTA(K2:K)');
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getRange('A2').getFormula()).toBe('=COUNTIF(K:K,"Просрочено")+COUNTA(K3:K)');
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange('A2').getFormula()).toBe('=COUNTIF(L:L,"Просрочено")+COUNTA(L3:L)');
  });
});

describe('references between sheets (2021-06-15)', () => {
  it("a formula on another sheet naming the changed sheet shifts; its own references don't", () => {
    const { ss, sheet } = makeSpreadsheet();
    sheet.setName('Лист 1');
    const other = ss.insertSheet('Сводка');
    sheet.getRange('B2').setValue(7);
    other.getRange('A1').setFormula("='Лист 1'!B2+A5");
    other.getRange('A2').setFormula('=Сводка!A5');
    sheet.getRange('D1').setFormula("=B2+'Сводка'!B2");
    sheet.insertColumnsBefore(1, 1);
    sheet.insertRowsBefore(1, 1);
    expect(other.getRange('A1').getFormula()).toBe("='Лист 1'!C3+A5");
    expect(other.getRange('A2').getFormula()).toBe('=Сводка!A5');
    expect(sheet.getRange('E2').getFormula()).toBe("=C3+'Сводка'!B2");
    other.insertRowsBefore(1, 1);
    expect(other.getRange('A2').getFormula()).toBe("='Лист 1'!C3+A6");
    expect(sheet.getRange('E2').getFormula()).toBe("=C3+'Сводка'!B3");
    sheet.deleteColumn(3);
    expect(other.getRange('A2').getFormula()).toBe('=#REF!+A6');
  });
});

describe('shiftFormulaRefs', () => {
  const all = () => true;
  it('leaves names, calls, numbers and strings alone', () => {
    const f = '=LOG10(A1)+ROUND(B2,2)+1.5+"C3"+Лист1!A1+TRUE';
    expect(shiftFormulaRefs(f, (s) => s === null, 'column', 1, 1)).toBe(
      '=LOG10(B1)+ROUND(C2,2)+1.5+"C3"+Лист1!A1+TRUE',
    );
  });
  it('keeps $ signs and handles row ranges and quoted names with apostrophes', () => {
    expect(shiftFormulaRefs("=SUM($A$1:B$2)+'It''s'!3:4", all, 'row', 2, 1)).toBe("=SUM($A$1:B$3)+'It''s'!4:5");
    expect(shiftFormulaRefs('=A1:C1', all, 'column', 1, -3)).toBe('=#REF!');
  });
  it('is what moves the rule: without it the formula would still read $K', () => {
    // The guard for the whole feature: the sheet's shift must call it.
    const { sheet, formula } = withOverdueRule();
    sheet.insertColumnsBefore(1, 1);
    expect(formula()).not.toBe('=$K11="Просрочено"');
  });
});
