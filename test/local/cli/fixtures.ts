import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Runtime } from '../../../src/local/emulator/runtime';
import { EmulatedSpreadsheet } from '../../../src/local/emulator/spreadsheet';
import { writeXlsx } from '../../../src/local/xlsx';
import { FAKE_BUNDLE } from './fake-bundle';

/**
 * Workbooks and a stand-in bundle for the CLI tests, written to a fresh temp folder:
 * a small 2021 roadmap (two measures), a sheet of notes with no roadmap table, and a sheet
 * the fake add-in refuses with a Russian error.
 */
export interface CliFixtures {
  dir: string;
  fakeCode: string;
  roadmapXlsx: string;
  emptyXlsx: string;
  brokenXlsx: string;
}

async function workbook(file: string, rows: (string | number)[][]) {
  const ss = new EmulatedSpreadsheet(new Runtime(), { name: 'Дорожная карта' });
  const sheet = ss.getActiveSheet();
  // Measure numbers such as 1.1 stay text, as in a sheet whose column A is formatted «@».
  sheet.getRange(1, 1, rows.length, 1).setNumberFormat('@');
  sheet.getRange(1, 1, rows.length, rows[0]?.length ?? 1).setValues(rows as never);
  await writeXlsx(ss, file);
}

export async function makeFixtures(): Promise<CliFixtures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-cli-'));
  const f: CliFixtures = {
    dir,
    fakeCode: path.join(dir, 'fake', 'Code.js'),
    roadmapXlsx: path.join(dir, 'roadmap.xlsx'),
    emptyXlsx: path.join(dir, 'empty.xlsx'),
    brokenXlsx: path.join(dir, 'broken.xlsx'),
  };
  mkdirSync(path.dirname(f.fakeCode), { recursive: true });
  writeFileSync(f.fakeCode, FAKE_BUNDLE);
  await workbook(f.roadmapXlsx, [
    ['Дорожная карта на 2021 год', '', '', ''],
    ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Исполнитель'],
    ['1.1', 'Провести совещание', 'март 2021 г.', 'Руководители ПОО'],
    ['1.2', 'Отчёт', 'когда-нибудь', 'Иванов И.И.'],
  ]);
  await workbook(f.emptyXlsx, [['Просто заметки']]);
  await workbook(f.brokenXlsx, [['СЛОМАТЬ'], ['№']]);
  return f;
}
