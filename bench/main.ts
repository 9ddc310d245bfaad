/**
 * `npm run bench [-- --json] [-- --sizes 100,1000]`: runs the real dist/Code.js in the offline
 * host on synthetic roadmaps of 100, 1,000 and 10,000 measures and reports, per operation,
 * Spreadsheet and other service calls, cells read and written, emulated service time under the
 * host's latency model (src/local/emulator/runtime.ts states it and its sources), CPU time and
 * peak memory; then the naive per-row check on the same sheets, and the budgets (bench/budgets.ts:
 * only deterministic ones gate the exit code).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { judgeRoadmap, planCheckWrites, readRoadmap } from '../src/core/roadmap';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { DEFAULT_LATENCY, Runtime } from '../src/local/emulator/runtime';
import { EmulatedSpreadsheet } from '../src/local/emulator/spreadsheet';
import { Host } from '../src/local/host';
import { budgetsOf, bundleReport, CODE_BASELINE_BYTES, exitCodeOf, resultOf } from './budgets';
import { benchDeadlines } from './deadline';
import { NAIVE_SOURCE } from './naive';
import { statusFor } from './synthetic';
import { buildSpreadsheet } from './workbook';

const root = path.resolve(__dirname, '..');
const codePath = path.join(root, 'dist', 'Code.js');
const TODAY = Date.UTC(2021, 5, 14, 23, 0); // 06:00 on 15.06.2021 in Tomsk
const DAY_MS = 24 * 3600 * 1000;
/** 07:00 on 16.06 in Tomsk: the 02:00 trigger of that night is due. */
const NEXT_NIGHT = Date.UTC(2021, 5, 16, 0, 0);

/** Names of the two nights measured (see benchSize). */
const WORST_NIGHT = 'nightly check, every task changed';
const TYPICAL_NIGHT = 'nightly check';

interface Run {
  operation: string;
  measures: number;
  serviceCalls: number;
  spreadsheetCalls: number;
  cellsRead: number;
  cellsWritten: number;
  emulatedMs: number;
  cpuMs: number;
  peakMemoryMb: number;
}

function measure(runtime: Runtime, operation: string, measures: number, act: () => void): Run {
  runtime.ledger.reset();
  const cpu = process.cpuUsage();
  act();
  const used = process.cpuUsage(cpu);
  const totals = runtime.ledger.totals();
  return {
    operation,
    measures,
    serviceCalls: totals.calls,
    spreadsheetCalls: totals.spreadsheetCalls,
    cellsRead: totals.cellsRead,
    cellsWritten: totals.cellsWritten,
    emulatedMs: Math.round(totals.emulatedMs),
    cpuMs: Math.round((used.user + used.system) / 1000),
    peakMemoryMb: Math.round(process.memoryUsage().rss / 1048576),
  };
}

function expectOk(host: Host, name: string, ...args: unknown[]): unknown {
  return host.run(name, ...args);
}

