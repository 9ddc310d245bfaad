import { type CheckId, diagnosticRow } from '../../../src/core/diagnostics';
import {
  ANSWER_PROBLEM_TEXTS,
  answerProblemText,
  DIAGNOSTIC_TEXTS,
  DIAGNOSTICS_SHEET_NAME,
  type DiagnosticFindings,
  DOUBT_TEXTS,
  diagnosticError,
  MESSAGE_TEXTS,
  type MessageCode,
  type MessageOf,
  NO_TEMP_SHEET,
  SETTING_TEXTS,
  say,
  settingText,
  WARNING_TEXTS,
  warningText,
} from '../../../src/core/i18n';
import { mailRefusal } from '../../../src/core/reminders';

/**
 * One sample of every message code and what its sentence must show. Typed by code, so a new
 * code does not compile without a sample; the test below also walks the table's own keys.
 */
const SAMPLES: { [C in MessageCode]: { message: MessageOf<C>; shows: string[] } } = {
  'no-table': { message: { code: 'no-table' }, shows: ['не найдена'] },
  'deadline-unreadable': {
    message: {
      code: 'deadline-unreadable',
      row: 12,
      column: 4,
      header: 'Срок исполнения',
      text: 'фервряль 2021',
      why: { code: 'possible-typo', detail: 'фервряль', typos: [{ word: 'фервряль', suggestion: 'февраль' }] },
    },
    shows: ['Строка 12, столбец D (Срок исполнения)', 'фервряль 2021', '«фервряль» (февраль?)'],
  },
  'deadline-doubtful': {
    message: {
      code: 'deadline-doubtful',
      row: 5,
      column: 4,
      header: 'Срок',
      text: 'до 01.03.2021',
      doubt: { code: 'before-approval', detail: '2021-03-15' },
    },
    shows: ['Строка 5, столбец D (Срок)', 'до 01.03.2021', '15.03.2021', 'Проверьте срок'],
  },
  'deadline-warning': {
    message: {
      code: 'deadline-warning',
      row: 3,
      column: 3,
      header: 'Срок',
      warning: { code: 'range-backwards', detail: 'май-март' },
    },
    shows: ['Строка 3, столбец C (Срок)', 'май-март'],
  },
  'missing-executor': {
    message: { code: 'missing-executor', row: 7, column: null, role: 'executors', number: '1.2' },
    shows: ['Строка 7 (Исполнители)', '1.2'],
  },
  'missing-deadline': {
    message: { code: 'missing-deadline', row: 8, column: 4, header: 'Срок', number: '3' },
    shows: ['Строка 8, столбец D (Срок)', 'мероприятия 3'],
  },
  'duplicate-number': {
    message: { code: 'duplicate-number', row: 9, column: 1, header: '№', number: '1.1', firstRow: 4 },
    shows: ['Строка 9, столбец A (№)', '1.1', 'строке 4'],
  },
  'number-out-of-order': {
    message: { code: 'number-out-of-order', row: 9, column: 1, header: '№', number: '1.1', previous: '1.3' },
    shows: ['1.1', '1.3'],
  },
  'measure-before-section': {
    message: { code: 'measure-before-section', row: 6, column: null },
    shows: ['Строка 6:'],
  },
  'number-ambiguous': {
    message: { code: 'number-ambiguous', row: 10, column: 1, header: '№', chosen: '1.1', other: '1.10' },
    shows: ['1.1', "'1.10"],
  },
  'status-unknown': {
    message: { code: 'status-unknown', row: 8, column: 7, header: 'Статус', text: 'да' },
    shows: ['Строка 8, столбец G (Статус)', '«да»'],
  },
  'status-date-conflict': {
    message: { code: 'status-date-conflict', row: 3, column: 6, header: 'Дата выполнения', status: 'in-progress' },
    shows: ['Строка 3, столбец F (Дата выполнения)', 'статус «В работе»'],
  },
  'date-unreadable': {
    message: { code: 'date-unreadable', row: 4, column: 6, header: 'Дата выполнения', text: 'вчера' },
    shows: ['«вчера»', 'ДД.ММ.ГГГГ'],
  },
  'directory-missing': { message: { code: 'directory-missing' }, shows: ['«Исполнители»'] },
  'executor-unknown': {
    message: { code: 'executor-unknown', row: 28, column: 3, name: 'Департамент' },
    shows: ['Строка 28', '«Департамент»'],
  },
  'executor-no-email': {
    message: { code: 'executor-no-email', row: 28, column: 3, name: 'Иванов', directoryRow: 5 },
    shows: ['Строка 28', '«Иванов»', 'строка 5'],
  },
  'directory-no-name': {
    message: { code: 'directory-no-name', row: 4, column: 1 },
    shows: ['«Исполнители», строка 4, столбец A'],
  },
  'email-invalid': {
    message: { code: 'email-invalid', row: 3, column: 2, address: 'ivanov@\nx' },
    shows: ['«Исполнители», строка 3, столбец B', '«ivanov@⏎x»'],
  },
  'directory-no-email': {
    message: { code: 'directory-no-email', row: 2, column: null, name: 'Иванов' },
    shows: ['«Исполнители», строка 2:', '«Иванов»'],
  },
  'directory-duplicate': {
    message: { code: 'directory-duplicate', row: 6, column: 1, name: 'Иванов', firstRow: 2 },
    shows: ['строка 6, столбец A', '«Иванов»', 'строке 2'],
  },
  'calendar-date-invalid': {
    message: { code: 'calendar-date-invalid', row: 5, column: 1, text: '31.06.2021' },
    shows: ['«Календарь», строка 5, столбец A', '«31.06.2021»'],
  },
  'calendar-kind-invalid': {
    message: { code: 'calendar-kind-invalid', row: 6, column: 2, text: 'может быть' },
    shows: ['строка 6, столбец B', '«может быть»'],
  },
  'calendar-duplicate': {
    message: { code: 'calendar-duplicate', row: 7, column: 1, firstRow: 2 },
    shows: ['строка 7, столбец A', 'строке 2'],
  },
  'coordinator-missing': { message: { code: 'coordinator-missing' }, shows: ['Адрес координатора'] },
  'mail-address-refused': {
    message: { code: 'mail-address-refused', address: 'x@y', google: 'Invalid email: x@y' },
    shows: ['адрес x@y', '(Invalid email: x@y)'],
  },
  'mail-too-many-recipients': {
    message: { code: 'mail-too-many-recipients', limit: 50, google: 'Email Recipients Per Message' },
    shows: ['больше 50 получателей', '(Email Recipients Per Message)'],
  },
  'mail-too-large': { message: { code: 'mail-too-large', google: 'Email Body Size' }, shows: ['(Email Body Size)'] },
  'mail-daily-limit': { message: { code: 'mail-daily-limit', google: 'one day: email' }, shows: ['(one day: email)'] },
  'mail-no-recipient': { message: { code: 'mail-no-recipient', google: 'no recipient' }, shows: ['(no recipient)'] },
  'mail-refused': { message: { code: 'mail-refused', google: 'Something new' }, shows: ['(Something new)'] },
  'mail-said': { message: { code: 'mail-said', text: 'Письмо не отправлено.' }, shows: ['Письмо не отправлено.'] },
  'mail-copies-failed': {
    message: {
      code: 'mail-copies-failed',
      recipients: ['a@x.ru', 'b@x.ru'],
      refusal: { code: 'mail-address-refused', address: 'b@x.ru', google: 'Invalid email: b@x.ru' },
    },
    shows: ['копии a@x.ru, b@x.ru: Google не принял адрес b@x.ru'],
  },
  'no-table-hint': { message: { code: 'no-table-hint' }, shows: ['Открыть панель', '«Столбцы таблицы»'] },
  prepared: {
    message: { code: 'prepared', added: ['Статус', 'Новый срок'], directoryRowsAdded: 2 },
    shows: ['Добавлены столбцы: Статус, Новый срок.', 'добавлено 2'],
  },
  'checked-nowhere-to-write': { message: { code: 'checked-nowhere-to-write' }, shows: ['«Подготовить таблицу»'] },
  checked: {
    message: { code: 'checked', total: 9, overdue: 2, soon: 3, problems: 4 },
    shows: ['Проверено: 9', 'Просрочено: 2', 'скоро срок: 3', 'Замечаний: 4'],
  },
  'summaries-refreshed': {
    message: { code: 'summaries-refreshed', names: ['1. Задача', '2. Задача'] },
    shows: ['1. Задача, 2. Задача'],
  },
  'send-confirm': { message: { code: 'send-confirm' }, shows: ['Предпросмотр'] },
  sent: {
    message: {
      code: 'sent',
      sent: 3,
      failures: [{ to: 'a@x.ru', message: 'нет связи' }],
      postponed: 1,
      heldUntil: null,
    },
    shows: ['Отправлено писем: 3.', 'a@x.ru — нет связи', 'лимита писем: 1'],
  },
  'nightly-owned-by-other': { message: { code: 'nightly-owned-by-other', email: 'b@x.ru' }, shows: ['b@x.ru'] },
  'nightly-off': { message: { code: 'nightly-off' }, shows: ['выключена'] },
  'nightly-on': {
    message: { code: 'nightly-on', hour: 6, timeZone: 'Europe/Moscow' },
    shows: ['около 6:00 (Europe/Moscow)'],
  },
  'calendar-sheet': { message: { code: 'calendar-sheet', created: true }, shows: ['Создан лист «Календарь»'] },
  'diagnostics-summary': {
    message: { code: 'diagnostics-summary', failed: 2, total: 7 },
    shows: ['Не пройдено: 2 из 7'],
  },
  busy: { message: { code: 'busy' }, shows: ['Повторите через минуту.'] },
  'no-document-lock': { message: { code: 'no-document-lock' }, shows: ['Блокировка документа недоступна'] },
  'chosen-sheet-missing': {
    message: { code: 'chosen-sheet-missing', sheetName: 'План 2021' },
    shows: ['Выбранный лист «План 2021» не найден'],
  },
  'settings-sheet-missing': {
    message: { code: 'settings-sheet-missing', sheetName: 'План' },
    shows: ['Лист «План», указанный в настройках, не найден.'],
  },
  'roadmap-not-found': { message: { code: 'roadmap-not-found' }, shows: ['Таблица дорожной карты не найдена'] },
  'no-spreadsheet': { message: { code: 'no-spreadsheet' }, shows: ['Нет открытой таблицы'] },
  'no-document-properties': { message: { code: 'no-document-properties' }, shows: ['Свойства документа недоступны'] },
  'sidebar-checked': {
    message: { code: 'sidebar-checked', measures: 21 },
    shows: ['Сроки проверены: 21 мероприятие.'],
  },
  'sidebar-summaries': { message: { code: 'sidebar-summaries', sheets: 3 }, shows: ['Сводки обновлены: 3 листа.'] },
  'report-period-invalid': { message: { code: 'report-period-invalid' }, shows: ['Период отчёта'] },
  'report-built': { message: { code: 'report-built' }, shows: ['Отчёт для совета обновлён.'] },
  'sidebar-sent': {
    message: { code: 'sidebar-sent', sent: 4, failed: 1, postponed: 2, heldUntil: null },
    shows: ['Отправлено писем: 4, ошибок: 1, отложено до завтра из-за лимита: 2.'],
  },
  'nightly-on-by-other': { message: { code: 'nightly-on-by-other', email: 'b@x.ru' }, shows: ['пользователем b@x.ru'] },
  'nightly-taken-over': {
    message: { code: 'nightly-taken-over', previous: 'b@x.ru' },
    shows: ['Триггер b@x.ru удалить', 'пусть b@x.ru выключит'],
  },
  'nightly-off-by-other': {
    message: { code: 'nightly-off-by-other', email: 'b@x.ru', removedMine: true },
    shows: ['Ваш прежний триггер', 'пользователем b@x.ru'],
  },
  'settings-saved': {
    message: { code: 'settings-saved', hour: 5 },
    shows: ['Настройки сохранены. Ночная проверка перенесена на 5:00.'],
  },
  'table-automatic': { message: { code: 'table-automatic' }, shows: ['по заголовкам столбцов'] },
  'table-sheet-missing': { message: { code: 'table-sheet-missing', sheet: 'План' }, shows: ['Лист «План» не найден.'] },
  'table-sheet-chosen': { message: { code: 'table-sheet-chosen', sheetName: 'План' }, shows: ['«План»'] },
  'table-columns-saved': {
    message: { code: 'table-columns-saved', sheetName: 'План', measures: 17 },
    shows: ['(лист «План»)', 'мероприятий — 17'],
  },
  'answer-decided': {
    message: { code: 'answer-decided', heading: '1.2', accepted: false },
    shows: ['Ответ по мероприятию 1.2 отклонён.'],
  },
  'answer-links-revoked': { message: { code: 'answer-links-revoked' }, shows: ['отозваны'] },
  'answer-no-columns': { message: { code: 'answer-no-columns' }, shows: ['«Подготовить таблицу»'] },
  'answer-measure-gone': {
    message: { code: 'answer-measure-gone', heading: '2.3' },
    shows: ['Мероприятие 2.3 не найдено'],
  },
  'answer-not-found': { message: { code: 'answer-not-found' }, shows: ['лист «Ответы исполнителей»'] },
  'answer-already-decided': { message: { code: 'answer-already-decided' }, shows: ['уже принято решение'] },
  'answer-page-failed': { message: { code: 'answer-page-failed' }, shows: ['Не удалось открыть'] },
  'answer-not-yours': { message: { code: 'answer-not-yours' }, shows: ['Ничего не изменено.'] },
  'answer-received': { message: { code: 'answer-received', outcome: 'passed' }, shows: ['передан координатору'] },
  'nightly-not-trigger': { message: { code: 'nightly-not-trigger' }, shows: ['триггером'] },
  'nightly-no-properties': { message: { code: 'nightly-no-properties' }, shows: ['свойства документа'] },
  'nightly-no-spreadsheet': { message: { code: 'nightly-no-spreadsheet' }, shows: ['таблица недоступна'] },
  'nightly-running': { message: { code: 'nightly-running' }, shows: ['Выполняется'] },
  'nightly-step-failed': {
    message: { code: 'nightly-step-failed', step: 'reading' },
    shows: ['Ошибка на шаге «чтение таблицы».'],
  },
  'nightly-held': {
    message: { code: 'nightly-held', until: '2021-11-08', digests: 3 },
    shows: ['(писем: 3)', '08.11.2021'],
  },
  'nightly-done': {
    message: { code: 'nightly-done', measures: 12, summaries: { count: 2, changed: 1 }, mail: null },
    shows: ['Проверено мероприятий: 12', 'сводок: 2, изменились: 1', 'рассылка выключена'],
  },
};

