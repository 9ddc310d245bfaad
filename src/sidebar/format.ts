/**
 * Russian wording for the sidebar: dates, timestamps, day counts, plurals.
 * Pure functions (no DOM), so they are unit-tested in Node.
 */
import { formatRu, isIsoDate } from '../core/dates';

/** plural(3, ['день', 'дня', 'дней']) → 'дня'. */
export function plural(n: number, forms: readonly [string, string, string]): string {
  const abs = Math.abs(n) % 100;
  const last = abs % 10;
  if (abs > 10 && abs < 20) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

const DAYS = ['день', 'дня', 'дней'] as const;

/** daysText(-3) → 'просрочено на 3 дня'; daysText(0) → 'срок сегодня'; daysText(2) → 'через 2 дня'. */
export function daysText(daysLeft: number): string {
  if (daysLeft < 0) return `просрочено на ${-daysLeft} ${plural(-daysLeft, DAYS)}`;
  if (daysLeft === 0) return 'срок сегодня';
  if (daysLeft === 1) return 'срок завтра';
  return `через ${daysLeft} ${plural(daysLeft, DAYS)}`;
}

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

/** countText(4, ['письмо', 'письма', 'писем']) → '4 письма'. */
export function countText(n: number, forms: readonly [string, string, string]): string {
  return `${n} ${plural(n, forms)}`;
}
