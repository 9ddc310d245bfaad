import { makeSpreadsheet } from './fixture';

describe('conditional format rules', () => {
  it('keeps the rules as given and evaluates them for display', () => {
    const { sheet, app } = makeSpreadsheet();
    sheet.getRange('K2:K4').setValues([['Просрочено'], ['В работе'], ['Просрочено']]);
    const rows = sheet.getRange('A2:K4');
    const overdue = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$K2="Просрочено"')
      .setBackground('#F4CCCC')
      .setFontColor('#990000')
      .setRanges([rows])
      .build();
    sheet.setConditionalFormatRules([overdue]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
    expect(sheet.getConditionalFormatRules()[0]?.getBooleanCondition().getCriteriaValues()).toEqual([
      '=$K2="Просрочено"',
    ]);
    expect(sheet._effectiveBackground(2, 1)).toBe('#f4cccc');
    expect(sheet._effectiveBackground(3, 1)).toBe('#ffffff');
    expect(sheet._effectiveBackground(4, 5)).toBe('#f4cccc');
    expect(sheet._effectiveFontColor(4, 11)).toBe('#990000');
    expect(sheet._effectiveBackground(5, 1)).toBe('#ffffff'); // outside the rule's range
    expect(sheet.getRange('A2').getBackground()).toBe('#ffffff'); // the cell's own format is untouched
  });

  it('applies the first matching rule in order', () => {
    const { sheet, app } = makeSpreadsheet();
    sheet.getRange('A1').setValue('Выполнено');
    const r = sheet.getRange('A1:A5');
    const first = app
      .newConditionalFormatRule()
      .whenTextEqualTo('Выполнено')
      .setBackground('#00ff00')
      .setRanges([r])
      .build();
    const second = app.newConditionalFormatRule().whenCellNotEmpty().setBackground('#ff0000').setRanges([r]).build();
    sheet.setConditionalFormatRules([first, second]);
    expect(sheet._effectiveBackground(1, 1)).toBe('#00ff00');
    sheet.setConditionalFormatRules([second, first]);
    expect(sheet._effectiveBackground(1, 1)).toBe('#ff0000');
  });

  it('evaluates date comparisons against TODAY() in the spreadsheet zone (today 2021-06-15)', () => {
    const { sheet, app } = makeSpreadsheet();
    sheet.getRange('D2:D3').setValues([['14.06.2021'], ['15.06.2021']]);
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=AND($D2<>"", $D2<TODAY())')
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('D2:D3')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect([sheet._effectiveBackground(2, 4), sheet._effectiveBackground(3, 4)]).toEqual(['#ff0000', '#ffffff']);
  });

  it('refuses to build a rule without ranges and fails loudly on formulas it cannot evaluate', () => {
    const { sheet, app } = makeSpreadsheet();
    expect(() => app.newConditionalFormatRule().whenCellEmpty().setBackground('#ff0000').build()).toThrow();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=VLOOKUP(A1, B:C, 2)')
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('A1')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(() => sheet._effectiveBackground(1, 1)).toThrow(/unsupported formula/);
  });

  it('moves rule ranges when columns are inserted before them', () => {
    const { sheet, app } = makeSpreadsheet();
    const rule = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('B1:B3')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getConditionalFormatRules()[0]?.getRanges()[0]?.getA1Notation()).toBe('C1:C3');
  });
});
