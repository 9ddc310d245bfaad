import {
  BODY_SIZE_MESSAGE,
  createMailApp,
  MailSystem,
  QUOTA_MESSAGE,
  SUBJECT_MESSAGE,
  TOO_MANY_RECIPIENTS_MESSAGE,
} from '../../../src/local/emulator/mail';
import { Runtime } from '../../../src/local/emulator/runtime';

// Every case runs on 2021-06-15 at 09:00 in Tomsk (02:00 UTC) unless it says otherwise.
const START = Date.UTC(2021, 5, 15, 2, 0);

function setup() {
  const runtime = new Runtime();
  runtime.clock.set(START);
  const mail = new MailSystem();
  const app = createMailApp(runtime, mail, 'coordinator@example.org');
  return { runtime, mail, app };
}

describe('MailApp', () => {
  it('counts the quota per recipient: to, cc and bcc each take one', () => {
    const { app, mail } = setup();
    app.sendEmail('a@example.org, b@example.org', 'Тема', 'Текст', { cc: 'c@example.org', bcc: 'd@example.org' });
    expect(app.getRemainingDailyQuota()).toBe(96);
    expect(mail.outbox).toHaveLength(1);
    expect(mail.outbox[0]).toMatchObject({
      to: ['a@example.org', 'b@example.org'],
      cc: ['c@example.org'],
      bcc: ['d@example.org'],
    });
  });

  it('refuses a message that needs more recipients than are left, and sends nothing', () => {
    const { app, mail, runtime } = setup();
    mail.setUsed('coordinator@example.org', 98, runtime.clock.now());
    expect(() => app.sendEmail('a@example.org,b@example.org,c@example.org', 's', 'b')).toThrow(QUOTA_MESSAGE);
    expect(mail.outbox).toHaveLength(0);
    app.sendEmail('a@example.org,b@example.org', 's', 'b');
    expect(app.getRemainingDailyQuota()).toBe(0);
  });

  it('gives the quota back 24 hours after the first counted send (2021-06-16 09:00)', () => {
    const { app, mail, runtime } = setup();
    mail.dailyQuota = 2;
    app.sendEmail('a@example.org, b@example.org', 's', 'b');
    runtime.clock.advance(23 * 3600000);
    expect(() => app.sendEmail('a@example.org', 's', 'b')).toThrow(QUOTA_MESSAGE);
    runtime.clock.advance(3600000);
    app.sendEmail('a@example.org', 's', 'b');
    expect(app.getRemainingDailyQuota()).toBe(1);
  });

  it('keeps a quota per sending user (an installable trigger spends its owner\u2019s)', () => {
    const { app, mail, runtime } = setup();
    mail.dailyQuota = 1;
    runtime.begin({ kind: 'installable-trigger', authMode: 'FULL', user: 'owner@example.org' });
    app.sendEmail('a@example.org', 's', 'b');
    expect(app.getRemainingDailyQuota()).toBe(0);
    runtime.end(runtime.execution as never);
    expect(app.getRemainingDailyQuota()).toBe(1);
    expect(mail.outbox[0]?.from).toBe('owner@example.org');
  });

  it.each(['not-an-address', 'a@b', 'ivanov@example.org\r\nBcc: x@evil.org', 'a@@example.org', 'иван@пример'])(
    'rejects the invalid address %j with "Invalid email: …"',
    (address) => {
      const { app, mail } = setup();
      expect(() => app.sendEmail(address, 's', 'b')).toThrow(/^Invalid email: /);
      expect(() => app.sendEmail('ok@example.org', 's', 'b', { cc: address })).toThrow(/^Invalid email: /);
      expect(mail.outbox).toHaveLength(0);
    },
  );

  it('refuses more than 50 recipients in one message', () => {
    const { app } = setup();
    const to = Array.from({ length: 51 }, (_, i) => `p${i}@example.org`).join(',');
    expect(() => app.sendEmail(to, 's', 'b')).toThrow(/Recipients Per Message/);
    expect(app.getRemainingDailyQuota()).toBe(100);
  });

  it('reads every overload: message object, (to, subject, body, options) and (to, replyTo, subject, body)', () => {
    const { app, mail } = setup();
    app.sendEmail({ to: 'a@example.org', subject: 'S1', body: 'b1', htmlBody: '<b>h</b>', name: 'Дорожная карта' });
    app.sendEmail('a@example.org', 'S2', 'b2', { replyTo: 'r@example.org', noReply: true });
    app.sendEmail('a@example.org', 'reply@example.org', 'S3', 'b3');
    expect(mail.outbox.map((m) => [m.subject, m.body, m.htmlBody, m.name, m.replyTo, m.noReply])).toEqual([
      ['S1', 'b1', '<b>h</b>', 'Дорожная карта', '', false],
      ['S2', 'b2', '', '', 'r@example.org', true],
      ['S3', 'b3', '', '', 'reply@example.org', false],
    ]);
    expect(mail.outbox[0]?.at).toBeGreaterThanOrEqual(START);
  });

  it('lets a test make one address fail', () => {
    const { app, mail } = setup();
    mail.failFor('bounce@example.org');
    expect(() => app.sendEmail('bounce@example.org', 's', 'b')).toThrow('Invalid email: bounce@example.org');
    app.sendEmail('fine@example.org', 's', 'b');
    expect(mail.outbox).toHaveLength(1);
  });

  it('is refused to simple triggers with Google\u2019s permission error', () => {
    const { app, runtime, mail } = setup();
    runtime.begin({ kind: 'simple-trigger', authMode: 'LIMITED', user: 'coordinator@example.org' });
    expect(() => app.sendEmail('a@example.org', 's', 'b')).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(mail.outbox).toHaveLength(0);
  });
});

