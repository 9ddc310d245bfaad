import path from 'node:path';
import { readSheetCells } from '../../../src/addon/roadmap-sheet';
import { isRoadmapError, readRoadmap } from '../../../src/core/roadmap';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Io } from '../../../src/local/cli/io';
import { main } from '../../../src/local/cli/main';
import { Runtime } from '../../../src/local/emulator/runtime';
import { readXlsx } from '../../../src/local/xlsx';

/**
 * The samples of other shapes (issue 15) read by the add-in's own built code, as `roadmap check
 * <sample> --json` does: the school council's plan («Тема | Сроки проведения | Ответственный», a
 * month merged down over each meeting's questions) and the municipal programme («Срок реализации»
 * over «начало» / «завершение», indicator values by year beside them; the Kotelnich programme's
 * measures, «Срок исполнения» over «начало» / «окончание» beside their financing); the 2021 sample
 * alongside.
 * `npm test` builds dist/ first.
 */
const root = path.resolve(__dirname, '../../..');
const code = path.join(root, 'dist/Code.js');
const sample = (name: string) => path.join(root, 'samples', name);

interface ReportMeasure {
  number: string;
  title: string;
  deadlineText: string;
  start: string | null;
  due: string | null;
  executors: string[];
}
interface Report {
  sheet: string;
  planYear: number;
  sections: { title: string }[];
  measures: ReportMeasure[];
  problems: { code: string; row: number }[];
}

async function check(file: string, today: string): Promise<Report> {
  const lines: string[] = [];
  const io: Io = { out: (l) => lines.push(l), err: (l) => lines.push(l), readStdin: async () => '', today: () => '' };
  const exit = await main(['check', sample(file), '--today', today, '--json'], io);
  if (exit !== 0) throw new Error(lines.join('\n'));
  return JSON.parse(lines.join('\n')) as Report;
}

const dues = (report: Report) => report.measures.map((m) => [m.number, m.start, m.due]);

