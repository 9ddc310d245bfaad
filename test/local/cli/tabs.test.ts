import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Io } from '../../../src/local/cli/io';
import { main } from '../../../src/local/cli/main';
import { Runtime } from '../../../src/local/emulator/runtime';
import { META_SHEET, readXlsx } from '../../../src/local/xlsx';
import { moveTo, sheetId } from '../xlsx/tabs';

/**
 * Issue 13 end to end: `roadmap check --send --out` on the 2021 sample, then the tabs of the
 * result moved, deleted and renamed as a person does in Excel (here with exceljs), then the next
 * runs: nothing sent twice (the same day), nothing lost (a week later, the same e-mails as on an
 * untouched workbook), no sheet of the person's written over, no second set of the add-in's
 * sheets (also when another tool dropped the bridge's metadata sheet). Runs the BUILT dist/Code.js.
 */
const root = path.resolve(__dirname, '../../..');
const sample = path.join(root, 'samples/roadmap-2021.xlsx');
const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-tabs-'));
let runs = 0;

interface Sent {
  sent: number;
  /** «recipient: measures» of each e-mail written to the outbox. */
  mail: string[];
}

async function check(book: string, today: string, out = book): Promise<Sent> {
  process.env.ROADMAP_CODE_JS = path.join(root, 'dist/Code.js');
  const outbox = path.join(dir, `mail-${++runs}`);
  const lines: string[] = [];
  const io: Io = { out: (l) => lines.push(l), err: (l) => lines.push(l), readStdin: async () => '', today: () => '' };
  const exit = await main(['check', book, '--today', today, '--json', '--send', '--outbox', outbox, '--out', out], io);
  expect([exit, lines.join('\n').slice(0, 300)]).toEqual([0, expect.anything()]);
  const report = JSON.parse(lines.join('\n')) as { sent: number; reminders: { to: string[]; measures: string[] }[] };
  const files = report.sent > 0 ? readdirSync(outbox) : [];
  const mail = files
    .map((f) => /^To: (.*)$/m.exec(readFileSync(path.join(outbox, f), 'utf8'))?.[1] ?? '')
    .map((to) => `${to}: ${report.reminders.find((r) => r.to.join(', ') === to)?.measures.join(', ')}`)
    .sort();
  expect(mail).toHaveLength(report.sent);
  return { sent: report.sent, mail };
}

async function editTabs(book: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  edit(wb);
  await wb.xlsx.writeFile(book);
}

/** The tabs as Excel shows them. */
async function tabNames(book: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  return wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
}

async function sheetValues(book: string, name: string): Promise<unknown[][]> {
  const ss = await readXlsx(book, new Runtime());
  return ss.getSheetByName(name)?.getDataRange().getValues() ?? [];
}

const WEEK_LATER = '2021-06-22';
/** What an untouched workbook sends a week later, after the first run. */
let control: Sent;

beforeAll(async () => {
  const book = path.join(dir, 'control.xlsx');
  copyFileSync(sample, book);
  expect((await check(book, '2021-06-15')).sent).toBeGreaterThan(0);
  control = await check(book, WEEK_LATER);
  expect(control.sent).toBeGreaterThan(0);
}, 60000);

describe.each<[string, (wb: ExcelJS.Workbook) => void]>([
  ['the log dragged next to the roadmap', (wb) => moveTo(wb, 'Журнал напоминаний', 1)],
  ['«Задача 2» deleted', (wb) => wb.removeWorksheet(sheetId(wb, 'Задача 2'))],
  [
    '«Сводка» and the log renamed',
    (wb) => {
      (wb.getWorksheet('Сводка') as ExcelJS.Worksheet).name = 'Итоги';
      (wb.getWorksheet('Журнал напоминаний') as ExcelJS.Worksheet).name = 'Отправки';
    },
  ],
  ['the metadata sheet dropped by another tool', (wb) => wb.removeWorksheet(sheetId(wb, META_SHEET))],
  [
    'everything at once',
    (wb) => {
      wb.removeWorksheet(sheetId(wb, 'Задача 2'));
      (wb.getWorksheet('Журнал напоминаний') as ExcelJS.Worksheet).name = 'Отправки';
      moveTo(wb, 'Отправки', 0);
      moveTo(wb, 'Исполнители', 3);
    },
  ],
])('roadmap check after %s', (_what, edit) => {
  it('sends nothing twice the same day, loses nothing a week later, overwrites no sheet', async () => {
    const book = path.join(dir, `book-${++runs}.xlsx`);
    copyFileSync(sample, book);
    const first = await check(book, '2021-06-15');
    expect(first.sent).toBeGreaterThan(0);
    const directory = await sheetValues(book, 'Исполнители');
    await editTabs(book, edit);
    const names = await tabNames(book);

    expect(await check(book, '2021-06-15')).toEqual({ sent: 0, mail: [] });
    expect(await sheetValues(book, 'Исполнители')).toEqual(directory);
    // The person's tab names stay theirs.
    const after = await tabNames(book);
    for (const name of names) expect(after).toContain(name);
    // No second set of the add-in's sheets.
    expect(after.filter((name) => name.includes('(дорожная карта)'))).toEqual([]);
    expect(await check(book, WEEK_LATER)).toEqual(control);
  }, 60000);
});

