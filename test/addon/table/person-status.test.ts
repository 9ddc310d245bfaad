import { checkReport, hostFor, spreadsheetFromFixture } from './bundle';

/**
 * A programme plan with a «Статус» column of its own (the kind of row: подпрограмма, основное
 * мероприятие, контрольное событие — the header of Rosstat's state-programme plan, see
 * test/fixtures/headers/real-headers.ts) standing among the person's columns: the add-in neither
 * reads nor writes it, and «Подготовить таблицу» adds its own «Статус» right of the table.
 * 2021-06-15 09:00 in Tomsk.
 */
const HEADER = [
  '№ п/п',
  'Наименование подпрограммы, основного мероприятия, контрольного события программы',
  'Статус',
  'Ответственный исполнитель',
  'Ожидаемый результат реализации мероприятия',
  'Срок начала реализации',
  'Срок окончания реализации (дата контрольного события)',
  'Объем ресурсного обеспечения, тыс. руб.',
];
const ROWS = [
  [
    '1',
    'Подпрограмма «Развитие дошкольного образования»',
    'Подпрограмма',
    'Управление образования',
    '',
    '2021',
    '2023',
    '1500',
  ],
  [
    '1.1',
    'Строительство детского сада',
    'Основное мероприятие',
    'Отдел строительства',
    'Введено 220 мест',
    '01.02.2021',
    '31.05.2021',
    '1200',
  ],
  [
    '1.2',
    'Ввод детского сада в эксплуатацию',
    'Контрольное событие',
    'Отдел строительства',
    'Акт ввода',
    '',
    '30.06.2021',
    '',
  ],
];

function plan() {
  const values = [['План реализации муниципальной программы на 2021-2023 годы'], [], HEADER, ...ROWS];
  const { spreadsheet, sheet } = spreadsheetFromFixture({ values, merges: [] });
  return { host: hostFor(spreadsheet), sheet };
}

describe('a plan’s own «Статус» among its columns (2021-06-15)', () => {
  it('is left as it was: values, no dropdown; the add-in adds its own «Статус» right of the table', () => {
    const { host, sheet } = plan();
    const before = [4, 5, 6].map((row) => sheet.getRange(row, 3).getValue());
    host.run('prepareTable');
    expect([4, 5, 6].map((row) => sheet.getRange(row, 3).getValue())).toEqual(before);
    expect([4, 5, 6].map((row) => sheet._snapshotCell(row, 3).validation ?? null)).toEqual([null, null, null]);
    const header = sheet.getRange(3, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
    expect(header.slice(0, 8)).toEqual(HEADER);
    expect(header.indexOf('Статус', 3)).toBeGreaterThanOrEqual(HEADER.length);
  });

  it('is no status: no «статус не распознан», the measures are judged by their dates', () => {
    const { host } = plan();
    host.run('prepareTable');
    host.run('checkDeadlines');
    const report = checkReport(host);
    expect(report.problems.filter((p) => p.code === 'status-unknown')).toEqual([]);
    expect(report.measures.map((m) => [m.number, m.status, m.due])).toEqual([
      ['1', null, '2023-12-31'],
      ['1.1', null, '2021-05-31'],
      ['1.2', null, '2021-06-30'],
    ]);
  });

  it('stays the person’s on the next «Подготовить таблицу»: one add-in «Статус», no third', () => {
    const { host, sheet } = plan();
    host.run('prepareTable');
    const width = sheet.getLastColumn();
    host.run('prepareTable');
    expect(sheet.getLastColumn()).toBe(width);
    const header = sheet.getRange(3, 1, 1, width).getValues()[0] ?? [];
    expect(header.filter((text) => text === 'Статус')).toHaveLength(2);
  });
});
