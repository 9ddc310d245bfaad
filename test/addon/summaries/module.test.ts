/**
 * The summaries are one module (src/addon/summaries: refresh → write → placement, draw, memory),
 * each action under one name: no helper shares a name with an Apps Script global, and the own
 * sheets are looked up where the add-in's other own sheets are (src/addon/own-sheets.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OWN_SHEET_KEY, OwnSheetLookup } from '../../../src/addon/own-sheets';
import * as draw from '../../../src/addon/summaries/draw';
import * as memory from '../../../src/addon/summaries/memory';
import * as placement from '../../../src/addon/summaries/placement';
import * as refresh from '../../../src/addon/summaries/refresh';
import * as write from '../../../src/addon/summaries/write';
import * as core from '../../../src/core/summary';
import { Runtime } from '../../../src/local/emulator/runtime';
import { EmulatedSpreadsheet } from '../../../src/local/emulator/spreadsheet';

const addon = join(__dirname, '../../../src/addon');
/** The Apps Script globals: every function src/addon/index.ts exports. */
const globals = [...readFileSync(join(addon, 'index.ts'), 'utf8').matchAll(/^export function (\w+)/gm)].map(
  (m) => m[1],
);

describe('the summaries module', () => {
  it('is one folder: no second layer beside it', () => {
    expect(existsSync(join(addon, 'summary-refresh.ts'))).toBe(false);
    expect(Object.keys(refresh)).toEqual(
      expect.arrayContaining(['refreshSummarySheets', 'writeCouncilReport', 'writeSummarySheets', 'writeCouncilSheet']),
    );
  });

  it('names no helper after an Apps Script global (refreshSummaries, buildCouncilReport stay the sidebar’s)', () => {
    expect(globals).toEqual(expect.arrayContaining(['refreshSummaries', 'buildCouncilReport']));
    const helpers = [refresh, write, draw, placement, memory, core].flatMap((m) => Object.keys(m));
    expect(helpers.filter((name) => globals.includes(name))).toEqual([]);
  });
});

describe('OwnSheetLookup (own-sheets.ts)', () => {
  function setup() {
    const runtime = new Runtime();
    const ss = new EmulatedSpreadsheet(runtime, { name: 'Дорожная карта', firstSheetName: 'Дорожная карта' });
    const spreadsheet = ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    return { ss, spreadsheet };
  }

  it('takes back a sheet that lost its mark when its name and first row are the summary’s (digits aside)', () => {
    const { ss, spreadsheet } = setup();
    const sheet = ss.insertSheet('Отчёт для совета');
    sheet.getRange(1, 1).setValue('Отчёт для совета: 01.05.2021 – 31.05.2021');
    const lookup = new OwnSheetLookup(spreadsheet, new Map());
    expect(lookup.find('council').sheet).toBeUndefined();
    const adopted = lookup.adopt('council', 'Отчёт для совета', ['Отчёт для совета: 01.06.2021 – 30.06.2021', 'x']);
    expect(adopted).toBe(sheet);
    expect(lookup.find('council')).toEqual({ sheet, byId: false });
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([[OWN_SHEET_KEY, 'council']]);
  });

  it('leaves a person’s sheet of that name with another first row alone, and finds a remembered id first', () => {
    const { ss, spreadsheet } = setup();
    const mine = ss.insertSheet('Сводка');
    mine.getRange(1, 1).setValue('Мои заметки');
    const own = ss.insertSheet('Сводка (дорожная карта)');
    const lookup = new OwnSheetLookup(spreadsheet, new Map([['summary', { id: own.getSheetId() }]]));
    expect(lookup.adopt('summary', 'Сводка', ['Сводка по дорожной карте'])).toBeUndefined();
    expect(mine.getDeveloperMetadata()).toEqual([]);
    expect(lookup.find('summary')).toEqual({ sheet: own, byId: true });
  });
});
