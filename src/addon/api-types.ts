/**
 * The sidebar ↔ server contract: every function the sidebar calls through
 * google.script.run and the plain-JSON shapes they exchange, written once: src/addon/api.ts
 * implements it, src/addon/index.ts's globals are checked against it (ServesContract), the
 * sidebar's calls are typed from it (src/sidebar/server.ts). Types and one list of names — no
 * Apps Script, no DOM — so both src/addon and src/sidebar import it.
 *
 * Rules of the wire (google.script.run serialises like JSON, and drops Dates in returns):
 * calendar dates are 'YYYY-MM-DD' strings (IsoDate), moments are ISO 8601 timestamps
 * ('2021-06-15T02:13:00.000Z'); no Date, no undefined inside arrays, no functions.
 * Every action that changes something returns the fresh SidebarState, so the sidebar
 * re-renders from one source of truth.
 */
import type { IsoDate } from '../core/dates';
import type { DiagnosticsReport } from '../core/diagnostics';
import type { StateCode, UserColumn } from '../core/model';
import type { Settings, SettingsIssue } from '../core/settings';

/** An ISO 8601 timestamp: new Date().toISOString() on the server. */
export type IsoTimestamp = string;

/** The roadmap the sidebar talks about. */
export interface PlanInfo {
  sheetName: string;
  /** The title rows above the header, joined («Дорожная карта … на 2021 год»). */
  title: string;
  /** The plan year (from the title, the settings or today). */
  year: number;
}

/** An overdue or due-soon measure, as listed in the sidebar (click → selectCell(row, 1)). */
export interface UrgentMeasure {
  row: number;
  /** As written («2.1»); '' when the table has no number column. */
  number: string;
  /** The full title; the sidebar shortens it. */
  title: string;
  state: 'overdue' | 'due-soon';
  /** due − today: negative when overdue (−3 = three days late). */
  daysLeft: number;
  due: IsoDate | null;
  /** The due date falls on a non-working day: «выпадает на выходной» next to it. */
  dueOff: boolean;
  /** The «Исполнитель» cell as written. */
  executors: string;
}

/**
 * Today in the working-day calendar (the production calendar with the sheet «Календарь»): what the
 * sidebar, the nightly check and the CLI say about today.
 */
export interface CalendarView {
  workingDay: boolean;
  /** Today when it is a working day, else the next working day. */
  nextWorkingDay: IsoDate;
  /** false: no decree for this year in the add-in's data yet, only Saturdays, Sundays and the Labour Code's holidays. */
  yearKnown: boolean;
  year: number;
  lastKnownYear: number;
  /** The sheet «Календарь» exists. */
  sheet: boolean;
}

/** A problem found in the table, with the cell to jump to (column null → the row's first cell). */
export interface ProblemView {
  row: number;
  column: number | null;
  /** Stable code: 'deadline-unreadable', 'executor-no-email', 'duplicate-number', … */
  code: string;
  /** Russian, ready to show. */
  message: string;
  severity: 'error' | 'warning';
}

/** The outcome of the last nightly run, recorded by nightlyCheck itself. */
export interface NightlyRun {
  start: IsoTimestamp;
  /** null while running or when the run was cut off (6-minute limit). */
  end: IsoTimestamp | null;
  ok: boolean;
  /** Russian, one line: «Проверено 57 мероприятий, отправлено 4 письма». */
  summary: string;
  /** Russian error text when ok is false. */
  error: string | null;
}

export interface NightlyStatus {
  enabled: boolean;
  /** Hour of day (0–23) in the spreadsheet's time zone. */
  hour: number;
  /** E-mail of the person whose trigger runs the check (their quota, their name); null when unknown or off. */
  owner: string | null;
  /** The current user owns the trigger (only the owner can turn it off). */
  mine: boolean;
  lastRun: NightlyRun | null;
  /** Enabled but no successful run (or trigger creation) in the last 36 hours: the sidebar shows a warning. */
  stale: boolean;
  /**
   * The last run of a trigger that is not the recorded one (another account's, left by a
   * take-over): skipped at once. `email` is that trigger's owner ('' when unknown); `mine`
   * when it is the current user's, who can remove it by turning the check off.
   */
  foreign: { at: IsoTimestamp; email: string; mine: boolean } | null;
}

