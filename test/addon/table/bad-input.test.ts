/**
 * A file with no roadmap table: «Подготовить таблицу» and «Проверить сроки» answer with a state
 * that carries a clear Russian error (no exception reaches the person) and write nothing.
 * 2021-06-15 09:00 in Asia/Tomsk.
 */
import type { CellValue } from '../../../src/core/model';
import { seed2021 } from '../../fixtures/roadmaps';
import { rectangle } from '../../fixtures/roadmaps/paste';
import { checkReport, hostFor, hostForFixture, spreadsheetFromFixture } from './bundle';
import { workbookState } from './workbook';

const NOT_A_ROADMAP: Record<string, CellValue[][]> = {
  'an empty sheet': [['']],
  'a shopping list': rectangle([
    ['Список закупок на июнь'],
    ['Товар', 'Количество', 'Цена'],
    ['Бумага А4', 10, 250],
    ['Картриджи', 2, 3400],
  ]),
  'a table with a deadline column but no measure column': rectangle([
    ['График отпусков на 2021 год'],
    ['Сотрудник', 'Срок', 'Примечание'],
    ['Иванов И.И.', 'июль 2021', ''],
  ]),
};

interface State {
  error?: string;
  ready: boolean;
  plan: unknown;
  total: number;
}

describe.each(Object.entries(NOT_A_ROADMAP))('%s (2021-06-15)', (_name, values) => {
  it.each(['prepareTable', 'checkDeadlines', 'getSidebarState'])(
    '%s returns a Russian error and writes nothing',
    (fn) => {
      const { spreadsheet } = spreadsheetFromFixture({ values, merges: [] });
      const host = hostFor(spreadsheet);
      const before = workbookState(spreadsheet);
      const state = host.run(fn) as State;
      expect(state.error).toMatch(/[А-Яа-яЁё]/);
      expect(state.error).toMatch(/^Таблица дорожной карты не найдена/);
      expect(state).toMatchObject({ ready: false, plan: null, total: 0 });
      expect(workbookState(spreadsheet)).toEqual(before);
      expect(spreadsheet.formulaLog).toEqual([]);
    },
  );

  it('getCheckReport_ fails with the same Russian message, not a stack trace', () => {
    const { spreadsheet } = spreadsheetFromFixture({ values, merges: [] });
    const host = hostFor(spreadsheet);
    expect(() => checkReport(host)).toThrow(/^Таблица дорожной карты не найдена: .*«Срок исполнения»/);
  });
});

describe('a roadmap not prepared yet (2021-06-15)', () => {
  it('«Проверить сроки» judges every measure but writes no cell until the table is prepared', () => {
    const { host, spreadsheet } = hostForFixture(seed2021);
    const before = workbookState(spreadsheet);
    const state = host.run('checkDeadlines') as State;
    expect(state).toMatchObject({ ready: false, total: 29 });
    expect(workbookState(spreadsheet)).toEqual(before);
  });
});
