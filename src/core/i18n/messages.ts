/**
 * What the core tells a person, as data: a stable `code` and the parameters a sentence needs
 * (valibot's issues: the core collects them, one chooser turns them into words). No words here;
 * each language's table (ru.ts) has one sentence per code, and the compiler asks for it.
 */
import type { DeadlineWarning } from '../deadline/types';
import type { Doubt } from '../doubt';
import type { StatusCode, UserColumn } from '../model';
import type { RuleView } from '../roadmap/own-rules';

/**
 * A cell of the roadmap a message names: its row, its column (null: the whole row) and that
 * column's header as written; `role` names the missing column when the table has none
 * ({ row: 12, column: null, role: 'executors' } → «строка 12 (Исполнители)»).
 */
export interface Cell {
  row: number;
  column: number | null;
  header?: string;
  role?: UserColumn;
}

/** A cell of the add-in's own sheets («Исполнители», «Календарь»): row and 1-based column. */
export interface SheetCell {
  row: number;
  column: number | null;
}

/** Problems of the roadmap table (roadmap/read.ts, roadmap/lint.ts). */
export type RoadmapMessage =
  | { code: 'no-table' }
  | (Cell & { code: 'deadline-unreadable'; text: string; why?: DeadlineWarning })
  | (Cell & { code: 'deadline-doubtful'; text: string; doubt: Doubt })
  | (Cell & { code: 'deadline-warning'; warning: DeadlineWarning })
  | (Cell & { code: 'missing-executor'; number: string })
  | (Cell & { code: 'missing-deadline'; number: string })
  | (Cell & { code: 'duplicate-number'; number: string; firstRow: number })
  | (Cell & { code: 'number-out-of-order'; number: string; previous: string })
  | (Cell & { code: 'measure-before-section' })
  | (Cell & { code: 'number-ambiguous'; chosen: string; other: string })
  | (Cell & { code: 'status-unknown'; text: string })
  | (Cell & { code: 'status-date-conflict'; status: StatusCode })
  | (Cell & { code: 'date-unreadable'; text: string });

/** Problems of the «Исполнители» sheet and of the executors it cannot match (directory/). */
export type DirectoryMessage =
  | { code: 'directory-missing' }
  | { code: 'executor-unknown'; row: number; column: number | null; name: string }
  | { code: 'executor-no-email'; row: number; column: number | null; name: string; directoryRow: number }
  | (SheetCell & { code: 'directory-no-name' })
  | (SheetCell & { code: 'email-invalid'; address: string })
  | (SheetCell & { code: 'directory-no-email'; name: string })
  | (SheetCell & { code: 'directory-duplicate'; name: string; firstRow: number });

/** Problems of the «Календарь» sheet (calendar/own-days.ts). */
export type CalendarMessage =
  | (SheetCell & { code: 'calendar-date-invalid'; text: string })
  | (SheetCell & { code: 'calendar-kind-invalid'; text: string })
  | (SheetCell & { code: 'calendar-duplicate'; firstRow: number });

/** Problems of the reminder plan (reminders/plan.ts). */
export type ReminderMessage = { code: 'coordinator-missing' };

/** Why MailApp did not send an e-mail (reminders/mail-limits.ts mailRefusal), Google's words kept. */
export type MailRefusal =
  | { code: 'mail-address-refused'; address: string; google: string }
  | { code: 'mail-too-many-recipients'; limit: number; google: string }
  | { code: 'mail-too-large'; google: string }
  | { code: 'mail-daily-limit'; google: string }
  | { code: 'mail-no-recipient'; google: string }
  | { code: 'mail-refused'; google: string }
  /** Already Russian (the add-in's own error): shown as it is. */
  | { code: 'mail-said'; text: string };

/** A digest reached its recipient, but a further message with its copies failed. */
export type MailMessage = MailRefusal | { code: 'mail-copies-failed'; recipients: string[]; refusal: MailRefusal };

/** What the menu's actions tell the person (addon/menu-actions.ts): toasts and alerts. */
export type MenuMessage =
  | { code: 'no-table-hint' }
  | { code: 'prepared'; added: readonly string[]; directoryRowsAdded: number }
  | { code: 'checked-nowhere-to-write' }
  | { code: 'checked'; total: number; overdue: number; soon: number; problems: number }
  | { code: 'summaries-refreshed'; names: readonly string[] }
  | { code: 'send-confirm' }
  | {
      code: 'sent';
      sent: number;
      failures: readonly { to: string; message: string }[];
      postponed: number;
      heldUntil: string | null;
    }
  | { code: 'nightly-owned-by-other'; email: string }
  | { code: 'nightly-off' }
  | { code: 'nightly-on'; hour: number; timeZone: string }
  | { code: 'calendar-sheet'; created: boolean }
  | { code: 'diagnostics-summary'; failed: number; total: number };

/** Why the add-in cannot start its work in this document (addon/lock.ts, addon/roadmap-sheet.ts). */
export type AccessMessage =
  | { code: 'busy' }
  | { code: 'no-document-lock' }
  | { code: 'chosen-sheet-missing'; sheetName: string }
  | { code: 'settings-sheet-missing'; sheetName: string }
  | { code: 'roadmap-not-found' };

/** Why the add-in cannot run here at all (addon/env.ts, addon/store.ts): no document behind the script. */
export type ContextMessage = { code: 'no-spreadsheet' } | { code: 'no-document-properties' };

/**
 * What the sidebar's actions tell the person (addon/api.ts, addon/table-view.ts). Where the
 * sidebar says what the menu says, it uses the menu's code ('checked-nowhere-to-write',
 * 'prepared', 'nightly-on', 'nightly-off', 'calendar-sheet'); these are its own.
 */
