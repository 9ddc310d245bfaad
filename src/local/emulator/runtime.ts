/**
 * The emulator's shared runtime: the simulated clock, the call ledger with its latency
 * model, and the execution limits. Every emulated service method calls `runtime.call(…)`
 * once, so tests and the benchmark can count service calls and simulated time.
 *
 * Latency model (simulated milliseconds per call; figures from Google's best-practices
 * guide, where the same 100×100 job takes ~70 s with per-cell calls (≈ 3.5 ms × 20,000
 * calls) and ~1 s batched, and from published measurements of SpreadsheetApp round trips):
 *   - every Spreadsheet call: 20 ms base (a round trip) + 0.01 ms per cell read or written;
 *   - other services (Properties, Lock, Cache, Session, Script): 5 ms; MailApp.sendEmail: 300 ms;
 *   - Utilities, Logger and builders that only assemble objects client-side: 0 ms.
 * These are deliberately round numbers; the benchmark states them next to its results.
 */

export interface LatencyModel {
  spreadsheetCallMs: number;
  perCellMs: number;
  serviceCallMs: number;
  sendEmailMs: number;
}

export const DEFAULT_LATENCY: LatencyModel = {
  spreadsheetCallMs: 20,
  perCellMs: 0.01,
  serviceCallMs: 5,
  sendEmailMs: 300,
};

/** Services whose calls cost nothing (pure client-side builders and formatting). */
const FREE_SERVICES = new Set(['Utilities', 'Logger', 'console', 'Builder']);

export interface LedgerEntry {
  service: string;
  method: string;
  cellsRead: number;
  cellsWritten: number;
  ms: number;
}

export interface LedgerTotals {
  calls: number;
  /** Calls to SpreadsheetApp and its objects (Spreadsheet, Sheet, Range, …). */
  spreadsheetCalls: number;
  cellsRead: number;
  cellsWritten: number;
  emulatedMs: number;
  byMethod: Record<string, number>;
}

/** Totals of some ledger entries (free services are not counted). */
export function summarizeLedger(entries: readonly LedgerEntry[]): LedgerTotals {
  const totals: LedgerTotals = {
    calls: 0,
    spreadsheetCalls: 0,
    cellsRead: 0,
    cellsWritten: 0,
    emulatedMs: 0,
    byMethod: {},
  };
  for (const e of entries) {
    if (FREE_SERVICES.has(e.service)) continue;
    totals.calls++;
    if (e.service === 'Spreadsheet') totals.spreadsheetCalls++;
    totals.cellsRead += e.cellsRead;
    totals.cellsWritten += e.cellsWritten;
    totals.emulatedMs += e.ms;
    const key = `${e.service}.${e.method}`;
    totals.byMethod[key] = (totals.byMethod[key] ?? 0) + 1;
  }
  return totals;
}

export class Ledger {
  readonly entries: LedgerEntry[] = [];

  totals(): LedgerTotals {
    return summarizeLedger(this.entries);
  }

  reset(): void {
    this.entries.length = 0;
  }
}

export class Clock {
  private nowMs: number;

  constructor(start: Date | number = Date.UTC(2021, 5, 15, 3, 0, 0)) {
    this.nowMs = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.nowMs;
  }

  set(instant: Date | number): void {
    this.nowMs = typeof instant === 'number' ? instant : instant.getTime();
  }

  advance(ms: number): void {
    this.nowMs += ms;
  }
}

/** Thrown when an emulated execution runs past its limit (Google's message). */
export const EXCEEDED_MAX_TIME = 'Exceeded maximum execution time';

/** One running execution: the kind decides the limit (6 min, or 30 s for simple triggers). */
export interface Execution {
  /** 'web-app': doGet/doPost of a deployed web app (no active spreadsheet, no Ui). */
  kind: 'simple-trigger' | 'installable-trigger' | 'menu' | 'sidebar' | 'direct' | 'web-app';
  authMode: 'NONE' | 'LIMITED' | 'FULL';
  /** Effective user of the execution (the trigger owner for installable triggers). */
  user: string;
  startedMs: number;
  limitMs: number;
  /** Unique per execution; locks are held by execution id. Set by `Runtime.begin`. */
  id?: number;
  /** Session.getActiveUser(): '' under simple triggers (Google hides the user there). */
  activeUser?: string;
  /**
   * Nobody at a screen (a time-driven trigger, a web app): the Ui, toasts and the active
   * sheet or selection are refused (see SCREEN_METHODS).
   */
  headless?: boolean;
}

