import ExcelJS from 'exceljs';
import { readXlsx, writeXlsx } from '../../../../src/local/xlsx';
import { makeSpreadsheet } from './fixture';

const DAY_MS = 86_400_000;

/** The fixture plus a «Сводка» sheet, a «Сводка (дорожная карта)» sheet and a task sheet. */
function withSummaries() {
  const made = makeSpreadsheet();
  const summary = made.ss.insertSheet('Сводка');
  const roadmap = made.ss.insertSheet('Сводка (дорожная карта)');
  const task = made.ss.insertSheet('Задача 1');
  summary.getRange('A2').setValue('Обновлено 15.06.2021');
  roadmap.getRange('A2').setValue('Всего задач: 3');
  return { ...made, summary, roadmap, task };
}

describe('references to other sheets', () => {
  it('follows a later rewrite of the referenced cell (quoted names)', () => {
    const { summary, roadmap, task } = withSummaries();
    task.getRange('B1:B2').setValues([["='Сводка'!A2"], ["='Сводка (дорожная карта)'!$A$2"]]);
    expect(task.getRange('B1:B2').getValues()).toEqual([['Обновлено 15.06.2021'], ['Всего задач: 3']]);
    summary.getRange('A2').setValue('Обновлено 16.06.2021');
    roadmap.getRange('A2').setValue('Всего задач: 4');
    expect(task.getRange('B1:B2').getValues()).toEqual([['Обновлено 16.06.2021'], ['Всего задач: 4']]);
    expect(task.getRange('B1').getValue()).toBe('Обновлено 16.06.2021');
    expect(task.getRange('B1:B2').getDisplayValues()).toEqual([['Обновлено 16.06.2021'], ['Всего задач: 4']]);
    expect(task.getRange('B2').getDisplayValue()).toBe('Всего задач: 4');
    expect(task.getRange('B1').getRichTextValue()?.getText()).toBe('Обновлено 16.06.2021');
    expect(task.getRange('B1:B2').getRichTextValues()[1]?.[0]?.getText()).toBe('Всего задач: 4');
    expect(task._snapshotCell(1, 2).value).toBe('Обновлено 16.06.2021');
    expect(task.getRange('B1').getFormula()).toBe("='Сводка'!A2");
  });

  it('reads an unquoted name, a doubled quote inside a name, and computes with the value', () => {
    const { ss, sheet, task } = withSummaries();
    const quoted = ss.insertSheet("It's");
    quoted.getRange('A1').setValue(7);
    sheet.getRange('B3').setValue(5);
    task.getRange('A1:A3').setValues([['=Лист1!B3*2'], ["='It''s'!A1+1"], ['=лист1!$B$3&" дн."']]);
    expect(task.getRange('A1:A3').getValues()).toEqual([[10], [8], ['5 дн.']]);
    sheet.getRange('B3').setValue(6);
    expect(task.getRange('A1:A3').getValues()).toEqual([[12], [8], ['6 дн.']]);
  });

  it('gives #REF! for a sheet that does not exist, and after the sheet is deleted', () => {
    const { ss, summary, task } = withSummaries();
    task.getRange('A1:A2').setValues([["='Нет такого'!A1"], ['=Сводка!A2']]);
    expect(task.getRange('A1').getValue()).toBe('#REF!');
    expect(task.getRange('A2').getValue()).toBe('Обновлено 15.06.2021');
    ss.deleteSheet(summary);
    expect(task.getRange('A2').getValue()).toBe('#REF!');
  });

  it('follows a chain of formula cells and carries an error along it', () => {
    const { summary, task } = withSummaries();
    summary.getRange('B2').setValue("='Сводка (дорожная карта)'!A2");
    task.getRange('A1').setValue('=Сводка!B2&"!"');
    expect(task.getRange('A1').getValue()).toBe('Всего задач: 3!');
    summary.getRange('B2').setValue("='Удалённый'!A2");
    expect(task.getRange('A1').getValue()).toBe('#REF!');
  });

  it('gives #REF! for a cycle instead of hanging', () => {
    const { sheet, task } = withSummaries();
    sheet.getRange('A1').setValue("='Задача 1'!A1");
    task.getRange('A1').setValue('=Лист1!A1+1');
    sheet.getRange('C1').setValue('=C1');
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
    expect(task.getRange('A1').getValue()).toBe('#REF!');
    expect(sheet.getRange('C1').getValue()).toBe('#REF!');
    task.getRange('A1').setValue(1); // the cycle is broken
    expect(sheet.getRange('A1').getValue()).toBe(1);
  });

  it('reads a long chain of formula cells without overflowing the stack', () => {
    const { sheet } = makeSpreadsheet();
    const rows = Array.from({ length: 400 }, (_, i) => [i === 0 ? 1 : `=A${i}+1`]);
    sheet.getRange(1, 1, 400, 1).setValues(rows);
    expect(sheet.getRange('A400').getValue()).toBe(400);
    sheet.getRange('A350').setValue(1000); // within the live depth of A400
    expect(sheet.getRange('A400').getValue()).toBe(1050);
  });

  it('adds no ledger entries for what a formula reads', () => {
    const { runtime, task } = withSummaries();
    task.getRange('A1:A2').setValues([["='Сводка'!A2"], ['=A1&"."']]);
    runtime.ledger.reset();
    task.getRange('A1:A2').getValues();
    task.getRange('A2').getDisplayValue();
    const totals = runtime.ledger.totals();
    expect(totals.calls).toBe(4); // two getRange, getValues, getDisplayValue
    expect(totals.cellsRead).toBe(3);
  });
});

