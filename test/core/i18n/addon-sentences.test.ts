import { type Message, say } from '../../../src/core/i18n';

/**
 * The add-in's notices moved into the table (issue 18, point 2): the sidebar, the executors' page
 * and the errors read word for word as they did when src/addon wrote them.
 */
describe('the sidebar’s and the answers’ sentences, word for word as before the table', () => {
  it.each<[Message, string]>([
    [{ code: 'sidebar-checked', measures: 5 }, 'Сроки проверены: 5 мероприятий.'],
    [{ code: 'sidebar-summaries', sheets: 1 }, 'Сводки обновлены: 1 лист.'],
    [{ code: 'report-period-invalid' }, 'Период отчёта: укажите даты «с» и «по», «с» не позже «по».'],
    [{ code: 'report-built' }, 'Отчёт для совета обновлён.'],
    [
      { code: 'sidebar-sent', sent: 0, failed: 0, postponed: 0, heldUntil: '2021-11-08' },
      'Сегодня нерабочий день: напоминания будут отправлены 08.11.2021. Чтобы отправлять и в выходные, снимите в настройках «Отправлять напоминания только в рабочие дни».',
    ],
    [{ code: 'sidebar-sent', sent: 2, failed: 0, postponed: 0, heldUntil: null }, 'Отправлено писем: 2.'],
    [
      { code: 'sidebar-sent', sent: 2, failed: 1, postponed: 3, heldUntil: null },
      'Отправлено писем: 2, ошибок: 1, отложено до завтра из-за лимита: 3.',
    ],
    [
      { code: 'nightly-on-by-other', email: 'b@x.ru' },
      'Ночная проверка уже включена пользователем b@x.ru: второй триггер не нужен. Если он больше не работает с таблицей, включите проверку у себя («Взять на себя»).',
    ],
    [
      { code: 'nightly-taken-over', previous: 'b@x.ru' },
      'Проверка теперь идёт от вашего имени. Триггер b@x.ru удалить отсюда нельзя (Google показывает триггер только его владельцу); его запуски пропускаются, но пусть b@x.ru выключит ночную проверку в своей панели.',
    ],
    [{ code: 'settings-saved' }, 'Настройки сохранены.'],
    [{ code: 'settings-saved', hour: 5 }, 'Настройки сохранены. Ночная проверка перенесена на 5:00.'],
    [
      { code: 'settings-saved', owner: 'b@x.ru' },
      'Настройки сохранены. Час ночной проверки изменит b@x.ru: триггер принадлежит ему.',
    ],
    [{ code: 'table-automatic' }, 'Таблица снова определяется автоматически: по заголовкам столбцов.'],
    [{ code: 'table-sheet-missing', sheet: '7' }, 'Лист «7» не найден.'],
    [{ code: 'table-sheet-chosen', sheetName: 'План' }, 'Лист дорожной карты: «План».'],
    [
      { code: 'table-columns-saved', sheetName: 'План', measures: 0 },
      'Столбцы таблицы сохранены (лист «План»): мероприятий — 0.',
    ],
    [{ code: 'no-spreadsheet' }, 'Нет открытой таблицы: откройте дорожную карту в Google Таблицах.'],
    [{ code: 'no-document-properties' }, 'Свойства документа недоступны: скрипт запущен не из таблицы.'],
    [{ code: 'answer-decided', heading: 'Отчёт', accepted: true }, 'Ответ по мероприятию Отчёт принят.'],
    [
      { code: 'answer-links-revoked' },
      'Все ссылки из отправленных писем отозваны: новые будут в следующих напоминаниях.',
    ],
    [{ code: 'answer-no-columns' }, 'В таблице нет столбцов дополнения: выполните «Подготовить таблицу».'],
    [
      { code: 'answer-measure-gone', heading: '1.2' },
      'Мероприятие 1.2 не найдено в таблице: строку удалили или изменили название. Отклоните ответ или внесите его вручную.',
    ],
    [{ code: 'answer-not-found' }, 'Ответ не найден: лист «Ответы исполнителей» изменился. Обновите список.'],
    [{ code: 'answer-already-decided' }, 'По этому ответу уже принято решение.'],
    [{ code: 'answer-page-failed' }, 'Не удалось открыть дорожную карту.'],
    [{ code: 'answer-not-yours' }, 'Это мероприятие нельзя отметить по вашей ссылке. Ничего не изменено.'],
    [{ code: 'answer-received', outcome: 'duplicate' }, 'Этот ответ уже получен: координатор его видит.'],
    [{ code: 'answer-received', outcome: 'accepted' }, 'Спасибо! Отметка о выполнении внесена в дорожную карту.'],
    [
      { code: 'answer-received', outcome: 'passed' },
      'Спасибо! Ответ передан координатору: таблица изменится, когда он его примет.',
    ],
  ])('%o', (message, sentence) => {
    expect(say(message)).toBe(sentence);
  });

  it('names at most three failed digests of the nightly run, then «и ещё N» (was failuresRu)', () => {
    const failures = ['a', 'b', 'c', 'd', 'e'].map((to, i) => ({
      to: [`${to}@x.ru`],
      measures: i === 1 ? ['2.1', '2.2'] : [String(i + 1)],
      message: 'нет связи',
    }));
    const mail = { sent: 3, heldUntil: null, digests: 8, failures, postponed: 0, remaining: 0 };
    expect(say({ code: 'nightly-done', measures: 9, summaries: { count: 2, changed: 0 }, mail })).toBe(
      'Проверено мероприятий: 9; сводок: 2, изменились: 0; отправлено писем: 3, ошибок: 5 (a@x.ru (1): нет связи; b@x.ru (2.1, 2.2): нет связи; c@x.ru (3): нет связи; и ещё 2).',
    );
    expect(say({ code: 'nightly-done', measures: 9, summaries: null, mail: { ...mail, failures: [] } })).toBe(
      'Проверено мероприятий: 9; сводки не обновлены; отправлено писем: 3.',
    );
  });
});

/** Where the sidebar and the menu said one thing in two wordings, both now say the fuller one. */
describe('one wording where the sidebar and the menu said the same thing', () => {
  it.each<[Message, string]>([
    [{ code: 'prepared', added: [], directoryRowsAdded: 0 }, 'Все столбцы уже на месте.'],
    [
      { code: 'nightly-on', hour: 2, timeZone: 'Asia/Tomsk' },
      'Ночная проверка включена: каждый день около 2:00 (Asia/Tomsk).',
    ],
    [
      { code: 'nightly-off-by-other', email: 'b@x.ru', removedMine: true },
      'Ваш прежний триггер ночной проверки в этой таблице удалён. Ночная проверка включена пользователем b@x.ru; выключить её может только он.',
    ],
    [
      { code: 'nightly-off-by-other', email: 'b@x.ru', removedMine: false },
      'Ночная проверка включена пользователем b@x.ru; выключить её может только он.',
    ],
    [
      { code: 'calendar-sheet', created: true },
      'Создан лист «Календарь». Впишите дни, когда организация работает не по производственному календарю: «выходной» или «рабочий», с комментарием.',
    ],
  ])('%o', (message, sentence) => {
    expect(say(message)).toBe(sentence);
  });
});
