/**
 * The plan's approval date from the title rows, when they state one: the date on a line about
 * approval («Протокол №1 от «22» марта 2021г.», «Утверждено приказом от 15.01.2021 № 12») or on a
 * line that is only a date under «Утверждаю» («22» 03 2021г.). Several → the latest (the last
 * signature). Due dates before it are doubtful (see ../doubt.ts).
 *
 * approvalDate('Рассмотрено\nПротокол №1 от «22» марта 2021г.') → '2021-03-22'
 */
import { type IsoDate, makeDate } from '../dates';
import { MONTHS } from '../deadline/vocabulary';

const APPROVAL = /протокол|приказ|распоряжен|постановлен|утвержд|решени/iu;
const NUMERIC = /(?<!\d)(\d{1,2})\s*»?\s*[.\s/]\s*(\d{1,2})\s*[.\s/]\s*((?:19|20)\d{2})(?!\d)/gu;
const WORDS = /(?<!\d)(\d{1,2})\s*»?\s+(\p{L}+)\s+((?:19|20)\d{2})(?!\d)/gu;
/** A line that holds a date and little else: «22» 03 2021г., 22.03.2021 г. */
const DATE_ONLY = /^[\s«»"№\d.:/-]*(?:\p{L}+\s+)?[\s«»"\d.]*(?:19|20)\d{2}\s*(?:г\.?|года)?\s*$/iu;

export function approvalDate(title: string): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const raw of title.split('\n')) {
    const line = raw.replace(/[«»"]/g, ' ').trim();
    if (!APPROVAL.test(line) && !DATE_ONLY.test(raw.trim())) continue;
    for (const date of datesIn(line)) if (latest === null || date > latest) latest = date;
  }
  return latest;
}

function datesIn(line: string): IsoDate[] {
  const found: IsoDate[] = [];
  for (const m of line.matchAll(NUMERIC)) {
    const date = makeDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (date) found.push(date);
  }
  for (const m of line.toLowerCase().replace(/ё/g, 'е').matchAll(WORDS)) {
    const month = MONTHS.get((m[2] ?? '').replace(/\.$/u, ''));
    const date = month === undefined ? null : makeDate(Number(m[3]), month, Number(m[1]));
    if (date) found.push(date);
  }
  return found;
}
