import { Runtime } from '../../../../src/local/emulator/runtime';
import { EmulatedSpreadsheet } from '../../../../src/local/emulator/spreadsheet';
import { sheetsFormulaText } from '../../../../src/local/emulator/spreadsheet/formula';

// How the emulator keeps a conditional format's custom formula (issue 14): like Sheets, not as typed.
describe('sheetsFormulaText', () => {
  it('drops spaces outside strings and upper-cases function names', () => {
    expect(sheetsFormulaText('= and( $K5 = "Скоро срок" , len($A5) > 0 )')).toBe('=AND($K5="Скоро срок",LEN($A5)>0)');
  });

  it('keeps strings and quoted sheet names as they are', () => {
    expect(sheetsFormulaText('=\'Дорожная карта\'!$K5 = "в работе"')).toBe('=\'Дорожная карта\'!$K5="в работе"');
  });

  it('is what a sheet gives back for a rule it was given', () => {
    const ss = new EmulatedSpreadsheet(new Runtime(), { name: 'Дорожная карта' });
    const sheet = ss.sheets[0];
    if (!sheet) throw new Error('no sheet');
    const rule = sheet
      ._newConditionalFormatRule()
      .whenFormulaSatisfied('= $K5 = "Просрочено"')
      .setBackground('#f4c7c3')
      .setRanges([sheet.getRange('K5:K9')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(sheet.getConditionalFormatRules()[0]?.getBooleanCondition().getCriteriaValues()).toEqual([
      '=$K5="Просрочено"',
    ]);
  });
});
