/**
 * Cells merged down over several measures, on the add-in's path: the merged-cells fixture in the
 * emulator (values in the merges' top-left cells only, as Sheets gives them), prepared, checked
 * and reminded on 2021-06-15 09:00 in Asia/Tomsk.
 */
import { mergedCells } from '../../fixtures/roadmaps';
import { checkReport, columnsByHeader, fillSheet, hostForFixture, toA1 } from './bundle';

const DIRECTORY = [
  ['Исполнитель', 'E-mail', 'Копия', 'Примечание'],
  ['Руководители ПОО', 'poo@example.org', '', ''],
  ['Рабочая группа', 'group@example.org', '', ''],
  ['Координационный совет', 'council@example.org', '', ''],
  ['Отраслевые предприятия', 'industry@example.org', '', ''],
];

function prepared() {
  const fixture = hostForFixture(mergedCells);
  fillSheet(fixture.spreadsheet._addSheet('Исполнители'), DIRECTORY);
  fixture.host.run('prepareTable');
  fixture.host.run('checkDeadlines');
  return fixture;
}

describe('a cell merged down over several measures, through the built add-in (2021-06-15)', () => {
  it('judges 1.2 and 1.3 by the merged deadline: both overdue since 01.06.2021', () => {
    const { host } = prepared();
    const byNumber = new Map(checkReport(host).measures.map((m) => [m.number, m]));
    expect(byNumber.get('1.2')).toMatchObject({ deadlineText: 'до 01.06.2021', due: '2021-06-01', state: 'overdue' });
    expect(byNumber.get('1.3')).toMatchObject({ deadlineText: 'до 01.06.2021', due: '2021-06-01', state: 'overdue' });
    expect(checkReport(host).problems.filter((p) => p.row === 6 || p.row === 7)).toEqual([]);
  });

  it('writes the state of every measure under the merge, not «Без срока»', () => {
    const { sheet } = prepared();
    const header = sheet._rawValues()[2] ?? [];
    const state = header.indexOf('Состояние');
    expect(state).toBeGreaterThan(0);
    const rows = sheet._rawValues();
    expect(String(rows[5]?.[state])).toMatch(/^Просрочено/);
    expect(String(rows[6]?.[state])).toMatch(/^Просрочено/);
  });

  it('reminds the executors merged over 1.1–1.3 of the second and third measures too', () => {
    const { host } = prepared();
    host.run('sendReminders', { includeAllOverdue: false, limit: 100 });
    const toPoo = host.outbox.filter((m) => m.to.includes('poo@example.org'));
    expect(toPoo).toHaveLength(1);
    const text = toPoo[0]?.body ?? '';
    expect(text).toContain('Разработка и утверждение плана-графика работы Кластера');
    expect(text).toContain('Формирование Координационного совета Кластера');
  });
});

describe('onEdit under a cell merged down (2021-06-15)', () => {
  function edited() {
    const fixture = prepared();
    const columns = columnsByHeader(fixture.sheet, 3);
    const col = (name: string) => columns.get(name) ?? 0;
    const state = (row: number) => String(fixture.sheet._cellAt(row, col('Состояние'))?.value ?? '');
    return { ...fixture, col, state };
  }

  it('re-judging 1.3 (Статус «В работе») reads the deadline merged over it: still overdue, in ≤ 5 calls', () => {
    const t = edited();
    const [result] = t.host.edit(toA1(7, t.col('Статус')), 'В работе');
    expect(result?.ok).toBe(true);
    expect(result?.calls.spreadsheetCalls).toBeLessThanOrEqual(5);
    expect(t.state(7)).toMatch(/^Просрочено/);
  });

  it('a new text in the merged deadline re-checks every measure under it', () => {
    const t = edited();
    expect(t.state(7)).toMatch(/^Просрочено/);
    const [result] = t.host.edit(toA1(6, t.col('Срок исполнения')), 'до 01.12.2021');
    expect(result?.ok).toBe(true);
    expect(result?.calls.spreadsheetCalls).toBeLessThanOrEqual(5);
    expect(t.state(6)).toBe('Не начато');
    expect(t.state(7)).toBe('Не начато');
  });
});
