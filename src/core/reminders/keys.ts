import type { IsoDate } from '../dates';
import type { Measure } from '../model';

/**
 * Exactly-once keys: `${measureId}|${recipient}|${stepName}|${period}`.
 *
 * measureId is the measure's number, '~', then its identity («2.1~k3x9za»). The number is kept for
 * people reading the log; the log is matched on the identity alone (sameKey), so renumbering a
 * plan (1.1–1.7 become 1.2–1.8 after an inserted measure) or moving rows changes nothing. The
 * identity is a hash of the title with case, «ё», punctuation and spacing left out, so tidying a
 * title's commas or quotes keeps it; a measure whose normalised title another measure already has
 * (in table order) gets a hash of its executors and deadline text added («k3x9za.1mq0c»), then
 * «#2», «#3» if that is the same too. A title reworded (other words) is a new measure: its
 * reminder may be repeated once — the lesser evil next to a lost one.
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

/** The 32-bit FNV-1a hash of a text, in base 36. */
function fnv(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** hashText('Разработка модели') → a short base-36 FNV-1a hash of the text, case, «ё» and spacing left out. */
export function hashText(text: string): string {
  return fnv(text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim());
}

/**
 * What identifies a text whatever its punctuation: lower case, «ё» as «е», every run of
 * characters that are not letters or digits one space.
 * normalisedText('«Разработка» модели, (проекта).') → 'разработка модели проекта'
 */
export function normalisedText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** '1.1.' → '1.1'; separators of the key and whitespace removed. */
function numberPart(number: string): string {
  return number
    .replace(/\s+/g, '')
    .replace(/[|,~@#]/g, '.')
    .replace(/\.+$/, '');
}

type IdentifiedMeasure = Pick<Measure, 'row' | 'number' | 'title'> &
  Partial<Pick<Measure, 'executorsText' | 'deadlineText'>>;

export interface MeasureId {
  /** Written into new keys: «2.1~k3x9za». */
  id: string;
  /**
   * The measure ids to look for in the log: the identity (sameKey form, number left out), then
   * the id keys were written with before identities ignored punctuation and numbers, number
   * included (so the first run of this version repeats nothing and takes nobody else's sends).
   */
  aliases: string[];
}

/**
 * Stable ids of a table's measures, by row (see reminderKey).
 * measureIds([{ row: 17, number: '1.1.', title: 'Разработка…' }]) → Map { 17 → { id: '1.1~…', aliases: ['~…', '~…'] } }
 */
export function measureIds(measures: readonly IdentifiedMeasure[]): Map<number, MeasureId> {
  const ids = new Map<number, MeasureId>();
  const used = new Set<string>();
  const legacyUsed = new Set<string>();
  for (const m of measures) {
    const title = fnv(normalisedText(m.title));
    let identity = title;
    if (used.has(identity))
      identity = `${title}.${fnv(normalisedText(`${m.executorsText ?? ''}|${m.deadlineText ?? ''}`))}`;
    for (let n = 2; used.has(identity); n++) identity = `${identity.replace(/#\d+$/, '')}#${n}`;
    used.add(identity);
    // Before: number, '~', hashText(title), '@row' on a repeated id.
    let legacy = `${numberPart(m.number)}~${hashText(m.title)}`;
    if (legacyUsed.has(legacy)) legacy = `${legacy}@${m.row}`;
    legacyUsed.add(legacy);
    ids.set(m.row, { id: `${numberPart(m.number)}~${identity}`, aliases: [`~${identity}`, legacy] });
  }
  return ids;
}

/** '2.1~k3x9za' → '~k3x9za': the measure id without its number. */
export function identityOf(measureId: string): string {
  const at = measureId.indexOf('~');
  return at < 0 ? measureId : measureId.slice(at);
}

/**
 * The form keys are compared in: the measure's number left out.
 * sameKey('2.1~k3x9za|a@x.ru|before-3|2021-05-31') → '~k3x9za|a@x.ru|before-3|2021-05-31'
 */
export function sameKey(key: string): string {
  const bar = key.indexOf('|');
  return bar < 0 ? key : identityOf(key.slice(0, bar)) + key.slice(bar);
}

/** The period part of a key: the due date, or a hash of the deadline text when there is none. */
export function periodOf(due: IsoDate | null, deadlineText: string): string {
  return due ?? `t${hashText(deadlineText)}`;
}

/**
 * A measure's id without its number, by row: what links and answers name a measure by, so that
 * renumbering the plan keeps every link and request pointing at the same measure.
 */
export function stableMeasureIds(measures: readonly IdentifiedMeasure[]): Map<number, string> {
  const stable = new Map<number, string>();
  for (const [row, { id }] of measureIds(measures)) stable.set(row, identityOf(id));
  return stable;
}