const CYRILLIC = /[А-Яа-яЁё]/;

describe('the Russian table has a sentence for every message code', () => {
  it.each(Object.keys(MESSAGE_TEXTS))('%s: a Russian sentence with its parameters', (code) => {
    const sample = SAMPLES[code as MessageCode];
    expect(sample).toBeDefined();
    const sentence = say(sample.message);
    expect(sentence).toMatch(CYRILLIC);
    expect(sentence).toMatch(/[.)…]$|\d$/);
    for (const part of sample.shows) expect(sentence).toContain(part);
  });

  it('has no sample for a code the table does not know', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(MESSAGE_TEXTS).sort());
  });

  it.each(Object.keys(WARNING_TEXTS))('deadline warning %s: a Russian sentence quoting its detail', (code) => {
    const warning = { code: code as keyof typeof WARNING_TEXTS, detail: 'март 2020' };
    expect(warningText(warning)).toMatch(CYRILLIC);
    if (code !== 'empty') expect(warningText(warning)).toContain('март 2020');
  });

  it.each(Object.keys(ANSWER_PROBLEM_TEXTS))('answer problem %s: a Russian sentence', (code) => {
    expect(answerProblemText(code as keyof typeof ANSWER_PROBLEM_TEXTS)).toMatch(/^[А-ЯЁ].*[А-Яа-яЁё].*\.$/);
    if (code === 'comment-long') expect(answerProblemText(code)).toContain('1000 символов');
  });

  it.each(Object.keys(SETTING_TEXTS))('setting %s: a Russian sentence', (field) => {
    const text = settingText({ field: field as keyof typeof SETTING_TEXTS, code: 'out-of-range' });
    expect(text).toMatch(/^[«А-ЯЁ].*[А-Яа-яЁё].*\.$/);
  });

  it.each(Object.keys(DIAGNOSTIC_TEXTS))('diagnostic %s: a title, what a failure means, what to do', (id) => {
    const [title, meaning, action] = DIAGNOSTIC_TEXTS[id as keyof typeof DIAGNOSTIC_TEXTS];
    for (const part of [title, meaning, action]) expect(part).toMatch(/^[«А-ЯЁ].*[А-Яа-яЁё]/);
    expect(meaning).toMatch(/\.$/);
  });

  it.each(Object.keys(DOUBT_TEXTS))('doubt %s: a Russian reason naming its detail', (code) => {
    const text = DOUBT_TEXTS[code as keyof typeof DOUBT_TEXTS]('2019-03-15');
    expect(text).toMatch(CYRILLIC);
    expect(text).toMatch(/2019/);
  });
});

