/**
 * Builds samples/roadmap-2021.xlsx from samples/roadmap-2021.txt (a copy of the cluster's
 * seed, tab-separated text pasted from the Word original), laid out as a person would put
 * it into Google Sheets and download it: the approval blocks side by side, the merged
 * title, the header row, «Задача N.» rows merged across the table, the 29 measures with
 * their numbers as TEXT (format '@', so «2.1» is not read as 2 January), the blank rows the
 * paste brought along, and a second sheet «Исполнители» with example.org addresses.
 * Right of «Результат» the coordinator has added two columns, F «Статус» (text) and
 * G «Дата выполнения» (real dates; every row below the header formatted 'dd.mm.yyyy'), and
 * filled a few rows as of 15 June 2021 for a demo day (DEMO_PROGRESS). The add-in recognises these two columns as its own by
 * their headers and adds the other six (Новый срок, Отметка об исполнении and the computed
 * ones) after them.
 *
 * Run from the repository's root (the bundle must sit where node finds exceljs):
 *   npx esbuild tools/make-sample.ts --bundle --platform=node --external:exceljs \
 *     --outfile=node_modules/.cache/make-sample.cjs && node node_modules/.cache/make-sample.cjs
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

const root = process.cwd();
const SEED = path.join(root, 'samples/roadmap-2021.txt');
const OUT = path.join(root, 'samples/roadmap-2021.xlsx');

const HEADER_GRAY = 'FFEFEFEF';
const TASK_FILL = 'FFD9EAD3';

/**
 * What the coordinator had recorded by 15 June 2021, by measure number: Статус and
 * Дата выполнения ('YYYY-MM-DD', null = left empty). 1.1 and 1.3 were signed off at the
 * council's 22 March meeting (on time), 1.4 late, and the monthly 1.5 and 3.9 done for May.
 */
export const DEMO_PROGRESS: Readonly<Record<string, { status: string; completed: string | null }>> = {
  '1.1': { status: 'Выполнено', completed: '2021-03-22' },
  '1.3': { status: 'Выполнено', completed: '2021-03-22' },
  '1.4': { status: 'Выполнено', completed: '2021-05-14' },
  '1.5': { status: 'В работе', completed: '2021-05-27' },
  '2.1': { status: 'В работе', completed: null },
  '2.2': { status: 'В работе', completed: null },
  '2.9': { status: 'В работе', completed: null },
  '3.9': { status: 'В работе', completed: '2021-05-31' },
};

/** The two columns the coordinator added right of «Результат» (F and G). */
const PROGRESS_HEADER = ['Статус', 'Дата выполнения'];
const DATE_FORMAT = 'dd.mm.yyyy';

/** '2021-03-22' → the Date exceljs writes as that day's Excel serial (wall-clock time read as UTC). */
function excelDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
}

/** The directory a coordinator would keep: one row per executor named in the table. */
export const DIRECTORY: [string, string, string, string][] = [
  ['Руководители ПОО', 'rukovoditeli-poo@example.org', '', 'Рассылка руководителям всех ПОО кластера'],
  ['Председатель Координационного совета', 'brusilov@example.org', '', 'А. Брусилов'],
  ['Координационный совет', 'sovet@example.org', 'brusilov@example.org', 'Секретарь совета'],
  ['Рабочая группа', 'rabochaya-gruppa@example.org', 'brusilov@example.org', ''],
  ['Специалисты отраслевых предприятий', 'specialisty@example.org', '', ''],
  ['ЦОПП', 'copp@example.org', '', 'Центр опережающей профессиональной подготовки'],
  ['Отраслевые предприятия', 'predpriyatiya@example.org', '', ''],
  ['Столяров В.В.', 'stolyarov@example.org', '', ''],
];

interface Seed {
  approval: { left: string[]; right: string[] };
  title: string[];
  header: string[];
  /** null = a blank row of the paste. */
  rows: (string[] | null)[];
}

