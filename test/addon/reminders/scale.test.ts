import { Runtime } from '../../../src/local/emulator/runtime';
import { EmulatedSpreadsheet } from '../../../src/local/emulator/spreadsheet';
import {
  DAY_MS,
  DIRECTORY,
  fixture,
  JUNE_15,
  LOG,
  logRows,
  preview,
  ROADMAP,
  received,
  sample,
  send,
  sheet,
} from './harness';

/**
 * Size: PropertiesService (9 KB a value, 500 KB a store) never holds anything proportional to
 * the sheet, and «Журнал напоминаний» keeps deduplicating past 10,000 rows.
 */

const SURNAMES = [
  'Иванов',
  'Петров',
  'Сидоров',
  'Кузнецов',
  'Смирнов',
  'Попов',
  'Волков',
  'Зайцев',
  'Орлов',
  'Лебедев',
];
const INITIALS = ['А.', 'Б.', 'В.', 'Г.', 'Д.', 'Е.'];
/** Deadlines as people write them; on 2021-06-15 the first three are overdue, the next two due soon. */
const DEADLINES = ['до 01.06.2021', 'май 2021 г.', 'март 2021 г.', 'до 20.06.2021', 'до 28.06.2021', 'декабрь 2021 г.'];

/**
 * A roadmap of `count` measures in sections of 100: 60 executors «Иванов А.А.» … with an
 * address each, and «Руководитель кластера» named on every measure (over a thousand measures
 * due a reminder: too many for one e-mail).
 */
function bigRoadmap(runtime: Runtime, count: number): EmulatedSpreadsheet {
  const ss = new EmulatedSpreadsheet(runtime, { name: 'Большая дорожная карта', firstSheetName: ROADMAP });
  const executors = SURNAMES.flatMap((s) => INITIALS.map((i) => `${s} ${i}${i}`));
  const rows: string[][] = [
    ['Дорожная карта тестового кластера на 2021 год', '', '', '', ''],
    ['№ п/п', 'Наименование мероприятия', 'Исполнители', 'Срок исполнения', 'Результат'],
  ];
  for (let n = 0; n < count; n++) {
    const task = Math.floor(n / 100) + 1;
    if (n % 100 === 0) rows.push([`Задача ${task}. Раздел ${task}`, '', '', '', '']);
    const executor = executors[n % executors.length] as string;
    rows.push([
      `${task}.${(n % 100) + 1}.`,
      `Мероприятие ${task}.${(n % 100) + 1}: подготовка и согласование отчёта`,
      `${executor}, Руководитель кластера`,
      DEADLINES[n % DEADLINES.length] as string,
      'Отчёт',
    ]);
  }
  const roadmap = ss.getSheets()[0];
  if (!roadmap) throw new Error('no first sheet');
  roadmap.insertRowsAfter(roadmap.getMaxRows(), rows.length);
  roadmap.getRange(1, 1, rows.length, 5).setNumberFormat('@').setValues(rows);
  const directory = ss.insertSheet(DIRECTORY);
  const entries = [
    ['Исполнитель', 'E-mail', 'Копия', 'Примечание'],
    ...executors.map((name, i) => [name, `executor${i + 1}@example.org`, '', '']),
    ['Руководитель кластера', 'head@example.org', '', ''],
  ];
  directory.getRange(1, 1, entries.length, 4).setNumberFormat('@').setValues(entries);
  return ss;
}

