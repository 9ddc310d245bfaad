/**
 * «Диагностика»: every assumption the add-in makes about Google, as a row a person can read —
 * «проверка — ок / не ок — что это значит — что сделать». The Apps Script side
 * (src/addon/diagnostics.ts) measures; this module names the checks and words the rows, so the
 * sidebar, the menu's dialog and `roadmap diagnose` say the same.
 */
export interface DiagnosticCheck {
  id: CheckId;
  title: string;
  ok: boolean;
  /** What was seen, in Russian (values, names, sizes). */
  detail: string;
  /** What a failure means for the add-in ('' when ok). */
  meaning: string;
  /** What to do about a failure ('' when ok). */
  action: string;
}

export interface DiagnosticsReport {
  /** ISO timestamp of the run. */
  at: string;
  checks: DiagnosticCheck[];
}

interface CheckText {
  title: string;
  meaning: string;
  action: string;
}

const SEND_US = 'Пришлите эту таблицу разработчикам.';

/** The checks in the order they run, with what a failure means and what to do. */
export const CHECKS = {
  spreadsheet: {
    title: 'Открытая таблица доступна скрипту',
    meaning: 'Дополнение не видит таблицу, в которой запущено: ничего не будет работать.',
    action: 'Откройте дорожную карту в Google Таблицах и запустите «Диагностику» из её меню.',
  },
  'time-zones': {
    title: 'Часовой пояс таблицы и скрипта',
    meaning: 'Без пояса таблицы «сегодня» и сроки могут сдвинуться на день.',
    action: 'Файл → Настройки → Часовой пояс: выберите пояс вашего региона.',
  },
  'temp-sheet': {
    title: 'Временный скрытый лист создаётся',
    meaning: 'Дополнение не может добавлять листы: не появятся «Исполнители», журнал и сводки.',
    action: 'Проверьте, что у вас есть права редактора и таблица не защищена целиком.',
  },
  'value-date': {
    title: 'Дата читается как дата в поясе таблицы',
    meaning: 'Даты выполнения и сроки будут прочитаны неверно.',
    action: SEND_US,
  },
  'value-number': {
    title: 'Число читается как число',
    meaning: 'Номера и «Дней до срока» будут прочитаны неверно.',
    action: SEND_US,
  },
  'value-empty': {
    title: 'Пустая ячейка читается как пустая строка',
    meaning: 'Пустые «Статус» и «Дата выполнения» будут приняты за заполненные.',
    action: SEND_US,
  },
  'value-text': {
    title: 'Текст, похожий на формулу, остаётся текстом',
    meaning: 'Текст из ячеек мог бы выполниться как формула.',
    action: SEND_US,
  },
  'conditional-rule': {
    title: 'Правило цвета узнаётся после чтения',
    meaning: '«Подготовить таблицу» будет добавлять правила цвета заново при каждом запуске.',
    action: SEND_US,
  },
  metadata: {
    title: 'Метка листа (developer metadata) находится по ключу',
    meaning: 'Дополнение не найдёт свои листы после переименования и создаст их заново.',
    action: SEND_US,
  },
  trigger: {
    title: 'Триггер ночной проверки найден по своему id',
    meaning: 'Ночная проверка не запустится или запустится дважды.',
    action: 'Выключите и снова включите ночную проверку в боковой панели.',
  },
  lock: {
    title: 'Блокировка документа доступна',
    meaning: 'Два действия сразу (рассылка и ночная проверка) могли бы отправить одно письмо дважды.',
    action: 'Запускайте дополнение из меню таблицы, а не из редактора скриптов.',
  },
  'document-properties': {
    title: 'Свойства документа: запись, чтение, объём',
    meaning: 'Настройки, владелец ночной проверки и отметки об отправке не сохранятся.',
    action: 'Если объём близок к пределу, удалите старые строки журнала; иначе пришлите таблицу разработчикам.',
  },
  'user-properties': {
    title: 'Свойства пользователя: запись и чтение',
    meaning: 'Служба свойств Google недоступна этой учётной записи.',
    action: 'Повторите позже; если не помогает — пришлите таблицу разработчикам.',
  },
  'mail-quota': {
    title: 'Остаток квоты писем на сегодня',
    meaning: 'Сегодня напоминания не уйдут: они будут отложены до завтра.',
    action: 'Подождите сутки или отправляйте с учётной записи Google Workspace (1 500 адресатов в день).',
  },
  'effective-user': {
    title: 'Адрес текущего пользователя известен',
    meaning: 'Владелец ночной проверки и отправитель писем не будут показаны.',
    action: 'Разрешите дополнению видеть ваш адрес (userinfo.email) при авторизации.',
  },
  scopes: {
    title: 'Разрешения дополнения выданы',
    meaning: 'Часть действий (письма, триггер, меню) завершится ошибкой доступа.',
    action: 'Запустите любое действие из меню и подтвердите все разрешения.',
  },
  answers: {
    title: 'Ответы исполнителей: веб-приложение',
    meaning: 'Ссылки «Отметить выполненным» в письмах не откроются или не смогут открыть таблицу.',
    action:
      'Отправьте проект с манифестом appsscript.answers.json (npm run deploy:answers), подтвердите разрешение «spreadsheets» и разверните веб-приложение (README, «Ответы исполнителей»).',
  },
  installation: {
    title: 'Где находится меню',
    meaning: 'Не удалось определить, как установлено дополнение.',
    action: 'Меню «Дорожная карта» ищите вверху или в «Расширениях».',
  },
  cleanup: {
    title: 'Временный лист удалён',
    meaning: 'В таблице остался скрытый лист диагностики.',
    action: 'Удалите скрытый лист «Диагностика дорожной карты» вручную (правый клик по ярлыку).',
  },
} as const satisfies Record<string, CheckText>;

export type CheckId = keyof typeof CHECKS;
export const CHECK_IDS = Object.keys(CHECKS) as CheckId[];

/** One row: diagnosticRow('lock', true, 'получена и снята') → { id: 'lock', ok: true, meaning: '', action: '' … }. */
export function diagnosticRow(id: CheckId, ok: boolean, detail: string): DiagnosticCheck {
  const text: CheckText = CHECKS[id];
  return { id, title: text.title, ok, detail, meaning: ok ? '' : text.meaning, action: ok ? '' : text.action };
}

/** The report as Russian lines for the CLI: «✓ Блокировка документа доступна — получена и снята». */
export function diagnosticsLines(report: DiagnosticsReport): string[] {
  const lines = report.checks.map((c) => {
    const head = `${c.ok ? 'ок   ' : 'НЕ ОК'} ${c.title} — ${c.detail}`;
    return c.ok ? head : `${head}\n      Что это значит: ${c.meaning}\n      Что сделать: ${c.action}`;
  });
  const failed = report.checks.filter((c) => !c.ok).length;
  lines.push(
    '',
    failed === 0
      ? `Все проверки пройдены (${report.checks.length}).`
      : `Не пройдено проверок: ${failed} из ${report.checks.length}. Пришлите эту таблицу разработчикам.`,
  );
  return lines;
}
