import type { CellValue } from '../../../src/core/model';
import {
  checkLayout,
  guessLayout,
  isRoadmapError,
  layoutMoved,
  layoutTexts,
  readRoadmap,
  type TableLayout,
} from '../../../src/core/roadmap';
import { seed2021 } from '../../fixtures/roadmaps';
import { unrecognised } from '../../fixtures/roadmaps/unrecognised';
import { SETTINGS } from './helpers';

const LAYOUT: TableLayout = { headerRow: 2, columns: { number: 1, measure: 2, executors: 3, deadline: 4, result: 5 } };
const read = (values: CellValue[][], layout = LAYOUT) =>
  readRoadmap({ sheetName: 'Лист1', values, merges: [], settings: SETTINGS, today: '2021-06-15', layout });

describe('the person’s header row and columns (read on 2021-06-15)', () => {
  test('the reader alone does not recognise the table', () => {
    const result = readRoadmap({
      sheetName: 'Лист1',
      values: unrecognised.values,
      merges: [],
      settings: SETTINGS,
      today: '2021-06-15',
    });
    expect(isRoadmapError(result)).toBe(true);
  });

  test('with a layout it reads every measure by the chosen columns', () => {
    const roadmap = read(unrecognised.values);
    if (isRoadmapError(roadmap)) throw new Error(roadmap.error.code);
    expect(roadmap.headerRow).toBe(2);
    expect(roadmap.planYear).toBe(2021);
    expect(roadmap.measures.map((m) => [m.number, m.executorsText, m.deadlineText])).toEqual([
      ['1.1', 'Руководители ПОО', 'март 2021 г.'],
      ['1.2', 'Рабочая группа', 'до 01.06.2021'],
      ['1.3', 'Координационный совет', 'ежемесячно'],
      ['1.4', 'Рабочая группа', 'декабрь 2021 г.'],
    ]);
  });

  test('a layout overrides what the reader would recognise (deadline and result swapped by hand)', () => {
    const roadmap = readRoadmap({
      sheetName: 'Лист1',
      values: seed2021.values,
      merges: seed2021.merges,
      settings: SETTINGS,
      today: '2021-06-15',
    });
    if (isRoadmapError(roadmap)) throw new Error('seed not read');
    const swapped = read(seed2021.values, {
      headerRow: roadmap.headerRow,
      columns: {
        ...roadmap.columns,
        deadline: roadmap.columns.result as number,
        result: roadmap.columns.deadline as number,
      },
    });
    if (isRoadmapError(swapped)) throw new Error('not read');
    expect(swapped.measures[0]?.deadlineText).toBe(roadmap.measures[0]?.result);
  });

  test('the kept header texts notice a column inserted on the left', () => {
    const texts = layoutTexts(unrecognised.values, [], LAYOUT);
    expect(texts).toMatchObject({ measure: 'Столбец2', deadline: 'Столбец4' });
    expect(layoutMoved(unrecognised.values, [], LAYOUT, texts)).toBeNull();
    const inserted = unrecognised.values.map((row, i) => [i === 1 ? 'Примечание' : '', ...row]);
    expect(layoutMoved(inserted, [], LAYOUT, texts)).toEqual({
      role: 'number',
      column: 1,
      was: 'Столбец1',
      now: 'Примечание',
    });
  });

  test('a layout without the measure or the deadline, with a column twice or outside the sheet is refused', () => {
    expect(checkLayout(unrecognised.values, LAYOUT)).toEqual([]);
    expect(checkLayout(unrecognised.values, { headerRow: 2, columns: { measure: 2 } })).toEqual([
      { code: 'required', role: 'deadline' },
    ]);
    expect(checkLayout(unrecognised.values, { headerRow: 2, columns: { measure: 2, deadline: 2, result: 9 } })).toEqual(
      [
        { code: 'twice', role: 'deadline', other: 'measure', column: 2 },
        { code: 'outside', role: 'result', column: 9 },
      ],
    );
    expect(checkLayout(unrecognised.values, { headerRow: 40, columns: LAYOUT.columns })).toEqual([
      { code: 'header-row', rows: 6 },
    ]);
  });

  test('the best guess for an unrecognised table is the row of names under the title', () => {
    expect(guessLayout(unrecognised.values, [])).toEqual({ headerRow: 2, columns: {}, recognised: false });
  });
});
