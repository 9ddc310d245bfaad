/**
 * The Russian table: a sentence for every code the core returns (problems, the deadline engine's
 * warnings, settings issues, the executors' page's refusals, Google's refusals to send,
 * «Диагностика») and the add-in's labels (column headers, statuses, roles). Codes stay stable;
 * words may change. Another language is another file of the same shape (README.md).
 */
import { columnLetter, isColumn } from '../a1';
import { ANSWER_LIMITS, ANSWERS_SHEET_NAME, type AnswerProblem } from '../answers/requests';
import { CALENDAR_HINT, CALENDAR_SHEET_NAME } from '../calendar/own-days';
import { formatRu } from '../dates';
import type { WarningCode } from '../deadline/messages';
import type { DeadlineWarning } from '../deadline/types';
import type { CheckId } from '../diagnostics';
import { DIRECTORY_SHEET_NAME } from '../directory/read';
import type { DoubtCode } from '../doubt';
import type { AddinColumn, StatusCode, UserColumn } from '../model';
import { countRu } from '../plural';
import type { LayoutIssue as LayoutIssueData } from '../roadmap/layout';
import { RU as SUMMARY_LABELS } from '../summary/labels';
import type {
  Cell,
  DiagnosticFindings,
  MenuHandler,
  Message,
  MessageCode,
  MessageOf,
  NightlyStep,
  PropertiesFinding,
  SheetCell,
} from './messages';
import { ROLE_LABELS } from './ru-labels';

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