function benchSize(measures: number): { runs: Run[]; naive: Run; coreCheckMs: number } {
  const runtime = new Runtime();
  runtime.clock.set(TODAY);
  const { spreadsheet, sheet, data } = buildSpreadsheet(runtime, measures);
  const host = new Host({ codePath, spreadsheet, runtime, now: TODAY });
  host.mail.dailyQuota = 1500; // a Workspace account
  const runs: Run[] = [];
  runs.push(measure(runtime, 'prepare', measures, () => expectOk(host, 'prepareTable')));
  // A person's statuses and completion dates in the new columns (not measured).
  const statusColumn = 6;
  const statuses = data.rows.slice(data.firstDataRow - 1).map((_, i) => statusFor(i));
  sheet.getRange(data.firstDataRow, statusColumn, statuses.length, 2).setValues(statuses);
  runs.push(measure(runtime, 'check', measures, () => expectOk(host, 'checkDeadlines')));
  runs.push(measure(runtime, 'summaries', measures, () => expectOk(host, 'refreshSummaries')));
  runs.push(
    measure(runtime, 'reminder planning', measures, () =>
      expectOk(host, 'previewReminders', { includeAllOverdue: false }),
    ),
  );
  runs.push(
    measure(runtime, 'sending', measures, () =>
      expectOk(host, 'sendReminders', { includeAllOverdue: false, limit: 100_000 }),
    ),
  );
  expectOk(host, 'setNightly', true);
  const night = (at: number) => () => {
    const results = host.runDueTriggers(at);
    if (results.length !== 1 || !results[0]?.ok) throw new Error(`nightly: ${JSON.stringify(results)}`);
  };
  // The night to 16.06: «до 15.06.2021» falls due in every task, so every task sheet changes
  // (the worst kind of night: month and quarter ends are like it).
  runs.push(measure(runtime, WORST_NIGHT, measures, night(NEXT_NIGHT)));
  // During 16.06 a person marks one measure done…
  runs.push(
    measure(runtime, 'onEdit (one row)', measures, () => {
      const results = host.edit(`'Дорожная карта'!F${data.firstDataRow + 1}`, 'Выполнено');
      for (const r of results) if (!r.ok) throw new Error(`onEdit failed: ${r.error?.message}`);
    }),
  );
  // …and the night to 17.06 is a usual one: that task's sheet and the «Сводка» change.
  runs.push(measure(runtime, TYPICAL_NIGHT, measures, night(NEXT_NIGHT + DAY_MS)));

  // The core alone (no emulator): our own CPU time for checking.
  const values = sheet
    .getDataRange()
    .getValues()
    .map((row) => row.map((v) => (v instanceof Date ? '' : v)));
  const start = performance.now();
  const roadmap = readRoadmap({
    sheetName: 'Дорожная карта',
    values: values as never,
    settings: DEFAULT_SETTINGS,
    today: '2021-06-15',
  });
  if ('error' in roadmap) throw new Error(roadmap.error.code);
  planCheckWrites(roadmap, judgeRoadmap(roadmap, '2021-06-15', DEFAULT_SETTINGS));
  const coreCheckMs = performance.now() - start;

  // The naive reference on a fresh copy of the same sheet.
  const naiveRuntime = new Runtime();
  naiveRuntime.clock.set(TODAY);
  const fresh = buildSpreadsheet(naiveRuntime, measures);
  const naiveHost = new Host({
    source: NAIVE_SOURCE,
    htmlDir: path.dirname(codePath),
    spreadsheet: fresh.spreadsheet,
    runtime: naiveRuntime,
    now: TODAY,
  });
  let naive: Run;
  try {
    naive = measure(naiveRuntime, 'check (naive per-row)', measures, () => naiveHost.run('naiveCheck'));
  } catch (error) {
    // The per-row script hits Apps Script's 6-minute limit on big sheets: report how far it got.
    const totals = naiveRuntime.ledger.totals();
    naive = {
      operation: `check (naive per-row): ${(error as Error).message}`,
      measures,
      serviceCalls: totals.calls,
      spreadsheetCalls: totals.spreadsheetCalls,
      cellsRead: totals.cellsRead,
      cellsWritten: totals.cellsWritten,
      emulatedMs: Math.round(totals.emulatedMs),
      cpuMs: 0,
      peakMemoryMb: Math.round(process.memoryUsage().rss / 1048576),
    };
  }
  return { runs, naive, coreCheckMs };
}

function main(): void {
  const json = process.argv.includes('--json');
  const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
  const sizes = sizesArg ? sizesArg.slice(8).split(',').map(Number) : [100, 1000, 10000];
  const codeBytes = statSync(codePath).size;
  const loadStart = performance.now();
  const probe = new Host({ codePath, spreadsheet: new EmulatedSpreadsheet(new Runtime(), { name: 'probe' }) });
  const loadMs = performance.now() - loadStart;
  void probe;

  const runs: Run[] = [];
  const naive: Run[] = [];
  const coreCheck: Record<number, number> = {};
  for (const size of sizes) {
    const result = benchSize(size);
    runs.push(...result.runs);
    naive.push(result.naive);
    coreCheck[size] = Math.round(result.coreCheckMs);
  }
  const deadlines = benchDeadlines();

  const budgets = budgetsOf({
    runs,
    sizes,
    codeBytes,
    coreCheckMs: coreCheck,
    deadlinesMs: deadlines.ms,
    nights: { typical: TYPICAL_NIGHT, worst: WORST_NIGHT },
  });

  const report = {
    codeBytes,
    codeBaselineBytes: CODE_BASELINE_BYTES,
    loadMs: Math.round(loadMs),
    latencyModel: DEFAULT_LATENCY,
    runs,
    naive,
    coreCheckMs: coreCheck,
    deadlines,
    budgets,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    console.log(bundleReport(codeBytes));
    console.log(`dist/Code.js loaded in ${Math.round(loadMs)} ms`);
    console.log(
      `Latency model: ${DEFAULT_LATENCY.spreadsheetCallMs} ms a Spreadsheet call + ${DEFAULT_LATENCY.perCellMs} ms a cell; ` +
        `${DEFAULT_LATENCY.serviceCallMs} ms other services; ${DEFAULT_LATENCY.sendEmailMs} ms an e-mail`,
    );
    const table = [...runs, ...naive].map((r) => ({
      operation: r.operation.slice(0, 40),
      measures: r.measures,
      'Sheets calls': r.spreadsheetCalls,
      'all calls': r.serviceCalls,
      'cells read': r.cellsRead,
      'cells written': r.cellsWritten,
      'emulated ms': r.emulatedMs,
      'CPU ms': r.cpuMs,
      'RSS MB': r.peakMemoryMb,
    }));
    console.table(table);
    console.log(`Deadline parsing: ${deadlines.cells} cells in ${deadlines.ms.toFixed(1)} ms`);
    console.table(budgets.map((b) => ({ budget: b.budget, value: b.value, result: resultOf(b) })));
  }
  process.exitCode = exitCodeOf(budgets);
}

main();
