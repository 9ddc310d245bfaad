/**
 * The words Russian deadline cells are made of, and the regex pieces built
 * from them. Every alternation is joined longest-first so «марта» wins over
 * «мар», and every boundary is Unicode-aware (`\b` does not see Cyrillic).
 *
 * Texts reach these patterns already normalised (lower case, «ё» → «е»,
 * dashes → «-», see normalize.ts).
 */

/** Left boundary: not preceded by a letter or digit. */
export const B = '(?<![\\p{L}\\p{N}])';
/** Right boundary: not followed by a letter or digit. */
export const E = '(?![\\p{L}\\p{N}])';

/** Joins alternatives longest-first, escaping regex metacharacters. */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

const MONTH_FORMS: ReadonlyArray<readonly string[]> = [
  ['январь', 'января', 'январе', 'январю', 'январем', 'янв'],
  ['февраль', 'февраля', 'феврале', 'февралю', 'февралем', 'фев', 'февр'],
  ['март', 'марта', 'марте', 'марту', 'мартом', 'мар'],
  ['апрель', 'апреля', 'апреле', 'апрелю', 'апрелем', 'апр'],
  ['май', 'мая', 'мае', 'маю', 'маем'],
  ['июнь', 'июня', 'июне', 'июню', 'июнем', 'июн'],
  ['июль', 'июля', 'июле', 'июлю', 'июлем', 'июл'],
  ['август', 'августа', 'августе', 'августу', 'августом', 'авг'],
  ['сентябрь', 'сентября', 'сентябре', 'сентябрю', 'сентябрем', 'сен', 'сент'],
  ['октябрь', 'октября', 'октябре', 'октябрю', 'октябрем', 'окт'],
  ['ноябрь', 'ноября', 'ноябре', 'ноябрю', 'ноябрем', 'ноя', 'нояб'],
  ['декабрь', 'декабря', 'декабре', 'декабрю', 'декабрем', 'дек'],
];

/** «марта» → 3, «сент» → 9. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_FORMS.flatMap((forms, index) => forms.map((form) => [form, index + 1] as const)),
);

/** The genitive names, for messages: MONTH_GENITIVE[6] = 'июня' («31 июня»). */
export const MONTH_GENITIVE: readonly string[] = ['', ...MONTH_FORMS.map((forms) => forms[1] ?? '')];

/** The nominative names, for messages and typo suggestions: MONTH_NAMES[3] = 'март'. */
export const MONTH_NAMES: readonly string[] = ['', ...MONTH_FORMS.map((forms) => forms[0] ?? '')];

/** A cheap pre-test: could the text hold a month word at all? */
export const MONTH_HINT = /янв|фев|мар|апр|ма[йяею]|июн|июл|авг|сен|окт|ноя|дек/;

/** monthNumber('сент.') → 9; monthNumber('марта') → 3; not a month → undefined. */
export function monthNumber(word: string | undefined): number | undefined {
  return MONTHS.get((word ?? '').replace(/\.$/u, ''));
}

/** One month word, abbreviation dot included: «сент.», «марта». */
export const MONTH = `${B}(?:${alternation(MONTHS.keys())})${E}\\.?`;

/** A four-digit year 1900–2099. */
export const YEAR = `${B}(?:19|20)\\d{2}${E}`;

/**
 * Separators, typed here only: a family takes its set from below (every dash is already «-», see
 * normalize.ts). A range «февраль - март», «с 1 по 15 мая», «с 1 до 15 мая»; a list «январь,
 * апрель», «I и II», «2021/2022».
 */
export const DASH = '-';
/** The words that join the ends of a range: «по», «до». */
const RANGE_WORDS: ReadonlySet<string> = new Set(['по', 'до']);

/** Range dashes and words after normalisation: «-», «по», «до» (inside a range). */
export const RANGE = '(?:-|по|до)';

/** Between the months of a run: a range, «,», «;», «/», «и» («январь, апрель», «с января по март»). */
export const MONTH_SEPARATOR = '(?:-|по|до|,|;|/|и)';

/** Between the days of a run: a range, «,», «и» («1-15 мая», «с 1 по 15 мая», «10, 20 июня»). */
export const DAY_SEPARATOR = '(?:-|по|до|,|и)';

/** Between quarters, halves or years: «-», «по», «,», «и», «/» («I - II кв.», «2021, 2022»). */
export const PERIOD_SEPARATOR = '(?:-|по|,|и|/)';

/** Between the two years of a school year: «2021-2022», «2021/22». */
export const SCHOOL_YEAR_SEPARATOR = '(?:-|/)';

/** A day or a month of a run of dates, with what is written after it. */
export interface RunItem {
  day?: number;
  month?: number;
  year?: string;
  /** A range mark (a dash, «по», «до») follows: this item starts a range. */
  rangeAfter: boolean;
}

const RUN_TOKEN = new RegExp(`(\\d+)(?:-?(?:го|е|ое))?|(\\p{L}+)|(${DASH})`, 'gu');

/**
 * A run of listed or ranged dates as written, for the families that read them (textual-dates,
 * months): an item starts at each day (`head` 'day') or each month ('month') and takes the month,
 * the year and the range mark written after it; list marks («,», «и») and other words («с») are
 * passed over. runItems('с 1 по 15 мая 2021', 'day') → [{ day: 1, rangeAfter: true },
 * { day: 15, month: 5, year: '2021', rangeAfter: false }].
 */
