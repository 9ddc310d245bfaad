/**
 * The add-in recognises its conditional-format rules by where they paint and their colours, not
 * by the formula text Sheets gives back (issue 14). samples/roadmap-2021.xlsx, 2021-06-15 09:00 Tomsk.
 */
import { isOwnRule, normalizeFormula } from '../../../src/core/roadmap';
import type { EmulatedConditionalFormatRule } from '../../../src/local/emulator/spreadsheet';
import { hostForSample } from './bundle';

/** What Google might give back for the add-in's formula: spaced, prefixed, wrapped. */
function respelled(formula: string): string {
  return `= ( 'Дорожная карта'!${formula.slice(1).replace('=', ' = ')} )`;
}

describe('the add-in’s own conditional-format rules', () => {
  it('ten «Подготовить таблицу» and ten «Проверить сроки» leave the same rules, whatever spelling Sheets keeps', async () => {
    const { host, sheet } = await hostForSample();
    // A person's own rules: one on their columns, one on the add-in's columns with their own colours.
    const mine = sheet
      ._newConditionalFormatRule()
      .whenFormulaSatisfied('=$A11="1.1."')
      .setBackground('#ffff00')
      .setRanges([sheet.getRange('A11:B20')])
      .build();
    host.run('prepareTable');
    const theirsOnAddin = sheet
      ._newConditionalFormatRule()
      .whenFormulaSatisfied('=LEN($N11)>0')
      .setBackground('#00ff00')
      .setRanges([sheet.getRange('N11:N20')])
      .build();
    const own = sheet.getConditionalFormatRules();
    expect(own.length).toBeGreaterThan(0);
    sheet.setConditionalFormatRules([mine, ...own, theirsOnAddin]);
    const count = own.length + 2;
    // Sheets may return the formulas re-spelled.
    for (const rule of sheet.conditionalRules as EmulatedConditionalFormatRule[]) {
      const formula = rule.data.args[0];
      if (typeof formula === 'string' && formula.includes('"') && !formula.includes('1.1.'))
        rule.data.args[0] = respelled(formula);
    }
    for (let i = 0; i < 10; i++) {
      host.run('prepareTable');
      host.run('checkDeadlines');
    }
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(count);
    expect(rules.map((r) => r.getBooleanCondition().getBackground())).toEqual(
      expect.arrayContaining(['#ffff00', '#00ff00']),
    );
  });
});

describe('isOwnRule and normalizeFormula (pure)', () => {
  const addin = { first: 11, last: 18 };
  const ours = { ranges: ['K11:R1000'], background: '#F4C7C3', fontColor: '#A50E0E', formula: '=$M11="x"' };

  it('reads a rule inside the add-in’s columns with a state’s colours (any case) as ours', () => {
    expect(isOwnRule(ours, addin)).toBe(true);
  });

  it('never takes a rule that paints a person’s column, whatever its colours or formula', () => {
    expect(isOwnRule({ ...ours, ranges: ['J11:R1000'] }, addin)).toBe(false);
  });

  it('takes a rule of an older palette by its formula, in any spelling', () => {
    const old = {
      ranges: ['K11:R1000'],
      background: '#123456',
      fontColor: null,
      formula: '=( Лист1!$m11 = "Просрочено" )',
    };
    expect(isOwnRule(old, addin)).toBe(true);
    expect(isOwnRule({ ...old, formula: '=$M11="Моё"' }, addin)).toBe(false);
    expect(normalizeFormula('= ( \'Лист 1\'!$k11 = "Просрочено" )')).toBe('=$K11="Просрочено"');
  });
});
