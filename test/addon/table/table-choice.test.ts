/**
 * The person's choice of the table through the built add-in (2021-06-15 09:00 in Asia/Tomsk):
 * describeTable's best guess, saveTableChoice refusing a bad choice, the chosen sheet used by
 * every entry point and by the nightly check, the chosen columns by onEdit, and the choice
 * dropped with a clear note when its columns move.
 */
import type { CellValue } from '../../../src/core/model';
import { Runtime } from '../../../src/local/emulator/runtime';
import { EmulatedSpreadsheet } from '../../../src/local/emulator/spreadsheet';
import { unrecognised } from '../../fixtures/roadmaps/unrecognised';
import { fillSheet, hostFor, JUNE_15, toA1 } from './bundle';

interface State {
  ready: boolean;
  error?: string;
  total: number;
  plan: { sheetName: string } | null;
  table: { source: string; sheetName: string | null; sheetChosen: boolean; note: string | null };
}
interface Saved {
  ok: boolean;
  issues: string[];
  state: State;
}

const LAYOUT = { headerRow: 2, columns: { number: 1, measure: 2, executors: 3, deadline: 4, result: 5 } };

function plan(year: number): CellValue[][] {
  return [
    [`Дорожная карта кластера на ${year} год`, '', '', '', ''],
    ['№ п/п', 'Наименование мероприятия', 'Исполнители', 'Срок исполнения', 'Результат'],
    ['1.1.', `Соглашение ${year}`, 'Руководители ПОО', `до 01.06.${year}`, 'Соглашение'],
  ];
}

function workbook(sheets: [string, CellValue[][]][]) {
  const runtime = new Runtime();
  runtime.clock.set(JUNE_15);
  const spreadsheet = new EmulatedSpreadsheet(runtime, { name: 'План', firstSheetName: sheets[0]?.[0] ?? 'Лист1' });
  sheets.forEach(([name, values], i) => {
    fillSheet(i === 0 ? spreadsheet._sheet(name) : spreadsheet._addSheet(name), values);
  });
  return { spreadsheet, host: hostFor(spreadsheet) };
}

