import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * The CLI as a person runs it: src/local/cli/main.ts bundled with esbuild as the lead's build
 * does (each test file into its own file, so parallel suites never write the same one), run as
 * a child process. exceljs stays external, as in build/local/cli.cjs.
 */
const root = path.resolve(__dirname, '../../..');

export async function buildCli(name: string): Promise<string> {
  const outfile = path.join(root, 'build/local', `${name}.cjs`);
  await build({
    entryPoints: [path.join(root, 'src/local/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    external: ['exceljs', 'playwright-core'],
    logLevel: 'warning',
  });
  return outfile;
}

export interface ChildOptions {
  input?: string;
  env?: Record<string, string>;
  /** Shell commands run before the CLI (bash), e.g. 'ulimit -f 4'. */
  before?: string;
  /** Run as this user (the test runs as root, which may read any file). */
  uid?: number;
  /** Close the reading end of stdout at once, as `| head -0` does. */
  closeStdout?: boolean;
}

export interface ChildResult {
  code: number | null;
  out: string;
  err: string;
}

export function runCli(cli: string, args: readonly string[], options: ChildOptions = {}): Promise<ChildResult> {
  return new Promise((resolve) => {
    const [command, commandArgs] = options.before
      ? ['bash', ['-c', `${options.before}; exec "$0" "$@"`, process.execPath, cli, ...args]]
      : [process.execPath, [cli, ...args]];
    const child = spawn(command as string, commandArgs as string[], {
      env: { ...process.env, ...options.env },
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    });
    let out = '';
    let err = '';
    // libuv closes a pipe's descriptor synchronously: the child, still starting, can only meet a closed pipe.
    if (options.closeStdout) child.stdout.destroy();
    else
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
      });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
    });
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.on('error', () => undefined).end(options.input ?? '');
  });
}
