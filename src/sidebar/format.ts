/**
 * Russian wording for the sidebar: dates, timestamps, shortened texts (plurals and day counts are
 * core/plural's, shared with the e-mails and the CLI).
 * Pure functions (no DOM), so they are unit-tested in Node.
 */
import { formatRu, isIsoDate } from '../core/dates';

/** dateText('2021-06-15') → '15.06.2021'; anything else is returned as is. */
export function dateText(date: string): string {
  return isIsoDate(date) ? formatRu(date) : date;
}

/**
 * timestampText('2021-06-14T20:05:00.000Z', 'Asia/Tomsk') → '15.06.2021, 03:05'.
 * Falls back to the browser's zone when the zone is unknown, and to the raw text when unreadable.
 */
export function timestampText(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  };
  try {
    return new Intl.DateTimeFormat('ru-RU', { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat('ru-RU', options).format(date);
  }
}

/** shorten('Проведение мониторинга …', 20) → 'Проведение монитори…' (whole text kept in a title attribute). */
export function shorten(text: string, max = 90): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** hourText(2) → '02:00'. */
export function hourText(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}