export type SidebarMessage =
  | { code: 'sidebar-checked'; measures: number }
  | { code: 'sidebar-summaries'; sheets: number }
  | { code: 'report-period-invalid' }
  | { code: 'report-built' }
  /** `heldUntil`: today is not a working day, nothing was sent. */
  | { code: 'sidebar-sent'; sent: number; failed: number; postponed: number; heldUntil: string | null }
  | { code: 'nightly-on-by-other'; email: string }
  | { code: 'nightly-taken-over'; previous: string }
  | { code: 'nightly-off-by-other'; email: string; removedMine: boolean }
  /** `hour`: the nightly check moved to it; `owner`: only they can move it. */
  | { code: 'settings-saved'; hour?: number; owner?: string }
  | { code: 'table-automatic' }
  | { code: 'table-sheet-missing'; sheet: string | number }
  | { code: 'table-sheet-chosen'; sheetName: string }
  | { code: 'table-columns-saved'; sheetName: string; measures: number };

/** The executors' answers: the coordinator's sidebar (addon/answers*.ts) and the executor's page (answers-web.ts). */
export type AnswerMessage =
  | { code: 'answer-decided'; heading: string; accepted: boolean }
  | { code: 'answer-links-revoked' }
  | { code: 'answer-no-columns' }
  | { code: 'answer-measure-gone'; heading: string }
  | { code: 'answer-not-found' }
  | { code: 'answer-already-decided' }
  | { code: 'answer-page-failed' }
  | { code: 'answer-not-yours' }
  /** The executor's page after an answer: already had it, accepted at once, or passed to the coordinator. */
  | { code: 'answer-received'; outcome: 'duplicate' | 'accepted' | 'passed' };

/** A step of the nightly run, named when it fails («Ошибка на шаге «чтение таблицы».»). */
export type NightlyStep = 'opening' | 'waiting' | 'reading' | 'checking' | 'summaries' | 'mailing';

/** What the nightly run records for the sidebar or throws to Apps Script's log (addon/nightly.ts). */
export type NightlyMessage =
  | { code: 'nightly-not-trigger' }
  | { code: 'nightly-no-properties' }
  | { code: 'nightly-no-spreadsheet' }
  | { code: 'nightly-running' }
  | { code: 'nightly-step-failed'; step: NightlyStep }
  | { code: 'nightly-held'; until: string; digests: number }
  | {
      code: 'nightly-done';
      measures: number;
      /** null: the summaries failed. */
      summaries: { count: number; changed: number } | null;
      /** null: automatic sending is off; `failures`: the digests that failed, and why. */
      mail: {
        sent: number;
        heldUntil: string | null;
        digests: number;
        failures: readonly { to: readonly string[]; measures: readonly string[]; message: string }[];
        postponed: number;
        remaining: number;
      } | null;
    };

/** The menu's items, named by the global function each one calls (addon/menu.ts puts them in order). */
export type MenuHandler =
  | 'openSidebar'
  | 'menuPrepare'
  | 'menuCheck'
  | 'menuRefreshSummaries'
  | 'menuPreview'
  | 'menuSendReminders'
  | 'menuToggleNightly'
  | 'menuCreateCalendar'
  | 'menuDiagnostics'
  | 'menuHelp';

/** Where the menu appears (addon/menu.ts menuPlace): the top menu bar (a script bound to the file) or «Расширения» (an add-on). */
export type MenuPlace = 'top-level' | 'add-on';

/** What a properties store did: not available, lost the value written, or works with this many bytes used. */
export type PropertiesFinding = 'none' | 'lost' | { total: number; largest: number };

/**
 * What each check of «Диагностика» saw, as data (addon/diagnostics.ts measures; ru.ts
 * DIAGNOSTIC_TEXTS' `detail` words it, told whether the check passed): 97 recipients left for 'mail-quota'.
 */
export interface DiagnosticFindings {
  /** The spreadsheet's name; null: none is open. */
  spreadsheet: string | null;
  'time-zones': { sheet: string; script: string };
  /** The temporary sheet's name. */
  'temp-sheet': string;
  /** The probe cells as read back; `date`: a Date value as dd.MM.yyyy in the spreadsheet's zone. */
  'value-date': { value: unknown; date: string };
  'value-number': unknown;
  'value-empty': unknown;
  'value-text': unknown;
  /** How many rules came back when not one; else the one rule's formula and colors. */
  'conditional-rule': number | Pick<RuleView, 'formula' | 'background' | 'fontColor'>;
  /** The marks found by key on the temporary sheet. */
  metadata: number;
  /** Off, another person's trigger, found (running at `hour`), or missing (`id`, recorded). */
  trigger: 'off' | { owner: string } | { hour: number } | { id: string };
  lock: 'none' | 'busy' | 'ok';
  'document-properties': PropertiesFinding;
  'user-properties': PropertiesFinding;
  /** The recipients left today. */
  'mail-quota': number;
  /** The address; '' when Google hides it. */
  'effective-user': string;
  /** The scopes granted (passed) or missing (failed) without Google's prefix; null: Google does not list them. */
  scopes: string[] | null;
  /** Not deployed; links signed with the wrong length; deployed at `url` (failed: without the `spreadsheets` scope). */
  answers: 'off' | { bytes: number } | { url: string };
  installation: MenuPlace;
  cleanup: 'none' | 'left' | 'removed';
}

export type Message =
  | RoadmapMessage
  | DirectoryMessage
  | CalendarMessage
  | ReminderMessage
  | MailMessage
  | MenuMessage
  | ContextMessage
  | SidebarMessage
  | AnswerMessage
  | NightlyMessage
  | AccessMessage;

export type MessageCode = Message['code'];

/** The message of one code: MessageOf<'no-table'> → { code: 'no-table' }. */
export type MessageOf<C extends MessageCode> = Extract<Message, { code: C }>;
