import type { IsoDate } from '../dates';
import { type RenderedEmail, renderDigest } from './render';
import type { Digest, DigestItem } from './types';

/**
 * At most this many measures in one e-mail; a longer digest goes to the same recipient as
 * several e-mails, «часть 1 из 3», each with its own items and keys. Apps Script refuses a
 * message body over 200 KB («Limit Exceeded: Email Body Size»). Rendered, one measure of the
 * seed roadmap takes about 1.8 KB on average (HTML 1.05 KB + plain text 0.76 KB, UTF-8: Cyrillic
 * is 2 bytes) and 3.5 KB at its longest (a 355-character title, a 331-character result), so 50
 * of the longest stay under 180 KB with HTML and text together.
 */
export const MAX_ITEMS_PER_EMAIL = 50;

export function countsOf(items: readonly DigestItem[]): Digest['counts'] {
  return {
    overdue: items.filter((i) => i.daysLeft !== null && i.daysLeft < 0).length,
    dueSoon: items.filter((i) => i.daysLeft !== null && i.daysLeft >= 0).length,
    unparsed: items.filter((i) => i.step === 'unparsed').length,
  };
}

/**
 * A digest of more than MAX_ITEMS_PER_EMAIL items as parts of (nearly) equal size, in item order;
 * each part keeps the digest's recipients and place in the order.
 * partsOf(digest of 120 items) → 3 digests of 40 items, part { index: 1, of: 3 } … { index: 3, of: 3 }
 */
export function partsOf(digest: Digest): Digest[] {
  const of = Math.ceil(digest.items.length / MAX_ITEMS_PER_EMAIL);
  if (of <= 1) return [digest];
  const size = Math.ceil(digest.items.length / of);
  return Array.from({ length: of }, (_, i) => {
    const items = digest.items.slice(i * size, (i + 1) * size);
    return { ...digest, items, counts: countsOf(items), part: { index: i + 1, of } };
  });
}

/**
 * Google's per-message limits for MailApp (quotas page, "Current limitations"): 50 recipients a
 * message; a body of 200 KB (consumer accounts; 400 KB Workspace) — the text body and the HTML
 * body each [V2: secondary sources quoting the quotas page; the error "Limit Exceeded: Email Body
 * Size." is seen in real logs]. KB read as 1,000 bytes of UTF-8, the stricter reading [U].
 * A subject of at most 250 characters is documented for GmailApp; assumed for MailApp [U].
 */
export const MAIL_LIMITS = { recipients: 50, bodyBytes: 200_000, subjectChars: 250 } as const;

/** UTF-8 size of a string: utf8Bytes('Срок') → 8. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** True when a rendered e-mail is inside Google's per-message limits (recipients aside). */
export function fitsMailLimits(mail: RenderedEmail): boolean {
  return (
    utf8Bytes(mail.body) <= MAIL_LIMITS.bodyBytes &&
    utf8Bytes(mail.htmlBody) <= MAIL_LIMITS.bodyBytes &&
    mail.subject.length <= MAIL_LIMITS.subjectChars
  );
}

/** The plan's title is at most 200 characters in an e-mail (planName): the size is judged with the longest. */
const LONGEST_PLAN_TITLE = 'Ж'.repeat(200);

/**
 * A digest as the e-mails it needs: parts of at most MAX_ITEMS_PER_EMAIL items (partsOf), and a
 * part whose rendering would pass Google's body size is halved again until each fits; the parts
 * are numbered «часть i из n» in the subject and the text. One item always fits: render clips
 * every text taken from the sheet (MAX_FIELD_CHARS).
 * fitToMail(digest of 120 items, '2021-06-15') → 3 digests of 40 items (short texts)
 */
export function fitToMail(digest: Digest, today: IsoDate): Digest[] {
  const fits = (items: DigestItem[]) =>
    fitsMailLimits(
      renderDigest(
        { ...digest, items, counts: countsOf(items), part: { index: 99, of: 99 } },
        { planTitle: LONGEST_PLAN_TITLE, today },
      ),
    );
  const chunks: DigestItem[][] = [];
  const add = (items: DigestItem[]): void => {
    if (items.length <= 1 || fits(items)) {
      chunks.push(items);
      return;
    }
    const half = Math.ceil(items.length / 2);
    add(items.slice(0, half));
    add(items.slice(half));
  };
  const byCount = partsOf(digest);
  for (const part of byCount) add(part.items);
  if (chunks.length === byCount.length) return byCount;
  return chunks.map((items, i) => ({
    ...digest,
    items,
    counts: countsOf(items),
    part: { index: i + 1, of: chunks.length },
  }));
}
