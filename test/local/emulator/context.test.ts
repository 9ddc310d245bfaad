import { NO_ACTIVE_SHEET_MESSAGE, NO_UI_MESSAGE, Runtime } from '../../../src/local/emulator/runtime';
import { EmulatedSpreadsheet } from '../../../src/local/emulator/spreadsheet';
import { Host } from '../../../src/local/host';

/**
 * Where a script runs decides what it may call (issue 14): a time-driven trigger has no screen,
 * an add-on's onOpen before first use (AuthMode.NONE) may only build its menu.
 * Clock: 2021-06-15 09:00 Tomsk (02:00 UTC).
 */
const BUNDLE = `
function attempt(f) { try { return ['ok', f()]; } catch (e) { return ['error', e.message]; } }
function screenCalls() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  return {
    ui: attempt(function () { return typeof SpreadsheetApp.getUi(); }),
    toast: attempt(function () { ss.toast('Готово'); return 'shown'; }),
    activeSheet: attempt(function () { return ss.getActiveSheet().getName(); }),
    activate: attempt(function () { ss.getSheets()[0].activate(); return 'done'; }),
    setActiveSheet: attempt(function () { SpreadsheetApp.setActiveSheet(ss.getSheets()[0]); return 'done'; }),
    values: attempt(function () { return ss.getSheets()[0].getRange('A1').getValue(); }),
  };
}
function install() { ScriptApp.newTrigger('screenCalls').timeBased().everyDays(1).atHour(10).create(); }
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Открыть панель', 'openSidebar').addToUi();
  var read = attempt(function () { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue(); });
  var write = attempt(function () { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('B1').setValue('x'); return 'written'; });
  globalThis.opened = { read: read, write: write };
}
function lastOpen() { return globalThis.opened; }
function twoLocks() {
  var first = LockService.getDocumentLock();
  first.waitLock(1000);
  var second = LockService.getDocumentLock();
  second.waitLock(1000);
  return { first: first.hasLock(), second: second.hasLock(), tried: LockService.getDocumentLock().tryLock(0) };
}
`;

function host(): Host {
  const runtime = new Runtime();
  const spreadsheet = new EmulatedSpreadsheet(runtime, { name: 'Дорожная карта' });
  spreadsheet.getSheets()[0]?.getRange('A1').setValue('Наименование мероприятия');
  return new Host({
    source: BUNDLE,
    runtime,
    spreadsheet,
    now: Date.UTC(2021, 5, 15, 2, 0),
    scriptTimeZone: 'Asia/Tomsk',
  });
}

describe('a time-driven trigger run has no screen', () => {
  it('getUi, toasts and the active sheet fail with Google’s messages; the data is there', () => {
    const h = host();
    h.run('install');
    const [run] = h.runDueTriggers(Date.UTC(2021, 5, 15, 4, 0));
    expect(run?.ok).toBe(true);
    expect(run?.value).toEqual({
      ui: ['error', NO_UI_MESSAGE],
      toast: ['error', NO_ACTIVE_SHEET_MESSAGE],
      activeSheet: ['error', NO_ACTIVE_SHEET_MESSAGE],
      activate: ['error', NO_ACTIVE_SHEET_MESSAGE],
      setActiveSheet: ['error', NO_ACTIVE_SHEET_MESSAGE],
      values: ['ok', 'Наименование мероприятия'],
    });
    expect(NO_UI_MESSAGE).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('the same calls work from a menu', () => {
    const value = host().run('screenCalls') as Record<string, unknown[]>;
    expect(Object.values(value).map((v) => v[0])).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
  });
});

describe('an add-on’s onOpen before first use (AuthMode.NONE)', () => {
  it('builds the menu but may neither read nor write the sheet', () => {
    const h = host();
    const [open] = h.open({ authMode: 'NONE' });
    expect(open?.ok).toBe(true);
    expect(h.ui.visibleMenus).toHaveLength(1);
    const seen = h.run('lastOpen') as Record<string, string[]>;
    expect(seen.read?.[0]).toBe('error');
    expect(seen.read?.[1]).toMatch(/^You do not have permission to call SpreadsheetApp\.getActiveSpreadsheet/);
    expect(seen.write?.[0]).toBe('error');
    expect(h.spreadsheet.getSheets()[0]?.getRange('B1').getValue()).toBe('');
  });

  it('with LIMITED (a simple trigger in a bound script) it reads and writes', () => {
    const h = host();
    h.open({ authMode: 'LIMITED' });
    expect(h.run('lastOpen')).toEqual({ read: ['ok', 'Наименование мероприятия'], write: ['ok', 'written'] });
  });
});

describe('a second lock in the same execution [U]', () => {
  it('is granted at once (the lock is the execution’s), as the emulator assumes', () => {
    expect(host().run('twoLocks')).toEqual({ first: true, second: true, tried: true });
  });
});