describe('TODAY() live', () => {
  it('gives the new number of days after the clock moves, with nothing rewritten', () => {
    const { runtime, sheet } = makeSpreadsheet(); // 15.06.2021 in Tomsk
    sheet.getRange('F7').setValue('20.06.2021');
    sheet.getRange('G7').setValue('=F7-TODAY()');
    expect(sheet.getRange('G7').getValue()).toBe(5);
    runtime.clock.advance(DAY_MS);
    expect(sheet.getRange('G7').getValue()).toBe(4);
    expect(sheet.getRange('G7').getDisplayValue()).toBe('4');
    expect(sheet._snapshotCell(7, 7).value).toBe(4);
    runtime.clock.advance(10 * DAY_MS);
    expect(sheet.getRange('F7:G7').getDisplayValues()).toEqual([['20.06.2021', '-6']]);
  });

  it('colours by a rule that reads a live formula cell', () => {
    const { runtime, sheet, app } = makeSpreadsheet();
    sheet.getRange('F2').setValue('17.06.2021');
    sheet.getRange('G2').setValue('=F2-TODAY()');
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$G2<0')
      .setBackground('#F4CCCC')
      .setRanges([sheet.getRange('A2:G2')])
      .build();
    const lessThan = app
      .newConditionalFormatRule()
      .whenNumberLessThan(0)
      .setFontColor('#990000')
      .setRanges([sheet.getRange('G2')])
      .build();
    sheet.setConditionalFormatRules([rule, lessThan]);
    expect(sheet._effectiveBackground(2, 1)).toBe('#ffffff');
    runtime.clock.advance(3 * DAY_MS);
    expect(sheet._effectiveBackground(2, 1)).toBe('#f4cccc');
    sheet.setConditionalFormatRules([lessThan]);
    expect(sheet._effectiveFontColor(2, 7)).toBe('#990000');
  });
});

describe('formulas the evaluator does not support', () => {
  it('keep the cached value of an imported .xlsx; supported ones are recomputed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Лист1');
    ws.getCell('A1').value = 4;
    ws.getCell('B1').value = { formula: 'VLOOKUP(A1,C1:D9,2,FALSE)', result: 42 } as ExcelJS.CellFormulaValue;
    ws.getCell('C1').value = { formula: 'A1*2', result: 999 } as ExcelJS.CellFormulaValue;
    const { runtime } = makeSpreadsheet();
    const ss = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()), { runtime });
    const sheet = ss._sheet('Лист1');
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[4, 42, 8]]);
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('B1:C1').getDisplayValues()).toEqual([['42', '10']]);
    expect(sheet._snapshotCell(1, 2).value).toBe(42);
  });

  it('read as empty when a script wrote them (no cached value)', () => {
    const { sheet } = makeSpreadsheet();
    sheet.getRange('A1').setValue('старое');
    sheet.getRange('A1').setValue('=VLOOKUP(1,C1:D9,2,FALSE)');
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getFormula()).toBe('=VLOOKUP(1,C1:D9,2,FALSE)');
  });
});

describe('the .xlsx writer', () => {
  it('writes a formula with its current result', async () => {
    const { runtime, ss, sheet } = makeSpreadsheet();
    const summary = ss.insertSheet('Сводка');
    summary.getRange('A2').setValue('первое');
    sheet.getRange('A1').setValue("='Сводка'!A2");
    sheet.getRange('F7').setValue('20.06.2021');
    sheet.getRange('G7').setValue('=F7-TODAY()');
    summary.getRange('A2').setValue('второе');
    runtime.clock.advance(DAY_MS);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(ss)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Лист1');
    expect(ws?.getCell('A1').value).toEqual({ formula: "'Сводка'!A2", result: 'второе' });
    expect(ws?.getCell('G7').value).toEqual({ formula: 'F7-TODAY()', result: 4 });
  });
});