/** What the add-in's columns say in the sheet: the help of a dropdown and of a date, the protection's description. */
export const ADDIN_COLUMN_NOTES = {
  list: (values: readonly string[]) => `Выберите: ${values.join(', ')}`,
  date: 'Дата в формате дд.мм.гггг',
  computed: 'Дорожная карта: столбцы заполняются автоматически',
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

/** Why a deadline could not be read or is odd (the deadline engine's warnings), keyed by code. */
export const WARNING_TEXTS: Readonly<Record<WarningCode, (detail: string, warning?: DeadlineWarning) => string>> = {
  'year-outside-plan': (d) => `Год ${d} не совпадает с годом плана — возможно, опечатка`,
  'range-backwards': (d) => `Период «${d}» записан в обратном порядке`,
  'impossible-date': (d) => `Такой даты нет: ${d}`,
  'text-left-over': (d) => `Часть текста не распознана: «${d}»`,
  'possible-typo': (d, w) =>
    `Похоже на опечатку: ${w?.typos?.map((t) => `«${t.word}» (${t.suggestion}?)`).join(', ') ?? d}`,
  'misspelt-month': (d, w) => `Месяц «${d}» прочитан как «${w?.readAs ?? ''}» — проверьте написание`,
  'deadline-unreadable': (d) => `Срок не распознан: «${d}»`,
  empty: () => 'Срок не указан',
  'comment-ignored': (d) => `Пояснение «${d}» не учтено в сроке`,
};

/** warningText({ code: 'impossible-date', detail: '31.02.2021' }) → 'Такой даты нет: 31.02.2021'. */
export function warningText(warning: DeadlineWarning): string {
  return WARNING_TEXTS[warning.code](warning.detail, warning);
}

/** A cell of the roadmap in words: 'Строка 12, столбец D (Срок исполнения)', 'Строка 12 (Исполнители)'. */
function at(cell: Cell): string {
  const place =
    cell.column === null && cell.role
      ? `${cellPlace(cell.row, null)} (${USER_COLUMN_NAMES[cell.role]})`
      : cellPlace(cell.row, cell.column, cell.column === null ? '' : (cell.header ?? ''));
  return capitalize(place);
}

/** A cell of an add-in sheet in words: '«Исполнители», строка 3, столбец B'. */
function sheetPlace(sheet: string, cell: SheetCell): string {
  return cell.column === null
    ? `«${sheet}», строка ${cell.row}`
    : `«${sheet}», строка ${cell.row}, столбец ${columnLetter(cell.column)}`;
}

/** Google's own words after the Russian, for support: ' (Invalid email: a@b)'. */
const google = (refusal: { google: string }) => ` (${refusal.google})`;
const directory = (cell: SheetCell) => sheetPlace(DIRECTORY_SHEET_NAME, cell);
const calendar = (cell: SheetCell) => sheetPlace(CALENDAR_SHEET_NAME, cell);
/** The sidebar and the menu on a non-working day: 'Сегодня нерабочий день: … 08.11.2021.' */
const held = (until: string) => `Сегодня нерабочий день: напоминания будут отправлены ${formatRu(until)}.`;

/**
 * The sentence of every message code — the one place the core's problems become Russian.
 * A new code in messages.ts does not compile until it has its sentence here.
 */
export const MESSAGE_TEXTS: { readonly [C in MessageCode]: (message: MessageOf<C>) => string } = {
  'no-table': () =>
    'Таблица дорожной карты не найдена: в первых 30 строках нет заголовка со столбцами «Наименование мероприятия», «Исполнители» и «Срок исполнения».',
  'deadline-unreadable': (m) => {
    const sentence = `${at(m)}: срок «${quote(m.text)}» не распознан — укажите месяц, квартал или дату.`;
    return m.why ? `${sentence} ${warningText(m.why)}.` : sentence;
  },
  'deadline-doubtful': (m) =>
    `${at(m)}: проверьте срок «${quote(m.text)}» — ${DOUBT_TEXTS[m.doubt.code](m.doubt.detail)}. Состояние «Проверьте срок», напоминания не отправляются.`,
  'deadline-warning': (m) => `${at(m)}: ${lowerFirst(warningText(m.warning))}.`,
  'missing-executor': (m) => `${at(m)}: у мероприятия${numberPart(m.number)} не указан исполнитель.`,
  'missing-deadline': (m) => `${at(m)}: у мероприятия${numberPart(m.number)} не указан срок исполнения.`,
  'duplicate-number': (m) => `${at(m)}: номер ${m.number} уже встречался в строке ${m.firstRow}.`,
  'number-out-of-order': (m) => `${at(m)}: номер ${m.number} идёт после ${m.previous} — нарушен порядок нумерации.`,
  'measure-before-section': (m) =>
    `${at(m)}: мероприятие стоит выше первого раздела таблицы и не относится ни к одной задаче.`,
  'number-ambiguous': (m) =>
    `${at(m)}: номер записан числом, и нельзя понять, ${m.chosen} это или ${m.other}; принят ${m.chosen}. Введите номер как текст (например, '${m.other}).`,
  'status-unknown': (m) =>
    `${at(m)}: статус «${quote(m.text)}» не распознан — выберите «Не начато», «В работе», «Выполнено» или «Отменено».`,
  'status-date-conflict': (m) =>
    `${at(m)}: указана дата выполнения, но статус «${STATUS_LABELS[m.status]}» — мероприятие считается выполненным; исправьте статус или удалите дату.`,
  'date-unreadable': (m) => `${at(m)}: «${quote(m.text)}» — не дата; введите дату в виде ДД.ММ.ГГГГ.`,
  'executor-unknown': (m) =>
    `Строка ${m.row}: исполнителя «${m.name}» нет в листе «${DIRECTORY_SHEET_NAME}» — добавьте его с адресом e-mail.`,
  'executor-no-email': (m) =>
    `Строка ${m.row}: у исполнителя «${m.name}» нет адреса e-mail (лист «${DIRECTORY_SHEET_NAME}», строка ${m.directoryRow}).`,
  'directory-missing': () =>
    `Нет листа «${DIRECTORY_SHEET_NAME}» с адресами исполнителей: выполните «Подготовить таблицу».`,
  'directory-no-name': (m) => `${directory(m)}: адрес указан, но не указан исполнитель.`,
  'email-invalid': (m) =>
    `${directory(m)}: «${printable(m.address)}» — не адрес e-mail, письма на него не отправляются.`,
  'directory-no-email': (m) =>
    `${directory(m)}: у исполнителя «${m.name}» нет ни одного корректного адреса e-mail — напоминания ему не отправляются.`,
  'directory-duplicate': (m) =>
    `${directory(m)}: исполнитель «${m.name}» уже указан в строке ${m.firstRow}; используется строка ${m.firstRow}.`,
  'calendar-date-invalid': (m) => `${calendar(m)}: «${m.text}» — не дата; укажите день как 15.06.2021.`,
  'calendar-kind-invalid': (m) =>
    `${calendar(m)}: укажите «выходной» или «рабочий»${m.text ? `, а не «${m.text}»` : ''}.`,
  'calendar-duplicate': (m) =>
    `${calendar(m)}: этот день уже указан в строке ${m.firstRow}; используется строка ${m.firstRow}.`,
  'coordinator-missing': () => 'Адрес координатора не указан в настройках: эскалации уходят без копии координатору.',
  'mail-address-refused': (m) => `Google не принял адрес ${m.address}${google(m)}`,
  'mail-too-many-recipients': (m) => `больше ${m.limit} получателей в одном письме${google(m)}`,
  'mail-too-large': (m) => `письмо больше 200 КБ${google(m)}`,
  'mail-daily-limit': (m) => `исчерпан дневной лимит писем Google${google(m)}`,
  'mail-no-recipient': (m) => `у письма нет получателя${google(m)}`,
  'mail-refused': (m) => `Google не отправил письмо${google(m)}`,
  'mail-said': (m) => m.text,
  'mail-copies-failed': (m) => `копии ${m.recipients.join(', ')}: ${say(m.refusal)}`,
  'no-table-hint': () =>
    'Откройте панель (Дорожная карта → Открыть панель): в разделе «Столбцы таблицы» можно указать лист, строку заголовка и столбцы.',
  prepared: (m) =>
    (m.added.length ? `Добавлены столбцы: ${m.added.join(', ')}.` : 'Все столбцы уже на месте.') +
    (m.directoryRowsAdded
      ? ` В лист «${DIRECTORY_SHEET_NAME}» добавлено ${m.directoryRowsAdded}: впишите их адреса.`
      : ''),
  'checked-nowhere-to-write': () => 'Сроки прочитаны, но записать их некуда: сначала выполните «Подготовить таблицу».',
  checked: (m) => `Проверено: ${m.total}. Просрочено: ${m.overdue}, скоро срок: ${m.soon}. Замечаний: ${m.problems}.`,
  'summaries-refreshed': (m) => `Сводки обновлены: ${m.names.join(', ')}.`,
  'send-confirm': () =>
    'Отправить исполнителям напоминания, срок которых наступил сегодня? Предпросмотр — в боковой панели.',
  sent: (m) =>
    [
      `Отправлено писем: ${m.sent}.`,
      m.failures.length && `Ошибки: ${m.failures.map((f) => `${f.to} — ${f.message}`).join('; ')}.`,
      m.postponed && `Отложено до завтра из-за лимита писем: ${m.postponed}.`,
      m.heldUntil && held(m.heldUntil),
    ]
      .filter(Boolean)
      .join('\n'),
  'nightly-owned-by-other': (m) => `Ночная проверка включена пользователем ${m.email}; выключить её может только он.`,
  'nightly-off': () => 'Ночная проверка выключена.',
  'nightly-on': (m) => `Ночная проверка включена: каждый день около ${m.hour}:00 (${m.timeZone}).`,
  'calendar-sheet': (m) =>
    m.created
      ? `Создан лист «${CALENDAR_SHEET_NAME}». ${CALENDAR_HINT}` // what to write: the sheet's own note
      : `Лист «${CALENDAR_SHEET_NAME}» уже есть: впишите в него свои выходные и рабочие дни.`,
  'diagnostics-summary': (m) =>
    m.failed === 0
      ? `Все проверки пройдены (${m.total}).`
      : `Не пройдено: ${m.failed} из ${m.total}. Пришлите эту таблицу разработчикам (например, снимком экрана).`,
  busy: () =>
    'В этой таблице уже выполняется другое действие (проверка, рассылка или настройка). Повторите через минуту.',
  'no-document-lock': () => 'Блокировка документа недоступна: скрипт запущен не из таблицы.',
  'chosen-sheet-missing': (m) => `Выбранный лист «${m.sheetName}» не найден: таблица ищется на других листах.`,
  'settings-sheet-missing': (m) => `Лист «${m.sheetName}», указанный в настройках, не найден.`,
  // No sheet to read at all: the same sentence as a sheet without the table.
  'roadmap-not-found': () => say({ code: 'no-table' }),
  'no-spreadsheet': () => 'Нет открытой таблицы: откройте дорожную карту в Google Таблицах.',
  'no-document-properties': () => 'Свойства документа недоступны: скрипт запущен не из таблицы.',
  'sidebar-checked': (m) => `Сроки проверены: ${countRu(m.measures, ['мероприятие', 'мероприятия', 'мероприятий'])}.`,
  'sidebar-summaries': (m) => `Сводки обновлены: ${countRu(m.sheets, ['лист', 'листа', 'листов'])}.`,
  'report-period-invalid': () => 'Период отчёта: укажите даты «с» и «по», «с» не позже «по».',
  'report-built': () => `${SUMMARY_LABELS.councilTitle} обновлён.`,
  'sidebar-sent': (m) =>
    m.heldUntil
      ? `${held(m.heldUntil)} Чтобы отправлять и в выходные, снимите в настройках «Отправлять напоминания только в рабочие дни».`
      : `Отправлено писем: ${m.sent}${m.failed ? `, ошибок: ${m.failed}` : ''}${m.postponed ? `, отложено до завтра из-за лимита: ${m.postponed}` : ''}.`,
  'nightly-on-by-other': (m) =>
    `Ночная проверка уже включена пользователем ${m.email}: второй триггер не нужен. Если он больше не работает с таблицей, включите проверку у себя («Взять на себя»).`,
  'nightly-taken-over': (m) =>
    `Проверка теперь идёт от вашего имени. Триггер ${m.previous} удалить отсюда нельзя (Google показывает триггер только его владельцу); его запуски пропускаются, но пусть ${m.previous} выключит ночную проверку в своей панели.`,
  'nightly-off-by-other': (m) =>
    (m.removedMine ? 'Ваш прежний триггер ночной проверки в этой таблице удалён. ' : '') +
    say({ code: 'nightly-owned-by-other', email: m.email }),
  'settings-saved': (m) =>
    `Настройки сохранены.${m.owner ? ` Час ночной проверки изменит ${m.owner}: триггер принадлежит ему.` : m.hour === undefined ? '' : ` Ночная проверка перенесена на ${m.hour}:00.`}`,
  'table-automatic': () => 'Таблица снова определяется автоматически: по заголовкам столбцов.',
  'table-sheet-missing': (m) => `Лист «${m.sheet}» не найден.`,
  'table-sheet-chosen': (m) => `Лист дорожной карты: «${m.sheetName}».`,
  'table-columns-saved': (m) => `Столбцы таблицы сохранены (лист «${m.sheetName}»): мероприятий — ${m.measures}.`,
  'answer-decided': (m) => `Ответ по мероприятию ${m.heading} ${m.accepted ? 'принят' : 'отклонён'}.`,
  'answer-links-revoked': () => 'Все ссылки из отправленных писем отозваны: новые будут в следующих напоминаниях.',
  'answer-no-columns': () => 'В таблице нет столбцов дополнения: выполните «Подготовить таблицу».',
  'answer-measure-gone': (m) =>
    `Мероприятие ${m.heading} не найдено в таблице: строку удалили или изменили название. Отклоните ответ или внесите его вручную.`,
  'answer-not-found': () => `Ответ не найден: лист «${ANSWERS_SHEET_NAME}» изменился. Обновите список.`,
  'answer-already-decided': () => 'По этому ответу уже принято решение.',
  'answer-page-failed': () => 'Не удалось открыть дорожную карту.',
  'answer-not-yours': () => 'Это мероприятие нельзя отметить по вашей ссылке. Ничего не изменено.',
  'answer-received': (m) =>
    ({
      duplicate: 'Этот ответ уже получен: координатор его видит.',
      accepted: 'Спасибо! Отметка о выполнении внесена в дорожную карту.',
      passed: 'Спасибо! Ответ передан координатору: таблица изменится, когда он его примет.',
    })[m.outcome],
  'nightly-not-trigger': () => 'Ночная проверка запускается только своим триггером.',
  'nightly-no-properties': () => 'Ночная проверка: свойства документа недоступны (скрипт запущен не из таблицы).',
  'nightly-no-spreadsheet': () =>
    'Ночная проверка: таблица недоступна (триггер запущен не из таблицы или таблица удалена).',
  'nightly-running': () => 'Выполняется…',
  'nightly-step-failed': (m) => `Ошибка на шаге «${NIGHTLY_STEPS[m.step]}».`,
  'nightly-held': (m) =>
    `сегодня нерабочий день: ${m.digests > 0 ? `напоминания (писем: ${m.digests}) будут отправлены` : 'напоминания отправляются'} ${formatRu(m.until)}`,
  'nightly-done': (m) => {
    const summaries = m.summaries
      ? `сводок: ${m.summaries.count}, изменились: ${m.summaries.changed}`
      : 'сводки не обновлены';
    let mail = 'рассылка выключена';
    if (m.mail) {
      const { sent, heldUntil, digests, failures, postponed, remaining } = m.mail;
      mail =
        heldUntil === null ? `отправлено писем: ${sent}` : say({ code: 'nightly-held', until: heldUntil, digests });
      // At most three failures named: «a@x.ru (1.2, 2.1): <reason>; …; и ещё N».
      if (failures.length > 0)
        mail += `, ошибок: ${failures.length} (${failures
          .slice(0, 3)
          .map((f) => `${f.to.join(', ')} (${f.measures.join(', ')}): ${f.message}`)
          .join('; ')}${failures.length > 3 ? `; и ещё ${failures.length - 3}` : ''})`;
      if (postponed > 0) mail += `, отложено из-за лимита: ${postponed}`;
      if (remaining > 0) mail += `, не успели отправить (в следующий раз): ${remaining}`;
    }
    return `Проверено мероприятий: ${m.measures}; ${summaries}; ${mail}.`;
  },
};

/** The nightly run's steps, as «Ошибка на шаге «…».» names them. */
export const NIGHTLY_STEPS: Readonly<Record<NightlyStep, string>> = {
  opening: 'открытие таблицы',
  waiting: 'ожидание другой проверки или рассылки',
  reading: 'чтение таблицы',
  checking: 'проверка сроков',
  summaries: 'обновление сводок',
  mailing: 'рассылка напоминаний',
};

/**
 * The Russian sentence of a message (valibot's single chooser):
 * say({ code: 'missing-executor', row: 12, column: 3, header: 'Исполнители', number: '1.2' })
 *   → 'Строка 12, столбец C (Исполнители): у мероприятия 1.2 не указан исполнитель.'
 */
export function say(message: Message): string {
  return (MESSAGE_TEXTS[message.code] as (m: Message) => string)(message);
}

/** Why the executors' page refuses an answer (answers/requests.ts checkAnswer), keyed by code. */
export const ANSWER_PROBLEM_TEXTS: Readonly<Record<AnswerProblem, (limits: typeof ANSWER_LIMITS) => string>> = {
  'date-missing': () => 'Укажите дату.',
  'date-future': () => 'Дата выполнения не может быть позже сегодняшнего дня.',
  'date-past': () => 'Новый срок не может быть раньше сегодняшнего дня.',
  'reason-missing': () => 'Укажите причину переноса срока.',
  'comment-long': (limits) => `Комментарий длиннее ${limits.commentChars} символов: сократите его.`,
  'rate-limit': () => 'Слишком много ответов по этой ссылке за час. Попробуйте позже.',
};

/** answerProblemText('comment-long') → 'Комментарий длиннее 1000 символов: сократите его.' */
export function answerProblemText(code: AnswerProblem): string {
  return ANSWER_PROBLEM_TEXTS[code](ANSWER_LIMITS);
}

/** Shows line breaks and other control characters of a bad address instead of printing them. */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we make visible
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, '⏎');
}

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

