/**
 * A place, a time or a remark next to a date, as school calendars and event plans write them:
 * «12 мая, актовый зал», «6 мая, Сясьстрой, гражданское кладбище, ул. Петрозаводская»,
 * «2 мая 2024 в 14:45 коворкинг центр «Атмосфера»», «01 сентября 08:30 - 12:30»,
 * «8 мая 2024, Памятник-мемориал». Read last, after every date: what follows a time of day
 * (normalize.ts marks it «@»), and a part after a comma or in brackets that names a place
 * (PLACE_WORDS), is a note — it adds nothing to the deadline and is not "text left over".
 * Other remarks («(предварительно)») stay left over and warn, as before.
 */
import { type Family, type Item, item } from '../item';
import { DASH, PLACE_WORDS } from '../vocabulary';
import { pattern } from './common';

const PLACE = new RegExp(`(?<![\\p{L}])(?:${PLACE_WORDS})`, 'u');

export const placeNotes: Family = {
  name: 'place-notes',
  hint: /[@,;(]/,
  pattern: pattern(
    `(?:(?<![\\p{L}])в\\s+)?@(?:\\s*${DASH}\\s*@)?(?:[^,;()]*)` + // after a time of day
      '|[,;]\\s*([^;]*\\p{L}[^;]*)$' + // a comma to the cell's end
      '|\\(([^()]*)\\)', // brackets
  ),
  read(match): Item | null {
    const [whole, afterComma, inBrackets] = match;
    if (afterComma === undefined && inBrackets === undefined && whole.includes('@')) return item('note', null, null);
    const text = afterComma ?? inBrackets ?? '';
    return PLACE.test(text) ? item('note', null, null) : null;
  },
};
