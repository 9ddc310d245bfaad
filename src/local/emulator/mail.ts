/// <reference types="google-apps-script" />
import { gasError, type Runtime } from './runtime';
import { currentUser } from './session';

/**
 * MailApp: every overload of sendEmail, an outbox, and Google's rules — the daily quota
 * counts recipients (to + cc + bcc) per sending user and resets 24 h after that user's
 * first counted send; at most 50 recipients a message, 200 KB a body, 250 characters a
 * subject; an option given empty is refused [U]; invalid addresses (also those holding CR/LF)
 * throw "Invalid email: X". Needs authorization: never in simple triggers.
 */
export type EmulatedMailApp = Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;

export const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';
export const QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';
export const CONSUMER_DAILY_RECIPIENTS = 100;
/** Per message, to + cc + bcc [V2: quotas page as quoted by secondary sources]. */
export const RECIPIENTS_PER_MESSAGE = 50;
/**
 * [V2] The Japanese localisation of this message («上限を超えています: メッセージあたりの受信者数») is
 * quoted for more than 50 recipients (prograshi.com); the English wording follows the body-size one.
 */
export const TOO_MANY_RECIPIENTS_MESSAGE = 'Limit Exceeded: Email Recipients Per Message.';
/**
 * 200 KB a message for consumer accounts (400 KB Workspace) [V2: the quotas page as quoted by
 * secondary sources]; the text body and the HTML body each, counted in UTF-8 bytes with KB = 1,000
 * (the stricter reading) [U]. The message is seen in a real execution log [V fs#11956966482].
 */
export const BODY_BYTES_PER_MESSAGE = 200_000;
export const BODY_SIZE_MESSAGE = 'Limit Exceeded: Email Body Size.';
/** 250 characters is documented for GmailApp's subject; assumed for MailApp, text unknown [U]. */
export const SUBJECT_CHARS = 250;
export const SUBJECT_MESSAGE = 'Limit Exceeded: Email Subject Length.';
/** Options given but empty ('' or undefined): Google's behaviour is not documented [U]; refused here. */
const OPTIONAL_KEYS = ['cc', 'bcc', 'replyTo', 'name', 'htmlBody'] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface SentMessage {
  /** The sending (effective) user. */
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string;
  /** Sender display name (options.name). */
  name: string;
  subject: string;
  body: string;
  htmlBody: string;
  noReply: boolean;
  attachments: number;
  /** Simulated time of sending, ms since epoch. */
  at: number;
}

/** The host's mail state: the outbox, quotas per user, and injected failures. */
export class MailSystem {
  readonly outbox: SentMessage[] = [];
  /** Recipients per user per day (100 for consumer accounts, 1,500 for Workspace). */
  dailyQuota = CONSUMER_DAILY_RECIPIENTS;
  private readonly usage = new Map<string, { since: number; used: number }>();
  private readonly failures = new Map<string, string>();

  /** Makes every message to `address` fail with `message` (default "Invalid email: address"). */
  failFor(address: string, message = `Invalid email: ${address}`): void {
    this.failures.set(address.toLowerCase(), message);
  }

  failureFor(address: string): string | undefined {
    return this.failures.get(address.toLowerCase());
  }

  remaining(user: string, now: number): number {
    const u = this.usage.get(user);
    if (!u || now - u.since >= DAY_MS) return this.dailyQuota;
    return Math.max(0, this.dailyQuota - u.used);
  }

  /** Sets how much of today's quota `user` has already used (for tests). */
  setUsed(user: string, used: number, now: number): void {
    this.usage.set(user, { since: now, used });
  }

  consume(user: string, count: number, now: number): void {
    const u = this.usage.get(user);
    if (!u || now - u.since >= DAY_MS) this.usage.set(user, { since: now, used: count });
    else u.used += count;
  }
}