/** How the table was found, in every state (no extra call): the section «Столбцы таблицы» opens when 'guess'. */
export interface TableSummary {
  /** 'manual': the person's columns; 'auto': recognised by their names; 'guess': no table recognised. */
  source: 'manual' | 'auto' | 'guess';
  /** The sheet read (or looked at when no table was found); null when there is none. */
  sheetName: string | null;
  /** The person chose the sheet. */
  sheetChosen: boolean;
  /** Russian: why the person's choice is not in force (the columns moved, the sheet is gone). */
  note: string | null;
}

/** «Столбцы таблицы» in full (describeTable): the choices and what is in force. */
export interface TableView {
  /** The sheets that may hold the roadmap (not the add-in's own). */
  sheets: { id: number; name: string }[];
  sheetId: number | null;
  sheetChosen: boolean;
  source: TableSummary['source'];
  /** The header row in force or guessed (1-based); null when the sheet has no text. */
  headerRow: number | null;
  /** Role → 1-based column, in force or guessed. */
  columns: Partial<Record<UserColumn, number>>;
  /** The add-in's own columns found in the header row («Статус» in H). */
  addinColumns: { name: string; column: number }[];
  /** The first 30 rows' texts (shortened), for the header row and the column drop-downs. */
  rows: { row: number; cells: string[] }[];
  note: string | null;
}

/** The person's choice: a sheet (by id, or by name from the CLI), optionally its header row and columns. */
export interface TableChoiceInput {
  sheetId?: number;
  sheetName?: string;
  headerRow?: number | null;
  columns?: Partial<Record<UserColumn, number>> | null;
}

export interface SaveTableResult {
  ok: boolean;
  /** Russian, one per problem; nothing is stored when there are any. */
  issues: string[];
  state: SidebarState;
}

/** Everything the sidebar shows. Returned by getSidebarState and by every action. */
export interface SidebarState {
  /** false until «Подготовить таблицу» has found the roadmap table; counts etc. are then empty. */
  ready: boolean;
  /** null when no roadmap table was found. */
  plan: PlanInfo | null;
  /** The spreadsheet's today. */
  today: IsoDate;
  /** The spreadsheet's IANA time zone ('Asia/Tomsk'): the sidebar formats timestamps in it. */
  timeZone: string;
  /** When deadlines were last checked (by a person or the nightly run); null = never. */
  lastCheck: IsoTimestamp | null;
  /** Measures by state; every StateCode present (0 when none). */
  counts: Record<StateCode, number>;
  /** Measures in the table (the sum of counts). */
  total: number;
  /** Done (on time or late) ÷ measures that are not cancelled, 0–100 rounded; null when there are none. */
  percentDone: number | null;
  /** Overdue first (most late first), then due-soon (soonest first). */
  urgent: UrgentMeasure[];
  problems: ProblemView[];
  nightly: NightlyStatus;
  settings: Settings;
  /** null when no roadmap was read. */
  calendar: CalendarView | null;
  mail: { quotaLeft: number };
  table: TableSummary;
  /** Russian, one line, what the last action did («Сводки обновлены: 6 листов»). */
  notice?: string;
  /** Russian, when the action failed in a way the person should see; the rest of the state is still valid. */
  error?: string;
}

/** One measure inside a reminder digest. */
export interface DigestMeasure {
  row: number;
  number: string;
  title: string;
  state: StateCode;
  daysLeft: number | null;
  due: IsoDate | null;
  /** The due date falls on a non-working day. */
  dueOff: boolean;
  /** Why it is in the digest today. */
  step: 'before-due' | 'overdue' | 'overdue-repeat' | 'escalation' | 'unparsed';
  /** The executor's answer links in the e-mail (web app deployed; see README «Ответы исполнителей»). */
  answerLinks?: { done: string; postpone: string };
}