/**
 * A check of «Диагностика»: what it is, what its failure means, what to do, and what it saw in
 * words (its detail column), told whether it passed: detail({ left: 97 }, true) → 'осталось
 * адресатов на сегодня: 97'. A tuple, not an object: nineteen checks' keys would weigh ~600 bytes
 * in the add-in's bundle, which may only shrink (issue 18).
 */
export type CheckText<C extends CheckId = CheckId> = readonly [
  title: string,
  meaning: string,
  action: string,
  detail: (found: DiagnosticFindings[C], ok: boolean) => string,
];

/** What a cell value read back is, in words: 'дата', 'пустая строка', 'число', 'текст', else its typeof. */
function typeName(value: unknown): string {
  if (value instanceof Date) return 'дата';
  if (value === '') return 'пустая строка';
  return typeof value === 'number' ? 'число' : typeof value === 'string' ? 'текст' : typeof value;
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} КБ`;

/** A properties store in words: unavailable, lost the probe, or how much of Google's limits is used. */
const propertiesDetail = (found: PropertiesFinding) =>
  typeof found === 'object'
    ? `запись и чтение работают; занято ${kb(found.total)} из 500 КБ, самое большое значение ${kb(found.largest)} из 9 КБ`
    : { none: 'хранилище недоступно', lost: 'записанное значение не прочитано' }[found];

/** The add-in's name: the menu's title, the sidebar's, the title of its toasts and alerts. */
export const ADDIN_NAME = 'Дорожная карта';

/** The hidden sheet «Диагностика» works on and removes. */
export const DIAGNOSTICS_SHEET_NAME = 'Диагностика дорожной карты';

const SEND_US = 'Пришлите эту таблицу разработчикам.';

/** «Диагностика»'s checks (diagnostics/): what each is, saw, what a failure means and what to do. */
export const DIAGNOSTIC_TEXTS: { readonly [C in CheckId]: CheckText<C> } = {
  spreadsheet: [
    'Открытая таблица доступна скрипту',
    'Дополнение не видит таблицу, в которой запущено: ничего не будет работать.',
    'Откройте дорожную карту в Google Таблицах и запустите «Диагностику» из её меню.',
    (f) => (f === null ? 'нет открытой таблицы' : `«${f}»`),
  ],
  'time-zones': [
    'Часовой пояс таблицы и скрипта',
    'Без пояса таблицы «сегодня» и сроки могут сдвинуться на день.',
    'Файл → Настройки → Часовой пояс: выберите пояс вашего региона.',
    (f) =>
      `таблица: ${f.sheet || 'не задан'}, скрипт: ${f.script}${f.sheet === f.script ? '' : ' (различаются: сроки считаются по поясу таблицы)'}`,
  ],
  'temp-sheet': [
    'Временный скрытый лист создаётся',
    'Дополнение не может добавлять листы: не появятся «Исполнители», журнал и сводки.',
    'Проверьте, что у вас есть права редактора и таблица не защищена целиком.',
    (f) => `лист «${f}» создан и скрыт`,
  ],
  'value-date': [
    'Дата читается как дата в поясе таблицы',
    'Даты выполнения и сроки будут прочитаны неверно.',
    SEND_US,
    (f) => (f.date ? `15.06.2021 прочитано как ${f.date}` : `получено ${typeName(f.value)} вместо даты`),
  ],
  'value-number': [
    'Число читается как число',
    'Номера и «Дней до срока» будут прочитаны неверно.',
    SEND_US,
    (f) => `1,5 прочитано как ${typeName(f)} ${f}`,
  ],
  'value-empty': [
    'Пустая ячейка читается как пустая строка',
    'Пустые «Статус» и «Дата выполнения» будут приняты за заполненные.',
    SEND_US,
    (f, ok) => (ok ? typeName('') : `получено ${typeName(f)} «${f}»`),
  ],
  'value-text': [
    'Текст, похожий на формулу, остаётся текстом',
    'Текст из ячеек мог бы выполниться как формула.',
    SEND_US,
    (f, ok) => (ok ? 'осталась текстом' : `получено «${f}»`),
  ],
  'conditional-rule': [
    'Правило цвета узнаётся после чтения',
    '«Подготовить таблицу» будет добавлять правила цвета заново при каждом запуске.',
    SEND_US,
    (f) =>
      typeof f === 'number'
        ? `прочитано правил: ${f} вместо 1`
        : `формула после чтения: ${f.formula ?? 'нет'}; цвета: ${f.background ?? '—'} / ${f.fontColor ?? '—'}`,
  ],
  metadata: [
    'Метка листа (developer metadata) находится по ключу',
    'Дополнение не найдёт свои листы после переименования и создаст их заново.',
    SEND_US,
    (f) => `найдено меток: ${f} (видимость DOCUMENT)`,
  ],
  trigger: [
    'Триггер ночной проверки найден по своему id',
    'Ночная проверка не запустится или запустится дважды.',
    'Выключите и снова включите ночную проверку в боковой панели.',
    (f) => {
      if (f === 'off') return 'ночная проверка выключена: проверять нечего';
      if ('owner' in f) return `триггер принадлежит ${f.owner}: найти его может только владелец`;
      return 'hour' in f ? `найден, каждый день около ${f.hour}:00` : `триггер ${f.id} не найден`;
    },
  ],
  lock: [
    'Блокировка документа доступна',
    'Два действия сразу (рассылка и ночная проверка) могли бы отправить одно письмо дважды.',
    'Запускайте дополнение из меню таблицы, а не из редактора скриптов.',
    (f) =>
      ({
        none: lowerFirst(say({ code: 'no-document-lock' })),
        busy: 'занята другим действием дольше 10 секунд',
        ok: 'получена и снята',
      })[f],
  ],
  'document-properties': [
    'Свойства документа: запись, чтение, объём',
    'Настройки, владелец ночной проверки и отметки об отправке не сохранятся.',
    'Если объём близок к пределу, удалите старые строки журнала; иначе пришлите таблицу разработчикам.',
    propertiesDetail,
  ],
  'user-properties': [
    'Свойства пользователя: запись и чтение',
    'Служба свойств Google недоступна этой учётной записи.',
    'Повторите позже; если не помогает — пришлите таблицу разработчикам.',
    propertiesDetail,
  ],
  'mail-quota': [
    'Остаток квоты писем на сегодня',
    'Сегодня напоминания не уйдут: они будут отложены до завтра.',
    'Подождите сутки или отправляйте с учётной записи Google Workspace (1 500 адресатов в день).',
    (f) => `осталось адресатов на сегодня: ${f}`,
  ],
  'effective-user': [
    'Адрес текущего пользователя известен',
    'Владелец ночной проверки и отправитель писем не будут показаны.',
    'Разрешите дополнению видеть ваш адрес (userinfo.email) при авторизации.',
    (f) => f || 'адрес скрыт',
  ],
  scopes: [
    'Разрешения дополнения выданы',
    'Часть действий (письма, триггер, меню) завершится ошибкой доступа.',
    'Запустите любое действие из меню и подтвердите все разрешения.',
    (f, ok) =>
      ok
        ? f
          ? `выданы: ${f.join(', ')}`
          : 'все разрешения выданы'
        : `не выданы: ${f?.join(', ') || 'часть разрешений'}`,
  ],
  answers: [
    'Ответы исполнителей: веб-приложение',
    'Ссылки «Отметить выполненным» в письмах не откроются или не смогут открыть таблицу.',
    'Отправьте проект с манифестом appsscript.answers.json (npm run deploy:answers), подтвердите разрешение «spreadsheets» и разверните веб-приложение (README, «Ответы исполнителей»).',
    (f, ok) => {
      if (f === 'off') return 'не опубликовано: письма без ссылок для ответа (это необязательно)';
      if ('bytes' in f) return `подпись ссылок: ${f.bytes} байт вместо 32`;
      return ok
        ? `опубликовано: ${f.url}`
        : `опубликовано (${f.url}), но не выдано разрешение spreadsheets: страница не откроет таблицу`;
    },
  ],
  installation: [
    'Где находится меню',
    'Не удалось определить, как установлено дополнение.',
    `Меню «${ADDIN_NAME}» ищите вверху или в «Расширениях».`,
    (f) =>
      f === 'top-level'
        ? `скрипт привязан к таблице: меню «${ADDIN_NAME}» в верхней строке меню`
        : `установлено как дополнение: меню в «Расширения» → «${ADDIN_NAME}»`,
  ],
  cleanup: [
    'Временный лист удалён',
    'В таблице остался скрытый лист диагностики.',
    `Удалите скрытый лист «${DIAGNOSTICS_SHEET_NAME}» вручную (правый клик по ярлыку).`,
    (f) => ({ none: NO_TEMP_SHEET, left: 'лист остался в таблице', removed: 'лист удалён' })[f],
  ],
};

/** The detail of a check that threw: Google's message, or why it could not run. */
export const diagnosticError = (message: string) => `ошибка: ${message}`;
/** Why a check on the temporary sheet could not run. */
export const NO_TEMP_SHEET = 'временный лист не создан';

/**
 * How the menu's dialog and `roadmap diagnose` mark a check passed or failed (`bad`, as the
 * dialog's CSS class) and introduce a failure's texts.
 */
export const DIAGNOSTIC_LABELS = { ok: 'ок', bad: 'не ок', meaning: 'Что это значит', action: 'Что сделать' };

/** An own sheet's name when the person has a sheet of that name: «Исполнители (дорожная карта)». */
export const OWN_SHEET_MARK = ' (дорожная карта)';

/** The menu's items, keyed by the global each one calls; an alert or dialog of an item is titled by its label. */
export const MENU_LABELS: Readonly<Record<MenuHandler, string>> = {
  openSidebar: 'Открыть панель',
  menuPrepare: 'Подготовить таблицу',
  menuCheck: 'Проверить сроки',
  menuRefreshSummaries: 'Обновить сводки',
  menuPreview: 'Предпросмотр напоминаний',
  menuSendReminders: 'Отправить напоминания',
  menuToggleNightly: 'Ночная проверка: включить или выключить',
  menuCreateCalendar: 'Свои выходные и рабочие дни (лист «Календарь»)',
  menuDiagnostics: 'Диагностика',
  menuHelp: 'Справка',
};

/** The titles of the alerts that are not an item's label. */
export const ALERT_TITLES = { sent: 'Напоминания', nightly: 'Ночная проверка', help: `${ADDIN_NAME}: справка` };

/** «Справка»: what the menu's items do, in the order a person uses them, and where the Russian guide is. */
export const HELP_TEXT = [
  `1. «${MENU_LABELS.menuPrepare}» добавляет справа столбцы Статус, Дата выполнения, Новый срок, Отметка об исполнении и расчётные столбцы, а также лист «${DIRECTORY_SHEET_NAME}». Ваши ячейки не меняются.`,
  `2. Впишите адреса исполнителей на листе «${DIRECTORY_SHEET_NAME}».`,
  `3. «${MENU_LABELS.menuCheck}» читает «Срок исполнения» (например, «февраль-март 2021 г.», «ежемесячно», «в течение года») и отмечает состояние каждого мероприятия.`,
  `4. «${MENU_LABELS.menuSendReminders}» отправляет каждому исполнителю одно письмо о его просроченных и близких сроках; повторно то же напоминание не отправляется.`,
  `5. Ночная проверка делает всё это каждый день сама; письма уходят только в рабочие дни производственного календаря, свои выходные и рабочие дни впишите в лист «${CALENDAR_SHEET_NAME}».`,
  `«${MENU_LABELS.menuDiagnostics}» проверяет, всё ли дополнение может делать в этой таблице; если есть «${DIAGNOSTIC_LABELS.bad}», пришлите её таблицу разработчикам.`,
  'Подробное руководство (для координатора и администратора): docs/guide.md в репозитории дополнения.',
].join('\n\n');
