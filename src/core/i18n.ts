/**
 * Russian wording of what the roadmap reader and the status logic tell a person: problem
 * messages, the add-in's column headers, the status values. Codes stay stable; words may change.
 * English strings for non-Russian locales are not written yet: every text goes through here,
 * so adding them is one more table.
 */
import { columnLetter, isColumn } from './a1';
import { formatRu } from './dates';
import type { DoubtCode } from './doubt';
import type { AddinColumn, StatusCode, UserColumn } from './model';
import type { LayoutIssue as LayoutIssueData } from './roadmap/layout';

/** The add-in's column headers, as written into the sheet by «Подготовить таблицу». */
export const ADDIN_HEADERS: Readonly<Record<AddinColumn, string>> = {
  status: 'Статус',
  completed: 'Дата выполнения',
  newDeadline: 'Новый срок',
  note: 'Отметка об исполнении',
  due: 'Крайний срок',
  state: 'Состояние',
  daysLeft: 'Дней до срока',
  lastReminder: 'Последнее напоминание',
};

/** What a user column is called when its header cannot be quoted. */
export const USER_COLUMN_NAMES: Readonly<Record<UserColumn, string>> = {
  number: '№ п/п',
  measure: 'Наименование мероприятия',
  executors: 'Исполнители',
  deadline: 'Срок исполнения',
  start: 'Начало',
  end: 'Окончание',
  result: 'Результат',
};

/** The four values of the «Статус» dropdown, in the order shown. */
export const STATUS_LABELS: Readonly<Record<StatusCode, string>> = {
  'not-started': 'Не начато',
  'in-progress': 'В работе',
  done: 'Выполнено',
  cancelled: 'Отменено',
};

/** Re-exported for older callers; the A1 helpers live in ./a1. */
export { columnLetter };

/**
 * Where a problem is, in words: cellPlace(12, 4, 'Срок исполнения') →
 * 'строка 12, столбец D (Срок исполнения)'; without a column → 'строка 12'.
 */
export function cellPlace(row: number, column: number | null, header = ''): string {
  if (column === null) return `строка ${row}`;
  const name = header.replace(/\s+/g, ' ').trim();
  return `строка ${row}, столбец ${columnLetter(column)}${name ? ` (${name})` : ''}`;
}

/** Shortens a quoted cell text for a message: quote('очень длинный …', 40). */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Why a deadline is doubtful (../doubt.ts), keyed by the doubt's code. */
export const DOUBT_TEXTS: Readonly<Record<DoubtCode, (detail: string) => string>> = {
  'year-outside-plan': (year) => `год ${year} не подходит к плану, возможно, опечатка`,
  'impossible-date': (date) => `такой даты нет (${date})`,
  'before-approval': (date) => `срок раньше даты утверждения плана (${formatRu(date)})`,
};

