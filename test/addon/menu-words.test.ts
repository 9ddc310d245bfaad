import { ADDIN_NAME, ALERT_TITLES, HELP_TEXT, MENU_LABELS, type MenuHandler } from '../../src/core/i18n';
import { sample } from './reminders/harness';

/**
 * The menu, its alerts and dialogs, and the sidebar are titled with i18n's labels (issue 18:
 * the words in one place, ru.ts), the same words a person saw before the labels moved there.
 */
describe('the add-in’s own words come from i18n', () => {
  it('builds the menu from MENU_LABELS, titled with the add-in’s name', async () => {
    const { host } = await sample();
    host.open();
    const [menu] = host.ui.visibleMenus;
    expect(menu?.title).toBe(ADDIN_NAME);
    const items = (menu?.items ?? []).flatMap((i) => (i.kind === 'item' ? [i] : []));
    expect(items.map((i) => i.label)).toEqual(items.map((i) => MENU_LABELS[i.handler as MenuHandler]));
    expect(items.map((i) => i.handler).sort()).toEqual(Object.keys(MENU_LABELS).sort());
    expect(menu?.items.map((i) => (i.kind === 'item' ? i.label : '—'))).toEqual([
      'Открыть панель',
      '—',
      'Подготовить таблицу',
      'Проверить сроки',
      'Обновить сводки',
      '—',
      'Предпросмотр напоминаний',
      'Отправить напоминания',
      'Ночная проверка: включить или выключить',
      'Свои выходные и рабочие дни (лист «Календарь»)',
      '—',
      'Диагностика',
      'Справка',
    ]);
  });

  it('«Справка»: HELP_TEXT under its title, naming the items by their labels, word for word as before', async () => {
    const { host } = await sample();
    host.run('menuHelp');
    expect(host.ui.dialogs.at(-1)).toMatchObject({ kind: 'alert', title: ALERT_TITLES.help, prompt: HELP_TEXT });
    expect(ALERT_TITLES.help).toBe('Дорожная карта: справка');
    for (const handler of ['menuPrepare', 'menuCheck', 'menuSendReminders', 'menuDiagnostics'] as const)
      expect(HELP_TEXT).toContain(`«${MENU_LABELS[handler]}»`);
    expect(HELP_TEXT).toBe(
      [
        '1. «Подготовить таблицу» добавляет справа столбцы Статус, Дата выполнения, Новый срок, Отметка об исполнении и расчётные столбцы, а также лист «Исполнители». Ваши ячейки не меняются.',
        '2. Впишите адреса исполнителей на листе «Исполнители».',
        '3. «Проверить сроки» читает «Срок исполнения» (например, «февраль-март 2021 г.», «ежемесячно», «в течение года») и отмечает состояние каждого мероприятия.',
        '4. «Отправить напоминания» отправляет каждому исполнителю одно письмо о его просроченных и близких сроках; повторно то же напоминание не отправляется.',
        '5. Ночная проверка делает всё это каждый день сама; письма уходят только в рабочие дни производственного календаря, свои выходные и рабочие дни впишите в лист «Календарь».',
        '«Диагностика» проверяет, всё ли дополнение может делать в этой таблице; если есть «не ок», пришлите её таблицу разработчикам.',
        'Подробное руководство (для координатора и администратора): docs/guide.md в репозитории дополнения.',
      ].join('\n\n'),
    );
  });

  it('titles the sending alerts, the nightly alert, the dialog and the sidebar with the labels', async () => {
    const { host } = await sample();
    host.ui.answer('NO');
    host.run('menuSendReminders');
    expect(host.ui.dialogs.at(-1)).toMatchObject({ title: MENU_LABELS.menuSendReminders, answer: 'NO' });
    host.run('menuToggleNightly');
    expect(host.ui.dialogs.at(-1)?.title).toBe(ALERT_TITLES.nightly);
    expect(ALERT_TITLES).toMatchObject({ sent: 'Напоминания', nightly: 'Ночная проверка' });
    host.run('menuDiagnostics');
    expect(host.ui.panels.at(-1)).toMatchObject({ kind: 'modal', title: MENU_LABELS.menuDiagnostics });
    host.run('openSidebar');
    expect(host.ui.sidebars.at(-1)?.title).toBe(ADDIN_NAME);
    expect(ADDIN_NAME).toBe('Дорожная карта');
  });
});
