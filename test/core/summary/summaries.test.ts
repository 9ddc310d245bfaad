import type { ModelCell, SheetModel } from '../../../src/core/summary';
import { formatGrids, summaryModels } from '../../../src/core/summary';
import { measure, roadmap, section, state, URL } from './fixtures';

const today = '2021-06-15';
const updatedAt = '15.06.2021 09:00';

const sections = [
  section('task-1', 'Задача 1', 'Задача 1. Создание нормативно-правовой базы деятельности Кластера', 15),
  section('task-2', 'Задача 2', 'Задача 2. Повышение качества обучения', 30),
];
const measures = [
  measure(16, { number: '1.1', sectionId: 'task-1', title: 'Соглашение о сотрудничестве' }),
  measure(17, { number: '1.2', sectionId: 'task-1', title: 'План-график работы' }),
  measure(31, { number: '2.1', sectionId: 'task-2', title: 'Корректировка ОПОП', executorsText: 'Рабочая группа' }),
];
const states = [
  state(16, 'done-on-time', '2021-03-31', today),
  state(17, 'overdue', '2021-03-31', today),
  state(31, 'due-soon', '2021-06-20', today),
];
const input = { roadmap: roadmap(measures, sections), states, today, updatedAt, spreadsheetUrl: URL, sheetGid: 42 };

/** The first row whose cells include `text`, 1-based, or 0. */
function rowOf(model: SheetModel, text: string): number {
  return model.values.findIndex((r) => r.includes(text)) + 1;
}
function cellsOf(model: SheetModel, row: number): ModelCell[] {
  return (model.values[row - 1] ?? []).filter((c) => c !== '');
}