/** What `Runtime.begin` needs; the id, start time and limit are filled in. */
export type ExecutionStart = Pick<Execution, 'kind' | 'authMode' | 'user'> & {
  activeUser?: string;
  headless?: boolean;
};

/** Google's message for getUi() where nobody looks at a screen [V2: public issue threads]. */
export const NO_UI_MESSAGE = 'Cannot call SpreadsheetApp.getUi() from this context.';
/**
 * Reported from trigger runs that use the active sheet or selection [V2]; which methods give it,
 * and whether toast() fails or is ignored, is not documented [U]: the emulator refuses them all,
 * so that the add-in cannot depend on them.
 */
export const NO_ACTIVE_SHEET_MESSAGE = 'Please select an active sheet first.';
const SCREEN_METHODS = new Set([
  'SpreadsheetApp.getActiveSheet',
  'SpreadsheetApp.getActiveRange',
  'SpreadsheetApp.getCurrentCell',
  'SpreadsheetApp.setActiveRange',
  'SpreadsheetApp.setActiveSheet',
  'Spreadsheet.getActiveSheet',
  'Spreadsheet.setActiveSheet',
  'Spreadsheet.getActiveRange',
  'Spreadsheet.getActiveCell',
  'Spreadsheet.toast',
  'Sheet.activate',
  'Sheet.setActiveSelection',
  'Sheet.getActiveRange',
  'Range.activate',
]);
/**
 * What an add-on's onOpen may do before the add-on is used in the file (AuthMode.NONE):
 * build its menu, nothing that reads or writes the document [D GUIDE:add-ons/concepts/editor-auth-lifecycle].
 */
const NONE_ALLOWED = new Set(['SpreadsheetApp.getUi']);
const CURRENTONLY_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

/** A function run before a service call, e.g. to start a concurrent execution in the middle of one. */
export type CallHook = (service: string, method: string) => void;

export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;

export class Runtime {
  readonly ledger = new Ledger();
  readonly clock: Clock;
  latency: LatencyModel;
  /** The execution in progress, or null outside one (setup code in tests is not limited). */
  execution: Execution | null = null;

  /** Executions interrupted by a nested one (a concurrent run started from a hook). */
  private readonly suspended: Execution[] = [];
  private nextExecutionId = 1;
  private readonly hooks = new Map<string, CallHook[]>();
  private readonly endListeners: ((execution: Execution) => void)[] = [];
  private randomState: number;

  constructor(options: { clock?: Clock; latency?: LatencyModel; seed?: number } = {}) {
    this.clock = options.clock ?? new Clock();
    this.latency = options.latency ?? DEFAULT_LATENCY;
    this.randomState = (options.seed ?? 20210615) >>> 0;
  }

  /**
   * Starts an execution (a trigger, a menu click, a google.script.run call). An execution
   * already in progress is suspended until this one ends: that is how the host models two
   * concurrent runs of the same script (B starts from a hook in the middle of A).
   */
  begin(start: ExecutionStart): Execution {
    if (this.execution) this.suspended.push(this.execution);
    const limitMs = start.kind === 'simple-trigger' ? SIMPLE_TRIGGER_LIMIT_MS : EXECUTION_LIMIT_MS;
    const execution: Execution = {
      ...start,
      activeUser: start.activeUser ?? (start.kind === 'simple-trigger' ? '' : start.user),
      id: this.nextExecutionId++,
      startedMs: this.clock.now(),
      limitMs,
    };
    this.execution = execution;
    return execution;
  }

  /** Ends an execution: listeners release its locks; a suspended execution resumes. */
  end(execution: Execution): void {
    for (const listener of this.endListeners) listener(execution);
    if (this.execution === execution) this.execution = this.suspended.pop() ?? null;
  }

  onExecutionEnd(listener: (execution: Execution) => void): void {
    this.endListeners.push(listener);
  }

  /**
   * Runs `hook` before every call of `key` ('MailApp.sendEmail'); with `once`, only before
   * the next one. Returns a function that removes the hook.
   */
  beforeCall(key: string, hook: CallHook, options: { once?: boolean } = {}): () => void {
    const list = this.hooks.get(key) ?? [];
    const remove = () => {
      const at = list.indexOf(wrapped);
      if (at >= 0) list.splice(at, 1);
    };
    const wrapped: CallHook = (service, method) => {
      if (options.once) remove();
      hook(service, method);
    };
    list.push(wrapped);
    this.hooks.set(key, list);
    return remove;
  }

