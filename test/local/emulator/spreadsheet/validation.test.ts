import { makeSpreadsheet } from './fixture';

describe('data validation', () => {
  it('keeps a list rule with its options and help text', () => {
    const { sheet, app } = makeSpreadsheet();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Выполнено', 'В работе'], true)
      .setAllowInvalid(false)
      .setHelpText('Выберите статус')
      .build();
    sheet.getRange('K2:K5').setDataValidation(rule);
    const back = sheet.getRange('K3').getDataValidation();
    expect(back?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(back?.getCriteriaValues()).toEqual([['Выполнено', 'В работе'], true]);
    expect(back?.getAllowInvalid()).toBe(false);
    expect(back?.getHelpText()).toBe('Выберите статус');
    expect(
      sheet
        .getRange('K1:K2')
        .getDataValidations()
        .map((r) => r[0] === null),
    ).toEqual([true, false]);
  });

  it("refuses a script write that breaks a reject-invalid rule, with Google's message", () => {
    const { sheet, app } = makeSpreadsheet();
    sheet
      .getRange('K2')
      .setDataValidation(app.newDataValidation().requireValueInList(['Да']).setAllowInvalid(false).build());
    expect(() => sheet.getRange('K2').setValue('Нет')).toThrow(
      'The data you entered in cell K2 violates the data validation rules set on this cell.',
    );
    expect(() => sheet.getRange('K2').setValue('Да')).not.toThrow();
  });

  it('lets anything through a warn-only rule (allowInvalid defaults to true)', () => {
    const { sheet, app } = makeSpreadsheet();
    sheet.getRange('L2').setDataValidation(app.newDataValidation().requireDate().build());
    sheet.getRange('L2').setValue('не дата');
    expect(sheet.getRange('L2').getValue()).toBe('не дата');
    expect(sheet.getRange('L2').getDataValidation()?.getCriteriaType()).toBe(
      app.DataValidationCriteria.DATE_IS_VALID_DATE,
    );
  });

  it('a strict date rule accepts dates and refuses text', () => {
    const { sheet, app } = makeSpreadsheet();
    sheet.getRange('L2').setDataValidation(app.newDataValidation().requireDate().setAllowInvalid(false).build());
    sheet.getRange('L2').setValue('15.06.2021');
    expect(() => sheet.getRange('L2').setValue('завтра')).toThrow(/violates the data validation rules/);
  });

  it('setDataValidation(null) clears the rule', () => {
    const { sheet, app } = makeSpreadsheet();
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.getRange('A1').setDataValidation(null);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });
});
