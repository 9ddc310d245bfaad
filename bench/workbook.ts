/** A synthetic roadmap as an emulated spreadsheet, as a person would have typed it in. */
import type { Runtime } from '../src/local/emulator/runtime';
import { EmulatedSpreadsheet } from '../src/local/emulator/spreadsheet';
import { synthetic } from './synthetic';

export function buildSpreadsheet(runtime: Runtime, measures: number, perSection?: number) {
  const data = synthetic(measures, perSection);
  const spreadsheet = new EmulatedSpreadsheet(runtime, { name: `Дорожная карта ${measures}` });
  const sheet = spreadsheet.getSheets()[0];
  if (!sheet) throw new Error('no sheet');
  sheet.setName('Дорожная карта');
  const missingRows = data.rows.length + 10 - sheet.getMaxRows();
  if (missingRows > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missingRows);
  sheet.getRange(1, 1, data.rows.length, 1).setNumberFormat('@');
  sheet.getRange(1, 1, data.rows.length, 5).setValues(data.rows);
  const directory = spreadsheet.insertSheet('Исполнители');
  directory.getRange(1, 1, data.directory.length, 4).setValues(data.directory);
  return { spreadsheet, sheet, data };
}