  /**
   * Throws Google's permission error when the execution runs without authorization
   * (simple triggers: LIMITED; an add-on not yet used in the file: NONE). With `allowLimited`,
   * only NONE is refused (PropertiesService, LockService, CacheService work in LIMITED).
   * Example: requireAuthorization('MailApp.sendEmail', 'https://www.googleapis.com/auth/script.send_mail').
   */
  requireAuthorization(method: string, scope: string, options: { allowLimited?: boolean } = {}): void {
    const run = this.execution;
    const allowed = run === null || run.authMode === 'FULL' || (options.allowLimited && run.authMode === 'LIMITED');
    if (!allowed) throw gasError(`You do not have permission to call ${method}. Required permissions: ${scope}`);
  }

  /** Refuses Spreadsheet calls the execution's context does not allow (see SCREEN_METHODS, NONE_ALLOWED). */
  private checkContext(method: string): void {
    const run = this.execution;
    if (!run) return;
    if (run.authMode === 'NONE' && !NONE_ALLOWED.has(method))
      throw gasError(`You do not have permission to call ${method}. Required permissions: ${CURRENTONLY_SCOPE}`);
    if (!run.headless) return;
    if (method === 'SpreadsheetApp.getUi') throw gasError(NO_UI_MESSAGE);
    if (SCREEN_METHODS.has(method)) throw gasError(NO_ACTIVE_SHEET_MESSAGE);
  }

  /** A seeded pseudo-random number in [0, 1) (mulberry32), so runs are reproducible. */
  random(): number {
    this.randomState = (this.randomState + 0x6d2b79f5) >>> 0;
    let t = this.randomState;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /**
   * Records one service call, advances the simulated clock by its cost and enforces the
   * execution's time limit. `service` is 'Spreadsheet' for SpreadsheetApp and every object
   * it returns; otherwise the service's own name ('MailApp', 'PropertiesService', …).
   */
  call(service: string, method: string, cells: { read?: number; written?: number } = {}): void {
    const hooks = this.hooks.get(`${service}.${method}`);
    if (hooks) for (const hook of [...hooks]) hook(service, method);
    if (service === 'Spreadsheet') this.checkContext(method);
    const cellsRead = cells.read ?? 0;
    const cellsWritten = cells.written ?? 0;
    let ms = 0;
    if (FREE_SERVICES.has(service)) ms = 0;
    else if (service === 'Spreadsheet')
      ms = this.latency.spreadsheetCallMs + (cellsRead + cellsWritten) * this.latency.perCellMs;
    else if (service === 'MailApp' && method === 'sendEmail') ms = this.latency.sendEmailMs;
    else ms = this.latency.serviceCallMs;
    this.ledger.entries.push({ service, method, cellsRead, cellsWritten, ms });
    this.clock.advance(ms);
    this.checkLimit();
  }

  /** Simulated time of our own code can be charged too (the host may add CPU time). */
  checkLimit(): void {
    const run = this.execution;
    if (run && this.clock.now() - run.startedMs > run.limitMs) {
      const error = new Error(EXCEEDED_MAX_TIME);
      error.name = 'Exception';
      throw error;
    }
  }
}

/** An error as Apps Script throws it: name "Exception", Google's message, no prefix. */
/**
 * The Error constructor of the script's realm: the host sets it to its vm context's Error so
 * that `error instanceof Error` holds inside the bundle, as it does for Google's exceptions.
 */
let ScriptRealmError: ErrorConstructor = Error;
export function setScriptRealmError(errorClass: ErrorConstructor): void {
  ScriptRealmError = errorClass;
}

export function gasError(message: string): Error {
  const error = new ScriptRealmError(message);
  error.name = 'Exception';
  return error;
}

/**
 * True for a Date from any realm: the add-in runs in a vm context whose Dates are not
 * `instanceof Date` here, so the emulator never uses instanceof on values it receives.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Google's message when arguments do not fit any overload, e.g. "(null,String,String)". */
export function signatureError(method: string, args: readonly unknown[]): Error {
  const names = args.map((a) => {
    if (a === null || a === undefined) return 'null';
    if (isDate(a)) return 'Date';
    if (Array.isArray(a)) return 'Object[]';
    const t = typeof a;
    return t === 'string' ? 'String' : t === 'number' ? 'number' : t === 'boolean' ? 'Boolean' : 'Object';
  });
  return gasError(`The parameters (${names.join(',')}) don't match the method signature for ${method}.`);
}