export function readSeed(text: string): Seed {
  const lines = text.split(/\r?\n/);
  const headerAt = lines.findIndex((l) => l.startsWith('№ п/п'));
  const top = lines.slice(0, headerAt);
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of top) {
    if (line.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line.trim());
  }
  if (current.length) blocks.push(current);
  const [left = [], right = [], title = []] = blocks;
  const body = lines.slice(headerAt + 1);
  while (body.length && (body[body.length - 1] ?? '').trim() === '') body.pop();
  return {
    approval: { left, right },
    title: title.map((t) => t.replace(/\*\*/g, '')),
    header: (lines[headerAt] ?? '').split('\t').map((s) => s.trim()),
    rows: body.map((l) => (l.trim() === '' ? null : l.split('\t').map((s) => s.trim()))),
  };
}

export function buildWorkbook(seed: Seed): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Roadmap Tracker sample';
  const ws = wb.addWorksheet('Дорожная карта');
  const widths = [9, 60, 28, 22, 48, 14, 16];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });

  // Approval blocks: «Рассмотрено» on the left, «Утверждаю» on the right, as in the Word file.
  const { left, right } = seed.approval;
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i]) ws.getCell(i + 1, 2).value = left[i];
    if (right[i]) ws.getCell(i + 1, 5).value = right[i];
  }
  ws.getCell(1, 2).font = { bold: true };
  ws.getCell(1, 5).font = { bold: true };
  let row = Math.max(left.length, right.length) + 2;

  for (const [i, t] of seed.title.entries()) {
    ws.getCell(row, 1).value = t;
    ws.mergeCells(row, 1, row, 5);
    ws.getCell(row, 1).alignment = { horizontal: 'center', wrapText: true };
    ws.getCell(row, 1).font = { bold: true, size: i === 0 ? 14 : 12 };
    row++;
  }
  row++;

  [...seed.header.slice(0, 5), ...PROGRESS_HEADER].forEach((h, i) => {
    const c = ws.getCell(row, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_GRAY } };
  });
  ws.getCell(row, 1).numFmt = '@';
  row++;

  for (const cells of seed.rows) {
    ws.getCell(row, 1).numFmt = '@';
    // The coordinator formatted the whole of G as dates, not only the cells already filled.
    ws.getCell(row, 7).numFmt = DATE_FORMAT;
    if (cells && /^Задача\s+\d+/.test(cells[0] ?? '')) {
      const c = ws.getCell(row, 1);
      c.value = cells[0] ?? '';
      ws.mergeCells(row, 1, row, 5);
      c.font = { bold: true };
      c.alignment = { wrapText: true, vertical: 'middle' };
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: TASK_FILL } };
    } else if (cells) {
      cells.slice(0, 5).forEach((text, i) => {
        if (text === '') return;
        const c = ws.getCell(row, i + 1);
        c.value = text;
        c.alignment = { wrapText: true, vertical: 'top' };
      });
      const progress = DEMO_PROGRESS[(cells[0] ?? '').replace(/\.$/, '')];
      if (progress) {
        const status = ws.getCell(row, 6);
        status.value = progress.status;
        status.alignment = { vertical: 'top' };
        if (progress.completed) {
          const date = ws.getCell(row, 7);
          date.value = excelDate(progress.completed);
          date.alignment = { vertical: 'top' };
        }
      }
    }
    row++;
  }

  const dir = wb.addWorksheet('Исполнители');
  dir.addRow(['Исполнитель', 'E-mail', 'Копия', 'Примечание']);
  dir.getRow(1).font = { bold: true };
  for (const entry of DIRECTORY) dir.addRow(entry);
  [40, 32, 26, 44].forEach((w, i) => {
    dir.getColumn(i + 1).width = w;
  });
  dir.views = [{ state: 'frozen', ySplit: 1 }];
  return wb;
}

async function main(): Promise<void> {
  const seed = readSeed(readFileSync(SEED, 'utf8'));
  const measures = seed.rows.filter((r) => r && /^\d+\.\d+\.?$/.test(r[0] ?? '')).length;
  const wb = buildWorkbook(seed);
  await wb.xlsx.writeFile(OUT);
  const filled = Object.keys(DEMO_PROGRESS).length;
  console.log(
    `${path.relative(root, OUT)}: ${measures} мероприятий (${filled} с отметками), ${DIRECTORY.length} исполнителей`,
  );
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
