/** The «Обновить сводки» glue on the emulator, at 2021-06-15 03:00 UTC (10:00 in Asia/Tomsk). */
import { writeCouncilSheet, writeSummarySheets } from '../../../src/addon/summaries/refresh';
import { createPropertiesService, createPropertyStores } from '../../../src/local/emulator/properties';
import { Runtime } from '../../../src/local/emulator/runtime';
import { createSpreadsheetApp, EmulatedSpreadsheet } from '../../../src/local/emulator/spreadsheet';
import { createUtilities } from '../../../src/local/emulator/utilities';
import { measure, roadmap, section, state } from '../../core/summary/fixtures';

const today = '2021-06-15';
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function setup() {
  const runtime = new Runtime();
  const ss = new EmulatedSpreadsheet(runtime, { name: 'Дорожная карта 2021', firstSheetName: 'Дорожная карта' });
  const g = globalThis as unknown as Record<string, unknown>;
  g.SpreadsheetApp = createSpreadsheetApp(runtime, { active: ss, ui: {} });
  g.Utilities = createUtilities(runtime);
  g.PropertiesService = createPropertiesService(runtime, createPropertyStores(), 'coordinator@example.com');
  const roadmapSheet = ss.insertSheet('Карта 2');
  const data = {
    roadmap: roadmap(
      [measure(16, { number: '1.1', sectionId: 'task-1' }), measure(17, { number: '1.2', sectionId: 'task-1' })],
      [section('task-1', 'Задача 1', 'Задача 1. Нормативная база', 15)],
    ),
    states: [state(16, 'overdue', '2021-05-31', today), state(17, 'done-late', '2021-05-31', today)],
  };
  return { runtime, ss, roadmapSheet, data, spreadsheet: ss as unknown as GSpreadsheet };
}

describe('writeSummarySheets and writeCouncilSheet (2021-06-15 10:00, Asia/Tomsk)', () => {
  it('stamps the time in the spreadsheet’s zone and links to the roadmap sheet’s gid', () => {
    const { ss, roadmapSheet, data, spreadsheet } = setup();
    const result = writeSummarySheets({
      spreadsheet,
      sheetGid: roadmapSheet.getSheetId(),
      // As loadRoadmap passes it: the spreadsheet's zone, not the script's or the machine's.
      timeZone: ss.getSpreadsheetTimeZone(),
      ...data,
      today,
      now: new Date(Date.UTC(2021, 5, 15, 3, 0)),
    });
    expect(result.sheets.map((s) => s.name)).toEqual(['Сводка', 'Задача 1']);
    const sheet = ss.getSheetByName('Задача 1');
    expect(sheet?.getRange(2, 1).getValue()).toBe('Обновлено: 15.06.2021 10:00');
    const values = sheet?.getDataRange().getValues() ?? [];
    const r = values.findIndex((line) => line[0] === '1.1');
    const url = sheet
      ?.getRange(r + 1, 8)
      .getRichTextValue()
      ?.getLinkUrl();
    expect(url).toBe(`${ss.getUrl()}#gid=${roadmapSheet.getSheetId()}&range=A16`);
    expect(roadmapSheet.getSheetId()).not.toBe(0);
  });

  it('writes the council report alone without marking the task sheets stale', () => {
    const { ss, roadmapSheet, data, spreadsheet } = setup();
    const timeZone = ss.getSpreadsheetTimeZone();
    writeSummarySheets({ spreadsheet, sheetGid: roadmapSheet.getSheetId(), timeZone, ...data, today });
    const result = writeCouncilSheet({
      spreadsheet,
      timeZone,
      ...data,
      period: { from: '2021-05-01', to: '2021-05-31' },
      now: new Date(Date.UTC(2021, 5, 15, 3, 0)),
    });
    expect(result.sheets).toEqual([{ key: 'council', name: 'Отчёт для совета', created: true }]);
    expect(ss.getSheetByName('Задача 1')?.getRange(2, 1).getValue()).not.toMatch(/^Устарело/);
    const report = ss.getSheetByName('Отчёт для совета')?.getDataRange().getValues() ?? [];
    expect(report.find((line) => line[0] === '1.2')?.[4]).toBe('выполнено с нарушением срока');
  });
});
