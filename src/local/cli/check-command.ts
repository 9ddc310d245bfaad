import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import type { ReminderPreview, SaveTableResult, SidebarState } from '../../addon/api-types';
import type { UserColumn } from '../../core/model';
import { toEml } from '../eml';
import { Runtime } from '../emulator/runtime';
import type { EmulatedSpreadsheet } from '../emulator/spreadsheet';
import { zonedTimeToUtc } from '../emulator/tz';
import { Host, ScriptError } from '../host';
import {
  FileError,
  type ParsedArgs,
  parseArgs,
  parseColumnsFlag,
  parseHeaderRowFlag,
  parseIsoDateFlag,
  UsageError,
} from './args';
import {
  checkReadable,
  checkWritableTarget,
  fsReason,
  isFsError,
  lockWorkbooks,
  saveAtomically,
  stageMail,
  withFileErrors,
} from './files';
import type { Io } from './io';
import { assembleReport, reminderLines } from './report';
import { summaryRu } from './summary-ru';

/**
 * `roadmap check FILE.xlsx [--today YYYY-MM-DD] [--sheet NAME] [--header-row N]
 * [--columns measure=B,executors=C,deadline=D,…] [--out OUT.xlsx] [--outbox DIR] [--send]
 * [--web-app URL] [--json]`: the add-in's own entry points on the file, in the host, at 09:00 of --today in
 * the spreadsheet's time zone. --sheet, --header-row and --columns are the person's choice of
 * «Столбцы таблицы» in the sidebar: kept in the workbook's document properties (so in --out).
 */
const FLAGS = {
  today: 'value',
  sheet: 'value',
  'header-row': 'value',
  columns: 'value',
  out: 'value',
  outbox: 'value',
  send: 'switch',
  json: 'switch',
  'web-app': 'value',
} as const;

/**
 * Where the e-mails' answer links point with --outbox: the playground's page by default (`npm start`).
 * The links are signed with the secret of this run's script properties, which the workbook does not
 * keep (on Google the secret never leaves the script either): they show what executors get.
 */
export const DEFAULT_WEB_APP = 'http://localhost:8080/exec';

/** Russian first: the add-in's messages for people start with a Cyrillic letter. */
const isRussianSentence = (message: string) => /^[«"(]?[А-ЯЁа-яё]/.test(message.trim());

export function isXlsx(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    return head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  } finally {
    closeSync(fd);
  }
}

export interface CheckOptions {
  /** The built bundle to run (default: dist/Code.js of the repository). */
  codePath: string;
}

export async function checkCommand(argv: readonly string[], io: Io, options: CheckOptions): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (args.positionals.length !== 1) throw new UsageError('Укажите один файл: roadmap check ФАЙЛ.xlsx [параметры]');
  const file = args.positionals[0] ?? '';
  const given = args.values.today !== undefined ? parseIsoDateFlag('today', args.values.today) : null;
  const headerRow = args.values['header-row'] !== undefined ? parseHeaderRowFlag(args.values['header-row']) : null;
  const columns = args.values.columns !== undefined ? parseColumnsFlag(args.values.columns) : null;
  const send = args.switches.has('send');
  const { out, outbox } = args.values;
  if (send && outbox !== undefined && out === undefined)
    throw new UsageError(
      'С --send и --outbox укажите и --out: без записанного журнала следующий запуск отправит те же письма снова.',
    );

  checkReadable(file);
  if (!/\.xlsx$/i.test(file) || !withFileErrors('Не удалось прочитать файл', file, () => isXlsx(file)))
    throw new FileError(`Файл ${file} — не книга Excel (.xlsx). Сохраните таблицу в формате .xlsx.`);
  if (out !== undefined) checkWritableTarget(out);

  if (!existsSync(options.codePath))
    throw new FileError(`Надстройка не собрана: нет ${options.codePath}. Выполните npm run build.`);

  // Two runs on one workbook at a time would both send: the second is refused.
  const unlock = send || out !== undefined ? await lockWorkbooks(out === undefined ? [file] : [file, out]) : null;
  try {
    return await checkLocked(file, given, { headerRow, columns }, args, io, options);
  } finally {
    await unlock?.();
  }
}

