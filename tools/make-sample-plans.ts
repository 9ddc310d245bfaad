/**
 * Builds the samples of other shapes from their source notes: samples/<name>.txt → samples/<name>.xlsx.
 * A note starts with «#» lines (where the plan comes from, what was kept, what was written for the
 * sample); then the sheet, one line a row, cells separated by tabs, «^» for a cell merged with the
 * cell above and «<» for a cell merged with the cell on its left. Years and figures are written as
 * numbers and dd.mm.yyyy as dates, as Sheets makes of them when typed; column A is text ('@') so
 * that «1.1» stays «1.1». The header rows are bold on gray; a second sheet «Исполнители» holds the
 * directory a coordinator would keep, with example.org addresses.
 *
 * Run from the repository's root (the bundle must sit where node finds exceljs):
 *   npx esbuild tools/make-sample-plans.ts --bundle --platform=node --external:exceljs \
 *     --outfile=node_modules/.cache/make-sample-plans.cjs && node node_modules/.cache/make-sample-plans.cjs
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

/** The samples built by this tool, with the sheet's name and its column widths. */
export const PLAN_SAMPLES = [
  {
    name: 'school-council-2021',
    sheet: 'План работы',
    widths: [8, 70, 16, 30],
    directory: [['Председатель попечительского совета', 'sovet-predsedatel@example.org']],
  },
  {
    name: 'municipal-tynda-2018',
    sheet: 'Мероприятия',
    widths: [6, 52, 14, 14, 34, 40, 10, 8, 8, 8, 8, 8, 8, 14],
    directory: [
      ['Управление образования', 'uo@example.org'],
      ['дошкольные образовательные учреждения', 'dou@example.org'],
      ['отдел капитального строительства', 'oks@example.org'],
      ['Руководители общеобразовательных учреждений', 'shkoly@example.org'],
      ['МБУ ДО «Дом детского творчества»', 'ddt@example.org'],
    ],
  },
  {
    name: 'municipal-kotelnich-2010',
    sheet: 'Мероприятия',
    widths: [8, 52, 12, 12, 30, 30, 26],
    directory: [
      ['отдел культуры', 'kultura@example.org'],
      ['краеведческий музей', 'muzei@example.org'],
    ],
  },
] as const;

const HEADER_GRAY = 'FFEFEFEF';
const DATE_FORMAT = 'dd.mm.yyyy';

/** The sheet of a note: its rows of cells ('^' and '<' kept as merge marks). */
export function readPlanNote(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('#'))
    .map((line) => (line === '' ? [] : line.split('\t')));
}

/** '01.01.2015' → that day as exceljs writes it (UTC midnight read as the wall-clock day). */
function typed(text: string, column: number): ExcelJS.CellValue {
  if (column === 1) return text;
  const date = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  if (date) return new Date(Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])));
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d+,\d+$/.test(text)) return Number(text.replace(',', '.'));
  return text;
}

/** Merged rectangles from the marks: a value cell, '<' to its right, '^' under the whole span. */
export function mergesOf(
  rows: readonly (readonly string[])[],
): { top: number; left: number; bottom: number; right: number }[] {
  const out: { top: number; left: number; bottom: number; right: number }[] = [];
  rows.forEach((cells, r) => {
    cells.forEach((text, c) => {
      if (text === '^' || text === '<') return;
      let right = c;
      while (cells[right + 1] === '<') right += 1;
      let bottom = r;
      while (rows[bottom + 1]?.[c] === '^') bottom += 1;
      if (right > c || bottom > r) out.push({ top: r + 1, left: c + 1, bottom: bottom + 1, right: right + 1 });
    });
  });
  return out;
}

export function buildPlanWorkbook(
  rows: readonly (readonly string[])[],
  sheet: string,
  widths: readonly number[],
  directory: readonly (readonly [string, string])[],
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Roadmap Tracker sample';
  const ws = wb.addWorksheet(sheet);
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const headerAt = rows.findIndex((cells) => cells.length > 2 && cells.filter((t) => t && t !== '<').length > 2);
  rows.forEach((cells, r) => {
    cells.forEach((text, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      if (c === 0) cell.numFmt = '@';
      if (text === '' || text === '^' || text === '<') return;
      const value = typed(text, c + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = DATE_FORMAT;
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (r < headerAt) cell.font = { bold: r === headerAt - 2 || r === 0 };
    });
  });
  // The header: from its first row down to the last row before the first measure («1 2 3» included).
  let headerEnd = headerAt;
  while ((rows[headerEnd + 1] ?? []).some((t) => t === '^') || /^\d+$/.test(rows[headerEnd + 1]?.[1] ?? ''))
    headerEnd += 1;
  for (let r = headerAt; r <= headerEnd; r += 1)
    for (let c = 1; c <= widths.length; c += 1) {
      const cell = ws.getCell(r + 1, c);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_GRAY } };
    }
  for (const m of mergesOf(rows)) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  // The directory a coordinator would keep, with example.org addresses.
  const dir = wb.addWorksheet('Исполнители');
  dir.addRow(['Исполнитель', 'E-mail', 'Копия', 'Примечание']);
  dir.getRow(1).font = { bold: true };
  for (const [name, email] of directory) dir.addRow([name, email, '', '']);
  [44, 34, 26, 30].forEach((w, i) => {
    dir.getColumn(i + 1).width = w;
  });
  return wb;
}

async function main(): Promise<void> {
  const root = process.cwd();
  for (const sample of PLAN_SAMPLES) {
    const note = path.join(root, 'samples', `${sample.name}.txt`);
    const out = path.join(root, 'samples', `${sample.name}.xlsx`);
    const rows = readPlanNote(readFileSync(note, 'utf8'));
    await buildPlanWorkbook(rows, sample.sheet, sample.widths, sample.directory).xlsx.writeFile(out);
    console.log(`${path.relative(root, out)}: ${rows.length} строк, ${mergesOf(rows).length} объединений`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
