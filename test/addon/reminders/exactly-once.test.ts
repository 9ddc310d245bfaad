import { readFileSync } from 'node:fs';
import {
  CODE_PATH,
  DAY_MS,
  type Fixture,
  fireNightly,
  HOUR_MS,
  JUNE_15,
  logRows,
  pairs,
  preview,
  ROADMAP,
  received,
  sample,
  send,
  sendAll,
  sheet,
  typeText,
} from './harness';

/**
 * Exactly once, in the offline host with the built bundle and samples/roadmap-2021.xlsx.
 * On 2021-06-15 (09:00 Tomsk) three addresses have overdue measures, all 14+ days overdue
 * (escalations, sent in address order): rabochaya-gruppa (2.2, 2.4; copy to brusilov),
 * rukovoditeli-poo (1.2, 2.1), sovet (2.5; copy to brusilov). 1.1, 1.3, 1.4 are done; the
 * monthly 1.5 (brusilov) and 3.9 (stolyarov) have May recorded and reach June's 14-day step
 * (due 30.06) on 2021-06-16.
 */
const DUE_ON_JUNE_15 = [
  'rabochaya-gruppa@example.org 2.2',
  'rabochaya-gruppa@example.org 2.4',
  'rukovoditeli-poo@example.org 1.2',
  'rukovoditeli-poo@example.org 2.1',
  'sovet@example.org 2.5',
];
/** Due on 2021-06-16 besides: June's 14-day step of the monthly measures. */
const DUE_SOON_ON_JUNE_16 = ['brusilov@example.org 1.5', 'stolyarov@example.org 3.9'];

function duplicates(list: readonly string[]): string[] {
  return list.filter((item, i) => list.indexOf(item) !== i);
}

describe('a send repeated (2021-06-15)', () => {
  it('sends every due reminder once and nothing the second time', async () => {
    const { host, roadmap } = await sample();
    const first = send(host);
    expect(first.sent).toBe(3);
    expect(pairs(received(host, roadmap))).toEqual(DUE_ON_JUNE_15);
    const second = send(host);
    expect(second.sent).toBe(0);
    expect(host.outbox).toHaveLength(3);
    expect(preview(host).digests).toEqual([]);
  });

  it('sends nothing more in chunks either, and the log holds one «отправлено» row per e-mail', async () => {
    const { host, roadmap, spreadsheet } = await sample();
    const chunks = sendAll(host, 2);
    expect(chunks.map((c) => c.sent)).toEqual([2, 1]);
    expect(pairs(received(host, roadmap))).toEqual(DUE_ON_JUNE_15);
    expect(sendAll(host, 2).map((c) => c.sent)).toEqual([0]);
    const rows = logRows(spreadsheet);
    expect(rows.map((r) => r.result)).toEqual(Array(3).fill('отправлено'));
    expect(rows.map((r) => r.recipient).sort()).toEqual(host.outbox.map((m) => m.to.join(',')).sort());
  });
});

describe('two runs at once (2021-06-15)', () => {
  /** Starts a second send (another person's sidebar) just before the first run's first e-mail. */
  async function concurrentSends(fixture: Fixture) {
    const { host } = fixture;
    let second: { value: unknown } | { error: string } | undefined;
    host.beforeCall('MailApp.sendEmail', () => {
      host.activeUser = 'other@example.org';
      second = host.callFromSidebar('sendReminders', [{ includeAllOverdue: false, limit: 1000 }]);
      host.activeUser = 'coordinator@example.org';
    });
    const first = send(host);
    return { first, second };
  }

  it('never both send the same reminder: the second waits for the lock and gives up', async () => {
    const fixture = await sample();
    const { first, second } = await concurrentSends(fixture);
    expect(second).toEqual({ error: expect.stringContaining('уже выполняется') });
    expect(first.sent).toBe(3);
    const got = pairs(received(fixture.host, fixture.roadmap));
    expect(duplicates(got)).toEqual([]);
    expect(got).toEqual(DUE_ON_JUNE_15);
  });

  it('(the check can fail) without the lock, the two runs send the same reminders twice', async () => {
    const source = readFileSync(CODE_PATH, 'utf8');
    const unlocked = source.replace('if (!lock.tryLock(waitMs)) throw new BusyError();', '');
    expect(unlocked).not.toBe(source);
    const fixture = await sample({ source: unlocked });
    await concurrentSends(fixture);
    expect(duplicates(pairs(received(fixture.host, fixture.roadmap)))).not.toEqual([]);
  });

  it('a nightly run between two chunks of a manual send takes the rest; the next chunk finds nothing', async () => {
    const { host, roadmap } = await sample();
    expect(send(host, { limit: 2 }).sent).toBe(2);
    const nightly = fireNightly(host);
    expect(nightly.ok).toBe(true);
    expect(host.outbox).toHaveLength(3);
    expect(send(host, { limit: 2 })).toMatchObject({ sent: 0, done: true });
    expect(pairs(received(host, roadmap))).toEqual(DUE_ON_JUNE_15);
  });
});