describe('an unrecognised table mapped by hand (2021-06-15)', () => {
  it('is a state with the best guess, not an exception', () => {
    const { host } = workbook([['План', unrecognised.values]]);
    const state = host.run('getSidebarState') as State;
    expect(state.table).toEqual({ source: 'guess', sheetName: 'План', sheetChosen: false, note: null });
    const view = host.run('describeTable', null) as { source: string; headerRow: number; rows: unknown[] };
    expect(view).toMatchObject({ source: 'guess', headerRow: 2 });
    expect(view.rows).toHaveLength(unrecognised.values.length);
  });

  it('from the menu, the alert says where to choose the columns', () => {
    const { host } = workbook([['План', unrecognised.values]]);
    host.run('menuPrepare');
    expect(host.ui.dialogs.map((d) => d.prompt)).toEqual([expect.stringContaining('«Столбцы таблицы»')]);
  });

  it('refuses a choice without the deadline, and stores nothing', () => {
    const { host, spreadsheet } = workbook([['План', unrecognised.values]]);
    const sheetId = spreadsheet._sheet('План').sheetId;
    const saved = host.run('saveTableChoice', { sheetId, headerRow: 2, columns: { measure: 2 } }) as Saved;
    expect(saved.ok).toBe(false);
    expect(saved.issues).toEqual(['Укажите столбец «Срок исполнения» (или «Окончание срока»).']);
    expect(host.properties.document?.data.get('roadmap.table')).toBeUndefined();
  });

  it('reads, prepares and re-checks an edited row by the chosen columns', () => {
    const { host, spreadsheet } = workbook([['План', unrecognised.values]]);
    const sheet = spreadsheet._sheet('План');
    const saved = host.run('saveTableChoice', { sheetId: sheet.sheetId, ...LAYOUT }) as Saved;
    expect(saved.ok).toBe(true);
    expect(saved.state.table).toMatchObject({ source: 'manual', sheetChosen: true, note: null });
    const prepared = host.run('prepareTable') as State;
    expect(prepared).toMatchObject({ ready: true, total: 4 });
    host.run('checkDeadlines');
    const header = sheet._rawValues()[1] ?? [];
    const state = header.indexOf('Состояние') + 1;
    expect(String(sheet._cellAt(4, state)?.value)).toMatch(/^Просрочено/); // 1.2 «до 01.06.2021»
    const [edit] = host.edit(toA1(4, 4), 'до 01.12.2021');
    expect(edit?.ok).toBe(true);
    expect(sheet._cellAt(4, state)?.value).toBe('Не начато');
  });

  it('drops the choice with a note naming the column when a column is inserted on the left', () => {
    const { host, spreadsheet } = workbook([['План', unrecognised.values]]);
    const sheet = spreadsheet._sheet('План');
    host.run('saveTableChoice', { sheetId: sheet.sheetId, ...LAYOUT });
    sheet.insertColumnBefore(1);
    const state = host.run('getSidebarState') as State;
    expect(state.table.source).toBe('guess');
    expect(state.error).toMatch(/^Столбцы таблицы изменились .*столбце A \(№\) был заголовок «Столбец1», теперь пусто/);
    // Chosen again on the new layout, it holds.
    const again = host.run('saveTableChoice', {
      sheetId: sheet.sheetId,
      headerRow: 2,
      columns: { number: 2, measure: 3, executors: 4, deadline: 5 },
    }) as Saved;
    expect(again.state.table).toMatchObject({ source: 'manual', note: null });
    expect(again.state.total).toBe(4);
  });

  it('goes back to recognising the table with saveTableChoice(null)', () => {
    const { host, spreadsheet } = workbook([['План', unrecognised.values]]);
    host.run('saveTableChoice', { sheetId: spreadsheet._sheet('План').sheetId, ...LAYOUT });
    const reset = host.run('saveTableChoice', null) as Saved;
    expect(reset.state.table.source).toBe('guess');
  });
});

describe('a chosen sheet among several plans (2021-06-15)', () => {
  it('is the one prepared, checked and run by the nightly check', () => {
    const { host, spreadsheet } = workbook([
      ['План 2020', plan(2020)],
      ['План 2021', plan(2021)],
    ]);
    expect((host.run('getSidebarState') as State).plan?.sheetName).toBe('План 2020');
    const chosen = host.run('saveTableChoice', { sheetName: 'План 2021' }) as Saved;
    expect(chosen.state.plan?.sheetName).toBe('План 2021');
    host.run('prepareTable');
    const sheet = spreadsheet._sheet('План 2021');
    const state = (sheet._rawValues()[1] ?? []).indexOf('Состояние') + 1;
    expect(String(sheet._cellAt(3, state)?.value)).toMatch(/^Просрочено/);
    // The deadline moved without onEdit (another tool): only a check that reads «План 2021» sees it.
    sheet._ensureCell(3, 4).value = 'до 01.12.2021';
    host.run('setNightly', true);
    const [run] = host.runDueTriggers(Date.UTC(2021, 5, 15, 22, 0));
    expect(run?.ok).toBe(true);
    expect(sheet._cellAt(3, state)?.value).toBe('Не начато');
    expect(spreadsheet._sheet('План 2020')._rawValues()).toEqual(plan(2020));
  });
});

describe('a chosen sheet that was deleted (2021-06-15)', () => {
  it('is said so, and the table is looked for on the other sheets', () => {
    const { host, spreadsheet } = workbook([
      ['План 2020', plan(2020)],
      ['План 2021', plan(2021)],
    ]);
    host.run('saveTableChoice', { sheetName: 'План 2021' });
    spreadsheet.deleteSheet(spreadsheet._sheet('План 2021'));
    const state = host.run('getSidebarState') as State;
    expect(state.plan?.sheetName).toBe('План 2020');
    expect(state.table).toMatchObject({ source: 'auto', sheetChosen: false });
    expect(state.table.note).toBe('Выбранный лист «План 2021» не найден: таблица ищется на других листах.');
  });
});