describe('the samples of other shapes read with their structure and due dates', () => {
  const saved = process.env.ROADMAP_CODE_JS;
  beforeAll(() => {
    process.env.ROADMAP_CODE_JS = code;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.ROADMAP_CODE_JS;
    else process.env.ROADMAP_CODE_JS = saved;
  });

  it('the school council\u2019s plan «Тема | Сроки проведения | Ответственный»: three meetings, eight questions, the merged month due for each (2021-10-20)', async () => {
    const report = await check('school-council-2021.xlsx', '2021-10-20');
    expect([report.sheet, report.planYear]).toEqual(['План работы', 2021]);
    expect(report.sections.map((s) => s.title)).toEqual([
      '1. Организационное собрание с повесткой дня:',
      '2. Организационное собрание с повесткой дня:',
      '3. Заседание совета по вопросам:',
    ]);
    expect(dues(report)).toEqual([
      ['1.1', '2021-09-01', '2021-09-30'],
      ['1.2', '2021-09-01', '2021-09-30'],
      ['1.3', '2021-09-01', '2021-09-30'],
      ['2.1', '2021-10-01', '2021-10-31'],
      ['2.2', '2021-10-01', '2021-10-31'],
      ['2.3', '2021-10-01', '2021-10-31'],
      ['3.1', '2021-12-01', '2021-12-31'],
      ['3.2', '2021-12-01', '2021-12-31'],
    ]);
    expect(report.measures.every((m) => m.executors.join() === 'Председатель попечительского совета')).toBe(true);
    expect(report.measures[1]?.title).toBe('Избрание членов попечительского совета школы на 2021/2022 учебный год');
    expect(report.problems).toEqual([]);
  });

  it('the municipal programme: the due date from «завершение», the start from «начало», indicator columns ignored (2018-06-15)', async () => {
    const report = await check('municipal-tynda-2018.xlsx', '2018-06-15');
    expect([report.sheet, report.planYear, report.sections.length]).toEqual(['Мероприятия', 2015, 0]);
    expect(dues(report)).toEqual([
      ['', '2015-01-01', '2020-12-31'],
      ['1', '2015-01-01', '2020-12-31'],
      ['1.1', '2015-01-01', '2020-12-31'],
      ['1.2', '2016-04-01', '2018-12-31'],
      ['2', '2015-01-01', '2020-12-31'],
      ['2.1', '2017-01-01', '2017-08-31'], // «ежегодно, август», never marked done: last year’s period is owed
      ['2.2', '2017-09-01', '2019-05-31'],
      ['3', '2015-01-01', '2020-12-31'],
      ['3.1', '2015-01-01', '2020-12-31'],
    ]);
    expect(report.measures.find((m) => m.number === '1.2')?.deadlineText).toBe('IV квартал 2018');
    expect(report.measures.find((m) => m.number === '1.1')?.executors).toEqual([
      'Управление образования',
      'дошкольные образовательные учреждения',
    ]);
    // No indicator, base year or ratio was taken for a deadline: no deadline problem at all.
    expect(report.problems.filter((p) => /deadline|year/.test(p.code))).toEqual([]);
  });

  it('the Kotelnich programme: start and end from «начало» / «окончание», «ежегодно» merged over both, financing ignored (2010-06-15)', async () => {
    const report = await check('municipal-kotelnich-2010.xlsx', '2010-06-15');
    expect([report.sheet, report.planYear, report.sections.length]).toEqual(['Мероприятия', 2010, 0]);
    expect(dues(report)).toEqual([
      ['1.9', '2010-01-01', '2011-12-31'],
      ['2.5', '2010-01-01', '2010-12-31'],
      ['3.4', '2010-01-01', '2010-12-31'],
    ]);
    expect(report.measures.map((m) => m.deadlineText)).toEqual(['2011', 'ежегодно', 'ежегодно']);
    expect(report.measures[0]?.title).toBe(
      'Реконструкция братского кладбища воинов Советской Армии, умерших от ран в эвакогоспиталях в Великую Отечественную войну',
    );
    expect(report.measures.map((m) => m.executors)).toEqual([
      ['отдел культуры'],
      ['отдел культуры'],
      ['отдел культуры', 'краеведческий музей'],
    ]);
    // No amount was taken for a deadline and 2011 is within the plan's years: no problem at all.
    expect(report.problems).toEqual([]);
  });

  it('the Kotelnich programme as the reader sees it: the financing columns are the person\u2019s', async () => {
    const ss = await readXlsx(sample('municipal-kotelnich-2010.xlsx'), { runtime: new Runtime() });
    const sheet = ss._sheet('Мероприятия') as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    const { values, merges } = readSheetCells(sheet, 'Europe/Moscow', 1);
    const roadmap = readRoadmap({
      sheetName: 'Мероприятия',
      values,
      merges,
      settings: DEFAULT_SETTINGS,
      today: '2010-06-15',
    });
    if (isRoadmapError(roadmap)) throw new Error(roadmap.error.code);
    // A «N п/п», B «Название мероприятий», C/D «начало»/«окончание», E/F the financing, G «Исполнители».
    expect(roadmap.columns).toEqual({ number: 1, measure: 2, start: 3, end: 4, executors: 7 });
    expect([roadmap.headerRow, roadmap.headerLastRow, roadmap.planYear, roadmap.planEndYear]).toEqual([
      3, 4, 2010, 2011,
    ]);
    expect(roadmap.measures.map((m) => [m.startText, m.deadlineText])).toEqual([
      ['2010', '2011'],
      ['ежегодно', 'ежегодно'],
      ['ежегодно', 'ежегодно'],
    ]);
  });

  it('the 2021 sample keeps its structure and due dates (2021-06-15)', async () => {
    const report = await check('roadmap-2021.xlsx', '2021-06-15');
    expect([report.planYear, report.sections.length, report.measures.length]).toEqual([2021, 3, 29]);
    const due = (n: string) => report.measures.find((m) => m.number === n)?.due;
    expect(['1.1', '1.3', '2.1', '2.9', '3.8'].map(due)).toEqual([
      '2021-03-31',
      '2021-03-31',
      '2021-04-30',
      '2021-12-31',
      '2021-11-30',
    ]);
  });
});
