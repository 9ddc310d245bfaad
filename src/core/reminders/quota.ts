import type { Digest } from './types';

/**
 * The digests MailApp's remaining daily quota allows now, in plan order; the rest are postponed
 * (log them as «отложено: лимит писем»: the next plan puts them first). Quota counts recipients
 * (to + cc) per message; a digest that does not fit is passed over for a smaller one after it.
 *
 * splitByQuota([d1 (2 recipients), d2 (1), d3 (1)], 3) → { now: [d1, d2], postponed: [d3] }
 */
export function splitByQuota<T extends Pick<Digest, 'recipients'>>(
  digests: readonly T[],
  remaining: number,
): { now: T[]; postponed: T[] } {
  let left = Number.isFinite(remaining) ? Math.max(0, Math.floor(remaining)) : 0;
  const now: T[] = [];
  const postponed: T[] = [];
  for (const digest of digests) {
    if (digest.recipients <= left) {
      now.push(digest);
      left -= digest.recipients;
    } else postponed.push(digest);
  }
  return { now, postponed };
}
