import { fsReason } from './files';
/** What the CLI needs from the outside world, so commands can be called from tests. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  readStdin(): Promise<string>;
  /** Today's date as 'YYYY-MM-DD' (in the default time zone, Asia/Tomsk). */
  today(): string;
  /** The wall clock in ms (default Date.now): names of .eml files, today when --today is not given. */
  now?(): number;
}

let guarded = false;

/**
 * A reader that went away (`roadmap check … | head -1`) is not an error of the run: the rest of
 * the output is dropped quietly (the work itself is already done: output comes last). Any other
 * failure of the output (a full disk under `> file`) is one Russian line on stderr and exit 1.
 */
function guardStream(stream: NodeJS.WriteStream, name: string): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    if (stream !== process.stderr)
      process.stderr.write(`roadmap: не удалось вывести результат в ${name}: ${fsReason(error)}\n`);
    process.exitCode = 1;
  });
}

export function processIo(): Io {
  if (!guarded) {
    guarded = true;
    // Over a file-size limit (ulimit -f) the system sends SIGXFSZ, which kills by default, in
    // the middle of a write; handled, the write fails with EFBIG and the CLI says so in Russian.
    process.on('SIGXFSZ', () => undefined);
    guardStream(process.stdout, 'stdout');
    guardStream(process.stderr, 'stderr');
  }
  const write = (stream: NodeJS.WriteStream, line: string) => {
    if (!stream.destroyed && stream.writable) stream.write(`${line}\n`);
  };
  return {
    out: (line) => write(process.stdout, line),
    err: (line) => write(process.stderr, line),
    readStdin: async () => {
      if (process.stdin.isTTY) return '';
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    today: () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tomsk' }).format(new Date()),
    now: () => Date.now(),
  };
}
