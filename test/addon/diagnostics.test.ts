// Node's own zone must not matter: the add-in works in the spreadsheet's zone (Asia/Tomsk).
process.env.TZ = 'UTC';

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DiagnosticsReport } from '../../src/core/diagnostics';
import { roadmapInProcess } from '../local/cli/in-process';
import { CODE_PATH, COORDINATOR, sample } from './reminders/harness';

/**
 * «Диагностика» (issue 14) on samples/roadmap-2021.xlsx, prepared, 2021-06-15 09:00 Tomsk: the same
 * code from the menu, the sidebar and `roadmap diagnose`.
 */
const SAMPLE = path.join(__dirname, '../../samples/roadmap-2021.xlsx');

function run(host: Awaited<ReturnType<typeof sample>>['host']): DiagnosticsReport {
  return host.run('runDiagnostics') as DiagnosticsReport;
}

describe('runDiagnostics on the sample', () => {
  it('passes at least 12 checks, sends nothing, and leaves every cell, sheet and property as it was', async () => {
    const { host, spreadsheet } = await sample();
    host.run('setNightly', true);
    const before = JSON.stringify(spreadsheet._snapshot());
    const documentBefore = JSON.stringify([...(host.properties.document?.data ?? [])]);
    const sheetsBefore = spreadsheet.getSheets().map((s) => s.getName());
    const report = run(host);
    expect(report.checks.length).toBeGreaterThanOrEqual(12);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(new Set(report.checks.map((c) => c.id)).size).toBe(report.checks.length);
    expect(report.checks.find((c) => c.id === 'trigger')?.detail).toContain('найден');
    expect(report.checks.at(-1)?.id).toBe('cleanup');
    expect(JSON.stringify(spreadsheet._snapshot())).toBe(before);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(sheetsBefore);
    expect(JSON.stringify([...(host.properties.document?.data ?? [])])).toBe(documentBefore);
    expect(host.outbox).toEqual([]);
  });

  it('says «не ок» with what it means and what to do: the quota used up, the trigger deleted by hand', async () => {
    const { host } = await sample();
    host.run('setNightly', true);
    const [trigger] = host.triggers.triggers;
    host.triggers.remove(trigger?.uid ?? '');
    host.mail.setUsed(COORDINATOR, 100, host.clock.now());
    const failed = run(host).checks.filter((c) => !c.ok);
    expect(failed.map((c) => c.id).sort()).toEqual(['mail-quota', 'trigger']);
    for (const c of failed) {
      expect(c.meaning).not.toBe('');
      expect(c.action).not.toBe('');
    }
  });

  it('from the menu shows the table in a dialog; from the sidebar returns it', async () => {
    const { host } = await sample();
    host.run('menuDiagnostics');
    const dialog = host.ui.panels.at(-1);
    expect(dialog).toMatchObject({ kind: 'modal', title: 'Диагностика' });
    expect(dialog?.content).toContain('Все проверки пройдены');
    const fromSidebar = host.callFromSidebar('runDiagnostics') as { value: DiagnosticsReport };
    expect(fromSidebar.value.checks.length).toBeGreaterThanOrEqual(12);
  });

  it('fails the values check when Sheets would give a date back as text (the check can fail)', async () => {
    const source = readFileSync(CODE_PATH, 'utf8').replace(
      '["dd.MM.yyyy", "0.##", "@", "@"]',
      '["@", "0.##", "@", "@"]',
    );
    expect(source).not.toBe(readFileSync(CODE_PATH, 'utf8'));
    const { host } = await sample({ source });
    const check = run(host).checks.find((c) => c.id === 'value-date');
    expect(check).toMatchObject({ ok: false });
  });
});

describe('roadmap diagnose', () => {
  async function roadmap(args: string[]) {
    const saved = process.env.ROADMAP_CODE_JS;
    process.env.ROADMAP_CODE_JS = CODE_PATH;
    try {
      return await roadmapInProcess(args, Date.UTC(2021, 5, 15, 2, 0));
    } finally {
      if (saved === undefined) delete process.env.ROADMAP_CODE_JS;
      else process.env.ROADMAP_CODE_JS = saved;
    }
  }
  const hash = () => createHash('sha256').update(readFileSync(SAMPLE)).digest('hex');

  it('samples/roadmap-2021.xlsx --json: at least 12 checks, all ok, exit 0, the file unchanged', async () => {
    const before = hash();
    const { code, out, err } = await roadmap(['diagnose', SAMPLE, '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const { checks } = JSON.parse(out) as { checks: { id: string; title: string; ok: boolean; detail: string }[] };
    expect(checks.length).toBeGreaterThanOrEqual(12);
    expect(checks.every((c) => c.ok && c.title !== '' && c.detail !== '')).toBe(true);
    expect(Object.keys(checks[0] ?? {}).sort()).toEqual(['detail', 'id', 'ok', 'title']);
    expect(hash()).toBe(before);
  });

  it('prints a Russian table without --json', async () => {
    const { code, out } = await roadmap(['diagnose', SAMPLE]);
    expect(code).toBe(0);
    expect(out).toContain('Все проверки пройдены');
  });
});
