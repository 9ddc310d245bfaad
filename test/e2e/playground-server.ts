/**
 * Starts the playground for a browser test: bundles src/local/playground (esbuild, like
 * tools/start.cjs) into a temp folder, runs it on a free port, and reads its URL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { ROOT } from './browser';

export interface Playground {
  url: string;
  stop(): Promise<void>;
}

/** The bundle must sit two folders below the repository (build/local/) to find dist/ and samples/. */
function bundle(): string {
  const dir = mkdtempSync(path.join(ROOT, 'build', 'e2e-'));
  const outfile = path.join(dir, 'playground.cjs');
  buildSync({
    entryPoints: [path.join(ROOT, 'src/local/playground/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    external: ['exceljs', 'playwright-core'],
    logLevel: 'error',
  });
  return outfile;
}

export async function startPlayground(args: string[] = []): Promise<Playground> {
  for (const file of ['dist/Code.js', 'dist/Sidebar.html'])
    if (!existsSync(path.join(ROOT, file))) throw new Error(`${file} is missing: run npm run build first.`);
  mkdirSync(path.join(ROOT, 'build'), { recursive: true });
  const script = bundle();
  const child: ChildProcess = spawn(process.execPath, [script, '--port', '0', ...args], {
    cwd: tmpdir(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`playground did not start:\n${output}`)), 30000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`playground exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(path.dirname(script), { recursive: true, force: true });
    },
  };
}