/** One e-mail that sendReminders would send. */
export interface DigestPreview {
  to: string[];
  cc: string[];
  /** The executor names the digest is for («Руководители ПОО»). */
  names: string[];
  subject: string;
  measures: DigestMeasure[];
  /** «Все мои мероприятия»: the executor's page, when the web app is deployed. */
  answersLink?: string;
}

/** Executors that would get a reminder but have no e-mail in «Исполнители». */
export interface UnreachableExecutor {
  executor: string;
  rows: number[];
}

export interface ReminderPreview {
  today: IsoDate;
  /**
   * Today is not a working day and reminders go out on working days only: the digests are planned
   * for this day and nothing is sent today; null on a working day or with the setting off.
   */
  heldUntil: IsoDate | null;
  digests: DigestPreview[];
  unreachable: UnreachableExecutor[];
  /** Recipients (to + cc) all the digests need: Google counts quota per recipient. */
  quotaNeeded: number;
  quotaLeft: number;
}

export interface SendResult {
  /** Digests sent by this call. */
  sent: number;
  /** Digests still due after this call (0 when done). */
  remaining: number;
  /** Not sent, or sent without some copies: the recipient, the measures (numbers) and why, in Russian. */
  failed: { to: string[]; measures: string[]; message: string }[];
  quotaLeft: number;
  /** true when nothing more will be sent in this run (all sent, or the quota is exhausted). */
  done: boolean;
  /** Fresh state, present when done. */
  state?: SidebarState;
  /** Nothing was sent because today is not a working day: the reminders wait for this day. */
  heldUntil?: IsoDate;
}

export interface ReportPeriod {
  from: IsoDate;
  to: IsoDate;
}

export interface SaveSettingsResult {
  ok: boolean;
  /** validateSettings' issues with their Russian sentence (i18n's settingText); empty when ok. */
  issues: (SettingsIssue & { message: string })[];
  state: SidebarState;
}

/** An executor's answer as the sidebar lists it. */
export interface AnswerView {
  /** The request's key (decideAnswer takes it). */
  id: string;
  /** When received, as people read it: '15.06.2021 09:05'. */
  receivedAt: string;
  recipient: string;
  number: string;
  title: string;
  kind: 'done' | 'postpone';
  /** The day it was done, or the new deadline asked for. */
  date: IsoDate;
  comment: string;
  state: 'new' | 'accepted' | 'rejected';
  decidedBy: string;
  note: string;
}

/** «Ответы исполнителей» in the sidebar. */
export interface AnswersView {
  /** The web app is deployed: the reminders carry the links (else the section explains how to turn it on). */
  enabled: boolean;
  /** Waiting for a decision, oldest first. */
  pending: AnswerView[];
  /** The last decided ones, newest first (at most 5). */
  decided: AnswerView[];
  notice?: string;
  /** Fresh sidebar state after a decision that changed the plan. */
  state?: SidebarState;
}

/**
 * Every server function the sidebar calls. src/addon/api.ts implements it and
 * src/addon/index.ts exports each one as an Apps Script global of the same name.
 * Errors: throw an Error with a Russian message (the sidebar shows it); expected
 * outcomes (no table, invalid settings) are data, not throws.
 */
