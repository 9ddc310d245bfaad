/**
 * What a header cell names, by meaning rather than by exact text: «№ п/п», «N», «Мероприятия»,
 * «Ответственный исполнитель», «Сроки реализации», «Форма отчётности»… and the add-in's own
 * columns («Статус», «Крайний срок»…), which are recognised first so that «Новый срок» is never
 * taken for the deadline.
 */
import type { AddinColumn, UserColumn } from '../model';
import { normalizeHeader } from './text';

export type ColumnRole = { kind: 'user'; column: UserColumn; score: number } | { kind: 'addin'; column: AddinColumn };

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

/** Column names that hold a stage or a task beside the measures, not the measure itself. */
const NOT_A_MEASURE = [
  'наименование этапа',
  'этап',
  'этапы',
  'наименование раздела',
  'раздел',
  'направление',
  'направления',
  'задача',
  'задачи',
  'наименование задачи',
];

interface Family {
  column: UserColumn;
  /** Normalised names that are certainly this column (score 3). */
  exact: string[];
  /** Beginnings of a name (score 2). */
  prefixes: string[];
}

const FAMILIES: readonly Family[] = [
  {
    column: 'number',
    exact: ['№', 'n', 'no', '№ пп', 'n пп', 'no пп', '№пп', 'nпп', 'пп', 'номер', 'номер пп', '№ п', 'n п'],
    prefixes: ['№ пп', 'номер п'],
  },
  {
    column: 'measure',
    exact: [
      'наименование мероприятия',
      'наименование мероприятий',
      'мероприятия',
      'мероприятие',
      'содержание работы',
      'содержание работ',
      'содержание мероприятия',
      'наименование',
      'наименование работ',
      'наименование работы',
      'перечень мероприятий',
    ],
    prefixes: ['наименование', 'мероприяти', 'содержание', 'перечень мероприятий', 'название', 'вид работ'],
  },
  {
    column: 'executors',
    exact: [
      'исполнители',
      'исполнитель',
      'ответственный исполнитель',
      'ответственные исполнители',
      'ответственные',
      'ответственный',
    ],
    prefixes: ['ответствен', 'исполнител', 'соисполнител'],
  },
  {
    column: 'deadline',
    exact: [
      'срок исполнения',
      'сроки исполнения',
      'сроки',
      'срок',
      'срок реализации',
      'сроки реализации',
      'период',
      'период реализации',
      'дата проведения',
      'сроки проведения',
      'срок проведения',
      'срок выполнения',
      'сроки выполнения',
      'дата',
    ],
    prefixes: ['срок', 'период', 'дата провед', 'дата исполн', 'дата реализ', 'время провед', 'дата'],
  },
  {
    column: 'result',
    exact: [
      'результат',
      'ожидаемый результат',
      'ожидаемые результаты',
      'форма отчетности',
      'форма завершения',
      'результат исполнения',
    ],
    prefixes: [
      'результат',
      'ожидаем',
      'планируем',
      'форма отчет',
      'форма заверш',
      'форма представл',
      'итогов',
      'вид документа',
      'отчетн',
    ],
  },
];

/** Sub-column names under a split «Срок исполнения»: which one is the start. */
const START_WORDS = /^(начало|начала|дата начала|срок начала|с|от|начало реализации)(?![\p{L}\p{N}])/u;
const END_WORDS =
  /^(окончание|окончания|конец|дата окончания|срок окончания|по|до|завершение|окончание реализации)(?![\p{L}\p{N}])/u;

/**
 * columnRole('Ответственный исполнитель') → { kind: 'user', column: 'executors', score: 3 };
 * columnRole('Новый срок') → { kind: 'addin', column: 'newDeadline' }; columnRole('Примечание') → null.
 */
export function columnRole(text: string): ColumnRole | null {
  const name = normalizeHeader(text);
  if (name === '') return null;
  const addin = ADDIN_NAMES[name];
  if (addin) return { kind: 'addin', column: addin };
  if (NOT_A_MEASURE.includes(name)) return null;
  let best: ColumnRole | null = null;
  for (const family of FAMILIES) {
    const score = family.exact.includes(name) ? 3 : family.prefixes.some((p) => startsWithWord(name, p)) ? 2 : 0;
    if (score > 0 && (best === null || (best.kind === 'user' && score > best.score)))
      best = { kind: 'user', column: family.column, score };
  }
  return best;
}

function startsWithWord(name: string, prefix: string): boolean {
  return (
    name.startsWith(prefix) && (prefix.length >= 4 || name.length === prefix.length || name[prefix.length] === ' ')
  );
}

/** subColumnKind('окончание') → 'end'; subColumnKind('дата начала') → 'start'; otherwise null. */
export function subColumnKind(text: string): 'start' | 'end' | null {
  const name = normalizeHeader(text);
  if (START_WORDS.test(name)) return 'start';
  if (END_WORDS.test(name)) return 'end';
  return null;
}
