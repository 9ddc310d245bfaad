/**
 * «Диагностика»: checks on the real spreadsheet every assumption the add-in makes about Google,
 * on a temporary hidden sheet that it removes afterwards. It sends no e-mail, changes no cell of
 * the person's, and leaves no property behind (its test keys are deleted). Each check returns
 * whether it passed and what it saw, as data (i18n's DiagnosticFindings: 97 recipients left);
 * src/core/diagnostics makes the row, worded by i18n's DIAGNOSTIC_TEXTS. `roadmap diagnose
 * FILE.xlsx` runs this same code in the offline host.
 */
import { type CheckId, type DiagnosticCheck, type DiagnosticsReport, diagnosticRow } from '../core/diagnostics';
import { DIAGNOSTICS_SHEET_NAME, type DiagnosticFindings, NO_TEMP_SHEET, type PropertiesFinding } from '../core/i18n';
import { utf8Bytes } from '../core/reminders';
import { isOwnRule } from '../core/roadmap';
import { STATE_COLORS, STATE_LABELS } from '../core/states';
import { toSheetValue } from './env';
import { menuPlace } from './menu';
import { insertSheetAtEnd, OWN_SHEET_KEY } from './own-sheets';
import { ruleView } from './prepare';
import { findRecordedTrigger, loadOwner } from './triggers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const PROBE_KEY = 'roadmap.diagnostics.probe';
/** Google's PropertiesService limits [V GUIDE:services/quotas]: a value, a whole store. */
const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;
const AUTH = 'https://www.googleapis.com/auth/';
/** The scopes in appsscript.json: what the add-in needs granted. */
const REQUIRED_SCOPES = [
  'spreadsheets.currentonly',
  'script.container.ui',
  'script.send_mail',
  'script.scriptapp',
  'userinfo.email',
].map((scope) => AUTH + scope);
/** 15.06.2021 as Sheets' serial day number: what the add-in writes into date cells. */
const PROBE_DATE = '2021-06-15';

/** Runs every check; a check that throws is a failed row with Google's message, never an abort. */
export function diagnose(): DiagnosticsReport {
  const checks: DiagnosticCheck[] = [];
  const row = <C extends CheckId>(id: C, measure: () => Finding<C>) => {
    try {
      const [ok, found] = measure();
      checks.push(diagnosticRow(id, ok, found));
    } catch (error) {
      checks.push(diagnosticRow(id, false, error instanceof Error ? error : new Error(String(error))));
    }
  };
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  row('spreadsheet', () => [spreadsheet !== null, spreadsheet?.getName() ?? null]);
  if (!spreadsheet) return { at: new Date().toISOString(), checks };
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  row('time-zones', () => [timeZone !== '', { sheet: timeZone, script: Session.getScriptTimeZone() }]);

  let temp: Sheet | null = null;
  row('temp-sheet', () => {
    const sheet = insertSheetAtEnd(spreadsheet, DIAGNOSTICS_SHEET_NAME);
    sheet.hideSheet();
    temp = sheet;
    return [true, sheet.getName()];
  });
  try {
    const sheet = temp as Sheet | null;
    const need = (): Sheet => {
      if (!sheet) throw new Error(NO_TEMP_SHEET);
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
      if (!(v instanceof Date)) return [false, { value: v, date: '' }];
      const day = Utilities.formatDate(v, timeZone, 'yyyy-MM-dd');
      return [day === PROBE_DATE, { value: v, date: Utilities.formatDate(v, timeZone, 'dd.MM.yyyy') }];
    });
    row('value-number', () => {
      const v = value(1);
      return [v === 1.5, v];
    });
    row('value-empty', () => {
      const v = value(2);
      return [v === '', v];
    });
    row('value-text', () => {
      const v = value(3);
      return [v === FORMULA_TEXT, v];
    });
    row('conditional-rule', () => conditionalRoundTrip(need()));
    row('metadata', () => metadataRoundTrip(spreadsheet, need()));
  } finally {
    row('cleanup', () => removeTempSheet(spreadsheet, temp));
  }
  row('trigger', nightlyTrigger);
  row('lock', documentLock);
  row('document-properties', () => propertiesRoundTrip(PropertiesService.getDocumentProperties()));
  row('user-properties', () => propertiesRoundTrip(PropertiesService.getUserProperties()));
  row('mail-quota', () => {
    const left = MailApp.getRemainingDailyQuota();
    return [left > 0, left];
  });
  row('effective-user', () => {
    const email = Session.getEffectiveUser().getEmail();
    return [email !== '', email];
  });
  row('scopes', grantedScopes);
  row('answers', answersWebApp);
  row('installation', () => [true, menuPlace()]);
  // The cleanup row last, where a person looks for it.
  const cleanup = checks.findIndex((c) => c.id === 'cleanup');
  checks.push(...checks.splice(cleanup, 1));
  return { at: new Date().toISOString(), checks };
}

