/// <reference types="google-apps-script" />
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { type CacheStores, createCacheService, createCacheStores } from '../emulator/cache';
import { AuthMode } from '../emulator/enums';
import { createHtmlService } from '../emulator/html';
import { createLockService, LockTable } from '../emulator/lock';
import { createConsole, createLogger, type LogEntry } from '../emulator/logger';
import { createMailApp, MailSystem, type SentMessage } from '../emulator/mail';
import { createPropertiesService, createPropertyStores, type PropertyStores } from '../emulator/properties';
import {
  type Clock,
  EXCEEDED_MAX_TIME,
  type Execution,
  type ExecutionStart,
  isDate,
  type LedgerTotals,
  Runtime,
  setScriptRealmError,
  summarizeLedger,
} from '../emulator/runtime';
import { createScriptApp } from '../emulator/script-app';
import { createSession } from '../emulator/session';
import {
  createChartsGlobal,
  createSpreadsheetApp,
  EmulatedSpreadsheet,
  instantToSerial,
} from '../emulator/spreadsheet';
import { type TriggerRecord, TriggerRegistry } from '../emulator/triggers';
import { createUi, UiRecorder } from '../emulator/ui';
import { createUtilities } from '../emulator/utilities';
import { clockEvent, editEvent, openEvent } from './events';
import { TransferError, transfer } from './transfer';
import { installSimulatedDate } from './vm-date';

/**
 * The offline Apps Script host: the BUILT dist/Code.js in a fresh V8 context whose globals
 * are the emulator, one spreadsheet, users, and a simulated clock. Every entry point runs
 * as its own execution (limits, auth mode, user, locks released at the end), as on Google.
 *
 * Example:
 *   const host = new Host({ spreadsheet });
 *   host.open();                       // onOpen(e) as a simple trigger (LIMITED, 30 s)
 *   host.edit('F5', 'выполнено');      // typed by the person, then onEdit(e)
 *   host.run('checkDeadlines');        // a menu click (FULL, 6 min)
 *   host.runDueTriggers(Date.UTC(2021, 5, 16));
 */

export const DEFAULT_USER = 'coordinator@example.org';
const DEFAULT_CODE = path.resolve(__dirname, '../../../dist/Code.js');

export interface HostOptions {
  /** The built bundle (default dist/Code.js of the repository). */
  codePath?: string;
  /** The bundle's source instead of a file (tests that edit it). */
  source?: string;
  /** Where createHtmlOutputFromFile looks (default: the bundle's folder). */
  htmlDir?: string;
  /** Share a runtime (its clock and ledger) with a spreadsheet built beforehand. */
  runtime?: Runtime;
  /** The open file, built with this host's runtime (default: an empty «Дорожная карта»). */
  spreadsheet?: EmulatedSpreadsheet;
  /** The person at the keyboard (the active user of menu and sidebar calls). */
  user?: string;
  /** Clock start (default: the runtime's). */
  now?: Date | number;
  /** Seeds trigger minutes, trigger ids and getUuid. */
  seed?: number;
  /** Script time zone (default: appsscript.json beside the bundle, else Asia/Tomsk). */
  scriptTimeZone?: string;
  /** Session.getActiveUserLocale() (default 'ru'). */
  locale?: string;
  scriptId?: string;
  /** Run as an installed editor add-on (its trigger rules), not as a script bound to the file. */
  addOn?: boolean;
}

/** The outcome of one execution. */
export interface ExecutionResult {
  handler: string;
  execution: Execution;
  ok: boolean;
  value?: unknown;
  error?: { name: string; message: string };
  /** The service calls of this execution (nested executions included), per the latency model. */
  calls: LedgerTotals;
}

/** An add-in function failed: the add-in's own error name and message, no host stack. */
export class ScriptError extends Error {
  constructor(
    message: string,
    readonly scriptErrorName: string,
    readonly handler: string,
  ) {
    super(message);
    this.name = 'ScriptError';
  }
}

