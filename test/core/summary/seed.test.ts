import { STATE_CODES } from '../../../src/core/model';
import { judgeRoadmap } from '../../../src/core/roadmap';
import { STATE_LABELS } from '../../../src/core/states';
import type { SheetModel } from '../../../src/core/summary';
import {
  councilReportModel,
  countStates,
  defaultCouncilPeriod,
  judgeAll,
  summaryModels,
} from '../../../src/core/summary';
import { seed2021 } from '../../fixtures/roadmaps';
import { read, SETTINGS } from '../roadmap/helpers';

/** The seed roadmap read and judged by the real reader and checker, summarised on 2021-06-15. */
describe('summaries of the 2021 seed roadmap on 2021-06-15', () => {
  const today = '2021-06-15';
  const roadmap = read(seed2021, today);
  const states = judgeRoadmap(roadmap, today, SETTINGS);
  const models = summaryModels({
    roadmap,
    states,
    today,
    updatedAt: '15.06.2021 09:00',
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/seed/edit',
    sheetGid: 0,
  });
  const countOf = (model: SheetModel, label: string): unknown =>
    model.values.find((r) => r[1] === label && typeof r[2] === 'number')?.[2];

  it('builds «Сводка» and the three task sheets', () => {
    expect(models.map((m) => m.title)).toEqual(['Сводка', 'Задача 1', 'Задача 2', 'Задача 3']);
  });

  it('shows on «Сводка» the same counts by state as the checker', () => {
    const counts = countStates(judgeAll(roadmap.measures, states));
    const summary = models[0] as SheetModel;
    for (const code of STATE_CODES) expect(countOf(summary, STATE_LABELS[code])).toBe(counts[code]);
    expect(countOf(summary, 'Всего')).toBe(roadmap.measures.length);
  });

  it('splits every measure into exactly one task sheet', () => {
    const perTask = models.slice(1).map((m) => countOf(m, 'Всего') as number);
    expect(perTask.reduce((a, b) => a + b, 0)).toBe(roadmap.measures.length);
  });

  it('builds the council report for May 2021', () => {
    const period = defaultCouncilPeriod(today);
    const report = councilReportModel({ roadmap, states, ...period, updatedAt: '15.06.2021 09:00' });
    expect(report.values[0]?.[0]).toContain('с 01.05.2021 по 31.05.2021');
    expect(
      report.values.some(
        (r) => r[1] === 'Разработка порядка согласования прохождения практик на базе предприятий строительной отрасли',
      ),
    ).toBe(true);
  });
});
