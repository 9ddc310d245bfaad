import { quoteSheetName } from '../../../../src/core/a1';
import { renameSheetRefs } from '../../../../src/local/emulator/spreadsheet/refs';
import { makeSpreadsheet } from './fixture';

/** The fixture (Лист1) plus «Сводка» with A2 filled and a task sheet that reads it. */
function withSummary() {
  const made = makeSpreadsheet();
  const summary = made.ss.insertSheet('Сводка');
  const task = made.ss.insertSheet('Задача 1');
  summary.getRange('A2').setValue('Обновлено 15.06.2021');
  task.getRange('B1').setValue("='Сводка'!A2");
  return { ...made, summary, task };
}

describe('renameSheetRefs', () => {
  it('renames quoted and unquoted references, ignoring case, and quotes the new name as needed', () => {
    expect(renameSheetRefs("='Сводка'!A2", 'Сводка', 'Итоги')).toBe("='Итоги'!A2");
    expect(renameSheetRefs('=сводка!$A$2&СВОДКА!B:B', 'Сводка', 'Sheet2')).toBe('=Sheet2!$A$2&Sheet2!B:B');
    expect(renameSheetRefs('=Sheet1!A1+1', 'sheet1', 'Итоги за год')).toBe("='Итоги за год'!A1+1");
    expect(renameSheetRefs("='It''s'!A1", "It's", "Don't")).toBe("='Don''t'!A1");
    expect(renameSheetRefs('=Лист1!A1', 'Лист1', 'B2')).toBe("='B2'!A1");
  });

  it('leaves string literals, unqualified references and other sheets alone', () => {
    const formula = '=IF(A1="", "\'Сводка\'!A2 Сводка!A2", \'Сводка (дорожная карта)\'!A2&Сводка1!A2)';
    expect(renameSheetRefs(formula, 'Сводка', 'Итоги')).toBe(formula);
  });

  it('turns a deleted sheet’s references into a bare #REF!', () => {
    expect(renameSheetRefs('=\'Сводка\'!A2&" (Сводка!A2)"&Лист1!A1', 'сводка', null)).toBe(
      '=#REF!&" (Сводка!A2)"&Лист1!A1',
    );
  });

  it('quotes a sheet name that reads as a cell', () => {
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName('AB12')).toBe("'AB12'");
    expect(quoteSheetName('R1C1')).toBe("'R1C1'");
  });
});

