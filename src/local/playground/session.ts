/**
 * One playground session: an .xlsx opened in the offline host running the real
 * dist/Code.js, with the clock on a chosen day. The server turns HTTP calls into these
 * methods; nothing here knows about HTTP.
 *
 * Example:
 *   const s = await Session.open({ data, fileName: 'roadmap-2021.xlsx', today: '2021-06-15', load, save });
 *   s.callFromSidebar('checkDeadlines', []);   // → { value: SidebarState }
 *   s.view().sheets[0].cells[0][0].text;
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { quoteSheetName, toA1 } from '../../core/a1';
import { type IsoDate, isIsoDate, parts } from '../../core/dates';
import { wallMsToInstant } from '../emulator/spreadsheet/serial';
import type { EmulatedSpreadsheet } from '../emulator/spreadsheet/spreadsheet';
import type { RecordedMenu } from '../emulator/ui';
import { Host } from '../host';
import { sheetView } from './grid';
import { injectShim } from './shim';
import type { MenuEntryView, MenuView, PlaygroundView } from './view';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The simulated day starts at 09:00 in the spreadsheet's time zone (a working morning). */
const MORNING_HOUR = 9;

export interface SessionOptions {
  data: Buffer;
  fileName: string;
  today: IsoDate;
  /** .xlsx bytes → an emulated spreadsheet (src/local/xlsx). */
  load: (data: Buffer, fileName: string) => Promise<EmulatedSpreadsheet>;
  /** Emulated spreadsheet → .xlsx bytes. */
  save: (spreadsheet: EmulatedSpreadsheet) => Promise<Buffer>;
  /** Where dist/Code.js and dist/Sidebar.html are. */
  distDir: string;
}

/** 'Лист 1', 5, 6 → "'Лист 1'!F5" (quotes doubled as Sheets does). */
export function a1Of(sheet: string, row: number, column: number): string {
  return `${quoteSheetName(sheet)}!${toA1(row, column)}`;
}

/** The instant of 09:00 on `date` in `timeZone`. */
export function morningOf(date: IsoDate, timeZone: string): number {
  const [y, m, d] = parts(date);
  return wallMsToInstant(Date.UTC(y, m - 1, d, MORNING_HOUR), timeZone);
}

/** timeText(Date.UTC(2021, 5, 15, 2), 'Asia/Tomsk') → '15.06.2021, 09:00:00' (the spreadsheet's wall time). */
export function timeText(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(ms);
}

function menuView(menu: RecordedMenu): MenuView {
  const items: MenuEntryView[] = [];
  for (const item of menu.items) {
    if (item.kind === 'item') items.push({ label: item.label, handler: item.handler });
    else if (item.kind === 'separator') items.push({ separator: true });
    else items.push(...menuView(item.menu).items);
  }
  return { title: menu.title || 'Дорожная карта', items };
}

export class Session {
  private constructor(
    readonly host: Host,
    readonly fileName: string,
    private readonly options: SessionOptions,
  ) {}

  static async open(options: SessionOptions): Promise<Session> {
    if (!isIsoDate(options.today)) throw new Error(`Дата должна быть в виде ГГГГ-ММ-ДД: «${options.today}».`);
    const spreadsheet = await options.load(options.data, options.fileName);
    const host = new Host({
      spreadsheet,
      runtime: spreadsheet.runtime,
      codePath: path.join(options.distDir, 'Code.js'),
      now: morningOf(options.today, spreadsheet.timeZone),
    });
    const session = new Session(host, options.fileName, options);
    host.open();
    if (host.hasFunction('openSidebar'))
      host.execute('openSidebar', { kind: 'menu', authMode: 'FULL', user: host.activeUser });
    return session;
  }

  get spreadsheet(): EmulatedSpreadsheet {
    return this.host.spreadsheet;
  }

  /** The spreadsheet's today. */
  today(): IsoDate {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.spreadsheet.timeZone }).format(this.host.clock.now());
  }

  /** Moves the simulated clock to 09:00 of `date`; nightly triggers due on the way fire. */
  setToday(date: IsoDate): void {
    if (!isIsoDate(date)) throw new Error(`Дата должна быть в виде ГГГГ-ММ-ДД: «${date}».`);
    const target = morningOf(date, this.spreadsheet.timeZone);
    if (target >= this.host.clock.now()) this.host.runDueTriggers(target);
    else this.host.clock.set(target);
  }

  callFromSidebar(name: string, args: unknown[]): { value: unknown } | { error: string } {
    return this.host.callFromSidebar(name, args);
  }

  /** A menu click. Returns whether it opened a sidebar. */
  runMenu(handler: string): { ok: boolean; error?: string; sidebar: boolean } {
    const before = this.host.ui.sidebars.length;
    const result = this.host.execute(handler, { kind: 'menu', authMode: 'FULL', user: this.host.activeUser });
    return { ok: result.ok, error: result.error?.message, sidebar: this.host.ui.sidebars.length > before };
  }

  /** The person types `value` into a cell; onEdit runs. Returns the error of a failed onEdit, if any. */
  edit(sheet: string, row: number, column: number, value: string): string | null {
    const results = this.host.edit(a1Of(sheet, row, column), value);
    const failed = results.find((r) => !r.ok);
    return failed ? `onEdit: ${failed.error?.message ?? 'ошибка'}` : null;
  }

  /** The sidebar page as HtmlService served it (else dist/Sidebar.html), with the google.script.run shim. */
  sidebarHtml(): string {
    const shown = this.host.ui.sidebars.at(-1)?.content;
    if (shown) return injectShim(shown);
    const file = path.join(this.options.distDir, 'Sidebar.html');
    if (!existsSync(file)) return '<p>dist/Sidebar.html не собран: выполните npm run build.</p>';
    return injectShim(readFileSync(file, 'utf8'));
  }

  /**
   * The web app (the executors' page): `url` is where the playground serves it, so the links in
   * the e-mails sent from now on point there. GET → doGet, POST → doPost, as their deploying user.
   */
  deployWebApp(url: string): void {
    this.host.webApp.url = url;
  }

  webRequest(method: 'GET' | 'POST', query: string, body = ''): { status: number; html: string } {
    const result = this.host.webRequest(method, query, body);
    if (!result.ok)
      return {
        status: 500,
        html: `<!DOCTYPE html><meta charset="utf-8"><p>Ошибка веб-приложения: ${escapeText(result.error ?? '')}</p>`,
      };
    return { status: 200, html: result.html };
  }

  download(): Promise<Buffer> {
    return this.options.save(this.spreadsheet);
  }

  view(): PlaygroundView {
    const ss = this.spreadsheet;
    const visible = ss.sheets.filter((s) => !s.hidden);
    const selection = ss.activeRange ? { sheet: ss.activeRange.sheet.name, ...ss.activeRange.box } : null;
    const messages = [
      ...ss.toasts.map((t) => (t.title ? `${t.title}: ${t.message}` : t.message)),
      ...this.host.ui.dialogs.map((d) => [d.title, d.prompt].filter(Boolean).join(': ')),
    ];
    return {
      file: this.fileName,
      today: this.today(),
      timeZone: ss.timeZone,
      sheets: visible.map((s) => sheetView(s, ss.locale)),
      activeSheet: ss.activeSheet?.name ?? null,
      selection,
      menus: this.host.ui.visibleMenus.map(menuView),
      outbox: this.host.outbox.map((m) => ({
        at: timeText(m.at, ss.timeZone),
        from: m.from,
        name: m.name,
        to: m.to,
        cc: m.cc,
        subject: m.subject,
        html: m.htmlBody,
        text: m.body,
      })),
      messages,
    };
  }
}