const DOUBT_2019 = { code: 'year-outside-plan', detail: '2019' } as const;
const TYPO = {
  code: 'possible-typo',
  detail: 'сентбярь',
  typos: [{ word: 'сентбярь', suggestion: 'сентябрь' }],
} as const;

describe('Google’s refusals worded word for word as before the table', () => {
  it.each([
    [
      'Limit Exceeded: Email Recipients Per Message.',
      'больше 50 получателей в одном письме (Limit Exceeded: Email Recipients Per Message.)',
    ],
    ['Invalid email: x@y', 'Google не принял адрес x@y (Invalid email: x@y)'],
    ['Limit Exceeded: Email Body Size.', 'письмо больше 200 КБ (Limit Exceeded: Email Body Size.)'],
    ['Something\nnew', 'Google не отправил письмо (Something new)'],
    ['Нет связи', 'Нет связи'],
  ])('%s', (google, sentence) => {
    expect(say(mailRefusal(google))).toBe(sentence);
  });
});

describe('sentences kept word for word from before the table', () => {
  it.each([
    [
      { code: 'calendar-date-invalid', row: 5, column: 1, text: '31.06.2021' } as const,
      '«Календарь», строка 5, столбец A: «31.06.2021» — не дата; укажите день как 15.06.2021.',
    ],
    [
      { code: 'deadline-doubtful', row: 6, column: 4, header: 'Срок', text: 'март 2019', doubt: DOUBT_2019 } as const,
      'Строка 6, столбец D (Срок): проверьте срок «март 2019» — год 2019 не подходит к плану, возможно, опечатка. Состояние «Проверьте срок», напоминания не отправляются.',
    ],
    [
      { code: 'deadline-unreadable', row: 12, column: 4, header: 'Срок', text: 'сентбярь', why: TYPO } as const,
      'Строка 12, столбец D (Срок): срок «сентбярь» не распознан — укажите месяц, квартал или дату. Похоже на опечатку: «сентбярь» (сентябрь?).',
    ],
    [
      { code: 'deadline-warning', row: 3, column: 3, header: 'Срок', warning: { code: 'empty', detail: '' } } as const,
      'Строка 3, столбец C (Срок): срок не указан.',
    ],
    [{ code: 'prepared', added: [], directoryRowsAdded: 0 } as const, 'Все столбцы уже на месте.'],
    [
      {
        code: 'sent',
        sent: 0,
        failures: [],
        postponed: 0,
        heldUntil: '2021-11-08',
      } as const,
      'Отправлено писем: 0.\nСегодня нерабочий день: напоминания будут отправлены 08.11.2021.',
    ],
    [
      {
        code: 'nightly-done',
        measures: 5,
        summaries: null,
        mail: {
          sent: 0,
          heldUntil: '2021-11-08',
          digests: 0,
          failures: [{ to: ['a@x.ru'], measures: ['1'], message: 'нет' }],
          postponed: 2,
          remaining: 3,
        },
      } as const,
      'Проверено мероприятий: 5; сводки не обновлены; сегодня нерабочий день: напоминания отправляются 08.11.2021, ошибок: 1 (a@x.ru (1): нет), отложено из-за лимита: 2, не успели отправить (в следующий раз): 3.',
    ],
    [
      { code: 'calendar-sheet', created: false } as const,
      'Лист «Календарь» уже есть: впишите в него свои выходные и рабочие дни.',
    ],
  ])('%o', (message, sentence) => {
    expect(say(message)).toBe(sentence);
  });
});