describe('Sheet.setName rewrites the formulas that name the sheet', () => {
  it('cell formulas on every sheet follow the new name, and the live value stays', () => {
    const { sheet, summary, task } = withSummary();
    sheet.getRange('C3').setValue('=Сводка!A2&"!"');
    summary.getRange('B1').setValue('=сводка!A2');
    summary.setName('Итоги');
    expect(task.getRange('B1').getFormula()).toBe("='Итоги'!A2");
    expect(sheet.getRange('C3').getFormula()).toBe('=\'Итоги\'!A2&"!"');
    expect(summary.getRange('B1').getFormula()).toBe("='Итоги'!A2");
    expect(task.getRange('B1').getValue()).toBe('Обновлено 15.06.2021');
    summary.getRange('A2').setValue('Обновлено 16.06.2021');
    expect(task.getRange('B1').getValue()).toBe('Обновлено 16.06.2021');
    expect(sheet.getRange('C3').getValue()).toBe('Обновлено 16.06.2021!');
  });

  it('a new sheet under the old name is not read by the renamed formulas', () => {
    const { ss, summary, task } = withSummary();
    summary.setName('Итоги');
    ss.insertSheet('Сводка').getRange('A2').setValue('другая');
    expect(task.getRange('B1').getValue()).toBe('Обновлено 15.06.2021');
  });

  it('handles names with apostrophes both ways', () => {
    const { ss, task } = withSummary();
    const quoted = ss.insertSheet("It's");
    quoted.getRange('A1').setValue(7);
    task.getRange('C1').setValue("='It''s'!A1+1");
    quoted.setName("Don't");
    expect(task.getRange('C1').getFormula()).toBe("='Don''t'!A1+1");
    expect(task.getRange('C1').getValue()).toBe(8);
    quoted.setName('Plain');
    expect(task.getRange('C1').getFormula()).toBe('=Plain!A1+1');
    expect(task.getRange('C1').getValue()).toBe(8);
  });

  it('keeps the sheet name inside a string literal', () => {
    const { summary, task } = withSummary();
    task.getRange('B2').setValue("=\"'Сводка'!A2 — \"&'Сводка'!A2");
    summary.setName('Итоги');
    expect(task.getRange('B2').getFormula()).toBe("=\"'Сводка'!A2 — \"&'Итоги'!A2");
    expect(task.getRange('B2').getValue()).toBe("'Сводка'!A2 — Обновлено 15.06.2021");
  });

  it('rewrites custom-formula conditional rules and validations, keeping an earlier copy', () => {
    const { app, summary, task } = withSummary();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied("=$A1='Сводка'!$A$2")
      .setBackground('#F4CCCC')
      .setRanges([task.getRange('A1:A5')])
      .build();
    task.setConditionalFormatRules([rule]);
    const validation = app.newDataValidation().requireFormulaSatisfied('=Сводка!A2<>""').build();
    task.getRange('D1:D2').setDataValidation(validation);
    const before = task.getRange('D1').getDataValidation();
    summary.setName('Итоги');
    expect(task.getConditionalFormatRules()[0]?.getBooleanCondition().getCriteriaValues()).toEqual([
      "=$A1='Итоги'!$A$2",
    ]);
    expect(
      task
        .getRange('D1:D2')
        .getDataValidations()
        .map((r) => r[0]?.getCriteriaValues()),
    ).toEqual([['=\'Итоги\'!A2<>""'], ['=\'Итоги\'!A2<>""']]);
    expect(before?.getCriteriaValues()).toEqual(['=Сводка!A2<>""']);
    task.getRange('A3').setValue('Обновлено 15.06.2021');
    expect(task._effectiveBackground(3, 1)).toBe('#f4cccc');
  });

  it('adds nothing to formulaLog and one call to the ledger', () => {
    const { runtime, ss, summary } = withSummary();
    const log = [...ss.formulaLog];
    runtime.ledger.reset();
    summary.setName('Итоги');
    expect(runtime.ledger.totals().calls).toBe(1);
    expect(runtime.ledger.totals().byMethod['Spreadsheet.Sheet.setName']).toBe(1);
    expect(ss.formulaLog).toEqual(log);
  });
});

describe('Spreadsheet.deleteSheet turns the references to the sheet into #REF!', () => {
  it('writes #REF! into the formula, so a re-created sheet of that name is not read', () => {
    const { ss, summary, task, sheet } = withSummary();
    task.getRange('B2').setValue('=Лист1!A1&"; Сводка!A2"');
    sheet.getRange('A1').setValue('лист');
    ss.deleteSheet(summary);
    expect(task.getRange('B1').getFormula()).toBe('=#REF!');
    expect(task.getRange('B1').getValue()).toBe('#REF!');
    expect(task.getRange('B2').getFormula()).toBe('=Лист1!A1&"; Сводка!A2"');
    const again = ss.insertSheet('Сводка');
    again.getRange('A2').setValue('новая');
    expect(task.getRange('B1').getValue()).toBe('#REF!');
    expect(task.getRange('B2').getValue()).toBe('лист; Сводка!A2');
  });

  it('marks a formula the evaluator cannot compute as #REF! too', () => {
    const { ss, summary, task } = withSummary();
    task.getRange('C1').setValue("=VLOOKUP(A1, B:C, 2)&'Сводка'!A2");
    ss.deleteSheet(summary);
    expect(task.getRange('C1').getFormula()).toBe('=VLOOKUP(A1, B:C, 2)&#REF!');
    expect(task.getRange('C1').getValue()).toBe('#REF!');
  });

  it('adds nothing to formulaLog and one call to the ledger', () => {
    const { runtime, ss, summary } = withSummary();
    const log = [...ss.formulaLog];
    runtime.ledger.reset();
    ss.deleteSheet(summary);
    expect(runtime.ledger.totals().calls).toBe(1);
    expect(ss.formulaLog).toEqual(log);
  });
});
