import type { EmulatedSheet, EmulatedSpreadsheet } from '../../../src/local/emulator/spreadsheet';
import { DAY_MS, type Fixture, LOG, pairs, ROADMAP, received, rowOf, sample, send, sheet, typeText } from './harness';

/**
 * Issue 13, point 8, on samples/roadmap-2021.xlsx with the built bundle: what people do to a plan
 * and to «Журнал напоминаний» never makes the add-in send a reminder twice, nor lose one.
 * On 2021-06-15 three e-mails are due (rukovoditeli-poo 1.2 and 2.1, rabochaya-gruppa 2.2 and
 * 2.4, sovet 2.5): see exactly-once.test.ts.
 */

/** Inserts a new, not yet due measure «1.1.» above 1.1 and renumbers 1.1–1.7 as 1.2–1.8. */
function insertMeasureAndRenumber(spreadsheet: EmulatedSpreadsheet): void {
  const roadmap = sheet(spreadsheet, ROADMAP);
  const first = rowOf(roadmap, '1.1');
  roadmap.insertRowBefore(first);
  typeText(roadmap, `A${first}`, '1.1.');
  roadmap
    .getRange(first, 2, 1, 3)
    .setValues([['Подготовка положения о кластере', 'Руководители ПОО', 'декабрь 2021 г.']]);
  for (let n = 1; n <= 7; n++) typeText(roadmap, `A${first + n}`, `1.${n + 1}.`);
}

function logSheet(spreadsheet: EmulatedSpreadsheet): EmulatedSheet {
  return sheet(spreadsheet, LOG);
}

/** The column of the log named `name` (1-based). */
function logColumn(spreadsheet: EmulatedSpreadsheet, name: string): number {
  const header = logSheet(spreadsheet).getRange(1, 1, 1, logSheet(spreadsheet).getLastColumn()).getValues()[0] ?? [];
  const at = header.indexOf(name);
  if (at < 0) throw new Error(`no column «${name}»`);
  return at + 1;
}

const EDITS: Record<string, (f: Fixture) => void> = {
  'a measure inserted and 1.1–1.7 renumbered 1.2–1.8': (f) => insertMeasureAndRenumber(f.spreadsheet),
  'every log row deleted': (f) => logSheet(f.spreadsheet).deleteRows(2, logSheet(f.spreadsheet).getLastRow() - 1),
  'the results retyped «Отправлено»': (f) => {
    const log = logSheet(f.spreadsheet);
    const column = logColumn(f.spreadsheet, 'Результат');
    log.getRange(2, column, log.getLastRow() - 1, 1).setValue('Отправлено');
  },
  'the «Ключи» column deleted': (f) => logSheet(f.spreadsheet).deleteColumn(logColumn(f.spreadsheet, 'Ключи')),
  'the «Копия» column deleted': (f) => logSheet(f.spreadsheet).deleteColumn(logColumn(f.spreadsheet, 'Копия')),
};

describe('the same day after a person’s edit (2021-06-15)', () => {
  for (const [edit, apply] of Object.entries(EDITS)) {
    it(`sends nothing again: ${edit}`, async () => {
      const f = await sample();
      expect(send(f.host).sent).toBe(3);
      apply(f);
      const again = send(f.host);
      expect(again.failed).toEqual([]);
      expect(again.sent).toBe(0);
      expect(f.host.outbox).toHaveLength(3);
    });
  }
});

describe('a month of nightly runs with people editing the plan and the log (2021-06-15 … 2021-07-16)', () => {
  /** Every e-mail as «day recipient measure», and the log's «отправлено» rows written by the runs. */
  async function month(edits: Record<string, (f: Fixture) => void>): Promise<string[]> {
    const f = await sample({ now: Date.UTC(2021, 5, 14, 18, 0) }); // 2021-06-15 01:00 Tomsk
    f.host.run('setNightly', true);
    const start = Date.UTC(2021, 5, 14, 18, 0);
    const mails: string[] = [];
    for (let day = 0; day < 32; day++) {
      const at = start + day * DAY_MS + 12 * 3600 * 1000; // 13:00 Tomsk: after that night's run
      const before = f.host.outbox.length;
      const runs = f.host.runDueTriggers(at);
      expect(runs.every((r) => r.ok)).toBe(true);
      const date = new Date(at + 7 * 3600 * 1000).toISOString().slice(0, 10);
      mails.push(...pairs(received(f.host, f.roadmap, before)).map((p) => `${date} ${p}`));
      edits[date]?.(f);
    }
    return mails;
  }

  it('sends exactly what an untouched copy sends: 0 duplicates, 0 lost', async () => {
    const untouched = await month({});
    expect(untouched.length).toBeGreaterThan(10);
    const edited = await month({
      '2021-06-15': EDITS['the «Копия» column deleted'] as (f: Fixture) => void,
      '2021-06-16': EDITS['a measure inserted and 1.1–1.7 renumbered 1.2–1.8'] as (f: Fixture) => void,
      '2021-06-18': EDITS['every log row deleted'] as (f: Fixture) => void,
      '2021-06-24': EDITS['the results retyped «Отправлено»'] as (f: Fixture) => void,
      '2021-06-28': EDITS['the «Ключи» column deleted'] as (f: Fixture) => void,
    });
    // The renumbered measures are named by their new numbers from 2021-06-17 on.
    const renamed = untouched.map((line) =>
      line >= '2021-06-17' ? line.replace(/ 1\.([1-7])$/, (_, n) => ` 1.${Number(n) + 1}`) : line,
    );
    expect(edited).toEqual(renamed);
  });
});

describe('the recent sends kept in document properties', () => {
  it('stay within their bound and the window, the newest kept (2021-06-15 … 2021-06-30)', async () => {
    const f = await sample();
    const store = f.host.properties.document;
    if (!store) throw new Error('no document store');
    // 95 KB of older records, as if a big plan had sent thousands of reminders on 2021-06-14.
    const filler = `2021-06-14\nsomeone@example.org|overdue-1|2021-06-01\t${'~abcdefg '.repeat(700).trim()}`;
    for (let i = 0; i < 15; i++)
      store.data.set(`roadmap.recentSends.2021-06-14.x.${String(i).padStart(4, '0')}`, filler);
    const recentBytes = () =>
      [...store.data]
        .filter(([k]) => k.startsWith('roadmap.recentSends.'))
        .reduce((sum, [k, v]) => sum + Buffer.byteLength(k + v, 'utf8'), 0);
    expect(recentBytes()).toBeGreaterThan(90 * 1024);
    expect(send(f.host).sent).toBe(3);
    expect(recentBytes()).toBeLessThanOrEqual(100 * 1024);
    // This send is remembered (the oldest filler went): deleting the log sends nothing again.
    EDITS['every log row deleted']?.(f);
    expect(send(f.host).sent).toBe(0);
    // After the window (8 days with the default 7-day cadence) the filler of 2021-06-14 is forgotten.
    f.host.clock.set(Date.UTC(2021, 5, 23, 2, 0));
    send(f.host);
    expect([...store.data.keys()].filter((k) => k.startsWith('roadmap.recentSends.2021-06-14'))).toEqual([]);
  });
});
