/**
 * What a header cell names, by meaning rather than by a list of titles: every word of the cell is
 * matched against word stems (any case and word form, Word's hyphenation joined), each stem giving
 * a weight to one role — or to «the person's own column» (financing, place, participants…),
 * which the add-in recognises in order to ignore it. The add-in's own eight columns are matched
 * by name first, so «Новый срок» is never taken for the deadline.
 *
 * The scoring rule, in short (examples in README.md beside this file):
 * - a cell is split into parts at commas, «и» and brackets; in each part the first word that
 *   means anything is its head and counts double («Участники мероприятия»: «участники» is the
 *   head, so the column is the person's, not the measure);
 * - generic heads («наименование», «название», «вид», «форма», «перечень») hand the headship to
 *   the next meaningful word («Наименование показателя» is the person's column, «Форма
 *   отчётности» the result) and keep a small weight of their own when nothing follows;
 * - a cell scores, for each role, the best of its words; a head word of a strong stem scores 6,
 *   of a weaker one 4, a word that is not the head scores its weight alone, and never as much as
 *   the head for another role («Этап подведения итогов»: a stage, not a result);
 * - «начало» / «окончание» turn a deadline-like cell into the start or the end column.
 *
 * columnScores('Сроки проведения') → { scores: { deadline: 6 }, foreign: 0, addin: null }.
 */
import type { AddinColumn, UserColumn } from '../model';
import { normalizeHeader } from './text';

export type ColumnRole =
  | { kind: 'user'; column: UserColumn; score: number }
  | { kind: 'addin'; column: AddinColumn }
  | { kind: 'foreign'; score: number };

/** How well one header cell names each role, and how well it names a column that is the person's. */
export interface CellScores {
  scores: Partial<Record<UserColumn, number>>;
  foreign: number;
  addin: AddinColumn | null;
}

/** A score from which a column is taken without asking; below it the sidebar asks the person. */
export const SURE_SCORE = 4;

const ADDIN_NAMES: Readonly<Record<string, AddinColumn>> = {
  статус: 'status',
  'статус исполнения': 'status',
  'дата выполнения': 'completed',
  'дата исполнения факт': 'completed',
  'новый срок': 'newDeadline',
  'отметка об исполнении': 'note',
  'крайний срок': 'due',
  состояние: 'state',
  'дней до срока': 'daysLeft',
  'последнее напоминание': 'lastReminder',
};

/**
 * The add-in's columns among a header's named columns, and the last column of the person's. A
 * column with the name of an add-in column is the add-in's when it stands right of every column
 * the table's roles use, or next to another such column («Подготовить таблицу» adds them as one
 * block right of the table). A plan's own «Статус» among its columns (programme plans:
 * «подпрограмма», «основное мероприятие») is the person's, never read nor written by the add-in.
 * splitAddinColumns([{ column: 3, addin: 'status' }, { column: 4, addin: null }], [2, 4])
 *   → { addinColumns: {}, lastUserColumn: 4 }.
 */
export function splitAddinColumns(
  named: readonly { column: number; addin: AddinColumn | null }[],
  roleColumns: readonly number[],
): { addinColumns: Partial<Record<AddinColumn, number>>; lastUserColumn: number } {
  const rightmostRole = Math.max(0, ...roleColumns);
  const addinNamed = named.filter((c) => c.addin !== null).map((c) => c.column);
  const addinColumns: Partial<Record<AddinColumn, number>> = {};
  let lastUserColumn = 0;
  for (const { column, addin } of named) {
    const own =
      addin !== null && (column > rightmostRole || addinNamed.some((other) => Math.abs(other - column) === 1));
    if (own) addinColumns[addin] ??= column;
    else lastUserColumn = Math.max(lastUserColumn, column);
  }
  return { addinColumns, lastUserColumn };
}

