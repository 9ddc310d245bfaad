import ExcelJS from 'exceljs';
import { Runtime } from '../../../src/local/emulator/runtime';
import { EmulatedSpreadsheet } from '../../../src/local/emulator/spreadsheet';
import { readXlsx, writeXlsx } from '../../../src/local/xlsx';
import { moveTo, sheetId } from './tabs';

/**
 * Issue 13 point 1: the bridge finds the add-in's sheets and their metadata by identity, never by
 * position, after what people do to tabs in Excel or LibreOffice between two runs. Each case
 * writes a workbook like the add-in's (a roadmap, the directory, summaries, the log, each own
 * sheet marked), edits it with exceljs as the program would, and reads it back.
 */
const KEY = 'roadmap-tracker:sheet';

async function addInWorkbook(): Promise<{ bytes: Buffer; gids: Record<string, number> }> {
  const ss = new EmulatedSpreadsheet(new Runtime(), { name: 'Книга' });
  ss.getActiveSheet().setName('Дорожная карта');
  ss.getActiveSheet()
    .getRange(1, 1, 2, 3)
    .setValues([
      ['Дорожная карта на 2021 год', '', ''],
      ['№ п/п', 'Наименование мероприятия', 'Срок исполнения'],
    ]);
  const own = (name: string, kind: string, header: string[]) => {
    const sheet = ss.insertSheet(name, ss.getSheets().length);
    sheet.getRange(1, 1, 1, header.length).setValues([header]);
    sheet.addDeveloperMetadata(KEY, kind);
  };
  own('Исполнители', 'directory', ['Исполнитель', 'E-mail', 'Копия']);
  own('Сводка', 'summary:overview', ['Дорожная карта: сводка']);
  own('Задача 1', 'summary:task:1', ['Задача 1. Нормативная база']);
  own('Задача 2', 'summary:task:2', ['Задача 2. Качество обучения']);
  own('Журнал напоминаний', 'log', ['Время', 'Как', 'Получатель', 'Ключи']);
  ss.getSheetByName('Журнал напоминаний')
    ?.getRange(2, 1, 1, 4)
    .setValues([['15.06.2021 09:00', 'письмо', 'ivanov@example.org', '1.1|ivanov|overdue|2021-06']]);
  const gids = Object.fromEntries(ss.sheets.map((s) => [s.name, s.sheetId]));
  return { bytes: await writeXlsx(ss), gids };
}