/**
 * Every sentence of «Диагностика»'s detail column: what each check saw (DiagnosticFindings),
 * whether it passed, and the sentence, word for word as addon/diagnostics.ts wrote it before the
 * table (two kept apart before now say the same thing once: the lock and the temporary sheet).
 */
const DETAILS: {
  [C in CheckId]: [found: DiagnosticFindings[C], ok: boolean, sentence: string][];
} = {
  spreadsheet: [
    ['План 2021', true, '«План 2021»'],
    [null, false, 'нет открытой таблицы'],
  ],
  'time-zones': [
    [{ sheet: 'Asia/Tomsk', script: 'Asia/Tomsk' }, true, 'таблица: Asia/Tomsk, скрипт: Asia/Tomsk'],
    [
      { sheet: '', script: 'Europe/Moscow' },
      false,
      'таблица: не задан, скрипт: Europe/Moscow (различаются: сроки считаются по поясу таблицы)',
    ],
  ],
  'temp-sheet': [['Диагностика дорожной карты 2', true, 'лист «Диагностика дорожной карты 2» создан и скрыт']],
  'value-date': [
    [{ value: new Date(2021, 5, 15), date: '15.06.2021' }, true, '15.06.2021 прочитано как 15.06.2021'],
    [{ value: '15.06.2021', date: '' }, false, 'получено текст вместо даты'],
  ],
  'value-number': [
    [1.5, true, '1,5 прочитано как число 1.5'],
    ['1,5', false, '1,5 прочитано как текст 1,5'],
    [true, false, '1,5 прочитано как boolean true'],
  ],
  'value-empty': [
    ['', true, 'пустая строка'],
    [0, false, 'получено число «0»'],
  ],
  'value-text': [
    ['=IMPORTXML("http://example.org","//a")', true, 'осталась текстом'],
    ['#N/A', false, 'получено «#N/A»'],
  ],
  'conditional-rule': [
    [2, false, 'прочитано правил: 2 вместо 1'],
    [
      { formula: '=$C2="Просрочено"', background: '#f4c7c3', fontColor: '#a50e0e' },
      true,
      'формула после чтения: =$C2="Просрочено"; цвета: #f4c7c3 / #a50e0e',
    ],
    [{ formula: null, background: null, fontColor: null }, false, 'формула после чтения: нет; цвета: — / —'],
  ],
  metadata: [[1, true, 'найдено меток: 1 (видимость DOCUMENT)']],
  trigger: [
    ['off', true, 'ночная проверка выключена: проверять нечего'],
    [{ owner: 'b@x.ru' }, true, 'триггер принадлежит b@x.ru: найти его может только владелец'],
    [{ hour: 6 }, true, 'найден, каждый день около 6:00'],
    [{ id: '123' }, false, 'триггер 123 не найден'],
  ],
  lock: [
    // Was «блокировка недоступна (скрипт запущен не из таблицы)»: now the lock's own refusal, 'no-document-lock'.
    ['none', false, 'блокировка документа недоступна: скрипт запущен не из таблицы'],
    ['busy', false, 'занята другим действием дольше 10 секунд'],
    ['ok', true, 'получена и снята'],
  ],
  'document-properties': [
    ['none', false, 'хранилище недоступно'],
    ['lost', false, 'записанное значение не прочитано'],
    [
      { total: 2560, largest: 1024 },
      true,
      'запись и чтение работают; занято 2.5 КБ из 500 КБ, самое большое значение 1.0 КБ из 9 КБ',
    ],
  ],
  'user-properties': [
    [
      { total: 0, largest: 0 },
      true,
      'запись и чтение работают; занято 0.0 КБ из 500 КБ, самое большое значение 0.0 КБ из 9 КБ',
    ],
  ],
  'mail-quota': [[97, true, 'осталось адресатов на сегодня: 97']],
  'effective-user': [
    ['a@x.ru', true, 'a@x.ru'],
    ['', false, 'адрес скрыт'],
  ],
  scopes: [
    [['spreadsheets', 'userinfo.email'], true, 'выданы: spreadsheets, userinfo.email'],
    [null, true, 'все разрешения выданы'],
    [['script.send_mail'], false, 'не выданы: script.send_mail'],
    [[], false, 'не выданы: часть разрешений'],
  ],
  answers: [
    ['off', true, 'не опубликовано: письма без ссылок для ответа (это необязательно)'],
    [{ bytes: 20 }, false, 'подпись ссылок: 20 байт вместо 32'],
    [
      { url: 'https://x/exec' },
      false,
      'опубликовано (https://x/exec), но не выдано разрешение spreadsheets: страница не откроет таблицу',
    ],
    [{ url: 'https://x/exec' }, true, 'опубликовано: https://x/exec'],
  ],
  installation: [
    ['top-level', true, 'скрипт привязан к таблице: меню «Дорожная карта» в верхней строке меню'],
    ['add-on', true, 'установлено как дополнение: меню в «Расширения» → «Дорожная карта»'],
  ],
  cleanup: [
    // Was «временный лист не создавался»: now the same words as a check that needed the sheet.
    ['none', true, 'временный лист не создан'],
    ['left', false, 'лист остался в таблице'],
    ['removed', true, 'лист удалён'],
  ],
};

describe('«Диагностика»: a sentence for what every check saw', () => {
  it.each(Object.keys(DIAGNOSTIC_TEXTS))('%s: every finding worded', (id) => {
    const cases = DETAILS[id as CheckId] as [DiagnosticFindings[CheckId], boolean, string][];
    expect(cases.length).toBeGreaterThan(0);
    for (const [found, ok, sentence] of cases) expect(diagnosticRow(id as CheckId, ok, found).detail).toBe(sentence);
  });

  it('has samples for exactly the table’s checks', () => {
    expect(Object.keys(DETAILS).sort()).toEqual(Object.keys(DIAGNOSTIC_TEXTS).sort());
  });

  it('words a check that threw, and names the temporary sheet in the cleanup advice', () => {
    expect(diagnosticError(NO_TEMP_SHEET)).toBe('ошибка: временный лист не создан');
    expect(DIAGNOSTIC_TEXTS.cleanup[2]).toContain(`«${DIAGNOSTICS_SHEET_NAME}»`);
    expect(DIAGNOSTICS_SHEET_NAME).toBe('Диагностика дорожной карты');
  });
});
