/**
 * «Диагностика»: checks on the real spreadsheet every assumption the add-in makes about Google,
 * on a temporary hidden sheet that it removes afterwards. It sends no e-mail, changes no cell of
 * the person's, and leaves no property behind (its test keys are deleted). The rows' wording is
 * in src/core/diagnostics; `roadmap diagnose FILE.xlsx` runs this same code in the offline host.
 */
import { type CheckId, type DiagnosticCheck, type DiagnosticsReport, diagnosticRow } from '../core/diagnostics';
import { utf8Bytes } from '../core/reminders';
import { isOwnRule } from '../core/roadmap';
import { STATE_COLORS, STATE_LABELS } from '../core/states';
import { hasScreen, toSheetValue } from './env';
import { menuPlace } from './menu';
import { freeSheetName, OWN_SHEET_KEY } from './own-sheets';
import { ruleView } from './prepare';
import { findRecordedTrigger, loadOwner } from './triggers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TEMP_SHEET = 'Диагностика дорожной карты';
const PROBE_KEY = 'roadmap.diagnostics.probe';
/** Google's PropertiesService limits [V GUIDE:services/quotas]: a value, a whole store. */
const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;
/** The scopes in appsscript.json: what the add-in needs granted. */
export const REQUIRED_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/userinfo.email',
];
/** 15.06.2021 as Sheets' serial day number: what the add-in writes into date cells. */
const PROBE_DATE = '2021-06-15';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs every check; a check that throws is a failed row with Google's message, never an abort. */
export function diagnose(): DiagnosticsReport {
  const checks: DiagnosticCheck[] = [];
  const row = (id: CheckId, measure: () => [boolean, string]) => {
    try {
      const [ok, detail] = measure();
      checks.push(diagnosticRow(id, ok, detail));
    } catch (error) {
      checks.push(diagnosticRow(id, false, `ошибка: ${messageOf(error)}`));
    }
  };
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  row('spreadsheet', () => [spreadsheet !== null, spreadsheet ? `«${spreadsheet.getName()}»` : 'нет открытой таблицы']);
  if (!spreadsheet) return { at: new Date().toISOString(), checks };
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  row('time-zones', () => timeZones(timeZone));

  let temp: Sheet | null = null;
  row('temp-sheet', () => {
    temp = createTempSheet(spreadsheet);
    return [true, `лист «${temp.getName()}» создан и скрыт`];
  });
  try {
    const sheet = temp as Sheet | null;
    const need = (): Sheet => {
      if (!sheet) throw new Error('временный лист не создан');
      return sheet;
    };
    const values = (() => {
      try {
        return probeValues(need());
      } catch (error) {
        return error as Error;
      }
    })();
    const value = (at: number) => {
      if (values instanceof Error) throw values;
      return values[at];
    };
    row('value-date', () => {
      const v = value(0);
      if (!(v instanceof Date)) return [false, `получено ${typeName(v)} вместо даты`];
      const day = Utilities.formatDate(v, timeZone, 'yyyy-MM-dd');
      return [day === PROBE_DATE, `15.06.2021 прочитано как ${Utilities.formatDate(v, timeZone, 'dd.MM.yyyy')}`];
    });
    row('value-number', () => {
      const v = value(1);
      return [v === 1.5, `1,5 прочитано как ${typeName(v)} ${String(v)}`];
    });
    row('value-empty', () => {
      const v = value(2);
      return [v === '', v === '' ? 'пустая строка' : `получено ${typeName(v)} «${String(v)}»`];
    });
    row('value-text', () => {
      const v = value(3);
      return [v === FORMULA_TEXT, v === FORMULA_TEXT ? 'осталась текстом' : `получено «${String(v)}»`];
    });
    row('conditional-rule', () => conditionalRoundTrip(need()));
    row('metadata', () => metadataRoundTrip(spreadsheet, need()));
  } finally {
    row('cleanup', () => removeTempSheet(spreadsheet, temp));
  }
  row('trigger', nightlyTrigger);
  row('lock', documentLock);
  row('document-properties', documentProperties);
  row('user-properties', userProperties);
  row('mail-quota', () => {
    const left = MailApp.getRemainingDailyQuota();
    return [left > 0, `осталось адресатов на сегодня: ${left}`];
  });
  row('effective-user', () => {
    const email = Session.getEffectiveUser().getEmail();
    return [email !== '', email || 'адрес скрыт'];
  });
  row('scopes', grantedScopes);
  row('answers', answersWebApp);
  row('installation', () => {
    const place = menuPlace();
    return [
      true,
      place === 'top-level'
        ? 'скрипт привязан к таблице: меню «Дорожная карта» в верхней строке меню'
        : 'установлено как дополнение: меню в «Расширения» → «Дорожная карта»',
    ];
  });
  // The cleanup row last, where a person looks for it.
  const cleanup = checks.findIndex((c) => c.id === 'cleanup');
  checks.push(...checks.splice(cleanup, 1));
  return { at: new Date().toISOString(), checks };
}