async function checkLocked(
  file: string,
  given: string | null,
  { headerRow, columns }: { headerRow: number | null; columns: Partial<Record<UserColumn, number>> | null },
  args: ParsedArgs,
  io: Io,
  options: CheckOptions,
): Promise<number> {
  const send = args.switches.has('send');
  const { out, outbox } = args.values;
  // exceljs is heavy: loaded only when a workbook is really read (a lazy require, which
  // both the esbuild bundle and jest's CommonJS support; a dynamic import would not be).
  const { readXlsx, writeXlsx } = require('../xlsx') as typeof import('../xlsx');
  const runtime = new Runtime();
  let spreadsheet: EmulatedSpreadsheet;
  try {
    spreadsheet = await readXlsx(file, { runtime });
  } catch (error) {
    if (isFsError(error)) throw new FileError(`Не удалось прочитать книгу ${file}: ${fsReason(error)}`);
    throw new FileError(`Не удалось прочитать книгу ${file}: ${(error as Error).message}`);
  }
  if (args.values.sheet !== undefined) {
    const sheet = spreadsheet.getSheetByName(args.values.sheet);
    if (!sheet) throw new FileError(`В книге нет листа «${args.values.sheet}».`);
    spreadsheet.setActiveSheet(sheet);
  }
  const sheetName = spreadsheet.getActiveSheet().getName();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const now = io.now?.() ?? Date.now();
  const today = given ?? new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(now));
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  runtime.clock.set(zonedTimeToUtc(y, m, d, 9, 0, timeZone));
  runtime.ledger.reset();
  const host = new Host({ runtime, spreadsheet, codePath: options.codePath });
  const webApp = args.values['web-app'] ?? (args.values.outbox !== undefined ? DEFAULT_WEB_APP : undefined);
  if (webApp !== undefined) {
    if (!/^https?:\/\/\S+$/.test(webApp))
      throw new UsageError(`--web-app: нужен адрес http(s)://…, получено «${webApp}»`);
    host.webApp.url = webApp;
  }

  const step = (name: string, ...stepArgs: unknown[]): unknown => {
    if (!host.hasFunction(name)) return undefined;
    try {
      return host.run(name, ...stepArgs);
    } catch (error) {
      if (!(error instanceof ScriptError)) throw error;
      if (isRussianSentence(error.message)) throw new FileError(error.message);
      throw new FileError(`Надстройка не смогла выполнить ${name}: ${error.message}`);
    }
  };

  if (args.values.sheet !== undefined || headerRow !== null || columns !== null) {
    const chosen = step('saveTableChoice', { sheetName, headerRow, columns }) as SaveTableResult | undefined;
    if (chosen && !chosen.ok) throw new UsageError(chosen.issues.join(' '));
  }
  const prepared = step('prepareTable') as SidebarState | undefined;
  if (prepared && prepared.ready === false)
    throw new FileError(
      `${prepared.error ?? 'В книге не найдена таблица дорожной карты (нет строки заголовков).'} ` +
        'Укажите строку заголовка и столбцы: --header-row N --columns measure=B,executors=C,deadline=D.',
    );
  step('checkDeadlines');
  step('refreshSummaries');
  const preview = step('previewReminders', { includeAllOverdue: false }) as ReminderPreview | undefined;
  const sentBefore = host.outbox.length;
  if (send) {
    for (let round = 0; round < 100; round++) {
      const result = step('sendReminders', { includeAllOverdue: false, limit: 1000 }) as
        | { done?: boolean; sent?: number }
        | undefined;
      if (result?.done !== false || !result.sent) break;
    }
  }
  const sent = host.outbox.slice(sentBefore);
  const fromAddin = step('getCheckReport_') as Record<string, unknown> | undefined;
  const report = assembleReport(
    fromAddin ?? null,
    { sheet: sheetName, today },
    reminderLines(preview),
    sent.length,
    preview?.heldUntil ?? null,
  );

  // The order of effects: e-mails staged (a full disk fails here, before anything is kept), the
  // workbook with their log saved, only then the e-mails released into the outbox.
  const staged =
    outbox !== undefined && send
      ? stageMail(
          outbox,
          sent.map((message, i) => ({ to: message.to[0] ?? 'message', eml: toEml(message, { id: i + 1 }) })),
          now,
        )
      : null;
  try {
    if (out !== undefined)
      await saveAtomically(
        out,
        await writeXlsx(host.spreadsheet),
        staged ? '; письма не отправлены, прежний файл не изменён' : '; прежний файл не изменён',
      );
  } catch (error) {
    staged?.discard();
    throw error;
  }
  staged?.release();

  if (args.switches.has('json')) io.out(JSON.stringify(report, null, 2));
  else for (const line of summaryRu(report, { out, outbox, send })) io.out(line);
  return 0;
}
