/**
 * The same cases under two process time zones: a probe is bundled once and run in child
 * processes with TZ=UTC and TZ=America/New_York; both must print the same instants, the
 * ones that are midnight in Asia/Tomsk (UTC+7).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

const PROBE = `
import { Runtime } from '${path.resolve(__dirname, '../../../../src/local/emulator/runtime')}';
import { EmulatedSpreadsheet } from '${path.resolve(__dirname, '../../../../src/local/emulator/spreadsheet')}';
const runtime = new Runtime();
runtime.clock.set(Date.UTC(2021, 5, 15, 3, 0, 0));
const ss = new EmulatedSpreadsheet(runtime, { name: 'tz' });
const sheet = ss.getSheets()[0];
sheet.getRange('A1:A3').setValues([['15.06.2021'], ['31.12.2021'], ['2.1']]);
sheet.getRange('B1').setValue(new Date('2021-06-14T17:00:00Z'));
const out = {
  tz: process.env.TZ,
  offset: new Date(2021, 5, 15).getTimezoneOffset(),
  values: sheet.getRange('A1:A3').getValues().map((r) => r[0].toISOString()),
  serial: sheet._rawValues()[0][1],
  shown: sheet.getRange('A1:A3').getDisplayValues().map((r) => r[0]),
};
console.log(JSON.stringify(out));
`;

describe('dates do not depend on the process time zone', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tz-probe-'));
  const entry = path.join(dir, 'probe.ts');
  const bundle = path.join(dir, 'probe.cjs');
  writeFileSync(entry, PROBE);
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', outfile: bundle, logLevel: 'silent' });
  const runs = new Map<string, { tz: string; offset: number; values: string[]; serial: number; shown: string[] }>();
  const run = (tz: string) => {
    let out = runs.get(tz);
    if (!out) {
      out = JSON.parse(execFileSync(process.execPath, [bundle], { env: { ...process.env, TZ: tz }, encoding: 'utf8' }));
      runs.set(tz, out as NonNullable<typeof out>);
    }
    return out as NonNullable<typeof out>;
  };

  it.each(['UTC', 'America/New_York'])('reads midnight in Asia/Tomsk under TZ=%s (today 2021-06-15)', (tz) => {
    const out = run(tz);
    expect(out.tz).toBe(tz);
    expect(out.values).toEqual(['2021-06-14T17:00:00.000Z', '2021-12-30T17:00:00.000Z', '2021-01-01T17:00:00.000Z']);
    expect(out.serial).toBe(44362);
    expect(out.shown).toEqual(['15.06.2021', '31.12.2021', '02.01.2021']);
  });

  it('really ran under two different zones', () => {
    expect(run('UTC').offset).not.toBe(run('America/New_York').offset);
  });
});