export function runItems(run: string, head: 'day' | 'month'): RunItem[] {
  const items: RunItem[] = [];
  for (const [, number, word = '', dash] of run.matchAll(RUN_TOKEN)) {
    const last = items[items.length - 1];
    const month = MONTHS.get(word);
    if (number !== undefined && head === 'day' && !(last && number.length === 4))
      items.push({ day: Number(number), rangeAfter: false });
    else if (month !== undefined && head === 'month') items.push({ month, rangeAfter: false });
    else if (!last) continue;
    else if (number !== undefined) last.year = number;
    else if (month !== undefined) last.month = month;
    else if (dash !== undefined || RANGE_WORDS.has(word)) last.rangeAfter = true;
  }
  return items;
}

const ORDINALS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['i', '1', 'первый', 'первого', 'первом', 'первое', 'первая', 'первой', 'первому']],
  [2, ['ii', '2', 'второй', 'второго', 'втором', 'второе', 'вторая', 'второму']],
  [3, ['iii', '3', 'третий', 'третьего', 'третьем', 'третье', 'третья', 'третьему']],
  [4, ['iv', '4', 'четвертый', 'четвертого', 'четвертом', 'четвертое', 'четвертая', 'четвертому']],
];

/** «iii» → 3, «второе» → 2, «4» → 4 (suffixes «-й», «-го» are stripped by ordinalValue). */
export const ORDINAL_VALUES: ReadonlyMap<string, number> = new Map(
  ORDINALS.flatMap(([value, words]) => words.map((w) => [w, value] as const)),
);

/**
 * A quarter or half number: Roman, Arabic with an optional suffix («2-й», «1-го», «3-ем»), or a
 * word. Only digits may not follow, so «1кв.» reads too.
 */
export const ORDINAL = `${B}(?:${alternation(ORDINAL_VALUES.keys())})(?:-?(?:ый|ой|ий|й|го|ого|его|м|ом|ем|е|ое|ая)${E})?(?!\\p{N})`;

/** ordinalValue('2-й') → 2; ordinalValue('iv') → 4; unknown → null. */
export function ordinalValue(word: string): number | null {
  const bare = word.replace(/-?(?:ый|ой|ий|й|го|ого|его|м|ом|ем|е|ое|ая)$/u, '');
  return ORDINAL_VALUES.get(bare) ?? ORDINAL_VALUES.get(word) ?? null;
}

/**
 * Words that may follow a phrase without a date («по положению о конкурсе», «определяется
 * приказом министерства»), never a date word: at most five, short ones («о») included.
 */
export const NO_DATE_TAIL = `(?:\\s+(?!${MONTH})(?!квартал|кв\\.|полугод|еже|раз|течени|постоян|учебн|числ)\\p{L}+(?:-\\p{L}+)?\\.?){0,5}`;

/**
 * Words of a place next to a date («12 мая, актовый зал школы №3», «… в 14:45 коворкинг центр»):
 * rooms, buildings, institutions, streets, settlements. Stems, matched at a word's start.
 */
export const PLACE_WORDS =
  '(?:зал|кабинет|аудитори|школ|лице|гимнази|колледж|техникум|детск|библиотек|музе|стадион|площад|центр|актов|спортзал|спортивн|территори|улиц|проспект|памятник|мемориал|обелиск|кладбищ|парк|сквер|клуб|коворкинг|кинотеатр|театр|филармони|поселк|село|деревн|онлайн|дистанционн|платформ|сферум)\\p{L}*' +
  '|(?:сош|оош|нош|мбоу|мкоу|маоу|моу|гбоу|мобу|дк|дом|zoom)(?![\\p{L}])' +
  '|(?:каб|ул|пр|г|гор|с|д|дер|пос|аг)\\.';

/** Words that carry no date by themselves and may surround one. */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'в',
  'во',
  'до',
  'не',
  'позднее',
  'позже',
  'к',
  'ко',
  'по',
  'с',
  'со',
  'на',
  'и',
  'а',
  'также',
  'срок',
  'сроки',
  'течение',
  'года',
  'год',
  'годы',
  'годов',
  'году',
  'г',
  'гг',
  'числа',
  'число',
  'включительно',
  'начиная',
  'конца',
  'концу',
  'конец',
  'окончания',
  'период',
  'периоде',
  'ч',
  'час',
  'часов',
  'за',
  'от',
  'ранее',
  'чем',
  'или',
  'либо',
  'срока',
  'время',
  'всего',
  'весь',
  'всей',
  'течении',
  'т',
  'е',
  'т.е',
  'тч',
  'том',
  'числе',
  'исполнения',
  'дата',
  'дату',
  'итогам',
  'итогов',
  'далее',
  'затем',
  'дальнейшем',
  'предварительным',
  'конце',
  'окончании',
  'окончанию',
  'текущего',
  'текущий',
  'текущем',
  'финансового',
  'календарного',
  'отчетного',
  'реализации',
  'проведения',
  'ежегодной',
  'основе',
  'но',
]);

/** The vocabulary a typo is compared with: month names and key words. */
export const KEY_WORDS: readonly string[] = [
  ...MONTH_FORMS.flatMap((forms) => forms.filter((f) => f.length >= 4)),
  'квартал',
  'квартала',
  'квартале',
  'кварталы',
  'полугодие',
  'полугодия',
  'полугодии',
  'четверть',
  'четверти',
  'триместр',
  'триместра',
  'ежемесячно',
  'ежеквартально',
  'ежегодно',
  'еженедельно',
  'постоянно',
  'течение',
  'учебного',
  'учебный',
];