/** Russian messages of the roadmap problems, keyed by their stable codes. `place` comes from cellPlace. */
export const PROBLEM_TEXTS = {
  'no-table': () =>
    'Таблица дорожной карты не найдена: в первых 30 строках нет заголовка со столбцами «Наименование мероприятия», «Исполнители» и «Срок исполнения».',
  'deadline-unreadable': (place: string, text: string) =>
    `${capitalize(place)}: срок «${quote(text)}» не распознан — укажите месяц, квартал или дату.`,
  'deadline-doubtful': (place: string, text: string, why: string) =>
    `${capitalize(place)}: проверьте срок «${quote(text)}» — ${why}. Состояние «Проверьте срок», напоминания не отправляются.`,
  'deadline-warning': (place: string, warning: string) => `${capitalize(place)}: ${lowerFirst(warning)}.`,
  'missing-executor': (place: string, number: string) =>
    `${capitalize(place)}: у мероприятия${numberPart(number)} не указан исполнитель.`,
  'missing-deadline': (place: string, number: string) =>
    `${capitalize(place)}: у мероприятия${numberPart(number)} не указан срок исполнения.`,
  'duplicate-number': (place: string, number: string, firstRow: number) =>
    `${capitalize(place)}: номер ${number} уже встречался в строке ${firstRow}.`,
  'number-out-of-order': (place: string, number: string, previous: string) =>
    `${capitalize(place)}: номер ${number} идёт после ${previous} — нарушен порядок нумерации.`,
  'measure-before-section': (place: string) =>
    `${capitalize(place)}: мероприятие стоит выше первого раздела таблицы и не относится ни к одной задаче.`,
  'number-ambiguous': (place: string, chosen: string, other: string) =>
    `${capitalize(place)}: номер записан числом, и нельзя понять, ${chosen} это или ${other}; принят ${chosen}. Введите номер как текст (например, '${other}).`,
  'status-unknown': (place: string, text: string) =>
    `${capitalize(place)}: статус «${quote(text)}» не распознан — выберите «Не начато», «В работе», «Выполнено» или «Отменено».`,
  'status-date-conflict': (place: string, status: string) =>
    `${capitalize(place)}: указана дата выполнения, но статус «${status}» — мероприятие считается выполненным; исправьте статус или удалите дату.`,
  'date-unreadable': (place: string, text: string) =>
    `${capitalize(place)}: «${quote(text)}» — не дата; введите дату в виде ДД.ММ.ГГГГ.`,
} as const;

function numberPart(number: string): string {
  return number ? ` ${number}` : '';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  const trimmed = text.trim().replace(/[.]+$/, '');
  // Keep an acronym or a quoted word as it is; lower only a plain capital.
  return /^[А-ЯЁA-Z][а-яёa-z]/.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
}

/** The user's column roles as the sidebar and messages name them. */
export const ROLE_LABELS: Readonly<Record<UserColumn, string>> = {
  number: '№',
  measure: 'Мероприятие',
  executors: 'Исполнители',
  deadline: 'Срок исполнения',
  start: 'Начало срока',
  end: 'Окончание срока',
  result: 'Результат',
};

/** Russian messages of the issues of a hand-made layout (see roadmap/layout.ts). */
export function layoutIssueText(issue: LayoutIssueData): string {
  const role = (r: UserColumn) => `«${ROLE_LABELS[r]}»`;
  switch (issue.code) {
    case 'header-row':
      return `Строка заголовка: номер строки от 1 до ${Math.max(1, issue.rows - 1)} (под заголовком должны быть строки таблицы).`;
    case 'required':
      return issue.role === 'measure'
        ? `Укажите столбец ${role('measure')}.`
        : `Укажите столбец ${role('deadline')} (или ${role('end')}).`;
    case 'outside':
      return `Столбец ${role(issue.role)}: ${isColumn(issue.column) ? columnLetter(issue.column) : issue.column} — за пределами таблицы.`;
    case 'twice':
      return `Столбец ${columnLetter(issue.column)} выбран дважды: ${role(issue.other)} и ${role(issue.role)}.`;
    case 'addin':
      return `Столбец ${columnLetter(issue.column)} («${quote(issue.text, 40)}») — столбец надстройки, его нельзя выбрать как ${role(issue.role)}.`;
    case 'start-without-end':
      return 'Начало срока указано без окончания: выберите и столбец «Окончание срока» (или «Срок исполнения»).';
  }
}

/** The note shown when the person's columns no longer match the sheet. */
export function layoutMovedText(moved: { role: UserColumn; column: number; was: string; now: string }): string {
  const now = moved.now ? `«${quote(moved.now, 40)}»` : 'пусто';
  return (
    `Столбцы таблицы изменились с тех пор, как их выбрали: в столбце ${columnLetter(moved.column)} ` +
    `(${ROLE_LABELS[moved.role]}) был заголовок «${quote(moved.was, 40)}», теперь ${now}. ` +
    'Выбор столбцов сброшен, таблица читается по заголовкам — проверьте раздел «Столбцы таблицы».'
  );
}
