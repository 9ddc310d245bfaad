/**
 * Text stays text: numbers like «2.1» are never turned into dates or numbers by the add-in,
 * and the add-in never writes a formula (the emulator records every formula a script writes),
 * even when a cell it copies starts with «=», «+» or «-». 2021-06-15 09:00 in Asia/Tomsk.
 */
import type { CellValue } from '../../../src/core/model';
import { seed2021 } from '../../fixtures/roadmaps';
import { rectangle } from '../../fixtures/roadmaps/paste';
import { checkReport, columnsByHeader, hostForFixture, hostForSample, toA1 } from './bundle';

/** A small roadmap whose numbers are typed as text («2.1» in a plain-text cell) and whose executors look like formulas. */
const TRICKY: CellValue[][] = rectangle([
  ['План мероприятий на 2021 год'],
  ['№ п/п', 'Наименование мероприятия', 'Исполнители', 'Срок исполнения', 'Результат'],
  ['Раздел 1. Подготовка'],
  ['1.1', 'Согласование плана', '=СУММ(1;2)', 'март 2021 г.', 'План'],
  ['1.2', 'Телефонный обзвон участников', '+7 (3822) 00-00-00 приёмная', 'апрель 2021 г.', 'Протокол'],
  ['Раздел 2. Проведение'],
  ['2.1', 'Проведение семинара', '-Иванов И.И.', 'до 15.06.2021', 'Программа'],
  ['2.10', 'Подведение итогов', '@отдел кадров', 'декабрь 2021 г.', 'Отчёт'],
]);

function trickyTable() {
  const fixture = {
    ...seed2021,
    values: TRICKY,
    merges: [],
    expected: { ...seed2021.expected, headerRow: 2, sections: 2, measures: 4 },
  };
  const table = hostForFixture(fixture);
  // The numbers were typed into plain-text cells, as a careful person would.
  for (let r = 1; r <= TRICKY.length; r++) table.sheet._ensureCell(r, 1).numberFormat = '@';
  return table;
}

describe('text stays text (2021-06-15)', () => {
  it('keeps «2.1» and «2.10» as text in the sheet and in the report through prepare + check', () => {
    const { host, sheet } = trickyTable();
    host.run('prepareTable');
    host.run('checkDeadlines');
    expect(sheet._cellAt(7, 1)?.value).toBe('2.1');
    expect(sheet._cellAt(8, 1)?.value).toBe('2.10');
    expect(checkReport(host).measures.map((m) => m.number)).toEqual(['1.1', '1.2', '2.1', '2.10']);
  });

  it('reads back «2.1» that Sheets had turned into a date, leaving the user’s cell as it was', () => {
    const { host, sheet } = hostForFixture(seed2021);
    const row = seed2021.values.findIndex((line) => typeof line[0] === 'object') + 1;
    const before = sheet._snapshotCell(row, 1);
    host.run('prepareTable');
    const measure = checkReport(host).measures.find((m) => m.row === row);
    expect(measure?.number).toBe('2.1');
    expect(sheet._snapshotCell(row, 1)).toEqual(before);
  });

  it('lists formula-like executors in «Исполнители» as plain text and writes no formula anywhere', () => {
    const { host, spreadsheet } = trickyTable();
    host.run('prepareTable');
    host.run('checkDeadlines');
    const directory = spreadsheet._sheet('Исполнители');
    const names = directory
      ._rawValues()
      .slice(1)
      .map((line) => line[0]);
    expect(names).toEqual(expect.arrayContaining(['Иванов И.И.', 'отдел кадров']));
    names.forEach((name, i) => {
      expect(typeof name).toBe('string');
      expect(String(name)).not.toMatch(/^[=+@]/);
      expect(directory._cellAt(i + 2, 1)?.numberFormat).toBe('@');
    });
    expect(spreadsheet.formulaLog).toEqual([]);
  });

  it('writes no formula on the sample through prepare, check, report and edits', async () => {
    const { host, spreadsheet, sheet } = await hostForSample();
    host.run('prepareTable');
    host.run('checkDeadlines');
    checkReport(host);
    const columns = columnsByHeader(sheet, 10);
    host.edit(toA1(12, columns.get('Статус') as number), 'Выполнено');
    host.edit(toA1(13, columns.get('Новый срок') as number), '=1+1');
    host.edit(toA1(14, columns.get('Новый срок') as number), '01.07.2021');
    expect(spreadsheet.formulaLog).toEqual([]);
    // Новый срок is a plain-text column: what the person typed stays text.
    expect(sheet._cellAt(13, columns.get('Новый срок') as number)?.value).toBe('=1+1');
    expect(sheet._cellAt(14, columns.get('Новый срок') as number)?.value).toBe('01.07.2021');
    expect(checkReport(host).measures.find((m) => m.row === 14)?.due).toBe('2021-07-01');
  });
});
