import { mailRefusal, messagesOf, RECIPIENTS_PER_MESSAGE } from '../../../src/core/reminders';

describe('messagesOf: at most 50 recipients a message', () => {
  const copies = (n: number) => Array.from({ length: n }, (_, i) => `c${i + 1}@example.org`);

  it('keeps a digest of 50 recipients in one message', () => {
    expect(messagesOf('a@example.org', copies(49))).toEqual([{ to: 'a@example.org', cc: copies(49) }]);
  });

  it('sends 59 copies as 49 with the recipient, then 10 to the 50th copy', () => {
    const messages = messagesOf('a@example.org', copies(59));
    expect(messages.map((m) => 1 + m.cc.length)).toEqual([50, 10]);
    expect(messages[1]).toEqual({ to: 'c50@example.org', cc: copies(59).slice(50) });
  });

  it('reaches every recipient exactly once, never more than 50 in a message', () => {
    for (const n of [0, 1, 48, 49, 50, 99, 100, 148, 149, 150, 300]) {
      const messages = messagesOf('a@example.org', copies(n));
      const all = messages.flatMap((m) => [m.to, ...m.cc]);
      expect(all).toEqual(['a@example.org', ...copies(n)]);
      for (const m of messages) expect(1 + m.cc.length).toBeLessThanOrEqual(RECIPIENTS_PER_MESSAGE);
    }
  });
});

describe('mailRefusal', () => {
  it('knows Google’s refusals by code and keeps Google’s words', () => {
    const google = 'Limit Exceeded: Email Recipients Per Message.';
    expect(mailRefusal(google)).toEqual({ code: 'mail-too-many-recipients', limit: 50, google });
    expect(mailRefusal('Invalid email: x@y')).toEqual({
      code: 'mail-address-refused',
      address: 'x@y',
      google: 'Invalid email: x@y',
    });
    expect(mailRefusal('Limit Exceeded: Email Body Size.').code).toBe('mail-too-large');
    expect(mailRefusal('Service invoked too many times for one day: email.').code).toBe('mail-daily-limit');
    expect(mailRefusal('Failed to send email: no recipient').code).toBe('mail-no-recipient');
    expect(mailRefusal('Something\nnew')).toEqual({ code: 'mail-refused', google: 'Something new' });
  });

  it('keeps a Russian message as it is', () => {
    expect(mailRefusal('Нет связи')).toEqual({ code: 'mail-said', text: 'Нет связи' });
  });
});
