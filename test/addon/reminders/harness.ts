/**
 * The reminder tests' fixture: the BUILT dist/Code.js in the offline host with
 * samples/roadmap-2021.xlsx (sheet «Дорожная карта», directory «Исполнители» with example.org
 * addresses), prepared by «Подготовить таблицу». Set ROADMAP_BUNDLE to try another build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Runtime } from '../../../src/local/emulator/runtime';
import type { EmulatedSheet, EmulatedSpreadsheet } from '../../../src/local/emulator/spreadsheet';
import { Host } from '../../../src/local/host';
import { readXlsx } from '../../../src/local/xlsx';

const repo = path.join(__dirname, '../../..');
export const CODE_PATH = process.env.ROADMAP_BUNDLE ?? path.join(repo, 'dist/Code.js');
const SAMPLE = readFileSync(path.join(repo, 'samples/roadmap-2021.xlsx'));

export const ROADMAP = 'Дорожная карта';
export const DIRECTORY = 'Исполнители';
export const LOG = 'Журнал напоминаний';
export const COORDINATOR = 'coordinator@example.org';
/** 2021-06-15 09:00 in Tomsk (UTC+7). */
export const JUNE_15 = Date.UTC(2021, 5, 15, 2, 0);
export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

export interface Fixture {
  host: Host;
  runtime: Runtime;
  spreadsheet: EmulatedSpreadsheet;
  roadmap: EmulatedSheet;
}

export interface FixtureOptions {
  now?: number;
  /** Changes made by a person before «Подготовить таблицу» (no onEdit). */
  before?: (spreadsheet: EmulatedSpreadsheet) => void;
  /** Saved with saveSettings after preparing (merged into the current settings). */
  settings?: Record<string, unknown>;
  /** The bundle's source instead of CODE_PATH (a deliberately broken build). */
  source?: string;
  prepare?: boolean;
  /** The script's zone (appsscript.json: Asia/Tomsk), to set it apart from the spreadsheet's. */
  scriptTimeZone?: string;
  /** Another built bundle (its folder's appsscript.json is the manifest), default CODE_PATH. */
  codePath?: string;
  /** Keep the working-day defaults (else CALENDAR_DAYS). */
  workingDays?: boolean;
}

/**
 * The cadence these tests pin down counts calendar days and sends every day: the working-day
 * settings (on by default) have their own tests (working-days.test.ts), which pass workingDays: true.
 */
export const CALENDAR_DAYS = { remindBeforeInWorkingDays: false, workingDaysOnly: false };

export async function sample(options: FixtureOptions = {}): Promise<Fixture> {
  const runtime = new Runtime();
  return fixture(await readXlsx(SAMPLE, runtime), runtime, options);
}

/** The add-in in the host on `spreadsheet` (built with `runtime`), prepared unless told otherwise. */
export function fixture(spreadsheet: EmulatedSpreadsheet, runtime: Runtime, options: FixtureOptions = {}): Fixture {
  options.before?.(spreadsheet);
  const host = new Host({
    codePath: options.codePath ?? CODE_PATH,
    source: options.source,
    spreadsheet,
    runtime,
    now: options.now ?? JUNE_15,
    scriptTimeZone: options.scriptTimeZone,
  });
  if (options.prepare !== false) host.run('prepareTable');
  if (options.prepare !== false || options.settings)
    saveSettings(host, { ...(options.workingDays ? {} : CALENDAR_DAYS), ...options.settings });
  return { host, runtime, spreadsheet, roadmap: sheet(spreadsheet, ROADMAP) };
}

export function saveSettings(host: Host, changes: Record<string, unknown>): void {
  const state = host.run('getSidebarState') as { settings: Record<string, unknown> };
  const result = host.run('saveSettings', { ...state.settings, ...changes }) as { ok: boolean; issues: unknown[] };
  if (!result.ok) throw new Error(`saveSettings refused: ${JSON.stringify(result.issues)}`);
}

export function sheet(spreadsheet: EmulatedSpreadsheet, name: string): EmulatedSheet {
  const found = spreadsheet.getSheetByName(name);
  if (!found) throw new Error(`no sheet «${name}»`);
  return found;
}

/** What a person types as text (plain-text format first, so '=…' stays text, as with a leading apostrophe). */
export function typeText(target: EmulatedSheet, a1: string, text: string): void {
  target.getRange(a1).setNumberFormat('@').setValue(text);
}