describe('the daily quota runs out', () => {
  it('2021-06-15: postpones what does not fit, logs it «отложено: лимит писем», and sends it first the next day', async () => {
    const { host, roadmap, spreadsheet } = await sample();
    host.mail.dailyQuota = 3;
    const first = send(host);
    // Plan order (all escalations, by address): rabochaya-gruppa (2 recipients: copy to brusilov)
    // and rukovoditeli-poo (1) fill the 3; sovet (2: copy to brusilov) waits.
    expect(received(host, roadmap).map((m) => m.to)).toEqual([
      'rabochaya-gruppa@example.org',
      'rukovoditeli-poo@example.org',
    ]);
    expect(first.state?.notice).toMatch(/отложено/);
    const postponed = logRows(spreadsheet).filter((r) => r.result === 'отложено: лимит писем');
    expect(postponed.map((r) => r.recipient)).toEqual(['sovet@example.org']);

    // 2021-06-16: 2.8 (rabochaya-gruppa and specialisty) now falls due on 25.06, and 1.5 (brusilov)
    // and 3.9 (stolyarov) reach June's 14-day step — new competition for the quota.
    // (The quota comes back 24 h after the first e-mail counted, so the next run is at 10:00.)
    host.clock.set(JUNE_15 + DAY_MS + HOUR_MS);
    typeText(sheet(spreadsheet, ROADMAP), 'D28', 'до 25.06.2021');
    const dayTwo = preview(host);
    // Postponed first, then the due-soon digests by address.
    expect(dayTwo.digests.map((d) => d.to[0])).toEqual([
      'sovet@example.org',
      'brusilov@example.org',
      'rabochaya-gruppa@example.org',
      'specialisty@example.org',
      'stolyarov@example.org',
    ]);
    const before = host.outbox.length;
    send(host);
    // The quota (3) takes sovet (2, postponed yesterday) and brusilov (1).
    expect(received(host, roadmap, before).map((m) => m.to)).toEqual(['sovet@example.org', 'brusilov@example.org']);

    expect(
      logRows(spreadsheet)
        .slice(3)
        .map((r) => `${r.recipient} ${r.result}`),
    ).toEqual([
      'sovet@example.org отправлено',
      'brusilov@example.org отправлено',
      'rabochaya-gruppa@example.org отложено: лимит писем',
      'specialisty@example.org отложено: лимит писем',
      'stolyarov@example.org отложено: лимит писем',
    ]);

    // 2021-06-17: the quota is back; everything postponed goes out and nothing is lost.
    host.clock.set(JUNE_15 + 2 * DAY_MS + 2 * HOUR_MS);
    host.mail.dailyQuota = 100;
    send(host);
    const got = pairs(received(host, roadmap));
    expect(duplicates(got)).toEqual([]);
    expect(got).toEqual(
      [
        ...DUE_ON_JUNE_15,
        ...DUE_SOON_ON_JUNE_16,
        'rabochaya-gruppa@example.org 2.8',
        'specialisty@example.org 2.8',
      ].sort(),
    );
    expect(send(host).sent).toBe(0);
  });

  it('2021-06-15 … 2021-06-17: a postponed e-mail with a copy is not passed over for smaller ones', async () => {
    const { host, roadmap, spreadsheet } = await sample();
    host.mail.dailyQuota = 3;
    send(host); // as above: rabochaya-gruppa and rukovoditeli-poo go, sovet (2 recipients) waits
    expect(host.outbox.map((m) => m.to.join(','))).toEqual([
      'rabochaya-gruppa@example.org',
      'rukovoditeli-poo@example.org',
    ]);

    // 2021-06-16 10:00, 1 left: sovet needs 2, so brusilov and stolyarov (1 each, June's 14-day
    // step) must not go before it: nothing is sent, all three wait.
    host.clock.set(JUNE_15 + DAY_MS + HOUR_MS);
    host.mail.dailyQuota = 1;
    expect(preview(host).digests.map((d) => d.to[0])).toEqual([
      'sovet@example.org',
      'brusilov@example.org',
      'stolyarov@example.org',
    ]);
    expect(send(host).sent).toBe(0);
    expect(
      logRows(spreadsheet)
        .slice(3)
        .map((r) => `${r.recipient} ${r.result}`),
    ).toEqual([
      // In plan order.
      'sovet@example.org отложено: лимит писем',
      'brusilov@example.org отложено: лимит писем',
      'stolyarov@example.org отложено: лимит писем',
    ]);

    // 2021-06-17 11:00, 3 left: sovet (waiting since 2021-06-15) first, then brusilov (since
    // 2021-06-16, before stolyarov by address); stolyarov waits one more day.
    host.clock.set(JUNE_15 + 2 * DAY_MS + 2 * HOUR_MS);
    host.mail.dailyQuota = 3;
    const before = host.outbox.length;
    send(host);
    expect(received(host, roadmap, before).map((m) => m.to)).toEqual(['sovet@example.org', 'brusilov@example.org']);
  });

  it('2021-06-15: when the quota is used up during the run, the rest are postponed, not lost', async () => {
    const { host, roadmap, spreadsheet } = await sample();
    let sends = 0;
    host.beforeCall(
      'MailApp.sendEmail',
      () => {
        sends += 1;
        // Before the third e-mail (sovet), another script of the same person uses up the day's quota.
        if (sends === 3) host.mail.setUsed('coordinator@example.org', 100, host.clock.now());
      },
      { once: false },
    );
    const result = send(host);
    expect(result.sent).toBe(2);
    expect(result.failed).toEqual([]);
    const rows = logRows(spreadsheet);
    expect(rows.filter((r) => r.result === 'отправлено')).toHaveLength(2);
    expect(rows.filter((r) => r.result === 'отложено: лимит писем').map((r) => r.recipient)).toEqual([
      'sovet@example.org',
    ]);
    // 2021-06-16 10:00: sovet goes, with the day's new 14-day steps of 1.5 and 3.9.
    host.clock.set(JUNE_15 + DAY_MS + HOUR_MS);
    send(host);
    expect(pairs(received(host, roadmap))).toEqual([...DUE_ON_JUNE_15, ...DUE_SOON_ON_JUNE_16].sort());
  });
});

describe('a failing address (2021-06-15)', () => {
  it('is logged «ошибка: …», does not stop the others, and is tried again on the next send', async () => {
    const { host, roadmap, spreadsheet } = await sample();
    host.mail.failFor('sovet@example.org', 'Invalid email: sovet@example.org');
    const result = send(host);
    expect(result.sent).toBe(2);
    expect(result.failed).toEqual([{ to: ['sovet@example.org'], message: 'Invalid email: sovet@example.org' }]);
    expect(pairs(received(host, roadmap))).toEqual(DUE_ON_JUNE_15.filter((p) => !p.startsWith('sovet')));
    const failed = logRows(spreadsheet).filter((r) => r.recipient === 'sovet@example.org');
    expect(failed.map((r) => r.result)).toEqual(['ошибка: Invalid email: sovet@example.org']);
    expect(failed[0]?.measures).toBe('2.5');
    expect(preview(host).digests.map((d) => d.to[0])).toEqual(['sovet@example.org']);
  });
});
