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

const REASONS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Invalid email:\s*(.*)$/i, (m) => `Google не принял адрес ${m[1]}`],
  [/Email Recipients Per Message/i, () => `больше ${RECIPIENTS_PER_MESSAGE} получателей в одном письме`],
  [/Email Body Size/i, () => 'письмо больше 200 КБ'],
  [/too many times for one day: email/i, () => 'исчерпан дневной лимит писем Google'],
  [/no recipient/i, () => 'у письма нет получателя'],
];

/**
 * Why an e-mail was not sent, in Russian, Google's own words kept in brackets for support.
 * mailErrorRu('Invalid email: a@b') → 'Google не принял адрес a@b (Invalid email: a@b)'
 * mailErrorRu('Something new') → 'Google не отправил письмо (Something new)'
 */
export function mailErrorRu(message: string): string {
  const text = message.replace(/\s+/g, ' ').trim();
  if (/^[«"(]?[А-ЯЁа-яё]/.test(text)) return text;
  for (const [pattern, say] of REASONS) {
    const m = pattern.exec(text);
    if (m) return `${say(m)} (${text})`;
  }
  return `Google не отправил письмо (${text})`;
}