function typeName(value: unknown): string {
  if (value instanceof Date) return 'дата';
  if (value === '') return 'пустая строка';
  return typeof value === 'number' ? 'число' : typeof value === 'string' ? 'текст' : typeof value;
}

function timeZones(sheetZone: string): [boolean, string] {
  const scriptZone = Session.getScriptTimeZone();
  const same = sheetZone === scriptZone;
  return [
    sheetZone !== '',
    `таблица: ${sheetZone || 'не задан'}, скрипт: ${scriptZone}${same ? '' : ' (различаются: сроки считаются по поясу таблицы)'}`,
  ];
}

/** A hidden sheet at the end; the person stays on the sheet they were looking at. */
function createTempSheet(spreadsheet: Spreadsheet): Sheet {
  const active = hasScreen() ? spreadsheet.getActiveSheet() : null;
  const sheet = spreadsheet.insertSheet(freeSheetName(spreadsheet, TEMP_SHEET), spreadsheet.getSheets().length);
  active?.activate();
  sheet.hideSheet();
  return sheet;
}

function removeTempSheet(spreadsheet: Spreadsheet, temp: Sheet | null): [boolean, string] {
  if (!temp) return [true, 'временный лист не создавался'];
  const id = temp.getSheetId();
  spreadsheet.deleteSheet(temp);
  const left = spreadsheet.getSheets().some((s) => s.getSheetId() === id);
  return [!left, left ? 'лист остался в таблице' : 'лист удалён'];
}

const FORMULA_TEXT = '=IMPORTXML("http://example.org","//a")';

/** A date, a number, an empty and a text cell written as the add-in writes them, read back in one call. */
function probeValues(sheet: Sheet): unknown[] {
  const range = sheet.getRange(1, 1, 1, 4);
  range.setNumberFormats([['dd.MM.yyyy', '0.##', '@', '@']]);
  range.setValues([[toSheetValue({ date: PROBE_DATE }), 1.5, '', FORMULA_TEXT]]);
  return range.getValues()[0] ?? [];
}

/** The overdue rule over B2:C5, as «Подготовить таблицу» writes it, read back and recognised. */
function conditionalRoundTrip(sheet: Sheet): [boolean, string] {
  const colors = STATE_COLORS.overdue;
  const rule = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(`=$C2="${STATE_LABELS.overdue}"`)
    .setBackground(colors.background)
    .setFontColor(colors.text)
    .setRanges([sheet.getRange('B2:C5')])
    .build();
  sheet.setConditionalFormatRules([rule]);
  const [back, ...more] = sheet.getConditionalFormatRules();
  if (!back || more.length > 0) return [false, `прочитано правил: ${more.length + (back ? 1 : 0)} вместо 1`];
  const view = ruleView(back);
  const ok = isOwnRule(view, { first: 2, last: 3 });
  return [
    ok,
    `формула после чтения: ${view.formula ?? 'нет'}; цвета: ${view.background ?? '—'} / ${view.fontColor ?? '—'}`,
  ];
}

/** Metadata on the sheet with the add-in's key and the default (DOCUMENT) visibility, found by key. */
function metadataRoundTrip(spreadsheet: Spreadsheet, sheet: Sheet): [boolean, string] {
  sheet.addDeveloperMetadata(OWN_SHEET_KEY, 'diagnostics');
  const found = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(OWN_SHEET_KEY)
    .withValue('diagnostics')
    .withVisibility(SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT)
    .find();
  const here = found.filter((m) => m.getLocation().getSheet()?.getSheetId() === sheet.getSheetId());
  return [here.length === 1, `найдено меток: ${here.length} (видимость DOCUMENT)`];
}

function nightlyTrigger(): [boolean, string] {
  const owner = loadOwner();
  if (!owner) return [true, 'ночная проверка выключена: проверять нечего'];
  const me = Session.getEffectiveUser().getEmail();
  if (owner.email !== me) return [true, `триггер принадлежит ${owner.email}: найти его может только владелец`];
  const trigger = findRecordedTrigger(owner);
  return [
    trigger !== null,
    trigger ? `найден, каждый день около ${owner.hour}:00` : `триггер ${owner.triggerId} не найден`,
  ];
}

