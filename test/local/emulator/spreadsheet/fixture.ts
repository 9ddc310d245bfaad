import { Runtime } from '../../../../src/local/emulator/runtime';
import { createSpreadsheetApp, EmulatedSpreadsheet } from '../../../../src/local/emulator/spreadsheet';

/** A fresh spreadsheet (Asia/Tomsk, ru_RU) whose clock reads 2021-06-15 10:00 in Tomsk. */
export function makeSpreadsheet(options: { timeZone?: string; locale?: string } = {}) {
  const runtime = new Runtime();
  runtime.clock.set(Date.UTC(2021, 5, 15, 3, 0, 0));
  const ss = new EmulatedSpreadsheet(runtime, { name: 'Тест', ...options });
  const app = createSpreadsheetApp(runtime, { active: ss, ui: { kind: 'ui' } });
  const sheet = ss.getSheets()[0];
  if (!sheet) throw new Error('no sheet');
  return { runtime, ss, app, sheet };
}
