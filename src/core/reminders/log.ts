import type { IsoDate } from '../dates';
import { type CellValue, isCellDate } from '../model';
import { identityOf, parseKey, sameKey } from './keys';
import { type Digest, type LogEntry, STEP_LABELS, type StepKind } from './types';

/** The add-in's log sheet. Write it with the plain-text number format (@): «1.1, 2.3» is not a date. */
export const LOG_SHEET_NAME = 'Журнал напоминаний';
export const LOG_HEADER: readonly string[] = [
  'Время',
  'Как',
  'Получатель',
  'Копия',
  'Мероприятия',
  'Шаг',
  'Результат',
  'Ключи',
];

const HOW_LABELS: Readonly<Record<LogEntry['how'], string>> = { manual: 'вручную', nightly: 'ночная проверка' };
const POSTPONED_TEXT = 'отложено: лимит писем';
/** «Мероприятия» of a row that carries on the previous one's keys (one cell holds 50 000 characters). */
export const LOG_CONTINUED = '(продолжение предыдущей строки)';

/**
 * logToRow({ at: '2021-06-15T02:10:00', how: 'nightly', recipient: 'a@x.ru', result: 'sent', … })
 *   → ['2021-06-15T02:10:00', 'ночная проверка', 'a@x.ru', '', '1.1, 2.3', 'просрочено', 'отправлено', '<keys, one a line>']
 */
export function logToRow(entry: LogEntry): CellValue[] {
  const result =
    entry.result === 'sent'
      ? 'отправлено'
      : entry.result === 'postponed'
        ? POSTPONED_TEXT
        : `ошибка: ${(entry.message ?? '').replace(/\s+/g, ' ').trim()}`;
  return [
    entry.at,
    HOW_LABELS[entry.how],
    entry.recipient,
    entry.cc.join(', '),
    entry.measures,
    entry.steps.map((s) => STEP_LABELS[s]).join(', '),
    result,
    entry.keys.join('\n'),
  ];
}

function text(value: CellValue | undefined): string {
  if (value === undefined) return '';
  if (isCellDate(value)) return value.date;
  return String(value).trim();
}

/** Case, «ё» and spacing do not count: «Отправлено », «ОТПРАВЛЕНО» read as «отправлено». */
const loose = (value: string) => value.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/**
 * Where each of LOG_HEADER's columns is in a log whose header row is `header` (-1: the column
 * was deleted); null when `header` is not the log's header row. A person may delete or move
 * columns of the log: its rows are still read by the names of their columns.
 * logColumns(['Время', 'Как', 'Получатель', 'Мероприятия', 'Шаг', 'Результат']) → [0, 1, 2, -1, 3, 4, 5, -1]
 */
export function logColumns(header: readonly CellValue[]): number[] | null {
  const names = header.map((cell) => loose(text(cell)));
  const columns = LOG_HEADER.map((name) => names.indexOf(loose(name)));
  return columns[LOG_HEADER.indexOf('Результат')] === -1 ? null : columns;
}

const POSITIONS = LOG_HEADER.map((_, i) => i);

/**
 * The entry a log row holds; null for the header, a blank row or a row whose result is not
 * one of ours. The result is read case- and space-insensitively. `columns`: logColumns of the
 * sheet's header (default: LOG_HEADER's order). rowFromLog(logToRow(entry)) deep-equals entry.
 */
export function rowFromLog(row: readonly CellValue[], columns: readonly number[] = POSITIONS): LogEntry | null {
  const [at, how, recipient, cc, measures, steps, result, keys] = columns.map((c) =>
    c < 0 ? '' : text(row[c]),
  ) as string[];
  const resultText = loose(result ?? '');
  let parsed: Pick<LogEntry, 'result' | 'message'>;
  if (resultText === 'отправлено') parsed = { result: 'sent' };
  else if (resultText.startsWith('отложено')) parsed = { result: 'postponed' };
  else if (resultText.startsWith('ошибка'))
    parsed = { result: 'error', message: (result ?? '').replace(/^\s*ошибка:?\s*/i, '') };
  else return null;
  const kindByLabel = new Map((Object.keys(STEP_LABELS) as StepKind[]).map((k) => [STEP_LABELS[k], k]));
  const stepKinds = (steps ?? '')
    .split(/\s*,\s*/)
    .map((label) => kindByLabel.get(loose(label)))
    .filter((k): k is StepKind => k !== undefined);
  return {
    at: at ?? '',
    how: loose(how ?? '') === HOW_LABELS.nightly ? 'nightly' : 'manual',
    recipient: recipient ?? '',
    cc: (cc ?? '').split(/[,;\s]+/).filter((a) => a !== ''),
    measures: measures ?? '',
    keys: (keys ?? '').split(/\s+/).filter((k) => k !== ''),
    steps: stepKinds,
    ...parsed,
  };
}

/**
 * readLog(values of «Журнал напоминаний», header first) → the entries, in sheet order. The
 * columns are found by the header's names when the first row is the log's header.
 */
