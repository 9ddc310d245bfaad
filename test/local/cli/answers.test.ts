import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Io } from '../../../src/local/cli/io';
import { main } from '../../../src/local/cli/main';
import { writeXlsx } from '../../../src/local/xlsx';
import { sample } from '../../addon/reminders/harness';

/**
 * `roadmap check … --outbox` writes the executors' links into the e-mails; `roadmap answers`
 * lists the requests kept in a workbook. The BUILT dist/Code.js (npm test builds it).
 */
const root = path.resolve(__dirname, '../../..');
const samplePath = path.join(root, 'samples/roadmap-2021.xlsx');
const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-answers-'));
const saved = process.env.ROADMAP_CODE_JS;
afterAll(() => {
  if (saved === undefined) delete process.env.ROADMAP_CODE_JS;
  else process.env.ROADMAP_CODE_JS = saved;
});

/** The text of an .eml file with its base64 parts decoded. */
function emlText(file: string): string {
  const raw = readFileSync(file, 'utf8');
  const parts = [
    ...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/g),
  ];
  return raw + parts.map((m) => Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64').toString('utf8')).join('\n');
}

async function run(args: string[]): Promise<{ exit: number; out: string; err: string }> {
  process.env.ROADMAP_CODE_JS = path.join(root, 'dist/Code.js');
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readStdin: async () => '',
    today: () => '2021-06-15',
  };
  const exit = await main(args, io);
  return { exit, out: out.join('\n'), err: err.join('\n') };
}

describe('roadmap check --outbox and roadmap answers', () => {
  it('writes «Отметить выполненным» links to the playground\u2019s page into the .eml files', async () => {
    const outbox = path.join(dir, 'mail');
    const out = path.join(dir, 'sent.xlsx');
    const result = await run([
      'check',
      samplePath,
      '--today',
      '2021-06-15',
      '--send',
      '--outbox',
      outbox,
      '--out',
      out,
    ]);
    expect(result.exit).toBe(0);
    const eml = readdirSync(outbox)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => emlText(path.join(outbox, f)))
      .find((text) => text.includes('rabochaya-gruppa@example.org'));
    expect(eml).toBeDefined();
    expect(eml).toContain('Отметить выполненным: http://localhost:8080/exec?t=');
  });

  it('writes the links to the address given with --web-app, and refuses one that is not http(s)', async () => {
    const outbox = path.join(dir, 'mail2');
    const given = 'https://script.google.com/macros/s/ABC/exec';
    expect(
      (
        await run([
          'check',
          samplePath,
          '--today',
          '2021-06-15',
          '--send',
          '--outbox',
          outbox,
          '--out',
          path.join(dir, 'sent2.xlsx'),
          '--web-app',
          given,
        ])
      ).exit,
    ).toBe(0);
    const all = readdirSync(outbox)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => emlText(path.join(outbox, f)))
      .join('\n');
    expect(all).toContain(`${given}?t=`);
    const bad = await run(['check', samplePath, '--today', '2021-06-15', '--web-app', 'javascript:alert(1)']);
    expect(bad.exit).toBe(2);
  });

  it('lists the requests of a workbook, as text and as JSON', async () => {
    const f = await sample();
    f.host.webApp.url = 'https://script.google.com/macros/s/x/exec';
    f.host.run('sendReminders', { includeAllOverdue: false, limit: 50 });
    const mail = f.host.outbox.find((m) => m.to.includes('rabochaya-gruppa@example.org'));
    const link = /href="([^"]+a=done)"/.exec(mail?.htmlBody ?? '')?.[1]?.replace(/&amp;/g, '&') ?? '';
    const params = new URLSearchParams(new URL(link).search);
    const form = new URLSearchParams({
      t: params.get('t') ?? '',
      m: params.get('m') ?? '',
      a: 'done',
      date: '2021-06-15',
      comment: 'Протокол № 5',
    });
    f.host.webRequest('POST', '', form.toString());
    const file = path.join(dir, 'answers.xlsx');
    await writeXlsx(f.spreadsheet, file);

    const text = await run(['answers', file]);
    expect(text.exit).toBe(0);
    expect(text.out).toContain('ждут решения: 1');
    expect(text.out).toMatch(/rabochaya-gruppa@example\.org {2}2\.2: Выполнено 15\.06\.2021 — «Протокол № 5» — новый/);
    const json = await run(['answers', file, '--json']);
    const requests = JSON.parse(json.out) as { number: string; state: string; kind: string }[];
    expect(requests.map((r) => [r.number, r.kind, r.state])).toEqual([['2.2', 'done', 'new']]);

    const none = await run(['answers', samplePath]);
    expect(none.out).toBe('Ответов исполнителей нет.');
  });
});
