/**
 * «Подготовить таблицу» and the «Исполнители» directory: a directory the person made is adopted
 * as it is, and only executors it cannot resolve are appended — never a row that would shadow
 * entries it already has. samples/roadmap-2021.xlsx, 2021-06-15 09:00 in Asia/Tomsk.
 */
import { checkReport, hostForSample } from './bundle';

const names = (values: (string | number | boolean)[][]) => values.map((line) => line[0]);

describe('the person’s own «Исполнители» on the sample (2021-06-15)', () => {
  it('adopts it and appends nothing when every executor resolves («Рабочая группа ЦОПП» by two entries)', async () => {
    const { host, spreadsheet } = await hostForSample();
    const directory = spreadsheet._sheet('Исполнители');
    const before = directory._rawValues();
    const problemsBefore = checkReport(host).problems;
    host.run('prepareTable');
    expect(directory._rawValues()).toEqual(before);
    expect(checkReport(host).problems).toEqual(problemsBefore);
    expect(spreadsheet._snapshot().metadata).toContainEqual(
      expect.objectContaining({ value: 'directory', location: 'SHEET Исполнители' }),
    );
    expect(spreadsheet.sheets.filter((s) => s.name.startsWith('Исполнители'))).toHaveLength(1);
  });

  it('appends only the unknown part of a partly known executor, once', async () => {
    const { host, spreadsheet, sheet } = await hostForSample();
    sheet._ensureCell(20, 3).value = 'ЦОПП Калачева Е. А.';
    const directory = spreadsheet._sheet('Исполнители');
    const before = names(directory._rawValues());
    host.run('prepareTable');
    expect(names(directory._rawValues())).toEqual([...before, 'Калачева Е. А.']);
    const unknown = checkReport(host).problems.filter((p) => p.code === 'executor-unknown');
    expect(unknown).toEqual([]);
  });

  it('writes an address the plan gives beside a new executor into «E-mail» (a phone into «Примечание»), and matches the person by name', async () => {
    const { host, spreadsheet, sheet } = await hostForSample();
    sheet._ensureCell(20, 3).value = 'Калачева Е. А. (kalacheva@school5.example.org, тел. 8-913-000-00-00)';
    const directory = spreadsheet._sheet('Исполнители');
    const rowsBefore = directory._rawValues().length;
    host.run('prepareTable');
    const added = directory._rawValues().slice(rowsBefore);
    expect(added).toEqual([['Калачева Е. А.', 'kalacheva@school5.example.org', '', 'тел. 8-913-000-00-00']]);
    const problems = checkReport(host).problems.filter((p) => p.code.startsWith('executor-'));
    expect(problems).toEqual([]);
  });
});