/** A check's result and what it saw (ru.ts DIAGNOSTIC_TEXTS words it). */
type Finding<C extends CheckId> = [boolean, DiagnosticFindings[C]];

function removeTempSheet(spreadsheet: Spreadsheet, temp: Sheet | null): Finding<'cleanup'> {
  if (!temp) return [true, 'none'];
  const id = temp.getSheetId();
  spreadsheet.deleteSheet(temp);
  const left = spreadsheet.getSheets().some((s) => s.getSheetId() === id);
  return [!left, left ? 'left' : 'removed'];
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
function conditionalRoundTrip(sheet: Sheet): Finding<'conditional-rule'> {
  const colors = STATE_COLORS.overdue;
  const rule = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(`=$C2="${STATE_LABELS.overdue}"`)
    .setBackground(colors.background)
    .setFontColor(colors.text)
    .setRanges([sheet.getRange('B2:C5')])
    .build();
  sheet.setConditionalFormatRules([rule]);
  const [back, ...more] = sheet.getConditionalFormatRules();
  if (!back || more.length > 0) return [false, more.length + (back ? 1 : 0)];
  const view = ruleView(back);
  return [isOwnRule(view, { first: 2, last: 3 }), view];
}

/** Metadata on the sheet with the add-in's key and the default (DOCUMENT) visibility, found by key. */
function metadataRoundTrip(spreadsheet: Spreadsheet, sheet: Sheet): Finding<'metadata'> {
  sheet.addDeveloperMetadata(OWN_SHEET_KEY, 'diagnostics');
  const found = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(OWN_SHEET_KEY)
    .withValue('diagnostics')
    .withVisibility(SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT)
    .find();
  const here = found.filter((m) => m.getLocation().getSheet()?.getSheetId() === sheet.getSheetId());
  return [here.length === 1, here.length];
}

function nightlyTrigger(): Finding<'trigger'> {
  const owner = loadOwner();
  if (!owner) return [true, 'off'];
  const me = Session.getEffectiveUser().getEmail();
  if (owner.email !== me) return [true, { owner: owner.email }];
  const found = findRecordedTrigger(owner) !== null;
  return [found, found ? { hour: owner.hour } : { id: owner.triggerId }];
}

function documentLock(): Finding<'lock'> {
  const lock = LockService.getDocumentLock();
  if (!lock) return [false, 'none'];
  if (!lock.tryLock(10_000)) return [false, 'busy'];
  lock.releaseLock();
  return [true, 'ok'];
}

/** Writes, reads and deletes a probe key; then the size of what the add-in keeps vs Google's limits. */
function propertiesRoundTrip(store: GoogleAppsScript.Properties.Properties | null): [boolean, PropertiesFinding] {
  if (!store) return [false, 'none'];
  // Not ASCII only, so that the round trip covers what Russian text needs (several bytes a character).
  const probe = `probe ✓ ${new Date().toISOString()}`;
  store.setProperty(PROBE_KEY, probe);
  const back = store.getProperty(PROBE_KEY);
  store.deleteProperty(PROBE_KEY);
  if (back !== probe) return [false, 'lost'];
  const all = store.getProperties();
  let total = 0;
  let largest = 0;
  for (const [key, value] of Object.entries(all)) {
    const size = utf8Bytes(key) + utf8Bytes(value);
    total += size;
    largest = Math.max(largest, utf8Bytes(value));
  }
  return [largest <= VALUE_LIMIT && total <= STORE_LIMIT * 0.9, { total, largest }];
}

const SPREADSHEETS_SCOPE = `${AUTH}spreadsheets`;

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
function answersWebApp(): Finding<'answers'> {
  const url = ScriptApp.getService().getUrl();
  if (!url) return [true, 'off'];
  const mac = Utilities.computeHmacSha256Signature('roadmap', 'diagnostics');
  if (mac.length !== 32) return [false, { bytes: mac.length }];
  const { granted } = authorizedScopes([SPREADSHEETS_SCOPE]);
  if (granted !== null && !granted.includes(SPREADSHEETS_SCOPE)) return [false, { url }];
  return [true, { url }];
}

function grantedScopes(): Finding<'scopes'> {
  // Asked with `spreadsheets` too: when Google lists what is granted, the list decides, not the status
  // (which is «required» for a scope asked for but not in this manifest).
  const { required, granted } = authorizedScopes([...REQUIRED_SCOPES, SPREADSHEETS_SCOPE]);
  // The answers manifest asks for `spreadsheets` instead of `spreadsheets.currentonly`: it covers it.
  const covers = (scope: string) =>
    granted?.includes(scope) ||
    (scope === `${SPREADSHEETS_SCOPE}.currentonly` && granted?.includes(SPREADSHEETS_SCOPE));
  const missing = granted === null ? [] : REQUIRED_SCOPES.filter((s) => !covers(s));
  const names = (scopes: string[]) => scopes.map((s) => s.replace(AUTH, ''));
  if (granted === null ? required : missing.length > 0) return [false, names(missing)];
  return [true, granted && names(granted)];
}