function describeError(error: unknown): { name: string; message: string } {
  if (typeof error === 'object' && error !== null && 'message' in error)
    return { name: String((error as Error).name ?? 'Error'), message: String((error as Error).message) };
  return { name: 'Error', message: String(error) };
}

interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
}

/** appsscript.json beside the bundle, or {} when there is none. */
function readManifest(codePath: string): Manifest {
  const manifest = path.join(path.dirname(codePath), 'appsscript.json');
  if (!existsSync(manifest)) return {};
  try {
    return JSON.parse(readFileSync(manifest, 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

export class Host {
  readonly runtime: Runtime;
  readonly spreadsheet: EmulatedSpreadsheet;
  readonly ui = new UiRecorder();
  readonly mail = new MailSystem();
  readonly triggers: TriggerRegistry;
  readonly locks = new LockTable();
  /** Document properties are the spreadsheet's own store (they travel with the document). */
  readonly properties: PropertyStores;
  readonly caches: CacheStores = createCacheStores(true);
  /** Logger and console output of every execution. */
  readonly log: LogEntry[] = [];
  /** Every execution, in order. */
  readonly executions: ExecutionResult[] = [];
  readonly scriptTimeZone: string;
  /** The person at the keyboard. */
  activeUser: string;
  /**
   * The web app deployment (ScriptApp.getService().getUrl()): null until deployed. Its
   * executions run as the deploying user (executeAs USER_DEPLOYING) for an anonymous visitor.
   */
  readonly webApp: { url: string | null; deployer: string } = { url: null, deployer: DEFAULT_USER };
  private readonly context: vm.Context;
  /** The bundle's own Error: service errors are made with it (see setScriptRealmError). */
  private readonly scriptError: ErrorConstructor;

  constructor(options: HostOptions) {
    this.runtime = options.runtime ?? new Runtime({ seed: options.seed });
    if (options.now !== undefined) this.runtime.clock.set(options.now);
    this.spreadsheet = options.spreadsheet ?? new EmulatedSpreadsheet(this.runtime, { name: 'Дорожная карта' });
    this.properties = { ...createPropertyStores(false), document: this.spreadsheet.documentProperties };
    this.activeUser = options.user ?? DEFAULT_USER;
    this.webApp.deployer = this.activeUser;
    this.triggers = new TriggerRegistry(this.runtime);
    const codePath = options.codePath ?? DEFAULT_CODE;
    const manifest = readManifest(codePath);
    this.scriptTimeZone = options.scriptTimeZone ?? manifest.timeZone ?? 'Asia/Tomsk';
    this.runtime.onExecutionEnd((run) => this.locks.releaseAll(run.id ?? 0));

    const runtime = this.runtime;
    const defaultUser = this.activeUser;
    const ui = createUi(runtime, this.ui);
    this.context = vm.createContext({
      SpreadsheetApp: createSpreadsheetApp(runtime, { active: this.spreadsheet, ui }),
      Charts: createChartsGlobal(),
      HtmlService: createHtmlService(runtime, { htmlDir: options.htmlDir ?? path.dirname(codePath) }),
      MailApp: createMailApp(runtime, this.mail, defaultUser),
      ScriptApp: createScriptApp(runtime, this.triggers, {
        scriptId: options.scriptId ?? 'roadmap-tracker-local',
        documentId: this.spreadsheet.id,
        addOn: options.addOn ?? false,
        scriptTimeZone: this.scriptTimeZone,
        defaultUser,
        webApp: this.webApp,
        grantedScopes: manifest.oauthScopes ?? [],
      }),
      PropertiesService: createPropertiesService(runtime, this.properties, defaultUser),
      CacheService: createCacheService(runtime, this.caches, defaultUser),
      LockService: createLockService(runtime, this.locks, { hasDocument: true, defaultUser }),
      Session: createSession(runtime, {
        scriptTimeZone: this.scriptTimeZone,
        locale: options.locale ?? 'ru',
        defaultUser,
      }),
      Utilities: createUtilities(runtime),
      Logger: createLogger(runtime, this.log),
      console: createConsole(runtime, this.log),
    });
    installSimulatedDate(this.context, () => runtime.clock.now(), this.scriptTimeZone);
    // Dates the spreadsheet hands to the script are the context's own, as on Google.
    this.spreadsheet.dateConstructor = vm.runInContext('Date', this.context) as DateConstructor;
    this.scriptError = vm.runInContext('Error', this.context) as ErrorConstructor;
    const source = options.source ?? readFileSync(codePath, 'utf8');
    vm.runInContext(source, this.context, { filename: 'Code.js' });
  }

  get clock(): Clock {
    return this.runtime.clock;
  }

  get ledger() {
    return this.runtime.ledger;
  }

  get outbox(): SentMessage[] {
    return this.mail.outbox;
  }

  /** True when the bundle declares a global function of that name. */
  hasFunction(name: string): boolean {
    return typeof (this.context as Record<string, unknown>)[name] === 'function';
  }

  /** Runs `hook` before the next (or every) call of e.g. 'MailApp.sendEmail'. */
  beforeCall(key: string, hook: () => void, options: { once?: boolean } = { once: true }): () => void {
    return this.runtime.beforeCall(key, hook, options);
  }

  /**
   * Runs one global in its own execution. A thrown error ends the execution (its locks
   * are released) and comes back as data; an execution past its limit fails with Google's
   * message even if the script caught the error.
   */
  execute(handler: string, start: ExecutionStart, args: unknown[] = []): ExecutionResult {
    const firstEntry = this.runtime.ledger.entries.length;
    setScriptRealmError(this.scriptError);
    const execution = this.runtime.begin(start);
    let result: Omit<ExecutionResult, 'calls'>;
    try {
      const fn = (this.context as Record<string, unknown>)[handler];
      if (typeof fn !== 'function')
        throw Object.assign(new Error(`Script function not found: ${handler}`), { name: 'Exception' });
      const value = (fn as (...a: unknown[]) => unknown)(...args);
      result = { handler, execution, ok: true, value };
      this.runtime.checkLimit();
    } catch (error) {
      result = { handler, execution, ok: false, error: describeError(error) };
    } finally {
      this.runtime.end(execution);
    }
    if (this.runtime.clock.now() - execution.startedMs > execution.limitMs)
      result = { handler, execution, ok: false, error: { name: 'Exception', message: EXCEEDED_MAX_TIME } };
    const done = { ...result, calls: summarizeLedger(this.runtime.ledger.entries.slice(firstEntry)) };
    this.executions.push(done);
    return done;
  }

  /** The file is opened: a fresh page (menus cleared), onOpen(e) as a simple trigger, then installable onOpen triggers. */
  open(options: { authMode?: 'NONE' | 'LIMITED' } = {}): ExecutionResult[] {
    this.ui.menus.length = 0;
    const mode = options.authMode ?? 'LIMITED';
    const results: ExecutionResult[] = [];
    if (this.hasFunction('onOpen')) {
      const e = openEvent(this.spreadsheet, mode, '');
      results.push(
        this.execute('onOpen', { kind: 'simple-trigger', authMode: mode, user: this.activeUser, activeUser: '' }, [e]),
      );
    }
    for (const t of this.installable('ON_OPEN')) {
      const e = openEvent(this.spreadsheet, 'FULL', this.activeUser, t.uid);
      results.push(this.execute(t.handler, this.asOwner(t), [e]));
    }
    return results;
  }

  /** The add-on is installed from the store: onInstall(e) with FULL authorization. */
  install(): ExecutionResult {
    const e = { authMode: AuthMode.FULL };
    return this.execute('onInstall', { kind: 'menu', authMode: 'FULL', user: this.activeUser }, [e]);
  }

  /**
   * The person types `value` (or pastes a block of values) at `a1` ('F5', 'Лист1!F5:G6'):
   * the cells are written as typed input, then onEdit(e) runs as a simple trigger and
   * installable onEdit triggers as their owners.
   */
  edit(a1: string, value: unknown): ExecutionResult[] {
    const block = Array.isArray(value) ? (value as unknown[][]) : [[value]];
    const { range, single, oldValue, newValue } = this.asPerson(() => {
      const target = this.spreadsheet.getRange(a1);
      const rows = target.getNumRows();
      const columns = target.getNumColumns();
      const one = rows === 1 && columns === 1;
      const before = one ? this.eventValue(target.getValue()) : undefined;
      target.setValues(block.map((row) => row.map((v) => (v === null || v === undefined ? '' : v))) as never);
      const after = one ? this.eventValue(target.getValue()) : undefined;
      return { range: target, single: one, oldValue: before, newValue: after };
    });
    const results: ExecutionResult[] = [];
    const base = { source: this.spreadsheet, range, single, value: newValue, oldValue };
    if (this.hasFunction('onEdit')) {
      const e = editEvent({ ...base, mode: 'LIMITED', userEmail: '' });
      results.push(
        this.execute('onEdit', { kind: 'simple-trigger', authMode: 'LIMITED', user: this.activeUser, activeUser: '' }, [
          e,
        ]),
      );
    }
    for (const t of this.installable('ON_EDIT')) {
      const e = editEvent({ ...base, mode: 'FULL', userEmail: this.activeUser, triggerUid: t.uid });
      results.push(this.execute(t.handler, { ...this.asOwner(t), activeUser: this.activeUser }, [e]));
    }
    return results;
  }

  /**
   * A menu item or a script run by the person (FULL, 6 min). Returns the result as
   * google.script.run would carry it; throws ScriptError with the add-in's message.
   */
  run(name: string, ...args: unknown[]): unknown {
    const result = this.execute(
      name,
      { kind: 'menu', authMode: 'FULL', user: this.activeUser },
      args.map((a, i) => transfer(a, String(i))),
    );
    if (!result.ok) throw new ScriptError(result.error?.message ?? '', result.error?.name ?? 'Error', name);
    return transfer(result.value);
  }

  /** The sidebar's google.script.run bridge: { value } or { error } as the failure handler would see it. */
  callFromSidebar(name: string, args: unknown[] = []): { value: unknown } | { error: string } {
    let copied: unknown[];
    try {
      copied = args.map((a, i) => transfer(a, String(i)));
    } catch (error) {
      return { error: describeError(error).message };
    }
    const result = this.execute(name, { kind: 'sidebar', authMode: 'FULL', user: this.activeUser }, copied);
    if (!result.ok) return { error: result.error?.message ?? '' };
    try {
      return { value: transfer(result.value) };
    } catch (error) {
      if (error instanceof TransferError) return { error: error.message };
      throw error;
    }
  }

  /**
   * A visitor opens (GET) or submits a form to (POST) the web app: doGet(e) or doPost(e) as the
   * deploying user, with no active user (an anonymous visitor), in a 6-minute execution. The event
   * carries the parameters as Google's does: e.parameter (first values), e.parameters (all),
   * e.queryString, and for a form post e.postData.
   */
  webRequest(
    method: 'GET' | 'POST',
    query: string,
    body = '',
  ): { ok: boolean; html: string; title: string; metaTags: { name: string; content: string }[]; error?: string } {
    const handler = method === 'GET' ? 'doGet' : 'doPost';
    const parameters: Record<string, string[]> = {};
    const add = (text: string) => {
      for (const [k, v] of new URLSearchParams(text)) parameters[k] = [...(parameters[k] ?? []), v];
    };
    add(query);
    if (method === 'POST') add(body);
    const e: Record<string, unknown> = {
      queryString: query,
      parameter: Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, v[0]])),
      parameters,
      contextPath: '',
      contentLength: method === 'POST' ? Buffer.byteLength(body) : -1,
    };
    if (method === 'POST')
      e.postData = {
        contents: body,
        length: Buffer.byteLength(body),
        type: 'application/x-www-form-urlencoded',
        name: 'postData',
      };
    const result = this.execute(
      handler,
      { kind: 'web-app', authMode: 'FULL', user: this.webApp.deployer, activeUser: '' },
      [transfer(e, 'e')],
    );
    if (!result.ok) return { ok: false, html: '', title: '', metaTags: [], error: result.error?.message ?? '' };
    const output = result.value as { content?: unknown; title?: unknown; metaTags?: unknown } | undefined;
    if (!output || typeof output.content !== 'string')
      return {
        ok: false,
        html: '',
        title: '',
        metaTags: [],
        error: 'The script completed but did not return anything.',
      };
    return {
      ok: true,
      html: output.content,
      title: String(output.title ?? ''),
      metaTags: Array.isArray(output.metaTags) ? (output.metaTags as { name: string; content: string }[]) : [],
    };
  }

  /** Fires one installable trigger now, as its owner, with the event its kind gets. */
  fireTrigger(uid: string): ExecutionResult {
    const t = this.triggers.find(uid);
    if (!t) throw new Error(`No trigger ${uid}`);
    const now = this.runtime.clock.now();
    const clock = t.eventType === 'CLOCK';
    const e = clock ? clockEvent(now, t.uid) : openEvent(this.spreadsheet, 'FULL', t.owner, t.uid);
    // Nobody looks at a screen when a time-driven trigger runs.
    const result = this.execute(t.handler, { ...this.asOwner(t), headless: clock }, [e]);
    this.triggers.firings.push({
      uid: t.uid,
      handler: t.handler,
      at: now,
      ok: result.ok,
      error: result.error?.message,
    });
    return result;
  }

  /**
   * Advances the clock to `untilMs`, firing every clock trigger due on the way at its
   * own time (a daily 9 o'clock trigger fires once a day, some minute between 9 and 10).
   */
  runDueTriggers(untilMs: number): ExecutionResult[] {
    const results: ExecutionResult[] = [];
    for (let guard = 0; guard < 10000; guard++) {
      const next = this.triggers.due(untilMs)[0];
      if (!next || next.nextFireMs === null) break;
      const at = next.nextFireMs;
      if (this.runtime.clock.now() < at) this.runtime.clock.set(at);
      next.nextFireMs = this.triggers.nextFire(next, at);
      results.push(this.fireTrigger(next.uid));
    }
    if (this.runtime.clock.now() < untilMs) this.runtime.clock.set(untilMs);
    return results;
  }

  private installable(eventType: TriggerRecord['eventType']): TriggerRecord[] {
    const id = this.asPerson(() => this.spreadsheet.getId());
    return this.triggers.triggers.filter((t) => t.eventType === eventType && t.sourceId === id);
  }

  private asOwner(t: TriggerRecord): ExecutionStart {
    return { kind: 'installable-trigger', authMode: 'FULL', user: t.owner, activeUser: t.owner };
  }

  /**
   * What the person does in the browser costs the script nothing: the calls are taken
   * back out of the ledger and the clock is restored.
   */
  private asPerson<T>(fn: () => T): T {
    const entries = this.runtime.ledger.entries.length;
    const now = this.runtime.clock.now();
    const saved = this.runtime.execution;
    this.runtime.execution = null;
    try {
      return fn();
    } finally {
      this.runtime.execution = saved;
      this.runtime.ledger.entries.length = entries;
      this.runtime.clock.set(now);
    }
  }

  /** e.value / e.oldValue: text as the event carries it (dates as serial numbers); undefined when empty. */
  private eventValue(value: unknown): string | undefined {
    if (value === '' || value === null || value === undefined) return undefined;
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (isDate(value)) {
      const tz = this.spreadsheet.getSpreadsheetTimeZone();
      return String(Math.round(instantToSerial(value.getTime(), tz) * 1e10) / 1e10);
    }
    return String(value);
  }
}