/**
 * The person's own column of execution marks («Отметка о выполнении», «Информация об исполнении»,
 * a plan's own «Статус» or «Выполнение»): the add-in reads a status from it when its own «Статус»
 * is empty («выполнено» there is not reminded), and never writes it.
 */
const MARK_HEADER =
  /^(?:(?:отметк|информаци|сведени|отчет)\p{L}*\s+(?:о|об)\s+(?:выполнени|исполнени)\p{L}*(?:\s+мероприяти\p{L}*)?|(?:статус|выполнение|исполнение|отметка|ход\s+(?:выполнения|исполнения)|фактическое\s+(?:выполнение|исполнение))(?:\s+(?:выполнения|исполнения|мероприятия))?)$/u;

/** markColumnOf({ headerTexts: { 5: 'Отметка о выполнении' }, columns, addinColumns }) → 5. */
export function markColumnOf(layout: {
  headerTexts: Readonly<Record<number, string>>;
  columns: Partial<Record<UserColumn, number>>;
  addinColumns: Partial<Record<AddinColumn, number>>;
}): number | undefined {
  const taken = new Set([...Object.values(layout.columns), ...Object.values(layout.addinColumns)]);
  for (const [column, text] of Object.entries(layout.headerTexts))
    if (!taken.has(Number(column)) && MARK_HEADER.test(normalizeHeader(text))) return Number(column);
  return undefined;
}

type Target = UserColumn | 'foreign';

/**
 * Word stems: a word matches when it starts with the stem (a stem ending in «$» must be the
 * whole word). Weight 3 = the word alone names the column; 2 = it usually does; 1 = a hint.
 */
const STEMS: readonly (readonly [Target, number, readonly string[]])[] = [
  [
    'measure',
    3,
    ['мероприят', 'меропр$', 'тема$', 'темы$', 'темат', 'содержан', 'дела$', 'дело$', 'вопрос', 'поручен'],
  ],
  [
    'measure',
    2,
    [
      'направлен',
      'деятельн',
      'действи',
      'меры$',
      'мер$',
      'работа$',
      'работы$',
      'работ$',
      'работу$',
      'задани',
      'событи',
    ],
  ],
  // «Наименование программы, подпрограммы, основного мероприятия»: a hint, as the kinds of a programme's rows.
  ['measure', 1, ['задач', 'этап', 'пункт', 'подпрограмм', 'программ']],
  ['executors', 1, ['руководител']],
  ['executors', 3, ['ответств', 'исполнител', 'соисполнител', 'ответсв']],
  ['executors', 2, ['отв$', 'исп$', 'организатор', 'куратор', 'координатор', 'фио$']],
  ['deadline', 3, ['срок', 'когда$']],
  [
    'deadline',
    2,
    ['дата$', 'даты$', 'дату$', 'период', 'время$', 'времени$', 'месяц$', 'месяцы$', 'квартал', 'график'],
  ],
  ['deadline', 1, ['день$', 'дни$', 'неделя$', 'год$']],
  ['result', 3, ['результат', 'итог']],
  ['result', 2, ['отчет', 'продукт', 'эффект', 'документ']],
  [
    'foreign',
    3,
    [
      'финанс',
      'место$',
      'места$',
      'мест$',
      'участник',
      'показател',
      'тыс$',
      'руб$',
      'рублей$',
      'бюджет',
      'источник',
      'объем',
      'сумм',
      'стоимост',
      'примечан',
      'класс',
      'охват',
      'количеств',
      'колво',
      'базисн',
      'единиц',
      'факт',
      'отметк',
      'коммент',
      'корректир',
      'привлека',
      'всего$',
      'процент',
      'последств',
      'связь$',
      'код$',
      'кбк$',
      'адрес',
      'причин',
      'оценк',
      'затрат',
      'расход',
      'средств',
      'потребност',
    ],
  ],
  [
    'foreign',
    2,
    [
      'категори',
      'аудитори',
      'контингент',
      'значени',
      'цель$',
      'цели$',
      'целев',
      'предмет',
      'приглаш',
      'состав$',
      'статус',
    ],
  ],
];

