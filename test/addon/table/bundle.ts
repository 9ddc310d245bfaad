/**
 * The built add-in (dist/Code.js) on the offline host, and the spreadsheets the table tests
 * run it on. `npm test` builds the bundle before jest; running jest alone needs `npm run build`
 * first, and a missing or stale bundle fails with that advice instead of testing old code.
 *
 *   const { host, spreadsheet, sheet } = hostForFixture(seed2021);   // 2021-06-15 09:00 in Tomsk
 *   host.run('prepareTable');
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CellValue } from '../../../src/core/model';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { Runtime } from '../../../src/local/emulator/runtime';
import { type EmulatedSheet, EmulatedSpreadsheet, serialOfDate, toA1 } from '../../../src/local/emulator/spreadsheet';
import { Host } from '../../../src/local/host';
import { readXlsx } from '../../../src/local/xlsx';
import type { RoadmapFixture } from '../../fixtures/roadmaps';

export { toA1 };

export const REPO = path.resolve(__dirname, '../../..');
export const CODE_PATH = path.join(REPO, 'dist/Code.js');
export const SAMPLE_XLSX = path.join(REPO, 'samples/roadmap-2021.xlsx');
/** 2021-06-15 09:00 in Asia/Tomsk (UTC+7), the spreadsheet's zone. */
export const JUNE_15 = Date.UTC(2021, 5, 15, 2, 0);
export const ROADMAP_SHEET = 'Дорожная карта';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

let checked = false;
/**
 * Throws a clear error when dist/Code.js is missing; warns once when it is older than src/core
 * or src/addon (other work may be editing them: the tests then run the last build).
 */
export function requireBundle(): string {
  if (checked) return CODE_PATH;
  if (!existsSync(CODE_PATH)) throw new Error(`${CODE_PATH} is missing: run \`npm run build\` (npm test does it).`);
  const built = statSync(CODE_PATH).mtimeMs;
  const source = Math.max(newestSource(path.join(REPO, 'src/core')), newestSource(path.join(REPO, 'src/addon')));
  if (source > built)
    process.stderr.write(`${CODE_PATH} is older than src/: run \`npm run build\` to test the current code.\n`);
  checked = true;
  return CODE_PATH;
}

let bundleSource: string | null = null;
function source(): string {
  bundleSource ??= readFileSync(requireBundle(), 'utf8');
  return bundleSource;
}

/** A host running the real bundle on `spreadsheet`, its clock at `now`. */
export function hostFor(
  spreadsheet: EmulatedSpreadsheet,
  options: { now?: number; settings?: Partial<Settings>; scriptTimeZone?: string } = {},
): Host {
  const host = new Host({
    codePath: CODE_PATH,
    source: source(),
    spreadsheet,
    runtime: spreadsheet.runtime,
    now: options.now ?? JUNE_15,
    scriptTimeZone: options.scriptTimeZone,
  });
  if (options.settings) {
    host.properties.document?.data.set(
      'roadmap.settings',
      JSON.stringify({ ...DEFAULT_SETTINGS, ...options.settings }),
    );
  }
  return host;
}

/**
 * Stores a getValues()-shaped grid in a sheet as Sheets holds it: strings as text, numbers as
 * numbers, { date } as a date serial in a dd.MM.yyyy cell. No ledger: this is the person's work.
 */
export function fillSheet(sheet: EmulatedSheet, values: readonly (readonly CellValue[])[]): void {
  values.forEach((line, r) => {
    line.forEach((value, c) => {
      if (value === '' || value === null) return;
      const cell = sheet._ensureCell(r + 1, c + 1);
      if (typeof value === 'object') {
        const [y, m, d] = value.date.split('-').map(Number) as [number, number, number];
        cell.value = serialOfDate(y, m, d);
        cell.numberFormat = 'dd.MM.yyyy';
      } else {
        cell.value = value;
      }
    });
  });
}

/** A one-sheet spreadsheet «Дорожная карта» holding the fixture's table and its merges. */
export function spreadsheetFromFixture(fixture: Pick<RoadmapFixture, 'values' | 'merges'>, runtime = new Runtime()) {
  runtime.clock.set(JUNE_15);
  const spreadsheet = new EmulatedSpreadsheet(runtime, { name: 'Дорожная карта', firstSheetName: ROADMAP_SHEET });
  const sheet = spreadsheet._sheet(ROADMAP_SHEET);
  fillSheet(sheet, fixture.values);
  sheet.merges.push(...fixture.merges.map((m) => ({ ...m })));
  return { spreadsheet, sheet, runtime };
}

/** The fixture's spreadsheet and a host on it (settings give the plan year when the title does not). */
export function hostForFixture(fixture: RoadmapFixture, options: { now?: number } = {}) {
  const { spreadsheet, sheet, runtime } = spreadsheetFromFixture(fixture);
  const settings = fixture.expected.planYearSource === 'settings' ? { planYear: fixture.expected.planYear } : undefined;
  const host = hostFor(spreadsheet, { now: options.now, settings });
  return { host, spreadsheet, sheet, runtime };
}

/** samples/roadmap-2021.xlsx on a host at 2021-06-15 09:00 in Tomsk. */
export async function hostForSample(options: { now?: number; scriptTimeZone?: string } = {}) {
  const runtime = new Runtime();
  runtime.clock.set(options.now ?? JUNE_15);
  const spreadsheet = await readXlsx(readFileSync(SAMPLE_XLSX), runtime);
  const host = hostFor(spreadsheet, options);
  return { host, spreadsheet, sheet: spreadsheet._sheet(ROADMAP_SHEET), runtime };
}

/** What getCheckReport_ returns (the fields the tests read). */
export interface CheckReport {
  sheet: string;
  planYear: number;
  today: string;
  sections: { id: string; title: string; measures: number }[];
  measures: {
    row: number;
    number: string;
    section: string | null;
    title: string;
    deadlineText: string;
    start: string | null;
    due: string | null;
    recurrence: string | null;
    status: string | null;
    completed: string | null;
    state: string | null;
    daysLeft: number | null;
  }[];
  problems: { row: number; column: number | null; code: string; message: string }[];
}

export function checkReport(host: Host): CheckReport {
  return host.run('getCheckReport_') as CheckReport;
}

/** The header row's texts → 1-based column, read without the ledger. */
export function columnsByHeader(sheet: EmulatedSheet, headerRow: number): Map<string, number> {
  const out = new Map<string, number>();
  const line = sheet._rawValues()[headerRow - 1] ?? [];
  line.forEach((v, i) => {
    if (typeof v === 'string' && v !== '' && !out.has(v)) out.set(v, i + 1);
  });
  return out;
}
