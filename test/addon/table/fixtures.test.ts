/**
 * Six roadmap tables of different shapes (test/fixtures/roadmaps, each with its source) through
 * the built bundle on 2021-06-15 at 09:00 in Asia/Tomsk: «Подготовить таблицу», «Проверить сроки»
 * and the check report must agree with the fixture's expectations and with the pure core reading
 * the same values — dates, time zones and text survive the trip through the sheet.
 */

import { isRoadmapError, judgeRoadmap, readRoadmap } from '../../../src/core/roadmap';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { STATE_LABELS } from '../../../src/core/states';
import { serialToIso } from '../../../src/local/emulator/spreadsheet';
import { programActionPlan, ROADMAP_FIXTURES, type RoadmapFixture, schoolMonthPlan } from '../../fixtures/roadmaps';
import { checkReport, columnsByHeader, hostForFixture, ROADMAP_SHEET, toA1 } from './bundle';

const TODAY = '2021-06-15';

/** What the pure core makes of the fixture's values on the same day (the oracle). */
function coreView(fixture: RoadmapFixture) {
  const settings = {
    ...DEFAULT_SETTINGS,
    planYear: fixture.expected.planYearSource === 'settings' ? fixture.expected.planYear : null,
  };
  const roadmap = readRoadmap({
    sheetName: 'Дорожная карта',
    values: fixture.values,
    merges: fixture.merges,
    settings,
    today: TODAY,
  });
  if (isRoadmapError(roadmap)) throw new Error(roadmap.error.code);
  const states = judgeRoadmap(roadmap, TODAY, settings);
  return roadmap.measures.map((m, i) => ({
    row: m.row,
    number: m.number,
    due: states[i]?.due ?? null,
    state: states[i]?.state ?? null,
    daysLeft: states[i]?.daysLeft ?? null,
  }));
}

describe.each(ROADMAP_FIXTURES.map((f) => [f.name, f] as const))('%s (2021-06-15)', (_name, fixture) => {
  it('prepares, checks and reports the expected sections and measures', () => {
    const { host } = hostForFixture(fixture);
    const state = host.run('prepareTable') as { ready: boolean; error?: string; total: number };
    expect(state.error).toBeUndefined();
    expect(state.ready).toBe(true);
    expect(state.total).toBe(fixture.expected.measures);
    host.run('checkDeadlines');
    const report = checkReport(host);
    expect(report.planYear).toBe(fixture.expected.planYear);
    expect(report.sections).toHaveLength(fixture.expected.sections);
    expect(report.measures).toHaveLength(fixture.expected.measures);
    for (const m of report.measures) expect(m.state).not.toBeNull();
  });

  it('reports what the pure core reads from the same values (before and after prepare)', () => {
    const { host } = hostForFixture(fixture);
    const expected = coreView(fixture);
    const view = () =>
      checkReport(host).measures.map((m) => ({
        row: m.row,
        number: m.number,
        due: m.due,
        state: m.state,
        daysLeft: m.daysLeft,
      }));
    expect(view()).toEqual(expected);
    host.run('prepareTable');
    expect(view()).toEqual(expected);
  });

  it('writes each measure’s Крайний срок, Состояние and Дней до срока on its own row', () => {
    const { host, sheet } = hostForFixture(fixture);
    host.run('prepareTable');
    const report = checkReport(host);
    const headerRow = fixture.expected.headerRow;
    const columns = columnsByHeader(sheet, headerRow);
    const due = columns.get('Крайний срок') as number;
    const label = columns.get('Состояние') as number;
    const days = columns.get('Дней до срока') as number;
    expect([due, label, days].every((c) => c > 0)).toBe(true);
    for (const m of report.measures) {
      const dueCell = sheet._snapshotCell(m.row, due);
      expect(m.due === null ? dueCell.value : serialToIso(Number(dueCell.value))).toBe(m.due ?? '');
      expect(sheet._snapshotCell(m.row, label).value).toBe(STATE_LABELS[m.state as keyof typeof STATE_LABELS]);
      expect(sheet._snapshotCell(m.row, days).value).toBe(m.daysLeft ?? '');
    }
  });

  it('re-judges a one-off measure on onEdit when its Статус becomes «Выполнено», filling today', () => {
    const { host, sheet } = hostForFixture(fixture);
    host.run('prepareTable');
    const columns = columnsByHeader(sheet, fixture.expected.headerRow);
    const first = checkReport(host).measures.find(
      (m) => m.status !== 'done' && m.state !== 'cancelled' && m.recurrence === null,
    );
    if (!first) throw new Error('no open measure');
    const status = columns.get('Статус') as number;
    const [result] = host.edit(`'${ROADMAP_SHEET}'!${toA1(first.row, status)}`, 'Выполнено');
    expect(result?.ok).toBe(true);
    expect(result?.calls.spreadsheetCalls).toBeLessThanOrEqual(5);
    const completed = sheet._cellAt(first.row, columns.get('Дата выполнения') as number)?.value;
    expect(serialToIso(Number(completed))).toBe(TODAY);
    const label = sheet._cellAt(first.row, columns.get('Состояние') as number)?.value;
    expect(['Выполнено в срок', 'Выполнено с нарушением срока']).toContain(label);
    expect(checkReport(host).measures.find((m) => m.row === first.row)?.state).toMatch(/^done-/);
  });
});

describe('due dates on particular shapes (2021-06-15)', () => {
  it('takes the «окончание» cell of a two-row header as the due date and «начало» as the start', () => {
    const { host } = hostForFixture(programActionPlan);
    const first = checkReport(host).measures[0];
    expect(first).toMatchObject({ number: '1', start: '2022-01-10', due: '2022-02-28' });
  });

  it('reads date cells of a plan with no sections in the spreadsheet’s zone', () => {
    const { host } = hostForFixture(schoolMonthPlan);
    const measures = checkReport(host).measures;
    expect(measures.find((m) => m.number === '2')?.due).toBe('2022-01-21');
    expect(measures.find((m) => m.number === '5')?.due).toBe('2022-02-23');
    expect(measures.find((m) => m.number === '6')?.due).toBe('2022-02-25');
  });
});
