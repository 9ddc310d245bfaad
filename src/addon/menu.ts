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
  { label: 'Диагностика', handler: 'menuDiagnostics' },
  { label: 'Справка', handler: 'menuHelp' },
];

/** Where the menu appears, for the README, «Справка» and «Диагностика». */
export type MenuPlace = 'top-level' | 'add-on';

/**
 * A script bound to the file shows a top-level «Дорожная карта» menu (createMenu); an installed
 * editor add-on shows its menu under Extensions (createAddonMenu; in a bound script that would
 * be Extensions → <project name>, [D REF:base/ui]). ScriptApp.getInstallationSource() says which:
 * NONE = not running as an add-on [D REF:script/installation-source]. Whether it may be called
 * under AuthMode.NONE is not documented [U]: if it fails, the add-on menu, which works in both.
 */
export function menuPlace(authMode?: unknown): MenuPlace {
  // Only an add-on's onOpen runs with AuthMode.NONE (a bound script gets LIMITED) [D REF:script/auth-mode].
  if (authMode !== undefined && String(authMode) === 'NONE') return 'add-on';
  try {
    return String(ScriptApp.getInstallationSource()) === String(ScriptApp.InstallationSource.NONE)
      ? 'top-level'
      : 'add-on';
  } catch {
    return 'add-on';
  }
}

/** Builds the menu; needs no authorization, so it is safe when onOpen runs with AuthMode.NONE. */
export function buildMenu(ui: GoogleAppsScript.Base.Ui, authMode?: unknown): MenuPlace {
  const place = menuPlace(authMode);
  const menu = place === 'top-level' ? ui.createMenu(MENU_TITLE) : ui.createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.label, item.handler);
  }
  menu.addToUi();
  return place;
}
