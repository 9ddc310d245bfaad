import type { Digest } from './types';

/**
 * The digests MailApp's remaining daily quota allows now, in plan order; the rest are postponed
 * (log them as «отложено: лимит писем»: the next plan puts them first, the longest waiting first).
 * Quota counts recipients (to + cc) per message. A digest that does not fit is passed over for a
 * smaller one after it — unless it was postponed before: then nothing after it goes today, so a
 * digest with a copy (2 recipients) is not passed over day after day for smaller ones; it goes
 * first as soon as the quota allows it.
 *
 * splitByQuota([d1 (2 recipients), d2 (1), d3 (1)], 3) → { now: [d1, d2], postponed: [d3] }
 * splitByQuota([p1 (postponed, 2), d2 (1)], 1) → { now: [], postponed: [p1, d2] }
 */
export function splitByQuota<T extends Pick<Digest, 'recipients' | 'hasPostponed'>>(
  digests: readonly T[],
  remaining: number,
): { now: T[]; postponed: T[] } {
  let left = Number.isFinite(remaining) ? Math.max(0, Math.floor(remaining)) : 0;
  const now: T[] = [];
  const postponed: T[] = [];
  let blocked = false;
  for (const digest of digests) {
    if (!blocked && digest.recipients <= left) {
      now.push(digest);
      left -= digest.recipients;
      continue;
    }
    postponed.push(digest);
    if (digest.hasPostponed) blocked = true;
  }
  return { now, postponed };
}
