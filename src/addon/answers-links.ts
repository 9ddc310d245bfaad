import { type DigestAnswerLinks, digestAnswerLinks } from '../core/answers';
import { type Digest, measureIds } from '../core/reminders';
import { makeToken } from './answers-secret';
import type { LoadedRoadmap } from './roadmap-sheet';

/**
 * The answer links of each executor digest, when the script is deployed as a web app
 * (ScriptApp.getService().getUrl() is its URL); otherwise none, and the e-mails are as before.
 * One token per digest: one HMAC per e-mail.
 */
export function answerLinksFor(loaded: LoadedRoadmap): (digest: Digest) => DigestAnswerLinks | undefined {
  const base = ScriptApp.getService().getUrl();
  if (!base) return () => undefined;
  const ids = measureIds(loaded.roadmap.measures);
  const spreadsheetId = loaded.spreadsheet.getId();
  return (digest) => {
    if (digest.kind !== 'executor') return undefined;
    const items = digest.items
      .filter((i) => i.step !== 'unparsed')
      .map((i) => ({ row: i.row, measureId: ids.get(i.row) ?? '' }))
      .filter((i) => i.measureId !== '');
    if (items.length === 0) return undefined;
    return digestAnswerLinks(base, makeToken(spreadsheetId, digest.to, loaded.today), items);
  };
}
