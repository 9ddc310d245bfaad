import { statSync } from 'node:fs';
import path from 'node:path';
import { CODE_ALLOWANCE_BYTES, CODE_BASELINE_BYTES, CODE_BUDGET_BYTES } from '../../bench/budgets';
import { buildSpreadsheet } from '../../bench/workbook';
import { Runtime } from '../../src/local/emulator/runtime';
import { Host } from '../../src/local/host';

/**
 * The deterministic budgets of `npm run bench` (issue 9), asserted on the BUILT bundle: call
 * counts and bytes, never wall-clock time. npm test builds dist/ before jest runs.
 */
const codePath = path.resolve(__dirname, '../../dist/Code.js');
const NINE_IN_TOMSK = Date.UTC(2021, 5, 15, 2, 0);
const NEXT_NIGHT = Date.UTC(2021, 5, 16, 0, 0);

function hostFor(measures: number, perSection?: number) {
  const runtime = new Runtime();
  runtime.clock.set(NINE_IN_TOMSK);
  const built = buildSpreadsheet(runtime, measures, perSection);
  const host = new Host({ codePath, spreadsheet: built.spreadsheet, runtime, now: NINE_IN_TOMSK });
  host.mail.dailyQuota = 1500;
  return { host, runtime, ...built };
}

/** Spreadsheet calls of one step, from a clean ledger. */
function spreadsheetCalls(runtime: Runtime, step: () => void): number {
  runtime.ledger.reset();
  step();
  return runtime.ledger.totals().spreadsheetCalls;
}

describe('performance budgets (call counts and bytes)', () => {
  it('keeps dist/Code.js at most its budget (bench/budgets.ts)', () => {
    expect(statSync(codePath).size).toBeLessThanOrEqual(CODE_BUDGET_BYTES);
  });

  it('keeps dist/Code.js within its recorded baseline and allowance (the ratchet, bench/budgets.ts)', () => {
    expect(statSync(codePath).size).toBeLessThanOrEqual(CODE_BASELINE_BYTES + CODE_ALLOWANCE_BYTES);
  });

  it('checks 100 and 10,000 measures with the same Spreadsheet calls, and a one-row edit costs at most 5', () => {
    const counts = [100, 10_000].map((measures) => {
      const { host, runtime, data } = hostFor(measures);
      host.run('prepareTable');
      const check = spreadsheetCalls(runtime, () => host.run('checkDeadlines'));
      const edit = spreadsheetCalls(runtime, () => {
        const [result] = host.edit(`'Дорожная карта'!F${data.firstDataRow + 1}`, 'Выполнено');
        expect(result?.ok).toBe(true);
      });
      return { check, edit };
    });
    expect(counts[0]?.check).toBe(counts[1]?.check);
    for (const { edit } of counts) {
      expect(edit).toBeGreaterThan(0); // the edit was re-checked, not skipped
      expect(edit).toBeLessThanOrEqual(5);
    }
  }, 60_000);

  it('runs the nightly check with the same Spreadsheet calls for 100 and 2,000 measures in two tasks', () => {
    const counts = [100, 2_000].map((measures) => {
      const { host, runtime } = hostFor(measures, Math.ceil(measures / 2));
      host.run('prepareTable');
      host.run('refreshSummaries');
      host.run('setNightly', true);
      // A first night sends what is due; the count is taken on the second, like every later night.
      host.runDueTriggers(NEXT_NIGHT);
      return spreadsheetCalls(runtime, () => {
        const runs = host.runDueTriggers(NEXT_NIGHT + 24 * 3600 * 1000);
        expect(runs.map((r) => r.ok)).toEqual([true]);
      });
    });
    expect(counts[0]).toBe(counts[1]);
  }, 60_000);

  it('runs a usual night on 10,000 measures in 40 tasks in at most 40 Spreadsheet calls', () => {
    const { host, runtime, data } = hostFor(10_000);
    host.run('prepareTable');
    host.run('refreshSummaries');
    host.run('setNightly', true);
    // The night to 16.06 changes every task sheet («до 15.06.2021» falls due in each task).
    const worst = spreadsheetCalls(runtime, () =>
      expect(host.runDueTriggers(NEXT_NIGHT).map((r) => r.ok)).toEqual([true]),
    );
    // During 16.06 one measure is marked done; the next night rewrites its task's sheet and the «Сводка».
    runtime.clock.set(NEXT_NIGHT + 3 * 3600 * 1000);
    expect(host.edit(`'Дорожная карта'!F${data.firstDataRow + 1}`, 'Выполнено').map((r) => r.ok)).toEqual([true]);
    const usual = spreadsheetCalls(runtime, () => {
      const runs = host.runDueTriggers(NEXT_NIGHT + 24 * 3600 * 1000);
      expect(runs.map((r) => r.ok)).toEqual([true]);
    });
    expect(usual).toBeLessThanOrEqual(40);
    // The worst night writes every one of the 42 summary sheets (a few calls each), still one execution.
    expect(worst).toBeGreaterThan(42 * 5);
    const state = host.run('getSidebarState');
    expect(JSON.stringify(state)).toMatch(/сводок: 42, изменились: 2/);
  }, 180_000);
});
