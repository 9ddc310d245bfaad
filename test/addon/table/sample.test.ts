/**
 * samples/roadmap-2021.xlsx through the built bundle on the offline host, on 2021-06-15 at
 * 09:00 in Asia/Tomsk (the spreadsheet's zone).
 */
import { type CheckReport, checkReport, columnsByHeader, hostForSample, toA1 } from './bundle';

describe('getCheckReport_ on samples/roadmap-2021.xlsx (2021-06-15, Asia/Tomsk)', () => {
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

  it('reads «февраль-март 2021 г.» (1.1) as due 2021-03-31: signed 22.03.2021, done on time', () => {
    expect(byNumber('1.1')).toMatchObject({
      due: '2021-03-31',
      status: 'done',
      completed: '2021-03-22',
      state: 'done-on-time',
      daysLeft: -76,
    });
  });

  it('judges the demo day’s entries: 1.3 on time (22.03 ≤ 31.03), 1.4 late (14.05 > 30.04)', () => {
    expect(byNumber('1.3')).toMatchObject({ due: '2021-03-31', completed: '2021-03-22', state: 'done-on-time' });
    expect(byNumber('1.4')).toMatchObject({ due: '2021-04-30', completed: '2021-05-14', state: 'done-late' });
    // «В работе» does not hide a passed due date: 2.1 (апрель) and 2.2 (май) stay overdue.
    expect(byNumber('2.1')).toMatchObject({ status: 'in-progress', completed: null, state: 'overdue', daysLeft: -46 });
    expect(byNumber('2.2')).toMatchObject({ status: 'in-progress', completed: null, state: 'overdue', daysLeft: -15 });
  });

  it('judges «ежемесячно» (1.5, 3.9) period by period: May done (27.05, 31.05) → June’s obligation, 15 days left', () => {
    // June: 2021-06-01 … 2021-06-30; 15 days left > dueSoonDays 7, Статус «В работе».
    for (const [n, completed] of [
      ['1.5', '2021-05-27'],
      ['3.9', '2021-05-31'],
    ] as const)
      expect(byNumber(n)).toMatchObject({
        recurrence: 'month',
        completed,
        start: '2021-06-01',
        due: '2021-06-30',
        daysLeft: 15,
        state: 'in-progress',
      });
  });

  it('reads «июнь-декабрь 2021» (2.9) from 2021-06-01 to 2021-12-31, in progress', () => {
    expect(byNumber('2.9')).toMatchObject({ start: '2021-06-01', due: '2021-12-31', state: 'in-progress' });
  });

  it('counts 2 done on time, 1 late, 5 overdue (1.2, 2.1, 2.2, 2.4, 2.5), 3 in progress, 18 not started', () => {
    const count = (state: string) => report.measures.filter((m) => m.state === state).length;
    expect(report.measures.filter((m) => m.state === 'overdue').map((m) => m.number)).toEqual([
      '1.2',
      '2.1',
      '2.2',
      '2.4',
      '2.5',
    ]);
    expect([count('done-on-time'), count('done-late'), count('in-progress'), count('not-started')]).toEqual([
      2, 1, 3, 18,
    ]);
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

  it('«ежемесячно» (1.5): a completion before May’s start leaves May overdue; one on 01.05 covers it', async () => {
    const { host, sheet } = await hostForSample();
    host.run('prepareTable');
    const completed = columnsByHeader(sheet, 10).get('Дата выполнения') as number;
    const m15 = () => checkReport(host).measures.find((m) => m.number === '1.5');
    host.edit(toA1(16, completed), '');
    expect(m15()).toMatchObject({ completed: null, due: '2021-05-31', state: 'overdue', daysLeft: -15 });
    host.edit(toA1(16, completed), '30.04.2021');
    expect(m15()).toMatchObject({ completed: '2021-04-30', due: '2021-05-31', state: 'overdue', daysLeft: -15 });
    host.edit(toA1(16, completed), '01.05.2021');
    expect(m15()).toMatchObject({ completed: '2021-05-01', due: '2021-06-30', state: 'in-progress', daysLeft: 15 });
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
