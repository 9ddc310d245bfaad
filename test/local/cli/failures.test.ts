import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Io } from '../../../src/local/cli/io';
import { main } from '../../../src/local/cli/main';
import { Runtime } from '../../../src/local/emulator/runtime';
import { readXlsx, writeXlsx } from '../../../src/local/xlsx';
import { FAKE_BUNDLE } from './fake-bundle';
import { makeFixtures } from './fixtures';

/**
 * Issue 13, point 6, through `roadmap check --send`: a digest of 60 recipients (Google refuses
 * more than 50 a message) reaches all of them, and an e-mail that is not sent is said in the
 * summary and in --json's `failed` list (recipient, measures, Russian reason), with exit code 1.
 */
const root = path.resolve(__dirname, '../../..');
const saved = process.env.ROADMAP_CODE_JS;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-cli-failures-'));
});
afterEach(() => {
  if (saved === undefined) delete process.env.ROADMAP_CODE_JS;
  else process.env.ROADMAP_CODE_JS = saved;
});

async function roadmap(args: string[], codePath: string) {
  process.env.ROADMAP_CODE_JS = codePath;
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), readStdin: async () => '', today: () => '' };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('roadmap check --send with Google’s per-message limit (the sample, 2021-06-15)', () => {
  it('sends the digest of 60 recipients as two messages, each recipient once, and exits 0', async () => {
    const copies = ['brusilov@example.org', ...Array.from({ length: 58 }, (_, i) => `copy${i + 1}@example.org`)];
    const ss = await readXlsx(path.join(root, 'samples/roadmap-2021.xlsx'), { runtime: new Runtime() });
    const directory = ss.getSheetByName('Исполнители');
    directory?.getRange('C4').setNumberFormat('@').setValue(copies.join(', '));
    const file = path.join(dir, 'sixty.xlsx');
    await writeXlsx(ss, file);
    const outbox = path.join(dir, 'mail-sixty');
    const run = await roadmap(
      ['check', file, '--today', '2021-06-15', '--send', '--json', '--outbox', outbox, '--out', file],
      process.env.ROADMAP_BUNDLE ?? path.join(root, 'dist/Code.js'),
    );
    expect(run.err).toBe('');
    const report = JSON.parse(run.out) as { sent: number; failed: unknown[] };
    expect(report.failed).toEqual([]);
    expect(run.code).toBe(0);
    const recipients = readdirSync(outbox).flatMap((name) => {
      const eml = readFileSync(path.join(outbox, name), 'utf8');
      const header = (field: string) =>
        (new RegExp(`^${field}: (.*)$`, 'm').exec(eml)?.[1] ?? '').split(/,\s*/).filter(Boolean);
      return [...header('To'), ...header('Cc')];
    });
    for (const address of ['sovet@example.org', ...copies])
      expect(recipients.filter((r) => r === address).length).toBeGreaterThanOrEqual(1);
    // brusilov is also the copy of rabochaya-gruppa's digest: everyone else exactly once.
    expect(recipients.filter((r) => r === 'copy58@example.org')).toHaveLength(1);
    expect(recipients.filter((r) => r === 'sovet@example.org')).toHaveLength(1);
  }, 60_000);
});

describe('roadmap check --send when an e-mail is not sent (a stand-in bundle, 2021-06-16)', () => {
  async function failingBundle(): Promise<{ code: string; file: string }> {
    const f = await makeFixtures();
    const code = path.join(dir, 'failing', 'Code.js');
    mkdirSync(path.dirname(code), { recursive: true });
    writeFileSync(
      code,
      FAKE_BUNDLE.replace(
        'failed: []',
        "failed: [{ to: ['sovet@example.org'], measures: ['2.5', '2.6'], message: 'больше 50 получателей в одном письме (Limit Exceeded: Email Recipients Per Message.)' }]",
      ),
    );
    return { code, file: f.roadmapXlsx };
  }

  it('lists it in --json `failed` and exits 1', async () => {
    const { code, file } = await failingBundle();
    const run = await roadmap(['check', file, '--today', '2021-06-16', '--send', '--json'], code);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out).failed).toEqual([
      {
        recipient: 'sovet@example.org',
        measures: ['2.5', '2.6'],
        reason: 'больше 50 получателей в одном письме (Limit Exceeded: Email Recipients Per Message.)',
      },
    ]);
  });

  it('says it in the Russian summary and exits 1', async () => {
    const { code, file } = await failingBundle();
    const run = await roadmap(['check', file, '--today', '2021-06-16', '--send'], code);
    expect(run.code).toBe(1);
    expect(run.out).toContain('Отправлено: 1 письмо');
    expect(run.out).not.toContain('Письма не отправлялись');
    expect(run.out).toContain(
      'Не отправлено: 1 письмо:\n  sovet@example.org (2.5, 2.6): больше 50 получателей в одном письме',
    );
  });
});