export function readLog(values: readonly (readonly CellValue[])[]): LogEntry[] {
  const columns = (values[0] && logColumns(values[0])) ?? POSITIONS;
  const entries: LogEntry[] = [];
  for (const row of values) {
    const entry = rowFromLog(row, columns);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** The measures of a digest as people know them: «1.2», or «стр. 17» without a number. */
export function measureLabels(digest: Pick<Digest, 'items'>): string[] {
  return digest.items.map((i) => i.number || `стр. ${i.row}`);
}

/**
 * The log entry for a digest's attempt.
 * logEntryForDigest(digest, { at: '2021-06-15T02:10:00', how: 'nightly', result: 'sent' })
 */
export function logEntryForDigest(
  digest: Digest,
  attempt: { at: string; how: LogEntry['how']; result: LogEntry['result']; message?: string },
): LogEntry {
  const steps = [...new Set(digest.items.map((i) => i.step))];
  const entry: LogEntry = {
    at: attempt.at,
    how: attempt.how,
    recipient: digest.to,
    cc: [...digest.cc],
    measures: measureLabels(digest).join(', '),
    keys: digest.items.map((i) => i.key),
    steps,
    result: attempt.result,
  };
  if (attempt.message !== undefined) entry.message = attempt.message;
  return entry;
}

/** What was sent for one measure, recipient and period. */
export interface StepHistory {
  /** Day counts of the before-due steps sent. */
  before: Set<number>;
  /** Highest ordinals sent: overdue-2 → 2. */
  overdue: number;
  escalation: number;
  /** The day of the last overdue or escalation reminder sent (null: none, or no readable day). */
  lastOverdueDay: IsoDate | null;
  unparsed: boolean;
}

/** The log, indexed once: 10,000 rows are a few Map look-ups per measure afterwards. */
export interface LogIndex {
  /** Keys sent, each both as written and in sameKey form (the measure's number left out). */
  sent: Set<string>;
  /** Keys postponed by the quota and not sent since, in sameKey form. */
  postponed: Set<string>;
  /** Recipients whose last attempt in the log was postponed (no e-mail reached them since). */
  postponedRecipients: Set<string>;
  /**
   * When each of them was first postponed and is still waiting: postponed keys and postponed
   * recipients (addresses, which never contain '|') → the `at` of their oldest postponement.
   */
  postponedSince: Map<string, string>;
  /** By historyKey, each under the measure id as written and under its identity (identityOf). */
  history: Map<string, StepHistory>;
}

/** The history key: one measure, recipient and period. */
export const historyKey = (measureId: string, recipient: string, period: string) =>
  `${measureId}|${recipient}|${period}`;

const DAY = /^(\d{4}-\d{2}-\d{2})/;

/**
 * indexLog(readLog(values)) — only 'sent' results count as sent; errors are retried.
 * The log is read in sheet order (appended, so oldest first); a recipient's wait ends with the
 * next e-mail sent to them, a key's when it is sent.
 */
export function indexLog(log: readonly LogEntry[]): LogIndex {
  const sent = new Set<string>();
  const postponedKeys = new Set<string>();
  const history = new Map<string, StepHistory>();
  /** Key or recipient → the `at` of its oldest postponement still waiting. */
  const since = new Map<string, string>();
  const waitSince = (id: string, at: string) => {
    const known = since.get(id);
    if (known === undefined || at < known) since.set(id, at);
  };
  const historyOf = (hk: string): StepHistory => {
    let h = history.get(hk);
    if (!h) {
      h = emptyHistory();
      history.set(hk, h);
    }
    return h;
  };
  for (const entry of log) {
    if (entry.result === 'postponed') {
      for (const written of entry.keys) {
        const key = sameKey(written);
        postponedKeys.add(key);
        waitSince(key, entry.at);
      }
      waitSince(entry.recipient, entry.at);
      continue;
    }
    if (entry.result !== 'sent') continue;
    since.delete(entry.recipient);
    const day = DAY.exec(entry.at)?.[1] ?? null;
    for (const key of entry.keys) {
      sent.add(key);
      sent.add(sameKey(key));
      const parsed = parseKey(key);
      if (!parsed) continue;
      const step = /^(before|overdue|escalation)-(\d+)$/.exec(parsed.stepName);
      const ids = new Set([parsed.measureId, identityOf(parsed.measureId)]);
      for (const id of ids) {
        const h = historyOf(historyKey(id, parsed.recipient, parsed.period));
        if (parsed.stepName === 'unparsed') h.unparsed = true;
        if (!step) continue;
        const n = Number(step[2]);
        if (step[1] === 'before') h.before.add(n);
        else {
          if (step[1] === 'overdue') h.overdue = Math.max(h.overdue, n);
          else h.escalation = Math.max(h.escalation, n);
          if (day !== null && (h.lastOverdueDay === null || day > h.lastOverdueDay)) h.lastOverdueDay = day;
        }
      }
    }
  }
  const postponed = new Set([...postponedKeys].filter((k) => !sent.has(k)));
  for (const key of postponedKeys) if (sent.has(key)) since.delete(key);
  const postponedRecipients = new Set([...since.keys()].filter((id) => !id.includes('|')));
  return { sent, postponed, postponedRecipients, postponedSince: since, history };
}

export function emptyHistory(): StepHistory {
  return { before: new Set(), overdue: 0, escalation: 0, lastOverdueDay: null, unparsed: false };
}

/** One history from several (a measure's identity and its id as written before): everything sent in any. */
export function mergeHistories(histories: readonly (StepHistory | undefined)[]): StepHistory {
  const found = histories.filter((h): h is StepHistory => h !== undefined);
  if (found.length === 1) return found[0] as StepHistory;
  const merged = emptyHistory();
  for (const h of found) {
    for (const n of h.before) merged.before.add(n);
    merged.overdue = Math.max(merged.overdue, h.overdue);
    merged.escalation = Math.max(merged.escalation, h.escalation);
    if (h.lastOverdueDay !== null && (merged.lastOverdueDay === null || h.lastOverdueDay > merged.lastOverdueDay))
      merged.lastOverdueDay = h.lastOverdueDay;
    merged.unparsed ||= h.unparsed;
  }
  return merged;
}
