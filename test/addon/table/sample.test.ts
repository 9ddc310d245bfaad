/**
 * samples/roadmap-2021.xlsx through the built bundle on the offline host, on 2021-06-15 at
 * 09:00 in Asia/Tomsk (the spreadsheet's zone).
 */
import { type CheckReport, checkReport, columnsByHeader, hostForSample, toA1 } from './bundle';

describe('getCheckReport on samples/roadmap-2021.xlsx (2021-06-15, Asia/Tomsk)', () => {
  let report: CheckReport;
  beforeAll(async () => {
    const { host } = await hostForSample();
    report = checkReport(host);
  });

  const byNumber = (n: string) => {
    const found = report.measures.find((m) => m.number === n);
    if (!found) throw new Error(`measure ${n} not in the report`);
    return found;
  };

  it('finds the plan year 2021 and judges on the Tomsk date', () => {
    expect(report.planYear).toBe(2021);
    expect(report.today).toBe('2021-06-15');
  });

  it('reads 3 sections holding 7 + 12 + 10 = 29 measures', () => {
    expect(report.sections.map((s) => s.title.slice(0, 9))).toEqual(['Задача 1.', 'Задача 2.', 'Задача 3.']);
    expect(report.sections.map((s) => s.measures)).toEqual([7, 12, 10]);
    expect(report.measures).toHaveLength(29);
    expect(report.measures.map((m) => m.number).slice(0, 8)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '1.6',
      '1.7',
      '2.1',
    ]);
    expect(byNumber('2.10').section).toBe(report.sections[1]?.id);
  });

  it('reads «февраль-март 2021 г.» (1.1) as due 2021-03-31, overdue by 76 days', () => {
    expect(byNumber('1.1')).toMatchObject({ due: '2021-03-31', state: 'overdue', daysLeft: -76 });
  });

  it('judges «ежемесячно» (1.5) period by period: May’s obligation unreported is overdue', () => {
    expect(byNumber('1.5')).toMatchObject({ recurrence: 'month', due: '2021-05-31', state: 'overdue' });
  });

  it('reads «июнь-декабрь 2021» (2.9) from 2021-06-01 to 2021-12-31', () => {
    expect(byNumber('2.9')).toMatchObject({ start: '2021-06-01', due: '2021-12-31', state: 'not-started' });
  });

  it('reads every «в течение года» as due at the end of the plan year', () => {
    const yearLong = report.measures.filter((m) => m.deadlineText.toLowerCase() === 'в течение года');
    expect(yearLong.length).toBeGreaterThanOrEqual(10);
    for (const m of yearLong) expect(m.due).toBe('2021-12-31');
    expect(byNumber('2.8')).toMatchObject({ due: '2021-12-31', daysLeft: 199 });
  });

  it('flags «март 2020г.» in measure 1.2 as outside the plan year, naming row 13 and column D', () => {
    const m12 = byNumber('1.2');
    expect(m12).toMatchObject({ row: 13, deadlineText: 'март 2020г.', due: '2020-03-31' });
    const problem = report.problems.find((p) => p.code === 'year-outside-plan');
    expect(problem).toMatchObject({ row: 13, column: 4 });
    expect(problem?.message).toMatch(/Строка 13/);
    expect(problem?.message).toMatch(/столбец D/);
    expect(report.problems.filter((p) => p.code === 'year-outside-plan')).toHaveLength(1);
  });

  it('moves «ежемесячно» (1.5) to June’s obligation once May’s completion is recorded', async () => {
    const { host, sheet } = await hostForSample();
    host.run('prepareTable');
    const completed = columnsByHeader(sheet, 10).get('Дата выполнения') as number;
    host.edit(toA1(16, completed), '20.05.2021');
    const m15 = checkReport(host).measures.find((m) => m.number === '1.5');
    expect(m15).toMatchObject({ completed: '2021-05-20', due: '2021-06-30', state: 'not-started', daysLeft: 15 });
  });

  it('judges on the spreadsheet’s date, not the script’s: 18:30 UTC on 15 June is 16 June in Tomsk', async () => {
    const { host } = await hostForSample({ now: Date.UTC(2021, 5, 15, 18, 30), scriptTimeZone: 'Europe/Moscow' });
    const late = checkReport(host);
    expect(late.today).toBe('2021-06-16');
    expect(late.measures.find((m) => m.number === '1.1')).toMatchObject({ due: '2021-03-31', daysLeft: -77 });
  });

  it('reads a typed Дата выполнения in the spreadsheet’s zone (01.04.2021 is a day late for 1.1)', async () => {
    const { host, sheet } = await hostForSample({ scriptTimeZone: 'Europe/Moscow' });
    host.run('prepareTable');
    const completed = columnsByHeader(sheet, 10).get('Дата выполнения') as number;
    host.edit(toA1(12, completed), '01.04.2021');
    const m11 = checkReport(host).measures.find((m) => m.number === '1.1');
    expect(m11).toMatchObject({ completed: '2021-04-01', state: 'done-late' });
  });
});
