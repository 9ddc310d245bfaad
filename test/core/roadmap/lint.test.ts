import { say } from '../../../src/core/i18n';
import type { CellValue } from '../../../src/core/model';
import { isRoadmapError, readRoadmap } from '../../../src/core/roadmap';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

/** A small prepared table: the add-in's Статус and Дата выполнения columns already there. */
function table(rows: CellValue[][]) {
  const values: CellValue[][] = [
    ['Дорожная карта на 2021 год', '', '', '', '', ''],
    ['№ п/п', 'Наименование мероприятия', 'Исполнители', 'Срок исполнения', 'Статус', 'Дата выполнения'],
    ...rows,
  ];
  const roadmap = readRoadmap({ sheetName: 'Лист1', values, settings: DEFAULT_SETTINGS, today: '2021-06-15' });
  if (isRoadmapError(roadmap)) throw new Error(roadmap.error.code);
  return roadmap;
}

describe('a completion date with a status that says otherwise (2021-06-15)', () => {
  it('warns on a one-off measure «В работе» with a Дата выполнения, naming the row and column F', () => {
    const roadmap = table([['1.1', 'Соглашение', 'Совет', 'март 2021', 'В работе', { date: '2021-03-20' }]]);
    const problem = roadmap.problems.find((p) => p.code === 'status-date-conflict');
    expect(problem).toMatchObject({ row: 3, column: 6, severity: 'warning' });
    expect(problem?.message).toEqual({
      code: 'status-date-conflict',
      row: 3,
      column: 6,
      header: 'Дата выполнения',
      status: 'in-progress',
    });
  });

  it('says nothing when the status is «Выполнено», or for a recurring measure still «В работе»', () => {
    const roadmap = table([
      ['1.1', 'Соглашение', 'Совет', 'март 2021', 'Выполнено', { date: '2021-03-20' }],
      ['1.2', 'Заседания совета', 'Совет', 'ежемесячно', 'В работе', { date: '2021-05-27' }],
    ]);
    expect(roadmap.problems.filter((p) => p.code === 'status-date-conflict')).toEqual([]);
  });
});

describe('a misspelt month in «Срок исполнения» (2021-06-15)', () => {
  it('reads the month and lists a warning naming the row, the column and both spellings', () => {
    const roadmap = table([
      ['1.1', 'Соглашение', 'Совет', 'март 2021', '', ''],
      ['1.2', 'Отчёт', 'Совет', 'до 15 фервраля 2021 г.', '', ''],
    ]);
    const problems = roadmap.problems.filter((p) => p.code === 'misspelt-month');
    expect(problems).toMatchObject([{ row: 4, column: 4, severity: 'warning' }]);
    expect(problems.map((p) => say(p.message))).toEqual([
      'Строка 4, столбец D (Срок исполнения): месяц «фервраля» прочитан как «февраля» — проверьте написание.',
    ]);
  });
});