describe('document properties on a big roadmap (2021-06-15)', () => {
  it('1,500 measures: the store stays small during and after a send, and a second send sends nothing', () => {
    const runtime = new Runtime();
    const { host, roadmap, spreadsheet } = fixture(bigRoadmap(runtime, 1500), runtime);
    host.mail.dailyQuota = 1500; // Workspace
    const store = host.properties.document;
    if (!store) throw new Error('no document store');
    let largest = 0;
    host.beforeCall('MailApp.sendEmail', () => (largest = Math.max(largest, store.size())), { once: false });
    // On 2021-06-15 five deadlines of six are due a reminder (three overdue: escalations; two due
    // in 5 and 13 days: the 14-day step; December: nothing): 1,250 of the 1,500 measures, all
    // head's. An executor's measures are n ≡ k (mod 60), so all share one deadline: 50 of the 60
    // executors get 25 measures each (one e-mail); the 10 with December get none.
    const p = preview(host);
    const heads = p.digests.filter((d) => d.to[0] === 'head@example.org');
    // 1,250 measures, at most 50 an e-mail: 25 e-mails of 50, one after another.
    expect(heads.map((d) => d.measures.length)).toEqual(Array(25).fill(50));
    expect(
      heads.map((d) =>
        d.subject
          .match(/\(часть (\d+) из (\d+)\)$/)
          ?.slice(1)
          .join('/'),
      ),
    ).toEqual(Array.from({ length: 25 }, (_, i) => `${i + 1}/25`));
    expect(new Set(heads.flatMap((d) => d.measures.map((m) => m.row))).size).toBe(1250);
    const others = p.digests.filter((d) => d.to[0] !== 'head@example.org');
    expect(others.map((d) => d.measures.length)).toEqual(Array(50).fill(25));
    expect(p.quotaNeeded).toBe(75);

    const result = send(host);
    expect(result.sent).toBe(75);
    // Besides the keys of recent sends (src/addon/recent-sends.ts: at most 100 KB, about 10 bytes
    // a reminder here), nothing proportional to the sheet stays.
    const recent = [...store.data].filter(([key]) => key.startsWith('roadmap.recentSends.'));
    const recentBytes = recent.reduce((sum, [k, v]) => sum + Buffer.byteLength(k + v, 'utf8'), 0);
    expect(recentBytes).toBeGreaterThan(2500 * 5);
    expect(recentBytes).toBeLessThan(2500 * 12);
    expect(largest).toBeLessThan(80 * 1024 + recentBytes);
    expect(store.size() - recentBytes).toBeLessThan(8 * 1024);
    for (const [key, value] of store.data) expect(key.length + value.length).toBeLessThan(8 * 1024);
    const headMails = received(host, roadmap).filter((m) => m.to === 'head@example.org');
    expect(headMails.map((m) => m.measures.length)).toEqual(Array(25).fill(50));
    expect(new Set(headMails.flatMap((m) => m.measures)).size).toBe(1250);
    // Google refuses a body over 200 KB: every e-mail, HTML and text together, stays well under it.
    for (const m of host.outbox) expect(Buffer.byteLength(m.body + m.htmlBody, 'utf8')).toBeLessThan(200 * 1024);

    // One log row per part, with that part's 50 keys.
    const headRows = logRows(spreadsheet).filter((r) => r.recipient === 'head@example.org');
    expect(headRows.map((r) => r.keys.length)).toEqual(Array(25).fill(50));
    expect(new Set(headRows.flatMap((r) => r.keys)).size).toBe(1250);
    expect(send(host).sent).toBe(0);
  });
});

describe('a log of more than 10,000 rows', () => {
  it('2021-06-15 … 2021-06-29: still deduplicates and keeps the cadence', async () => {
    const { host, spreadsheet } = await sample();
    send(host); // 2021-06-15: the three first e-mails (escalations), at the top of the log
    const log = sheet(spreadsheet, LOG);
    const filler = Array.from({ length: 10_000 }, (_, i) => [
      '2021-06-01T02:10:00',
      'ночная проверка',
      `someone${i % 97}@example.org`,
      '',
      `9.${i}`,
      'просрочено',
      'отправлено',
      `9.${i}~abc|someone${i % 97}@example.org|overdue-1|2021-05-31`,
    ]);
    log.insertRowsAfter(log.getMaxRows(), 10_000);
    log
      .getRange(log.getLastRow() + 1, 1, filler.length, 8)
      .setNumberFormat('@')
      .setValues(filler);
    expect(logRows(spreadsheet)).toHaveLength(10_003);

    expect(send(host).sent).toBe(0);
    // 2021-06-22: escalation-2 for the four overdue measures (three e-mails; 1.2 is «Проверьте срок»), and June's 14-day
    // step of 1.5 and 3.9 (due 30.06, 8 days left; not sent yet) to brusilov and stolyarov.
    host.clock.set(JUNE_15 + 7 * DAY_MS);
    const second = send(host);
    expect(second.sent).toBe(5);
    expect(host.executions.at(-1)?.calls.emulatedMs).toBeLessThan(30_000);
    expect(send(host).sent).toBe(0);
    // 2021-06-29: the third escalation, counted from the rows past 10,000, and the 3-day step (1 day left).
    host.clock.set(JUNE_15 + 14 * DAY_MS);
    expect(send(host).sent).toBe(5);
    const steps = logRows(spreadsheet)
      .slice(10_003)
      .flatMap((r) => r.keys.map((k) => k.split('|')[2]));
    expect(steps.filter((s) => s === 'escalation-2')).toHaveLength(4);
    expect(steps.filter((s) => s === 'escalation-3')).toHaveLength(4);
    expect(steps.filter((s) => s === 'before-14')).toHaveLength(2);
    expect(steps.filter((s) => s === 'before-3')).toHaveLength(2);
    expect(steps).toHaveLength(12);
  });
});
