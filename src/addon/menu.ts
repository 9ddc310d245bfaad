import { ADDIN_NAME, MENU_LABELS, type MenuHandler, type MenuPlace } from '../core/i18n';

/** The «Дорожная карта» menu: the global handler of every item, in order (null: a separator); labels in i18n. */
const MENU_ITEMS: readonly (MenuHandler | null)[] = [
  'openSidebar',
  null,
  'menuPrepare',
  'menuCheck',
  'menuRefreshSummaries',
  null,
  'menuPreview',
  'menuSendReminders',
  'menuToggleNightly',
  'menuCreateCalendar',
  null,
  'menuDiagnostics',
  'menuHelp',
];

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
  const menu = place === 'top-level' ? ui.createMenu(ADDIN_NAME) : ui.createAddonMenu();
  for (const handler of MENU_ITEMS) {
    if (handler === null) menu.addSeparator();
    else menu.addItem(MENU_LABELS[handler], handler);
  }
  menu.addToUi();
  return place;
}
