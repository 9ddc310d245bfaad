/** The «Дорожная карта» menu: the label and the global handler of every item, in order. */
export interface MenuItem {
  label: string;
  handler: string;
}

export const MENU_TITLE = 'Дорожная карта';

export const MENU_ITEMS: readonly (MenuItem | 'separator')[] = [
  { label: 'Открыть панель', handler: 'openSidebar' },
  'separator',
  { label: 'Подготовить таблицу', handler: 'menuPrepare' },
  { label: 'Проверить сроки', handler: 'menuCheck' },
  { label: 'Обновить сводки', handler: 'menuRefreshSummaries' },
  'separator',
  { label: 'Предпросмотр напоминаний', handler: 'menuPreview' },
  { label: 'Отправить напоминания', handler: 'menuSendReminders' },
  { label: 'Ночная проверка: включить или выключить', handler: 'menuToggleNightly' },
  { label: 'Свои выходные и рабочие дни (лист «Календарь»)', handler: 'menuCreateCalendar' },
  'separator',
  { label: 'Справка', handler: 'menuHelp' },
];

/**
 * Builds the menu. createAddonMenu works both for an installed editor add-on (under
 * Extensions) and for a script bound to the sheet, and needs no authorization, so it is
 * safe when onOpen runs with AuthMode.NONE.
 */
export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.label, item.handler);
  }
  menu.addToUi();
}
