import { DIRECTORY, JUNE_15, logRows, nightly, sample, send, sheet, typeText } from './harness';

/**
 * Issue 13, point 6, on samples/roadmap-2021.xlsx with the built bundle (2021-06-15): Google's
 * per-message limit of 50 recipients never makes a digest fail, and whatever does fail is
 * reported — in sendReminders' result, the log and the nightly record — with the recipient, the
 * measures and a Russian reason. sovet@example.org is due 2.5, with brusilov@example.org in copy.
 */
const COPIES = ['brusilov@example.org', ...Array.from({ length: 58 }, (_, i) => `copy${i + 1}@example.org`)];
/** The digest's copies in its order (sorted): the first 49 go with the e-mail to sovet, the other 10 after. */
const SORTED = [...COPIES].sort();
const SECOND = SORTED.slice(49);

/** «Координационный совет» (row 4 of «Исполнители») with 59 copies: 60 recipients in all. */
async function sixtyRecipients() {
  return sample({ before: (ss) => typeText(sheet(ss, DIRECTORY), 'C4', COPIES.join(', ')) });
}

describe('more than 50 recipients (to + cc) in one digest', () => {
  it('goes as two messages, every recipient once, logged once as sent; a second send sends nothing', async () => {
    const { host, spreadsheet } = await sixtyRecipients();
    const result = send(host);
    expect(result.failed).toEqual([]);
    expect(result.sent).toBe(3);
    // By recipient, not subject: another digest may carry the same subject («1 просрочено»).
    const sovet = host.outbox.filter((m) => m.to[0] === 'sovet@example.org' || m.to[0] === SECOND[0]);
    expect(sovet.map((m) => m.to.length + m.cc.length + m.bcc.length)).toEqual([50, 10]);
    expect(sovet.flatMap((m) => [...m.to, ...m.cc]).sort()).toEqual(['sovet@example.org', ...COPIES].sort());
    expect(sovet[1]?.to).toEqual([SECOND[0]]);
    expect(sovet[1]?.cc).toEqual(SECOND.slice(1));
    expect(
      logRows(spreadsheet)
        .filter((r) => r.recipient === 'sovet@example.org')
        .map((r) => r.result),
    ).toEqual(['отправлено']);
    expect(send(host).sent).toBe(0);
  });

  it('a copies message that fails is reported and logged, and the recipient is not sent it again', async () => {
    const { host, spreadsheet } = await sixtyRecipients();
    const failing = SECOND[9] as string;
    host.mail.failFor(failing, `Invalid email: ${failing}`);
    const result = send(host);
    expect(result.sent).toBe(3);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]).toMatchObject({ to: ['sovet@example.org'], measures: ['2.5'] });
    expect(result.failed[0]?.message).toBe(
      `копии ${SECOND.join(', ')}: Google не принял адрес ${failing} (Invalid email: ${failing})`,
    );
    expect(
      logRows(spreadsheet)
        .filter((r) => r.recipient === 'sovet@example.org')
        .map((r) => r.result),
    ).toEqual(['отправлено', `ошибка: ${result.failed[0]?.message}`]);
    const before = host.outbox.length;
    expect(send(host).sent).toBe(0);
    expect(host.outbox.length).toBe(before);
  });
});

describe('a digest Google refuses', () => {
  it('is reported with the recipient, the measures and a Russian reason, and logged in Russian', async () => {
    const { host, spreadsheet } = await sample();
    host.mail.failFor('sovet@example.org', 'Limit Exceeded: Email Recipients Per Message.');
    const result = send(host);
    expect(result.failed).toEqual([
      {
        to: ['sovet@example.org'],
        measures: ['2.5'],
        message: 'больше 50 получателей в одном письме (Limit Exceeded: Email Recipients Per Message.)',
      },
    ]);
    expect(result.state?.notice).toContain('ошибок: 1');
    expect(logRows(spreadsheet).find((r) => r.recipient === 'sovet@example.org')?.result).toBe(
      'ошибка: больше 50 получателей в одном письме (Limit Exceeded: Email Recipients Per Message.)',
    );
  });

  it('is named in the nightly record the sidebar shows', async () => {
    const { host } = await sample({ now: JUNE_15 - 8 * 3600 * 1000 }); // 2021-06-15 01:00 Tomsk
    host.mail.failFor('sovet@example.org', 'Invalid email: sovet@example.org');
    host.run('setNightly', true);
    expect(host.runDueTriggers(JUNE_15).map((r) => r.ok)).toEqual([true]);
    const summary = nightly(host).lastRun?.summary ?? '';
    expect(summary).toContain('отправлено писем: 2, ошибок: 1');
    expect(summary).toContain('sovet@example.org (2.5): Google не принял адрес sovet@example.org');
  });
});