const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** Splits a comma-separated recipient list; "Name <a@b.org>" gives a@b.org. Throws on a bad address. */
export function parseRecipients(list: unknown): string[] {
  if (list === undefined || list === null || list === '') return [];
  const out: string[] = [];
  for (const raw of String(list).split(',')) {
    const item = raw.replace(/^[ \t]+|[ \t]+$/g, '');
    if (item === '') continue;
    const angle = /^[^<>\r\n]*<([^<>]+)>$/.exec(item);
    const address = angle ? (angle[1] ?? '') : item;
    if (/[\r\n]/.test(item) || !ADDRESS.test(address)) throw gasError(`Invalid email: ${item}`);
    out.push(address);
  }
  return out;
}

interface Draft {
  to: unknown;
  subject: unknown;
  body: unknown;
  options: GoogleAppsScript.Mail.MailAdvancedParameters;
}

/** sendEmail(message) | (to, subject, body) | (to, subject, body, options) | (to, replyTo, subject, body). */
function readOverload(args: unknown[]): Draft {
  const [a, b, c, d] = args;
  if (args.length === 1 && typeof a === 'object' && a !== null) {
    const m = a as GoogleAppsScript.Mail.MailAdvancedParameters & { to?: string; subject?: string; body?: string };
    return { to: m.to, subject: m.subject, body: m.body, options: m };
  }
  if (args.length === 4 && typeof d === 'string')
    return { to: a, subject: c, body: d, options: { replyTo: String(b) } };
  return { to: a, subject: b, body: c, options: (d ?? {}) as GoogleAppsScript.Mail.MailAdvancedParameters };
}

export function createMailApp(runtime: Runtime, mail: MailSystem, defaultUser: string): EmulatedMailApp {
  return {
    sendEmail(...args: unknown[]) {
      runtime.call('MailApp', 'sendEmail');
      runtime.requireAuthorization('MailApp.sendEmail', SEND_MAIL_SCOPE);
      const draft = readOverload(args);
      const o = draft.options ?? {};
      for (const key of OPTIONAL_KEYS) {
        if (key in o && (o[key] === undefined || o[key] === null || o[key] === ''))
          throw gasError(`Invalid argument: ${key}`);
      }
      const to = parseRecipients(draft.to);
      const cc = parseRecipients(o.cc);
      const bcc = parseRecipients(o.bcc);
      if (o.replyTo) parseRecipients(o.replyTo);
      const all = [...to, ...cc, ...bcc];
      if (all.length === 0) throw gasError('Failed to send email: no recipient');
      if (all.length > RECIPIENTS_PER_MESSAGE) throw gasError(TOO_MANY_RECIPIENTS_MESSAGE);
      const subject = draft.subject === undefined || draft.subject === null ? '' : String(draft.subject);
      const body = draft.body === undefined || draft.body === null ? '' : String(draft.body);
      const htmlBody = o.htmlBody ? String(o.htmlBody) : '';
      if (subject.length > SUBJECT_CHARS) throw gasError(SUBJECT_MESSAGE);
      if (Buffer.byteLength(body, 'utf8') > BODY_BYTES_PER_MESSAGE) throw gasError(BODY_SIZE_MESSAGE);
      if (Buffer.byteLength(htmlBody, 'utf8') > BODY_BYTES_PER_MESSAGE) throw gasError(BODY_SIZE_MESSAGE);
      const user = currentUser(runtime, defaultUser);
      const now = runtime.clock.now();
      if (all.length > mail.remaining(user, now)) throw gasError(QUOTA_MESSAGE);
      for (const address of all) {
        const failure = mail.failureFor(address);
        if (failure) throw gasError(failure);
      }
      mail.consume(user, all.length, now);
      mail.outbox.push({
        from: user,
        to,
        cc,
        bcc,
        replyTo: o.replyTo ? String(o.replyTo) : '',
        name: o.name ? String(o.name) : '',
        subject,
        body,
        htmlBody,
        noReply: Boolean(o.noReply),
        attachments: Array.isArray(o.attachments) ? o.attachments.length : 0,
        at: now,
      });
    },
    getRemainingDailyQuota() {
      runtime.call('MailApp', 'getRemainingDailyQuota');
      runtime.requireAuthorization('MailApp.getRemainingDailyQuota', SEND_MAIL_SCOPE);
      return mail.remaining(currentUser(runtime, defaultUser), runtime.clock.now());
    },
  } as unknown as EmulatedMailApp;
}