describe('summaryModels (judged on 2021-06-15)', () => {
  const models = summaryModels(input);
  const [summary, task1, task2] = models as [SheetModel, SheetModel, SheetModel];

  it('builds «Сводка» and one sheet per task, with stable keys', () => {
    expect(models.map((m) => [m.key, m.title])).toEqual([
      ['summary', 'Сводка'],
      ['section:task-1', 'Задача 1'],
      ['section:task-2', 'Задача 2'],
    ]);
  });

  it('builds «Сводка» only for a roadmap without sections', () => {
    const flat = summaryModels({ ...input, roadmap: roadmap(measures.map((m) => ({ ...m, sectionId: null }))) });
    expect(flat.map((m) => m.key)).toEqual(['summary']);
    expect(flat[0]?.charts[0]?.type).toBe('PIE');
  });

  it('names the add-in’s sheet differently when the user already has «Сводка»', () => {
    const titles = summaryModels({ ...input, takenNames: ['Сводка', 'Дорожная карта'] }).map((m) => m.title);
    expect(titles[0]).toBe('Сводка (дорожная карта)');
  });

  it('heads each task sheet with the task’s full title and the update time', () => {
    expect(task1.values[0]?.[0]).toBe(sections[0]?.title);
    expect(task1.values[1]?.[0]).toBe('Обновлено: 15.06.2021 09:00');
    expect(task1.stamp).toEqual({ row: 2, col: 1 });
  });

  it('states % done over the measures with a deadline, and the overdue count', () => {
    expect(rowOf(task1, 'Выполнено: 50 % (из мероприятий со сроком)')).toBeGreaterThan(0);
    expect(rowOf(summary, 'Выполнено: 33 % (из мероприятий со сроком)')).toBeGreaterThan(0);
    expect(cellsOf(summary, rowOf(summary, 'Просрочено мероприятий'))).toEqual(['Просрочено мероприятий', 1]);
    expect(cellsOf(task2, rowOf(task2, 'Больше всего просрочено'))).toEqual(['Больше всего просрочено', 'нет']);
    // The due date rather than a count of days: the text stays true on nights the sheet is not rewritten.
    expect(cellsOf(task1, rowOf(task1, 'Больше всего просрочено'))[1]).toBe(
      '1.2 План-график работы — срок был 31.03.2021',
    );
  });

  it('lists the task’s measures most urgent first, with a link to each row', () => {
    const header = rowOf(task1, 'Мероприятие');
    expect(task1.values[header]?.slice(0, 2)).toEqual(['1.2', 'План-график работы']);
    expect(task1.values[header + 1]?.slice(0, 2)).toEqual(['1.1', 'Соглашение о сотрудничестве']);
    expect(task1.values[header]?.[4]).toEqual({ date: '2021-03-31' });
    expect(task1.values[header]?.[5]).toBe('Просрочено');
    // Days to the due date are counted by Sheets (E = «Крайний срок» of the same row), never stale.
    expect(task1.values[header]?.[6]).toEqual({ formula: `=E${header + 1}-TODAY()` });
    expect(task1.values[header + 1]?.[6]).toBe(''); // done: no «days to the due date»
    expect(task1.links).toContainEqual({
      row: header + 1,
      col: 8,
      url: `${URL}#gid=42&range=A17`,
      text: 'стр. 17',
    });
  });

  it('colors the state cell like the roadmap', () => {
    const row = rowOf(task1, 'План-график работы');
    const grids = formatGrids(task1);
    expect(grids.backgrounds[row - 1]?.[5]).toBe('#f4c7c3');
    expect(grids.fontColors[row - 1]?.[5]).toBe('#a50e0e');
  });

  it('has a per-executor table on every sheet', () => {
    const header = rowOf(summary, 'Исполнитель');
    expect(cellsOf(summary, header)).toEqual([
      'Исполнитель',
      'Просрочено',
      'Скоро срок',
      'В работе',
      'Выполнено',
      'Всего',
    ]);
    expect(cellsOf(summary, header + 1)).toEqual(['Руководители ПОО', 1, 1, 0, 1, 3]);
  });

  it('charts the states per task on «Сводка» from the «По задачам» table', () => {
    const chart = summary.charts[0];
    expect(chart?.type).toBe('BAR');
    expect(chart?.stacked).toBe(true);
    const r = chart?.range ?? { row: 0, col: 0, numRows: 0, numCols: 0 };
    const top = summary.values[r.row - 1]?.slice(r.col - 1, r.col - 1 + r.numCols);
    expect(top?.[0]).toBe('Задача');
    expect(top?.[1]).toBe('Просрочено');
    expect(r.numRows).toBe(3);
    expect(summary.values[r.row]?.slice(r.col - 1, r.col + 1)).toEqual(['Задача 1', 1]);
  });

  it('charts the task’s states on each task sheet from its counts table', () => {
    const chart = task2.charts[0];
    expect(chart?.type).toBe('PIE');
    const r = chart?.range ?? { row: 0, col: 0, numRows: 0, numCols: 0 };
    const rows = task2.values.slice(r.row, r.row - 1 + r.numRows).map((l) => l.slice(r.col - 1, r.col + 1));
    expect(rows).toContainEqual(['Скоро срок', 1]);
    expect(rows).toHaveLength(10);
  });

  it('keeps every block rectangular', () => {
    for (const m of models) {
      const width = m.values[0]?.length;
      expect(m.values.every((r) => r.length === width)).toBe(true);
    }
  });

  it('keeps titles starting with = + - @ and numbers like «2.1» as text cells', () => {
    const tricky = ['=IMPORTXML("http://x","//a")', '+7', '-1', '@x'];
    const rm = roadmap(tricky.map((title, i) => measure(40 + i, { title, number: '2.1' })));
    const model = summaryModels({
      ...input,
      roadmap: rm,
      states: tricky.map((_, i) => state(40 + i, 'not-started', '2021-12-31', today)),
    })[0] as SheetModel;
    const grids = formatGrids(model);
    for (const title of tricky) {
      const r = rowOf(model, title);
      const c = model.values[r - 1]?.indexOf(title) ?? -1;
      expect(model.values[r - 1]?.[c]).toBe(title);
      expect(grids.numberFormats[r - 1]?.[c]).toBe('@');
      expect(model.values[r - 1]?.[0]).toBe('2.1');
      expect(grids.numberFormats[r - 1]?.[0]).toBe('@');
    }
  });
});