/** Words that pass the headship on: «Наименование мероприятия» is named by «мероприятия». */
const GENERIC: Readonly<Record<string, readonly [Target, number]>> = {
  наименование: ['measure', 2],
  наименования: ['measure', 2],
  наим: ['measure', 2],
  название: ['measure', 2],
  перечень: ['measure', 2],
  вид: ['measure', 1],
  виды: ['measure', 1],
  форма: ['result', 1],
  формы: ['result', 1],
};

/** «Кто проводит» names the executors; «кто привлекается» the participants (the person's). */
const PHRASES: readonly (readonly [RegExp, Target, number])[] = [
  [/(?:^| )кто (?:провод|отвеча|выполня|исполня|организ)/u, 'executors', 3],
  [/(?:^| )кто привлека/u, 'foreign', 3],
  [/^с кем /u, 'foreign', 3],
  [/^форма (?:заверш|представл|отчет)/u, 'result', 3],
];

const START_WORDS = /^(начал|старт)/u;
const END_WORDS = /^(оконч|заверш|конец|конца)/u;
const START_ALONE = new Set(['с', 'от']);
const END_ALONE = new Set(['по', 'до']);
const MONTHS = /^(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)$/u;

/** «на 2010 год», «в 2021 г.», «2022 года»: a year named inside a column's name. */
const YEAR_PHRASE = /(?:^|\s)(?:на|в|за)?\s*(?:19|20)\d{2}\s*(?:г\.?|год[ауы]?|году|гг\.?)?(?=[\s,.;:)]|$)/gu;

/** «2021 г.», «2022 год», «1-й год», «2021-2023 гг.»: amounts by year, the person's column. */
function isYearColumn(name: string): boolean {
  return /^(\d{4}|\d{1,2} ?й|\d{4} ?\d{4})( ?(г|год|года|гг|годы))?$/u.test(name) || MONTHS.test(name);
}

/** «№», «N п/п», «№ п\п», «п/п», «Номер»: the measure's number. */
function numberScore(name: string): number {
  if (/^(№+|n|no|nn|номер)? ?(п ?п|пп|п|пункта)?$/u.test(name)) return 6;
  if (/^(№+|номер)( |$)/u.test(name)) return 4;
  return 0;
}

function stemWeight(word: string, target: Target): number {
  let best = 0;
  for (const [t, weight, stems] of STEMS) {
    if (t !== target || weight <= best) continue;
    if (stems.some((s) => (s.endsWith('$') ? word === s.slice(0, -1) : word.startsWith(s)))) best = weight;
  }
  return best;
}

const TARGETS: readonly Target[] = ['measure', 'executors', 'deadline', 'result', 'foreign'];

/** Weights of one word for every target (empty when the word means nothing here). */
function wordWeights(word: string): Partial<Record<Target, number>> {
  const out: Partial<Record<Target, number>> = {};
  for (const target of TARGETS) {
    const weight = stemWeight(word, target);
    if (weight > 0) out[target] = weight;
  }
  return out;
}

/** Distinct words of four letters or more that no stem, generic word or phrase knows. */
function unknownWords(name: string): number {
  const unknown = new Set<string>();
  for (const word of name.split(' ')) {
    if (word.length < 4 || GENERIC[word] || START_WORDS.test(word) || END_WORDS.test(word)) continue;
    if (Object.keys(wordWeights(word)).length === 0) unknown.add(word);
  }
  return unknown.size;
}

function bestTarget(weights: Partial<Record<Target, number>>): Target | null {
  let best: Target | null = null;
  for (const [target, weight] of Object.entries(weights) as [Target, number][])
    if (best === null || weight > (weights[best] ?? 0)) best = target;
  return best;
}