describe('MailApp per-message limits (issue 14)', () => {
  const to = 'a@example.org';

  it('refuses a text or HTML body over 200,000 UTF-8 bytes, takes one at the limit', () => {
    const { app, mail } = setup();
    const atLimit = 'Ж'.repeat(100_000); // 200,000 bytes
    app.sendEmail(to, 'Тема', atLimit);
    app.sendEmail({ to, subject: 'Тема', body: 'Текст', htmlBody: atLimit });
    expect(() => app.sendEmail(to, 'Тема', `${atLimit}x`)).toThrow(BODY_SIZE_MESSAGE);
    expect(() => app.sendEmail({ to, subject: 'Тема', body: 'Текст', htmlBody: `${atLimit}x` })).toThrow(
      BODY_SIZE_MESSAGE,
    );
    expect(mail.outbox).toHaveLength(2);
  });

  it('refuses a subject over 250 characters and more than 50 recipients', () => {
    const { app } = setup();
    app.sendEmail(to, 'Т'.repeat(250), 'Текст');
    expect(() => app.sendEmail(to, 'Т'.repeat(251), 'Текст')).toThrow(SUBJECT_MESSAGE);
    const many = Array.from({ length: 51 }, (_, i) => `r${i}@example.org`).join(',');
    expect(() => app.sendEmail(many, 'Тема', 'Текст')).toThrow(TOO_MANY_RECIPIENTS_MESSAGE);
  });

  it('refuses options given empty (cc: "", replyTo: undefined, name: ""): leave the key out [U]', () => {
    const { app, mail } = setup();
    expect(() => app.sendEmail({ to, subject: 's', body: 'b', cc: '' })).toThrow('Invalid argument: cc');
    expect(() => app.sendEmail({ to, subject: 's', body: 'b', replyTo: undefined })).toThrow(
      'Invalid argument: replyTo',
    );
    expect(() => app.sendEmail({ to, subject: 's', body: 'b', name: '' })).toThrow('Invalid argument: name');
    app.sendEmail({ to, subject: 's', body: 'b' });
    expect(mail.outbox).toHaveLength(1);
  });
});
