/** What the CLI needs from the outside world, so commands can be called from tests. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  readStdin(): Promise<string>;
  /** Today's date as 'YYYY-MM-DD' (in the default time zone, Asia/Tomsk). */
  today(): string;
}

export function processIo(): Io {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    readStdin: async () => {
      if (process.stdin.isTTY) return '';
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    today: () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tomsk' }).format(new Date()),
  };
}