/** The column of the log whose header is `name` (1-based). */
function logColumn(log: ExcelJS.Worksheet, name: string): number {
  let found = 0;
  log.getRow(1).eachCell((cell, col) => {
    if (String(cell.value).trim() === name) found = col;
  });
  expect(found).toBeGreaterThan(0);
  return found;
}

function logOf(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  return wb.getWorksheet('Журнал напоминаний') as ExcelJS.Worksheet;
}

describe.each<[string, (wb: ExcelJS.Workbook) => void]>([
  // actualRowCount: exceljs's spliceRows deletes nothing when asked for more rows than the sheet's last.
  ['every log row deleted', (wb) => logOf(wb).spliceRows(2, logOf(wb).actualRowCount - 1)],
  ['the «Ключи» column deleted', (wb) => logOf(wb).spliceColumns(logColumn(logOf(wb), 'Ключи'), 1)],
  [
    'the results retyped «Отправлено»',
    (wb) => {
      const log = logOf(wb);
      const col = logColumn(log, 'Результат');
      log.eachRow((row, n) => {
        if (n > 1) row.getCell(col).value = ' Отправлено ';
      });
    },
  ],
])('roadmap check after the log tidied: %s', (_what, edit) => {
  it('sends nothing twice the same day and loses nothing a week later', async () => {
    const book = path.join(dir, `log-${++runs}.xlsx`);
    copyFileSync(sample, book);
    expect((await check(book, '2021-06-15')).sent).toBeGreaterThan(0);
    const logBefore = await sheetValues(book, 'Журнал напоминаний');
    await editTabs(book, edit);
    // The edit really reached the file.
    expect(await sheetValues(book, 'Журнал напоминаний')).not.toEqual(logBefore);
    expect(await check(book, '2021-06-15')).toEqual({ sent: 0, mail: [] });
    expect(await check(book, WEEK_LATER)).toEqual(control);
  }, 60000);
});

describe('roadmap check on the result re-saved by LibreOffice Calc (a real file, test/fixtures/workbooks)', () => {
  it('sends nothing twice the same day, the same e-mails a week later, and keeps every sheet', async () => {
    const book = path.join(dir, `libreoffice-${++runs}.xlsx`);
    copyFileSync(path.join(root, 'test/fixtures/workbooks/libreoffice-resaved-2021-06-15.xlsx'), book);
    const names = await tabNames(book);
    const directory = await sheetValues(book, 'Исполнители');
    expect(await check(book, '2021-06-15')).toEqual({ sent: 0, mail: [] });
    expect(await tabNames(book)).toEqual(names);
    expect(await sheetValues(book, 'Исполнители')).toEqual(directory);
    expect(await check(book, WEEK_LATER)).toEqual(control);
  }, 60000);
});

describe('roadmap check after the plan renumbered (1.1 inserted: 1.1–1.7 become 1.2–1.8)', () => {
  it('sends nothing twice the same day and the same e-mails a week later', async () => {
    const book = path.join(dir, `renumbered-${++runs}.xlsx`);
    copyFileSync(sample, book);
    expect((await check(book, '2021-06-15')).sent).toBeGreaterThan(0);
    await editTabs(book, (wb) => {
      const roadmap = wb.worksheets[0] as ExcelJS.Worksheet;
      roadmap.eachRow((row) => {
        const m = /^1\.(\d+)\.?$/.exec(String(row.getCell(1).value ?? '').trim());
        if (m) row.getCell(1).value = `1.${Number(m[1]) + 1}.`;
      });
    });
    expect(await check(book, '2021-06-15')).toEqual({ sent: 0, mail: [] });
    const later = await check(book, WEEK_LATER);
    const renumber = (line: string) => line.replace(/\b1\.(\d+)/g, (_, n) => `1.${Number(n) - 1}`);
    expect(later.sent).toBe(control.sent);
    expect(later.mail.map(renumber).sort()).toEqual([...control.mail].sort());
  }, 60000);
});
