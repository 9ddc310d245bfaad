import type { SentMessage } from './emulator/mail';

/**
 * One sent message as an .eml file (RFC 5322 + MIME): UTF-8 headers as encoded words,
 * multipart/alternative (text + HTML) when there is an HTML body, base64 parts, CRLF lines.
 * Example: toEml(message, { id: 1 }) → 'From: …\r\nTo: …\r\nSubject: =?UTF-8?B?…?=\r\n…'.
 */

const CRLF = '\r\n';

/** RFC 2047 encoded word when the text is not plain ASCII. */
export function encodeHeader(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

function wrap76(base64: string): string {
  return (base64.match(/.{1,76}/g) ?? ['']).join(CRLF);
}

/** "Tue, 15 Jun 2021 02:14:00 +0000". */
export function rfc5322Date(ms: number): string {
  return new Date(ms).toUTCString().replace('GMT', '+0000');
}

function mailbox(name: string, address: string): string {
  if (!name) return address;
  const encoded = encodeHeader(name);
  return encoded === name ? `"${name.replace(/["\\]/g, '\\$&')}" <${address}>` : `${encoded} <${address}>`;
}

function part(type: 'plain' | 'html', body: string): string {
  return [
    `Content-Type: text/${type}; charset=UTF-8`,
    'Content-Transfer-Encoding: base64',
    '',
    wrap76(Buffer.from(body, 'utf8').toString('base64')),
  ].join(CRLF);
}

export function toEml(message: SentMessage, options: { id: number; domain?: string }): string {
  const domain = options.domain ?? 'roadmap.local';
  // The simulated clock counts fractions of a millisecond (the per-cell cost).
  const at = Math.floor(message.at);
  const headers = [
    `From: ${mailbox(message.name, message.from || `noreply@${domain}`)}`,
    `To: ${message.to.join(', ')}`,
  ];
  if (message.cc.length) headers.push(`Cc: ${message.cc.join(', ')}`);
  if (message.bcc.length) headers.push(`Bcc: ${message.bcc.join(', ')}`);
  if (message.replyTo) headers.push(`Reply-To: ${message.replyTo}`);
  headers.push(
    `Subject: ${encodeHeader(message.subject)}`,
    `Date: ${rfc5322Date(at)}`,
    `Message-ID: <${at}.${options.id}@${domain}>`,
    'MIME-Version: 1.0',
  );
  if (!message.htmlBody) return [...headers, part('plain', message.body), ''].join(CRLF);
  const boundary = `=_roadmap_${at}_${options.id}`;
  return [
    ...headers,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    part('plain', message.body),
    `--${boundary}`,
    part('html', message.htmlBody),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}
