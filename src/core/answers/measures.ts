import { canonicalAddress } from '../directory/addresses';
import { executorsOf } from '../directory/check';
import { matchExecutors } from '../directory/match';
import type { Directory } from '../directory/read';
import type { Measure } from '../model';

/**
 * The measures whose executors the directory sends to `recipient` (the same matching as the
 * reminders), in table order. A link answers only for these: never another executor's measure.
 * measuresOf(roadmap.measures, directory, 'wg@example.org') → [measure 2.2, …]
 */
export function measuresOf(
  measures: readonly Measure[],
  directory: Pick<Directory, 'entries'>,
  recipient: string,
): Measure[] {
  const address = canonicalAddress(recipient);
  const entries = directory.entries.filter((e) => e.emails.some((m) => canonicalAddress(m) === address));
  if (entries.length === 0) return [];
  return measures.filter((m) => matchExecutors(executorsOf(m), entries).matched.length > 0);
}