/** Edits the file as Excel (or LibreOffice) would, and saves it. */
async function edited(bytes: Buffer, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** What the add-in would find: kind → [the sheet's name, its first cell, its gid]. */
async function ownSheets(bytes: Buffer): Promise<Record<string, [string, unknown, number]>> {
  const ss = await readXlsx(bytes, new Runtime());
  const found: Record<string, [string, unknown, number]> = {};
  for (const m of ss.metadata)
    if (m.key === KEY && m.location.type === 'SHEET') {
      const sheet = m.location.sheet;
      found[m.value ?? ''] = [sheet.name, sheet.getRange(1, 1).getValue(), sheet.sheetId];
    }
  return found;
}

describe('the bridge finds its sheets by identity, not by position', () => {
  it('follows a tab moved to another position (the log dragged next to the roadmap)', async () => {
    const { bytes, gids } = await addInWorkbook();
    const found = await ownSheets(await edited(bytes, (wb) => moveTo(wb, 'Журнал напоминаний', 1)));
    expect(found.log).toEqual(['Журнал напоминаний', 'Время', gids['Журнал напоминаний']]);
    expect(found.directory).toEqual(['Исполнители', 'Исполнитель', gids.Исполнители]);
    expect(found['summary:overview']).toEqual(['Сводка', 'Дорожная карта: сводка', gids.Сводка]);
  });

  it('forgets only the deleted tab («Задача 2»), the log stays the log', async () => {
    const { bytes, gids } = await addInWorkbook();
    const found = await ownSheets(await edited(bytes, (wb) => wb.removeWorksheet(sheetId(wb, 'Задача 2'))));
    expect(found['summary:task:2']).toBeUndefined();
    expect(found.log).toEqual(['Журнал напоминаний', 'Время', gids['Журнал напоминаний']]);
    expect(found['summary:task:1']).toEqual(['Задача 1', 'Задача 1. Нормативная база', gids['Задача 1']]);
  });

  it('keeps the name a person gave a tab, and its marks (renamed by a tool that leaves defined names alone)', async () => {
    const { bytes, gids } = await addInWorkbook();
    const found = await ownSheets(
      await edited(bytes, (wb) => {
        (wb.getWorksheet('Сводка') as ExcelJS.Worksheet).name = 'Итоги';
      }),
    );
    expect(found['summary:overview']).toEqual(['Итоги', 'Дорожная карта: сводка', gids.Сводка]);
  });

  it('follows a tab renamed and moved in Excel, which rewrites the anchor name with it', async () => {
    const { bytes, gids } = await addInWorkbook();
    const found = await ownSheets(
      await edited(bytes, (wb) => {
        (wb.getWorksheet('Журнал напоминаний') as ExcelJS.Worksheet).name = 'Отправки';
        const names = wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
        names.model = names.model.map((n) => ({
          ...n,
          ranges: n.ranges.map((r) => r.replace("'Журнал напоминаний'!", 'Отправки!')),
        }));
        moveTo(wb, 'Отправки', 0);
      }),
    );
    expect(found.log).toEqual(['Отправки', 'Время', gids['Журнал напоминаний']]);
  });

  it('survives a LibreOffice-like re-save: tabs reordered, sheet ids renumbered, defined names dropped', async () => {
    const { bytes, gids } = await addInWorkbook();
    const found = await ownSheets(
      await edited(bytes, (wb) => {
        moveTo(wb, 'Журнал напоминаний', 1);
        moveTo(wb, 'Задача 2', 2);
        wb.worksheets.forEach((w, i) => {
          (w as { id: number }).id = i + 1;
        });
        (wb.definedNames as unknown as { model: unknown[] }).model = [];
      }),
    );
    expect(found.log).toEqual(['Журнал напоминаний', 'Время', gids['Журнал напоминаний']]);
    expect(found.directory).toEqual(['Исполнители', 'Исполнитель', gids.Исполнители]);
    expect(found['summary:task:2']).toEqual(['Задача 2', 'Задача 2. Качество обучения', gids['Задача 2']]);
  });

  it('refuses, naming the sheet, when a sheet of that name cannot be told to be its own', async () => {
    const { bytes } = await addInWorkbook();
    const replaced = await edited(bytes, (wb) => {
      wb.removeWorksheet(sheetId(wb, 'Журнал напоминаний'));
      (wb.definedNames as unknown as { model: unknown[] }).model = [];
      const mine = wb.addWorksheet('Журнал напоминаний');
      mine.getCell('A1').value = 'Мои заметки';
      moveTo(wb, 'Журнал напоминаний', 1);
    });
    await expect(readXlsx(replaced, new Runtime())).rejects.toThrow(
      /лист «Журнал напоминаний» не удаётся надёжно узнать/,
    );
  });

  it('gives a tab the person added a gid the file never used', async () => {
    const { bytes, gids } = await addInWorkbook();
    const ss = await readXlsx(
      await edited(bytes, (wb) => {
        wb.addWorksheet('Мой лист');
        moveTo(wb, 'Мой лист', 0);
      }),
      new Runtime(),
    );
    const ids = ss.sheets.map((s) => s.sheetId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.values(gids)).not.toContain(ss._sheet('Мой лист').sheetId);
    // And a sheet inserted now gets a fresh one too.
    expect(ids).not.toContain(ss.insertSheet('Ещё').getSheetId());
  });
});
