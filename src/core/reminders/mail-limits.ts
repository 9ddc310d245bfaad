import type { MailRefusal } from '../i18n/messages';
import { MAIL_LIMITS } from './parts';

/**
 * Google's limits on one message, and its refusals in Russian.
 * MailApp refuses a message of more than 50 recipients, to + cc + bcc together: «Limit Exceeded:
 * Email Recipients Per Message» (developers.google.com/apps-script/guides/services/quotas,
 * «Current limitations»: email recipients per message 50; the wording as reported in issue 13
 * and, localised, «上限を超えています: メッセージあたりの受信者数» on prograshi.com/?p=11178).
 */
export const RECIPIENTS_PER_MESSAGE = MAIL_LIMITS.recipients;

export interface Message {
  to: string;
  cc: string[];
}

/**
 * A digest's messages within the 50-recipient limit: the first to its recipient with as many
 * copies as fit; the remaining copies in further messages, each to the first of its copies.
 * Nobody gets the digest twice, and the quota counts the same recipients.
 * messagesOf('a@x.ru', [59 copies]) → [{ to: 'a@x.ru', cc: [49] }, { to: copy 50, cc: [9] }]
 */
export function messagesOf(to: string, cc: readonly string[]): Message[] {
  const messages: Message[] = [{ to, cc: cc.slice(0, RECIPIENTS_PER_MESSAGE - 1) }];
  for (let i = RECIPIENTS_PER_MESSAGE - 1; i < cc.length; i += RECIPIENTS_PER_MESSAGE) {
    const [first, ...rest] = cc.slice(i, i + RECIPIENTS_PER_MESSAGE);
    messages.push({ to: first as string, cc: rest });
  }
  return messages;
}

const REFUSALS: readonly [RegExp, (m: RegExpExecArray, google: string) => MailRefusal][] = [
  [/^Invalid email:\s*(.*)$/i, (m, google) => ({ code: 'mail-address-refused', address: m[1] ?? '', google })],
  [
    /Email Recipients Per Message/i,
    (_, google) => ({ code: 'mail-too-many-recipients', limit: RECIPIENTS_PER_MESSAGE, google }),
  ],
  [/Email Body Size/i, (_, google) => ({ code: 'mail-too-large', google })],
  [/too many times for one day: email/i, (_, google) => ({ code: 'mail-daily-limit', google })],
  [/no recipient/i, (_, google) => ({ code: 'mail-no-recipient', google })],
];

/**
 * Why an e-mail was not sent, as a code with Google's own words (kept for support); i18n's say()
 * words it. A message already in Russian (the add-in's own) is kept as it is.
 * mailRefusal('Invalid email: a@b') → { code: 'mail-address-refused', address: 'a@b', google: 'Invalid email: a@b' }
 * mailRefusal('Something new') → { code: 'mail-refused', google: 'Something new' }
 */
export function mailRefusal(message: string): MailRefusal {
  const google = message.replace(/\s+/g, ' ').trim();
  if (/^[«"(]?[А-ЯЁа-яё]/.test(google)) return { code: 'mail-said', text: google };
  for (const [pattern, refusal] of REFUSALS) {
    const m = pattern.exec(google);
    if (m) return refusal(m, google);
  }
  return { code: 'mail-refused', google };
}
