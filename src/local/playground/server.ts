/**
 * `npm start`: the playground on http://localhost:8080 — the emulated spreadsheet, the real
 * sidebar bridged to the offline host, the add-in menu and the outbox. A plain node:http
 * server; bundled to build/local/playground.cjs.
 *
 *   node build/local/playground.cjs [--port 8080] [--file roadmap.xlsx] [--date 2021-06-15]
 * (the bundle's entry is ./main.ts).
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Runtime } from '../emulator/runtime';
import type { EmulatedSpreadsheet } from '../emulator/spreadsheet/spreadsheet';
import { readXlsx, writeXlsx } from '../xlsx';
import { parseArgs, type ServerOptions } from './args';
import { playgroundPage } from './page';
import { PLAYGROUND_SAMPLES } from './samples';
import { Session, type SessionOptions } from './session';

const MAX_UPLOAD = 30 * 1024 * 1024;

/** .xlsx bytes → an emulated spreadsheet on a fresh runtime (the session's host shares it). */
function load(data: Buffer, name?: string): Promise<EmulatedSpreadsheet> {
  return readXlsx(data, { runtime: new Runtime(), ...(name ? { name: name.replace(/\.xlsx$/i, '') } : {}) });
}

function save(spreadsheet: EmulatedSpreadsheet): Promise<Buffer> {
  return writeXlsx(spreadsheet);
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_UPLOAD) {
        reject(new Error('Файл больше 30 МБ.'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
  res.end(body);
}

const json = (res: http.ServerResponse, body: unknown, status = 200) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));

/** Starts the server; resolves with its URL once it listens. */
export async function startPlayground(
  options: ServerOptions,
  workbook: Pick<SessionOptions, 'load' | 'save'> = { load, save },
): Promise<{ url: string; server: http.Server }> {
  const open = (data: Buffer, fileName: string, date: string) =>
    Session.open({ data, fileName, today: date, ...workbook, distDir: options.distDir });
  let session = await open(readFileSync(options.file), path.basename(options.file), options.date);
  /** The executors' page (the web app) is served at /exec of this server once it listens. */
  let webAppUrl = '';

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = `${req.method} ${url.pathname}`;
    const body = async () => JSON.parse((await readBody(req)).toString('utf8') || '{}') as Record<string, unknown>;
    switch (route) {
      case 'GET /':
        return send(res, 200, 'text/html; charset=utf-8', playgroundPage());
      case 'GET /sidebar':
        return send(res, 200, 'text/html; charset=utf-8', session.sidebarHtml());
      case 'GET /exec':
      case 'POST /exec': {
        const form = req.method === 'POST' ? (await readBody(req)).toString('utf8') : '';
        const page = session.webRequest(req.method === 'POST' ? 'POST' : 'GET', url.search.slice(1), form);
        return send(res, page.status, 'text/html; charset=utf-8', page.html);
      }
      case 'GET /api/view':
        return json(res, { ok: true, view: session.view() });
      case 'POST /api/run': {
        const { name, args } = await body();
        if (typeof name !== 'string' || !Array.isArray(args))
          return json(res, { ok: false, error: 'name и args' }, 400);
        const result = session.callFromSidebar(name, args);
        return json(res, 'error' in result ? { ok: false, error: result.error } : { ok: true, value: result.value });
      }
      case 'POST /api/menu': {
        const { handler } = await body();
        if (typeof handler !== 'string') return json(res, { ok: false, error: 'handler' }, 400);
        const result = session.runMenu(handler);
        return json(res, result.ok ? { ok: true, sidebar: result.sidebar } : { ok: false, error: result.error });
      }
      case 'POST /api/edit': {
        const { sheet, row, column, value } = await body();
        if (typeof sheet !== 'string' || typeof row !== 'number' || typeof column !== 'number')
          return json(res, { ok: false, error: 'sheet, row, column' }, 400);
        const error = session.edit(sheet, row, column, String(value ?? ''));
        return json(res, error ? { ok: false, error } : { ok: true });
      }
      case 'POST /api/clock': {
        const { date } = await body();
        session.setToday(String(date));
        return json(res, { ok: true, today: session.today() });
      }
      case 'POST /api/open': {
        const name = url.searchParams.get('name') || 'книга.xlsx';
        session = await open(await readBody(req), name, session.today());
        session.deployWebApp(webAppUrl);
        return json(res, { ok: true });
      }
      case 'GET /api/samples':
        return json(res, { ok: true, samples: PLAYGROUND_SAMPLES });
      case 'POST /api/sample': {
        const { file } = await body();
        const chosen = PLAYGROUND_SAMPLES.find((s) => s.file === file);
        if (!chosen) return json(res, { ok: false, error: `Нет такого образца: «${String(file)}».` }, 400);
        session = await open(readFileSync(path.join(options.samplesDir, chosen.file)), chosen.file, chosen.today);
        return json(res, { ok: true, today: session.today() });
      }
      case 'GET /api/download': {
        const data = await session.download();
        const name = encodeURIComponent(`${session.fileName.replace(/\.xlsx$/i, '')}.xlsx`);
        return send(res, 200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data, {
          'content-disposition': `attachment; filename*=UTF-8''${name}`,
        });
      }
      default:
        return send(res, 404, 'text/plain; charset=utf-8', 'Не найдено');
    }
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) json(res, { ok: false, error: message }, 500);
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host === '127.0.0.1' ? 'localhost' : options.host;
  webAppUrl = `http://${shownHost}:${port}/exec`;
  session.deployWebApp(webAppUrl);
  return { url: `http://${shownHost}:${port}`, server };
}

/** The command line: bundled to build/local/playground.cjs, whose folder is two levels below the root. */
export function main(argv: readonly string[]): void {
  const root = path.resolve(__dirname, '../..');
  let options: ServerOptions;
  try {
    options = parseArgs(argv, root);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  startPlayground(options).then(
    ({ url }) => {
      console.log(`Площадка: ${url}  (файл ${path.basename(options.file)}, дата ${options.date}; Ctrl+C — выход)`);
    },
    (error: unknown) => {
      const e = error as NodeJS.ErrnoException;
      if (e.code === 'EADDRINUSE') console.error(`Порт ${options.port} занят: npm start -- --port 8081`);
      else if (e.code === 'ENOENT') console.error(`Файл не найден: ${e.path ?? options.file}`);
      else console.error(`Площадка не запустилась: ${e.message}`);
      process.exit(1);
    },
  );
}
