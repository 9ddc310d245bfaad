import type { IsoDate } from '../dates';
import type { Measure } from '../model';

/**
 * Exactly-once keys: `${measureId}|${recipient}|${stepName}|${period}`.
 *
 * measureId is the measure's number plus a hash of its title («2.1~k3x9za»), not its row: people
 * insert rows above a measure, which moves it, and the log must still recognise it. Without a number
 * it is the title hash alone (`~k3x9za`); two measures with the same id in one table get `@<row>` added
 * to the later one. Editing a title changes its id, so a reminder may be repeated once after
 * a rename — the lesser evil next to a lost or duplicated one after an inserted row.
 * period is the due date in force (a recurring measure's current period, or Новый срок), so
 * each period and each rescheduled date gets its own steps; an unparsed deadline uses a hash
 * of its text instead (`t<hash>`).
 *
 * reminderKey('2.1~k3x9za', 'a@x.ru', 'before-3', '2021-05-31') → '2.1~k3x9za|a@x.ru|before-3|2021-05-31'
 */
export function reminderKey(measureId: string, recipient: string, stepName: string, period: string): string {
  return `${measureId}|${recipient}|${stepName}|${period}`;
}

export interface ParsedKey {
  measureId: string;
  recipient: string;
  stepName: string;
  period: string;
}

/** parseKey('2.1~k3x9za|a@x.ru|before-3|2021-05-31') → { measureId: '2.1~k3x9za', … }; null when malformed. */
export function parseKey(key: string): ParsedKey | null {
  const parts = key.split('|');
  if (parts.length !== 4 || parts.some((p) => p === '')) return null;
  const [measureId, recipient, stepName, period] = parts as [string, string, string, string];
  return { measureId, recipient, stepName, period };
}

/** hashText('Разработка модели') → a short base-36 FNV-1a hash of the normalised text. */
export function hashText(text: string): string {
  const normalized = text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < normalized.length; i++) {
    hash ^= normalized.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** '1.1.' → '1.1'; separators of the key and whitespace removed. */
function numberPart(number: string): string {
  return number
    .replace(/\s+/g, '')
    .replace(/[|,~@]/g, '.')
    .replace(/\.+$/, '');
}

/**
 * Stable ids of a table's measures, by row.
 * measureIds([{ row: 17, number: '1.1.', title: 'Разработка…' }]) → Map { 17 → '1.1~…' }
 */
export function measureIds(measures: readonly Pick<Measure, 'row' | 'number' | 'title'>[]): Map<number, string> {
  const ids = new Map<number, string>();
  const used = new Set<string>();
  for (const m of measures) {
    let id = `${numberPart(m.number)}~${hashText(m.title)}`;
    if (used.has(id)) id = `${id}@${m.row}`;
    used.add(id);
    ids.set(m.row, id);
  }
  return ids;
}

/** The period part of a key: the due date, or a hash of the deadline text when there is none. */
export function periodOf(due: IsoDate | null, deadlineText: string): string {
  return due ?? `t${hashText(deadlineText)}`;
}
