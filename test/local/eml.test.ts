import { toEml } from '../../src/local/eml';
import type { SentMessage } from '../../src/local/emulator/mail';

// A digest sent on 2021-06-15 at 09:14 in Tomsk (02:14 UTC).
const message: SentMessage = {
  from: 'coordinator@example.org',
  to: ['ivanov@example.org'],
  cc: ['boss@example.org'],
  bcc: [],
  replyTo: 'coordinator@example.org',
  name: 'Дорожная карта',
  subject: 'Просрочено: 2 мероприятия',
  body: 'Здравствуйте!\nСрок по мероприятию 2.1 истёк.',
  htmlBody: '<p>Здравствуйте!</p>',
  noReply: false,
  attachments: 0,
  at: Date.UTC(2021, 5, 15, 2, 14),
};

const decode = (b64: string) => Buffer.from(b64.replace(/\r\n/g, ''), 'base64').toString('utf8');

describe('toEml', () => {
  it('writes RFC 5322 headers with UTF-8 encoded words and CRLF lines', () => {
    const eml = toEml(message, { id: 1 });
    const [head] = eml.split('\r\n\r\n');
    expect(head).toContain('To: ivanov@example.org');
    expect(head).toContain('Cc: boss@example.org');
    expect(head).toContain('Date: Tue, 15 Jun 2021 02:14:00 +0000');
    const subject = /Subject: =\?UTF-8\?B\?([^?]+)\?=/.exec(head ?? '');
    expect(decode(subject?.[1] ?? '')).toBe('Просрочено: 2 мероприятия');
    expect(head).toMatch(/From: =\?UTF-8\?B\?[^?]+\?= <coordinator@example.org>/);
    expect(eml.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('carries both bodies in multipart/alternative, base64 in UTF-8', () => {
    const eml = toEml(message, { id: 1 });
    const boundary = /boundary="([^"]+)"/.exec(eml)?.[1] ?? '';
    const parts = eml.split(`--${boundary}`).slice(1, 3);
    expect(parts.map((p) => /text\/(plain|html)/.exec(p)?.[1])).toEqual(['plain', 'html']);
    expect(decode(parts[0]?.split('\r\n\r\n')[1] ?? '')).toBe(message.body);
    expect(decode(parts[1]?.split('\r\n\r\n')[1] ?? '')).toBe(message.htmlBody);
    expect(eml.trimEnd().endsWith(`--${boundary}--`)).toBe(true);
  });

  it('writes whole milliseconds although the simulated clock counts fractions', () => {
    const eml = toEml({ ...message, at: message.at + 0.539 }, { id: 3 });
    expect(eml).toContain(`Message-ID: <${message.at}.3@roadmap.local>`);
    expect(eml).not.toMatch(/\d\.539/);
  });

  it('writes a single text part when there is no HTML body', () => {
    const eml = toEml({ ...message, htmlBody: '' }, { id: 2 });
    expect(eml).not.toContain('multipart');
    expect(eml).toContain('Content-Type: text/plain; charset=UTF-8');
  });
});