/**
 * The parts of a header text: at commas, semicolons, slashes, «и» and brackets (bracketed parts
 * never head, and come after the others: «Срок окончания реализации (дата контрольного события)»
 * starts with «Срок окончания»).
 */
function parts(text: string): { words: string[]; bracketed: boolean }[] {
  const out: { words: string[]; bracketed: boolean }[] = [];
  const bracketed: { words: string[]; bracketed: boolean }[] = [];
  const outside = text.replace(/\(([^)]*)\)?/g, (_, inner: string) => {
    bracketed.push({ words: normalizeHeader(inner).split(' ').filter(Boolean), bracketed: true });
    return ',';
  });
  for (const piece of outside.split(/[,;]|\s+и\s+/u)) {
    const words = normalizeHeader(piece).split(' ').filter(Boolean);
    if (words.length > 0) out.push({ words, bracketed: false });
  }
  return [...out, ...bracketed];
}

/** «Наименование подпрограммы, ВЦП, основного мероприятия, мероприятия ФЦП, …»: a list of short names, not a measure's text. */
function isListOfNames(text: string): boolean {
  const named = parts(text).filter((p) => !p.bracketed);
  return named.length >= 3 && named.every((p) => p.words.length <= 3);
}

/**
 * columnScores('Ответ-\nственные') → { scores: { executors: 6 }, … };
 * columnScores('Объем финансирования, тыс. руб.') → { scores: {}, foreign: 6, addin: null };
 * columnScores('Дата окончания') → { scores: { end: 6, deadline: 4 }, … }.
 */
export function columnScores(text: string): CellScores {
  const name = normalizeHeader(text);
  const out: CellScores = { scores: {}, foreign: 0, addin: null };
  if (name === '' || name.length > 250) return out;
  const addin = ADDIN_NAMES[name];
  if (addin) return { ...out, addin };
  if (isYearColumn(name)) return { ...out, foreign: 6 };
  // Header names hold no figures (but «N п/п», footnote marks «<1>», «гр. 8», «1-й год»): a cell
  // with a date or an amount is data, not a name.
  // A long text is a measure or a note, not a column name (the longest names of ours are ~70 letters),
  // unless it lists short names, as a programme's plan does.
  const long = name.length > 90 && !isListOfNames(text);
  const figures = text.replace(/<\d+>|\(\s*гр\.[^)]*\)|\d+\s*-?\s*й\b/gu, '');
  if (/\d/.test(figures)) {
    // «Объем финансирования на 2010 год, тыс. руб.»: an amount for a year is the person's column
    // (only ever that: a year beside one of our words stays data, «IV квартал 2018»).
    const withoutYear = figures.replace(YEAR_PHRASE, ' ');
    if (/\d/.test(withoutYear) || isYearColumn(normalizeHeader(withoutYear))) return out;
    const rest = columnScores(withoutYear);
    return Object.keys(rest.scores).length === 0 && rest.foreign > 0 ? { ...out, foreign: rest.foreign } : out;
  }
  const number = numberScore(name);
  if (number > 0) out.scores.number = number;

  const best: Partial<Record<Target, number>> = {};
  const raise = (target: Target, score: number) => {
    if (score > (best[target] ?? 0)) best[target] = score;
  };
  // A phrase («Кто проводит», «С кем проводится работа») is the head: no word of it heads again.
  const phrase = PHRASES.find(([pattern]) => pattern.test(name));
  if (phrase) raise(phrase[1], phrase[2] * 2);
  let start = false;
  let end = false;
  let ruledForeign = false;
  for (const [index, part] of parts(text).entries()) {
    let headTaken = part.bracketed || (phrase !== undefined && index === 0);
    let pending: readonly [Target, number] | null = null;
    let headTarget: Target | null = null;
    let headScore = 0;
    for (const [position, word] of part.words.entries()) {
      // «Дата начала», «Окончание реализации»: the word is among the first two of the name.
      if (index === 0 && position < 2 && START_WORDS.test(word)) start = true;
      if (index === 0 && position < 2 && END_WORDS.test(word)) end = true;
      const generic = GENERIC[word];
      if (!headTaken && generic) {
        pending = pending ?? generic;
        continue;
      }
      const weights = wordWeights(word);
      const meaningful = Object.keys(weights).length > 0;
      // «Период финансирования», «Срок оплаты»: a deadline word ruling the person's word is the person's.
      if (headTarget === 'deadline' && (weights.foreign ?? 0) >= 3) ruledForeign = true;
      const isHead = !headTaken && meaningful;
      if (isHead) headTarget = bestTarget(weights);
      for (const [target, weight] of Object.entries(weights) as [Target, number][]) {
        // A word after the head qualifies it: «Этап подведения итогов» names a stage, not a result.
        const ruled = !isHead && headScore > 0 && target !== headTarget ? Math.min(weight, headScore - 1) : weight;
        raise(target, isHead ? weight * 2 : ruled);
      }
      if (isHead && headTarget) headScore = (weights[headTarget] ?? 0) * 2;
      if (meaningful) headTaken = true;
    }
    if (pending && !headTaken) raise(pending[0], pending[1] * 2);
  }
  if (part1IsAlone(name, START_ALONE)) start = true;
  if (part1IsAlone(name, END_ALONE)) end = true;

  if (ruledForeign) {
    best.deadline = 0;
    raise('foreign', 6);
  }
  // A name is mostly words we know: «Формирование рабочих групп по мероприятиям работы кластера» is a measure's text.
  const cap = long ? 0 : unknownWords(name) > 3 ? 2 : Number.POSITIVE_INFINITY;
  for (const target of ['measure', 'executors', 'deadline', 'result'] as const) {
    const score = Math.min(cap, best[target] ?? 0);
    if (score) out.scores[target] = score;
  }
  out.foreign = best.foreign ?? 0;
  // «Дата начала», «Срок окончания», or «начало» / «окончание» alone (under a «Срок» parent).
  const deadline = out.scores.deadline ?? 0;
  const alone = name.split(' ').length <= 2 && !out.scores.measure && !out.scores.result;
  if (start !== end && (deadline > 0 || alone)) {
    out.scores[start ? 'start' : 'end'] = Math.max(deadline, 4) + 1;
  }
  return out;
}

