import type { CellValue, Roadmap } from '../../../src/core/model';
import {
  headerOf,
  isRoadmapError,
  judgeRoadmap,
  judgeRows,
  planCheckWrites,
  planPrepare,
  readHeader,
  readRoadmap,
} from '../../../src/core/roadmap';
import { seed2021 } from '../../fixtures/roadmaps';
import { applyHeaders, measure, read, SETTINGS } from './helpers';

const today = '2021-06-15';

/** The seed after «Подготовить таблицу»: add-in headers in F..M. */
function preparedSeed(): { values: CellValue[][]; roadmap: Roadmap } {
  const values = applyHeaders(seed2021.values, planPrepare(read(seed2021, today)));
  const roadmap = readRoadmap({ sheetName: 'Лист1', values, settings: SETTINGS, today });
  if (isRoadmapError(roadmap)) throw new Error(roadmap.error.code);
  return { values, roadmap };
}

describe('planCheckWrites on the prepared seed (2021-06-15)', () => {
  const { roadmap } = preparedSeed();
  const states = judgeRoadmap(roadmap, today, SETTINGS);
  const { blocks, missing } = planCheckWrites(roadmap, states);

  test('one block over Крайний срок, Состояние, Дней до срока for every row of the table', () => {
    expect(missing).toEqual([]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ row: 17, column: 10 });
    expect(blocks[0]?.values).toHaveLength(50 - 17 + 1);
    for (const row of blocks[0]?.values ?? []) expect(row).toHaveLength(3);
  });

  test('a measure row holds its due date, label and days left', () => {
    const row = measure(roadmap, '1.1').row;
    expect(blocks[0]?.values[row - 17]).toEqual([{ date: '2021-03-31' }, 'Просрочено', -76]);
  });

  test('section and blank rows are cleared', () => {
    expect(blocks[0]?.values[0]).toEqual(['', '', '']); // «Задача 1» at row 17
    expect(blocks[0]?.values[28 - 17]).toEqual(['', '', '']); // the blank row 28
  });

  test('an unprepared table has nothing to write and says which columns are missing', () => {
    const bare = read(seed2021, today);
    expect(planCheckWrites(bare, judgeRoadmap(bare, today, SETTINGS))).toEqual({
      blocks: [],
      missing: ['due', 'state', 'daysLeft'],
    });
  });

  test('computed columns apart give one block each', () => {
    const apart = { ...roadmap, addinColumns: { ...roadmap.addinColumns, daysLeft: 20 } };
    const result = planCheckWrites(apart, states);
    expect(result.blocks.map((b) => [b.row, b.column, b.values[0]?.length])).toEqual([
      [17, 10, 2],
      [17, 20, 1],
    ]);
  });
});

describe('judgeRows: re-checking only the edited rows (onEdit)', () => {
  const { values } = preparedSeed();
  const header = readHeader({ sheetName: 'Лист1', values: values.slice(0, 30), settings: SETTINGS, today });
  if (isRoadmapError(header)) throw new Error(header.error.code);

  test('«Выполнено» with an empty Дата выполнения fills in today and is judged on it (2021-06-15)', () => {
    const row = [...(values[17] ?? [])]; // sheet row 18: measure 1.1, due 2021-03-31
    row[5] = 'Выполнено';
    const result = judgeRows(header, [row], 18, today, SETTINGS);
    expect(result.fills).toEqual([{ row: 18, column: 7, value: { date: today } }]);
    expect(result.states[0]).toMatchObject({ row: 18, state: 'done-late', due: '2021-03-31' });
    expect(result.blocks).toEqual([
      { row: 18, column: 10, values: [[{ date: '2021-03-31' }, 'Выполнено с нарушением срока', -76]] },
    ]);
  });

  test('a pasted block with a section row: the section row gets empty cells (2021-06-15)', () => {
    const rows = values.slice(23, 26); // rows 24 (1.7), 25 (Задача 2), 26 (2.1)
    const result = judgeRows(header, rows, 24, today, SETTINGS);
    expect(result.states.map((s) => s.row)).toEqual([24, 26]);
    expect(result.blocks[0]?.values).toEqual([
      [{ date: '2021-08-31' }, 'Не начато', 77],
      ['', '', ''],
      [{ date: '2021-04-30' }, 'Просрочено', -46],
    ]);
    expect(result.fills).toEqual([]);
  });

  test('a new deadline typed in Новый срок is used at once (2021-06-15)', () => {
    const row = [...(values[17] ?? [])];
    row[7] = 'до 30.06.2021';
    const result = judgeRows(header, [row], 18, today, SETTINGS);
    expect(result.states[0]).toMatchObject({ state: 'not-started', due: '2021-06-30', daysLeft: 15 });
  });

  test('«в течение месяца» keeps the month its last full check gave it (a heading above is not read) (2021-06-15)', () => {
    const row = [...(values[17] ?? [])];
    row[3] = 'в течение месяца';
    row[9] = { date: '2021-10-31' };
    expect(judgeRows(header, [row], 18, today, SETTINGS).states[0]).toMatchObject({
      state: 'not-started',
      start: '2021-10-01',
      due: '2021-10-31',
    });
    // Due at the plan's end: it was the text alone, under no month heading, and stays so.
    row[9] = { date: '2021-12-31' };
    expect(judgeRows(header, [row], 18, today, SETTINGS).states[0]).toMatchObject({
      state: 'no-deadline',
      start: '2021-01-01',
      due: '2021-12-31',
    });
  });

  test('an unknown status is reported as a problem of that cell (2021-06-15)', () => {
    const row = [...(values[17] ?? [])];
    row[5] = 'почти';
    const result = judgeRows(header, [row], 18, today, SETTINGS);
    expect(result.problems).toMatchObject([{ row: 18, column: 6, code: 'status-unknown' }]);
  });

  test('headerOf(roadmap) gives the same header as readHeader of the top rows', () => {
    expect(headerOf(preparedSeed().roadmap)).toEqual(header);
  });

  test('rows of the header are never written', () => {
    const result = judgeRows(header, values.slice(14, 18), 15, today, SETTINGS);
    expect(result.blocks[0]?.row).toBe(17);
    expect(result.blocks[0]?.values).toHaveLength(2);
  });
});
