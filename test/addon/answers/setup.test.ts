import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DiagnosticsReport } from '../../../src/core/diagnostics';
import { Runtime } from '../../../src/local/emulator/runtime';
import { readXlsx } from '../../../src/local/xlsx';
import { remindedNumbers } from '../../e2e/fixtures/reminded';
import { CODE_PATH, fixture, sample } from '../reminders/harness';

/**
 * The web app's set-up as the add-in sees it: the preview shows the links the e-mails will carry,
 * and «Диагностика» checks the deployment (issue 16, point 4).
 */
const WEB_APP = 'https://script.google.com/macros/s/roadmap-local/exec';
const WORKING_GROUP = 'rabochaya-gruppa@example.org';
const root = path.resolve(__dirname, '../../..');

interface Preview {
  digests: { to: string[]; answersLink?: string; measures: { number: string; answerLinks?: { done: string } }[] }[];
}

/** The bundle beside the answers manifest (what `npm run deploy:answers` pushes). */
async function withAnswersManifest() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-answers-manifest-'));
  copyFileSync(CODE_PATH, path.join(dir, 'Code.js'));
  copyFileSync(path.join(root, 'appsscript.answers.json'), path.join(dir, 'appsscript.json'));
  const runtime = new Runtime();
  const spreadsheet = await readXlsx(path.join(root, 'samples/roadmap-2021.xlsx'), { runtime });
  return fixture(spreadsheet, runtime, { codePath: path.join(dir, 'Code.js') });
}

const answersRow = (report: DiagnosticsReport) => report.checks.find((c) => c.id === 'answers');

describe('the preview and «Диагностика» with the executors\u2019 answers', () => {
  it('shows in the preview the links each e-mail will carry, and none without the web app', async () => {
    const f = await sample();
    const plain = f.host.run('previewReminders', { includeAllOverdue: false }) as Preview;
    expect(plain.digests.every((d) => d.answersLink === undefined)).toBe(true);
    f.host.webApp.url = WEB_APP;
    const preview = f.host.run('previewReminders', { includeAllOverdue: false }) as Preview;
    const digest = preview.digests.find((d) => d.to.includes(WORKING_GROUP));
    expect(digest?.answersLink).toMatch(/^https:\/\/script\.google\.com\/macros\/s\/roadmap-local\/exec\?t=/);
    const measure = digest?.measures.find((m) => m.number === '2.2');
    expect(measure?.answerLinks?.done).toContain('a=done');
    expect(remindedNumbers(preview, WORKING_GROUP)).toContain('2.2');
  });

  it('finds nothing wrong when the web app is not deployed (the feature is optional)', async () => {
    const f = await sample();
    const row = answersRow(f.host.run('runDiagnostics') as DiagnosticsReport);
    expect(row?.ok).toBe(true);
    expect(row?.detail).toContain('не опубликовано');
  });

  it('says «не ок» when the web app is deployed with the usual manifest (no `spreadsheets` scope)', async () => {
    const f = await sample();
    f.host.webApp.url = WEB_APP;
    const row = answersRow(f.host.run('runDiagnostics') as DiagnosticsReport);
    expect(row?.ok).toBe(false);
    expect(row?.detail).toContain('spreadsheets');
    expect(row?.action).toContain('appsscript.answers.json');
  });

  it('passes every check deployed with the answers manifest (`spreadsheets` covers `spreadsheets.currentonly`)', async () => {
    const f = await withAnswersManifest();
    f.host.webApp.url = WEB_APP;
    const report = f.host.run('runDiagnostics') as DiagnosticsReport;
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(answersRow(report)?.detail).toBe(`опубликовано: ${WEB_APP}`);
  });
});