function part1IsAlone(name: string, words: ReadonlySet<string>): boolean {
  return words.has(name);
}

/**
 * A column is the person's own when it names such a column at least as strongly as any role of
 * ours and no role of ours is sure: «Участники мероприятия» is the person's, «Дата, место
 * проведения» the deadline.
 */
export function isForeign(scores: CellScores): boolean {
  const best = Math.max(0, ...Object.values(scores.scores));
  return scores.foreign > 0 && scores.foreign >= best && best < SURE_SCORE;
}

/** The roles a cell names, best first (ties kept in role order). */
export function rankedRoles(scores: CellScores): { role: UserColumn; score: number }[] {
  return (Object.entries(scores.scores) as [UserColumn, number][])
    .filter(([, score]) => score > 0)
    .map(([role, score]) => ({ role, score }))
    .sort((a, b) => b.score - a.score);
}

/**
 * The single best reading of a header cell.
 * columnRole('Ответственный исполнитель') → { kind: 'user', column: 'executors', score: 6 };
 * columnRole('Новый срок') → { kind: 'addin', column: 'newDeadline' };
 * columnRole('Место проведения') → { kind: 'foreign', score: 6 }; columnRole('Палаты') → null.
 */
export function columnRole(text: string): ColumnRole | null {
  const scores = columnScores(text);
  if (scores.addin) return { kind: 'addin', column: scores.addin };
  const top = rankedRoles(scores)[0];
  if (isForeign(scores)) return { kind: 'foreign', score: scores.foreign };
  return top ? { kind: 'user', column: top.role, score: top.score } : null;
}
