import { addDays, type IsoDate } from '../dates';
import { sameKey } from './keys';
import { utf8Bytes } from './parts';
import type { LogEntry } from './types';

/**
 * The keys of recent sends, kept outside the log sheet (document properties) so that a person
 * tidying «Журнал напоминаний» — deleting rows, a column, retyping a result — cannot make the
 * add-in send a reminder again within the cadence window. Compact: one record holds the day,
 * then one line per recipient, step and period with the identities of its measures
 * (sameKey form, numbers left out):
 *
 *   2021-06-15
 *   wg@example.org|before-3|2021-06-18	~k3x9za ~1mq0c
 *
 * packRecent('2021-06-15', keys, 7000) → the records, each at most 7000 UTF-8 bytes.
 */
export function packRecent(day: IsoDate, keys: readonly string[], maxBytes: number): string[] {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const same = sameKey(key);
    const bar = same.indexOf('|');
    if (bar <= 0) continue;
    const group = same.slice(bar + 1);
    const ids = groups.get(group) ?? [];
    if (!ids.includes(same.slice(0, bar))) ids.push(same.slice(0, bar));
    groups.set(group, ids);
  }
  const records: string[] = [];
  let record = day;
  let size = utf8Bytes(day);
  for (const [group, ids] of groups) {
    let line = '';
    for (const id of ids) {
      let piece = line === '' ? `\n${group}\t${id}` : ` ${id}`;
      if (size + utf8Bytes(piece) > maxBytes && record + line !== day) {
        records.push(record + line);
        record = day;
        size = utf8Bytes(day);
        line = '';
        piece = `\n${group}\t${id}`;
      }
      line += piece;
      size += utf8Bytes(piece);
    }
    record += line;
  }
  if (record !== day) records.push(record);
  return records;
}

/** A record of packRecent as the log entry of those sends (result 'sent', the day as `at`); null if unreadable. */
export function unpackRecent(record: string): LogEntry | null {
  const [day, ...lines] = record.split('\n');
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const keys: string[] = [];
  for (const line of lines) {
    const [group, ids] = line.split('\t');
    if (!group || !ids) continue;
    for (const id of ids.split(' ')) if (id !== '') keys.push(`${id}|${group}`);
  }
  return { at: day, how: 'nightly', recipient: '', cc: [], measures: '', keys, steps: [], result: 'sent' };
}

export interface StoredRecord {
  name: string;
  day: IsoDate;
  bytes: number;
}

/**
 * Which records to forget: those older than `windowDays` before today, then the oldest
 * (by day, then name) until the rest take at most `maxBytes`.
 * recentToForget(records, '2021-06-15', 8, 200 * 1024) → ['roadmap.recentSends.2021-06-06.…']
 */
export function recentToForget(
  records: readonly StoredRecord[],
  today: IsoDate,
  windowDays: number,
  maxBytes: number,
): string[] {
  const oldest = addDays(today, -windowDays);
  const forget = new Set(records.filter((r) => r.day < oldest).map((r) => r.name));
  const kept = records
    .filter((r) => !forget.has(r.name))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let total = kept.reduce((sum, r) => sum + r.bytes, 0);
  for (const r of kept) {
    if (total <= maxBytes) break;
    forget.add(r.name);
    total -= r.bytes;
  }
  return [...forget];
}
