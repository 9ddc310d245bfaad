import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { buildCli, runCli } from './child';
import { type CliFixtures, makeFixtures } from './fixtures';
import { roadmapInProcess } from './in-process';

/**
 * Issue 13, points 3, 4, 7 and 12: what `roadmap check` does to files when the machine or the
 * person gets in the way — a size limit, a missing folder, a folder given as --out, a second run
 * at the same time, a reused outbox, a reader that closes the pipe, a file it may not read.
 * The stand-in bundle (fake-bundle.ts) sends one e-mail per run and keeps no log.
 */
let f: CliFixtures;
let cli: string;
const savedCode = process.env.ROADMAP_CODE_JS;

beforeAll(async () => {
  [f, cli] = await Promise.all([makeFixtures(), buildCli('cli-effects-test')]);
  process.env.ROADMAP_CODE_JS = f.fakeCode;
}, 30000);

afterAll(() => {
  if (savedCode === undefined) delete process.env.ROADMAP_CODE_JS;
  else process.env.ROADMAP_CODE_JS = savedCode;
});

/** In-process; `now` is the wall clock the run sees. */
const roadmap = (args: string[], now = Date.UTC(2021, 5, 15, 3, 0, 0)) => roadmapInProcess(args, now);

const child = (args: string[], options: Parameters<typeof runCli>[2] = {}) =>
  runCli(cli, args, { ...options, env: { ROADMAP_CODE_JS: f.fakeCode } });

/** A fresh folder with a copy of the small roadmap. */
let folders = 0;
function workspace(): { dir: string; book: string; outbox: string } {
  const dir = path.join(f.dir, `case-${++folders}`);
  mkdirSync(dir);
  const book = path.join(dir, 'roadmap.xlsx');
  copyFileSync(f.roadmapXlsx, book);
  return { dir, book, outbox: path.join(dir, 'mail') };
}

const emls = (outbox: string) => (existsSync(outbox) ? readdirSync(outbox).filter((n) => n.endsWith('.eml')) : []);

function expectOneRussianSentence(err: string, naming: string) {
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).toMatch(/^roadmap: [А-ЯЁ]/);
  expect(err).toContain(naming);
  // Without the temporary paths: a random folder name («roadmap-cli-vEAQFZ») is no error code.
  expect(err.split(f.dir).join('')).not.toMatch(/E[A-Z]{3,}|\n\s+at /);
}

describe('--out is written atomically (today 2021-06-15)', () => {
  it('leaves the previous file whole and sends nothing when the write fails under a file-size limit', async () => {
    const { dir, book, outbox } = workspace();
    const before = readFileSync(book);
    // 4 KB: the workbook (about 7 KB) cannot be written; a small .eml can.
    const run = await child(['check', book, '--today', '2021-06-15', '--send', '--outbox', outbox, '--out', book], {
      before: 'ulimit -f 8',
    });
    expect(run.code).toBe(1);
    expectOneRussianSentence(run.err, book);
    expect(run.err).toContain('прежний файл не изменён');
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['mail', 'roadmap.xlsx']);
    expect(readdirSync(outbox)).toEqual([]);
  });

  it('refuses --out into a missing folder before any e-mail is written', async () => {
    const { dir, book, outbox } = workspace();
    const missing = path.join(dir, 'no-such-folder', 'out.xlsx');
    const run = await roadmap(['check', book, '--today', '2021-06-15', '--send', '--outbox', outbox, '--out', missing]);
    expect(run.code).toBe(1);
    expectOneRussianSentence(run.err, path.dirname(missing));
    expect(emls(outbox)).toEqual([]);
  });

  it('refuses a folder given as --out, naming it', async () => {
    const { dir, book } = workspace();
    const run = await roadmap(['check', book, '--today', '2021-06-15', '--out', dir]);
    expect(run.code).toBe(1);
    expectOneRussianSentence(run.err, dir);
  });
});

describe('check --send: the log is kept before e-mails leave (today 2021-06-15)', () => {
  it('refuses a second run on a workbook another run holds, and sends nothing', async () => {
    const { book, outbox } = workspace();
    const release = await lockfile.lock(book, { realpath: false });
    try {
      const run = await roadmap(['check', book, '--today', '2021-06-15', '--send', '--outbox', outbox, '--out', book]);
      expect(run.code).toBe(1);
      expectOneRussianSentence(run.err, book);
      expect(run.err).toContain('другой запуск');
      expect(emls(outbox)).toEqual([]);
    } finally {
      await release();
    }
    // Once the other run is over, the workbook is free again and leaves no lock behind.
    const after = await roadmap(['check', book, '--today', '2021-06-15', '--send', '--outbox', outbox, '--out', book]);
    expect(after.code).toBe(0);
    expect(emls(outbox)).toHaveLength(1);
    expect(existsSync(`${book}.lock`)).toBe(false);
  });

  it('keeps every e-mail of every run in a reused outbox, even two runs in the same second', async () => {
    const { dir, book, outbox } = workspace();
    const args = (out: string) => ['check', book, '--today', '2021-06-15', '--send', '--outbox', outbox, '--out', out];
    expect((await roadmap(args(path.join(dir, 'a.xlsx')))).code).toBe(0);
    expect((await roadmap(args(path.join(dir, 'b.xlsx')))).code).toBe(0);
    expect((await roadmap(args(path.join(dir, 'c.xlsx')), Date.UTC(2021, 5, 16, 3, 0, 0))).code).toBe(0);
    expect(emls(outbox).sort()).toEqual([
      '20210615-030000-001-ivanov@example.org-2.eml',
      '20210615-030000-001-ivanov@example.org.eml',
      '20210616-030000-001-ivanov@example.org.eml',
    ]);
    // Nothing staged is left behind.
    expect(readdirSync(outbox).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('errors a person can cause are one Russian sentence (today 2021-06-15)', () => {
  it('says nothing more when the reader of stdout went away (| head -0)', async () => {
    const { book } = workspace();
    const run = await child(['check', book, '--today', '2021-06-15', '--json'], { closeStdout: true });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
  });

  it('names a workbook it may not read', async () => {
    const { book } = workspace();
    chmodSync(f.dir, 0o755);
    chmodSync(book, 0o000);
    // root reads any file: the CLI runs as «nobody» then.
    const asRoot = process.getuid?.() === 0;
    const run = await child(['check', book, '--today', '2021-06-15'], asRoot ? { uid: 65534 } : {});
    expect(run.code).toBe(1);
    expectOneRussianSentence(run.err, book);
    expect(run.err).toContain('нет прав доступа');
  });
});