/** The row of the measure numbered `number` («1.5» matches «1.5.»). */
export function rowOf(roadmap: EmulatedSheet, number: string): number {
  const values = roadmap.getRange(1, 1, roadmap.getLastRow(), 1).getValues();
  const at = values.findIndex(([v]) => String(v).trim().replace(/\.$/, '') === number);
  if (at < 0) throw new Error(`no measure ${number}`);
  return at + 1;
}

/** The number in column A of `row` («1.5»). */
export function numberAt(roadmap: EmulatedSheet, row: number): string {
  return String(roadmap.getRange(row, 1).getValue()).trim().replace(/\.$/, '');
}

export interface LogRow {
  at: string;
  how: string;
  recipient: string;
  cc: string;
  measures: string;
  step: string;
  result: string;
  keys: string[];
}

/** «Журнал напоминаний» as stored (header left out); [] when there is no log yet. */
export function logRows(spreadsheet: EmulatedSpreadsheet): LogRow[] {
  const log = spreadsheet.getSheetByName(LOG);
  if (!log) return [];
  return log
    ._rawValues()
    .slice(1)
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => {
      const [at, how, recipient, cc, measures, step, result, keys] = r.map((c) => String(c));
      return {
        at: at ?? '',
        how: how ?? '',
        recipient: recipient ?? '',
        cc: cc ?? '',
        measures: measures ?? '',
        step: step ?? '',
        result: result ?? '',
        keys: (keys ?? '').split('\n').filter(Boolean),
      };
    });
}

/** One e-mail as the recipient sees it: addresses and the measures (by number) it links to. */
export interface Received {
  to: string;
  cc: string[];
  subject: string;
  measures: string[];
  at: number;
}

export function received(host: Host, roadmap: EmulatedSheet, from = 0): Received[] {
  return host.outbox.slice(from).map((m) => ({
    to: m.to.join(','),
    cc: [...m.cc].sort(),
    subject: m.subject,
    measures: [...m.body.matchAll(/#gid=\d+&range=A(\d+)/g)].map((x) => numberAt(roadmap, Number(x[1]))),
    at: m.at,
  }));
}

/** (recipient, measure) pairs of e-mails, sorted: 'stolyarov@example.org 3.9'. */
export function pairs(mails: readonly Received[]): string[] {
  return mails.flatMap((m) => m.measures.map((n) => `${m.to} ${n}`)).sort();
}

export interface SendResult {
  sent: number;
  remaining: number;
  failed: { to: string[]; measures: string[]; message: string }[];
  quotaLeft: number;
  done: boolean;
  state?: { notice?: string };
}

/** The sidebar's view of the nightly check. */
export interface NightlyView {
  enabled: boolean;
  hour: number;
  owner: string | null;
  mine: boolean;
  lastRun: { start: string; end: string | null; ok: boolean; summary: string; error: string | null } | null;
  stale: boolean;
  foreign: { at: string; email: string; mine: boolean } | null;
}

export function nightly(host: Host): NightlyView {
  return (host.run('getSidebarState') as { nightly: NightlyView }).nightly;
}

export function send(host: Host, options: { includeAllOverdue?: boolean; limit?: number } = {}): SendResult {
  return host.run('sendReminders', {
    includeAllOverdue: options.includeAllOverdue ?? false,
    limit: options.limit ?? 1000,
  }) as SendResult;
}

/** Sends in chunks as the sidebar does, until the server says done. */
export function sendAll(host: Host, limit = 2): SendResult[] {
  const results: SendResult[] = [];
  for (let guard = 0; guard < 100; guard++) {
    const result = send(host, { limit });
    results.push(result);
    if (result.done) return results;
  }
  throw new Error('sendReminders never said done');
}

export interface Preview {
  today: string;
  heldUntil: string | null;
  digests: {
    to: string[];
    cc: string[];
    subject: string;
    measures: { row: number; number: string; step: string; due: string | null; daysLeft: number | null }[];
  }[];
  unreachable: { executor: string; rows: number[] }[];
  quotaNeeded: number;
  quotaLeft: number;
}

export function preview(host: Host, includeAllOverdue = false): Preview {
  return host.run('previewReminders', { includeAllOverdue }) as Preview;
}

/** Fires the nightly trigger now as its owner (turning the nightly check on first when it is off). */
export function fireNightly(host: Host) {
  const find = () => host.triggers.triggers.filter((t) => t.handler === 'nightlyCheck').at(-1);
  if (!find()) host.run('setNightly', true);
  const trigger = find();
  if (!trigger) throw new Error('no nightly trigger');
  return host.fireTrigger(trigger.uid);
}