export interface ServerApi {
  /** The sidebar's first call; reads stored results, cheap (no re-check). */
  getSidebarState(): SidebarState;
  /** «Подготовить таблицу»: finds the table, adds the add-in's columns, formatting, «Исполнители». */
  prepareTable(): SidebarState;
  /** «Проверить сроки»: re-reads the table, writes states, records lastCheck. */
  checkDeadlines(): SidebarState;
  /** «Обновить сводки»: the «Задача N» sheets and «Сводка». */
  refreshSummaries(): SidebarState;
  /** The council report for a period (from ≤ to, both inclusive). */
  buildCouncilReport(period: ReportPeriod): SidebarState;
  /** What sendReminders would send today; sends nothing. */
  previewReminders(options: { includeAllOverdue: boolean }): ReminderPreview;
  /**
   * Sends at most `limit` digests that are due and not yet sent today (deduped against
   * «Журнал напоминаний»); the sidebar calls it again until `done`, showing progress.
   */
  sendReminders(options: { includeAllOverdue: boolean; limit: number }): SendResult;
  /**
   * Creates (as the current user) or removes the nightly trigger. `takeOver`: turn it on for
   * the current user although another user's trigger is recorded (that person left, and their
   * trigger is to be removed by them or by an admin); without it a second trigger is refused.
   */
  setNightly(enabled: boolean, takeOver?: boolean): SidebarState;
  /** Validates and stores; on issues nothing is stored. Moves the trigger if nightlyHour changed. */
  saveSettings(settings: Settings): SaveSettingsResult;
  /** Creates the sheet «Календарь» of the organisation's own days off and working days (when missing). */
  createCalendarSheet(): SidebarState;
  /** Activates the roadmap sheet and selects the cell (1-based). */
  selectCell(row: number, column: number): void;
  /** «Ответы исполнителей»: the requests waiting for a decision and the last decided ones. */
  getAnswers(): AnswersView;
  /**
   * «Принять» / «Отклонить»: accepting writes the measure's Статус/Дата выполнения/Новый срок/Отметка,
   * re-checks the row and refreshes «Сводка»; a note is e-mailed to the executor. Only from the
   * spreadsheet (sidebar), never from the web app.
   */
  decideAnswer(id: string, accept: boolean, note: string): AnswersView;
  /** «Отозвать все ссылки»: a new secret; every link sent so far stops working. */
  revokeAnswerLinks(): AnswersView;
  /**
   * «Диагностика»: every assumption about Google checked on this spreadsheet (a temporary hidden
   * sheet, removed afterwards); no e-mail, no cell of the person's changed.
   */
  runDiagnostics(): DiagnosticsReport;
  /** «Столбцы таблицы» for a sheet (null: the roadmap's, or the best guess when none is recognised). */
  describeTable(sheetId: number | null): TableView;
  /**
   * Keeps the person's sheet, header row and columns in document properties (null: recognise the
   * table again). Invalid choices are refused with the issues, and nothing is stored.
   */
  saveTableChoice(choice: TableChoiceInput | null): SaveTableResult;
}

/** The names of the server functions, for the Apps Script globals and the playground bridge. */
export type ServerFunction = keyof ServerApi;

/** The contract's names at run time: test/addon/bundle.test.ts finds exactly these among dist/Code.js's globals. */
export const SERVER_FUNCTIONS = [
  'getSidebarState',
  'prepareTable',
  'checkDeadlines',
  'refreshSummaries',
  'buildCouncilReport',
  'previewReminders',
  'sendReminders',
  'setNightly',
  'saveSettings',
  'createCalendarSheet',
  'selectCell',
  'getAnswers',
  'decideAnswer',
  'revokeAnswerLinks',
  'runDiagnostics',
  'describeTable',
  'saveTableChoice',
] as const satisfies readonly ServerFunction[];

type Assert<T extends true> = T;
/** Every function of the contract is in SERVER_FUNCTIONS (`satisfies` above: nothing else is). */
export type ServerFunctionsListed = Assert<
  [Exclude<ServerFunction, (typeof SERVER_FUNCTIONS)[number]>] extends [never] ? true : false
>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** F takes the parameters of the contract's K (compared both ways) and returns its result. */
type Serves<F, K extends ServerFunction> = F extends (...args: infer A) => infer R
  ? Same<A, Parameters<ServerApi[K]>> extends true
    ? Same<R, ReturnType<ServerApi[K]>>
    : false
  : false;

/**
 * `true` when a module's exports (src/addon/index.ts: `typeof import('./index')`) hold every
 * function of the contract with the contract's parameters and result. Its other exports (menu
 * items, triggers) are not the contract's.
 */
export type ServesContract<Exports> = false extends {
  [K in ServerFunction]: K extends keyof Exports ? Serves<Exports[K], K> : false;
}[ServerFunction]
  ? false
  : true;
