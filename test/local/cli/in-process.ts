import type { Io } from '../../../src/local/cli/io';
import { main } from '../../../src/local/cli/main';

/** Runs `roadmap …` in-process with captured output; `now` is the wall clock the run sees (today: 2021-06-15). */
export async function roadmapInProcess(args: string[], now: number) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readStdin: async () => '',
    today: () => '2021-06-15',
    now: () => now,
  };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
