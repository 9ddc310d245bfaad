import { ownHeaderText } from '../../../src/core/roadmap';

/** An own sheet that lost its mark is found by its first row, compared in this form (addon/own-sheets.ts). */
describe('ownHeaderText', () => {
  it.each([
    ['Журнал напоминаний, 2021', 'журнал напоминаний #'],
    ['  Исполнитель:  ', 'исполнитель'],
    ['Отчёт (№ 12)', 'отчет #'],
    [null, ''],
    [15, '#'],
  ])('%p → %p', (cell, text) => {
    expect(ownHeaderText(cell)).toBe(text);
  });
});