function documentLock(): [boolean, string] {
  const lock = LockService.getDocumentLock();
  if (!lock) return [false, 'блокировка недоступна (скрипт запущен не из таблицы)'];
  if (!lock.tryLock(10_000)) return [false, 'занята другим действием дольше 10 секунд'];
  lock.releaseLock();
  return [true, 'получена и снята'];
}

/** Writes, reads and deletes a probe key; then the size of what the add-in keeps vs Google's limits. */
function propertiesRoundTrip(store: GoogleAppsScript.Properties.Properties | null): [boolean, string] {
  if (!store) return [false, 'хранилище недоступно'];
  const probe = `проверка ${new Date().toISOString()}`;
  store.setProperty(PROBE_KEY, probe);
  const back = store.getProperty(PROBE_KEY);
  store.deleteProperty(PROBE_KEY);
  if (back !== probe) return [false, 'записанное значение не прочитано'];
  const all = store.getProperties();
  let total = 0;
  let largest = 0;
  for (const [key, value] of Object.entries(all)) {
    const size = utf8Bytes(key) + utf8Bytes(value);
    total += size;
    largest = Math.max(largest, utf8Bytes(value));
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} КБ`;
  const ok = largest <= VALUE_LIMIT && total <= STORE_LIMIT * 0.9;
  return [ok, `запись и чтение работают; занято ${kb(total)} из 500 КБ, самое большое значение ${kb(largest)} из 9 КБ`];
}

function documentProperties(): [boolean, string] {
  return propertiesRoundTrip(PropertiesService.getDocumentProperties());
}

function userProperties(): [boolean, string] {
  return propertiesRoundTrip(PropertiesService.getUserProperties());
}

const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

/** The scopes granted of `scopes`, or null when Google does not say (getAuthorizedScopes is newer than @types). */
function authorizedScopes(scopes: string[]): { required: boolean; granted: string[] | null } {
  const withScopes = ScriptApp.getAuthorizationInfo as unknown as (
    mode: GoogleAppsScript.Script.AuthMode,
    scopes: string[],
  ) => GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes?: () => string[] | null };
  const info = withScopes(ScriptApp.AuthMode.FULL, scopes);
  const required = String(info.getAuthorizationStatus()) === String(ScriptApp.AuthorizationStatus.REQUIRED);
  return { required, granted: info.getAuthorizedScopes?.() ?? null };
}

/**
 * The executors' answers (optional): not deployed is fine (no links in the e-mails); deployed, the
 * page opens the file by id (the `spreadsheets` scope) and signs links (HMAC-SHA256, 32 bytes).
 */
function answersWebApp(): [boolean, string] {
  const url = ScriptApp.getService().getUrl();
  if (!url) return [true, 'не опубликовано: письма без ссылок для ответа (это необязательно)'];
  const mac = Utilities.computeHmacSha256Signature('roadmap', 'diagnostics');
  if (mac.length !== 32) return [false, `подпись ссылок: ${mac.length} байт вместо 32`];
  const { granted } = authorizedScopes([SPREADSHEETS_SCOPE]);
  if (granted !== null && !granted.includes(SPREADSHEETS_SCOPE))
    return [false, `опубликовано (${url}), но не выдано разрешение spreadsheets: страница не откроет таблицу`];
  return [true, `опубликовано: ${url}`];
}

function grantedScopes(): [boolean, string] {
  // Asked with `spreadsheets` too: when Google lists what is granted, the list decides, not the status
  // (which is «required» for a scope asked for but not in this manifest).
  const { required, granted } = authorizedScopes([...REQUIRED_SCOPES, SPREADSHEETS_SCOPE]);
  // The answers manifest asks for `spreadsheets` instead of `spreadsheets.currentonly`: it covers it.
  const covers = (scope: string) =>
    granted?.includes(scope) ||
    (scope === `${SPREADSHEETS_SCOPE}.currentonly` && granted?.includes(SPREADSHEETS_SCOPE));
  const missing = granted === null ? [] : REQUIRED_SCOPES.filter((s) => !covers(s));
  const names = (scopes: string[]) => scopes.map((s) => s.replace('https://www.googleapis.com/auth/', '')).join(', ');
  if (granted === null ? required : missing.length > 0)
    return [false, `не выданы: ${missing.length > 0 ? names(missing) : 'часть разрешений'}`];
  return [true, granted === null ? 'все разрешения выданы' : `выданы: ${names(granted)}`];
}
