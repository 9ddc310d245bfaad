import { Runtime } from '../../src/local/emulator/runtime';
import { EmulatedSpreadsheet } from '../../src/local/emulator/spreadsheet';
import { zoneParts } from '../../src/local/emulator/tz';
import { Host } from '../../src/local/host';

/**
 * The host with a small hand-written bundle (top-level functions, as gas-webpack-plugin
 * emits them). The clock starts on 2021-06-15 at 09:00 in Tomsk (02:00 UTC).
 */
const BUNDLE = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Открыть панель', 'openSidebar').addToUi();
  PropertiesService.getDocumentProperties().setProperty('open', JSON.stringify({
    mode: String(e.authMode), limited: e.authMode === ScriptApp.AuthMode.LIMITED,
    active: Session.getActiveUser().getEmail(),
  }));
}
function onEdit(e) {
  PropertiesService.getDocumentProperties().setProperty('edit', JSON.stringify({
    a1: e.range.getA1Notation(), value: e.value, oldValue: e.oldValue, mode: String(e.authMode),
    hasValue: 'value' in e,
  }));
  if (e.range.getA1Notation() === 'Z1') MailApp.sendEmail('ivanov@example.org', 'Из onEdit', 'Текст');
}
function openSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>Панель</p>').setTitle('Дорожная карта'));
}
function clockInside() {
  return { iso: new Date().toISOString(), now: Date.now(), isDate: new Date() instanceof Date, text: typeof Date() };
}
function localTime() {
  var n = new Date(Date.UTC(2021, 5, 14, 18, 30));
  var x = new Date(2021, 0, 31);
  x.setMonth(1);
  return {
    midnight: new Date(2021, 5, 15).toISOString(), hours: n.getHours(), date: n.getDate(),
    offset: n.getTimezoneOffset(), text: n.toString(), parsed: new Date('2021-06-15T09:00').toISOString(),
    isoDay: new Date('2021-06-15').toISOString(), rolled: x.toISOString(),
  };
}
function cellIsDate() {
  var v = SpreadsheetApp.getActiveSheet().getRange('A1').getValue();
  return { isDate: v instanceof Date, day: Utilities.formatDate(v, 'Asia/Tomsk', 'yyyy-MM-dd') };
}
function returnsDate() { return { when: new Date() }; }
function echo(x) { return x; }
function serviceErrorIsError() {
  try { SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange(0, 1); return 'no error'; }
  catch (e) { return [e instanceof Error, e.name, e.message]; }
}
function whoAmI() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()]; }
function sendOnce() {
  var lock = LockService.getScriptLock();
  if (!lock.tryLock(1000)) return 'busy';
  var props = PropertiesService.getDocumentProperties();
  if (props.getProperty('sent')) return 'already sent';
  MailApp.sendEmail('ivanov@example.org', 'Напоминание', 'Текст');
  props.setProperty('sent', '1');
  return 'sent';
}
function sendUnguarded() {
  var props = PropertiesService.getDocumentProperties();
  if (props.getProperty('sent')) return 'already sent';
  MailApp.sendEmail('ivanov@example.org', 'Напоминание', 'Текст');
  props.setProperty('sent', '1');
  return 'sent';
}
function installNightly() {
  ScriptApp.newTrigger('nightly').timeBased().everyDays(1).atHour(9).inTimezone('Asia/Tomsk').create();
}
function nightly(e) {
  MailApp.sendEmail('ivanov@example.org', 'Ночная проверка', 'UTC hour ' + e.hour + ', uid ' + e.triggerUid);
}
function installEditTrigger() {
  ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
}
function onEditInstalled(e) {
  MailApp.sendEmail('ivanov@example.org', 'Изменена ячейка ' + e.range.getA1Notation(),
    [String(e.authMode), e.value, e.user.getEmail(), Session.getEffectiveUser().getEmail(), typeof e.triggerUid].join('|'));
}
function sleepsTooLong() { try { Utilities.sleep(300000); Utilities.sleep(300000); } catch (err) {} return 'survived'; }
function logs() { Logger.log('Проверено %s мероприятий', 29); console.warn('квота', { left: 3 }); }
function fails() { throw new Error('Не найдена таблица дорожной карты.'); }
`;

const NINE_IN_TOMSK = Date.UTC(2021, 5, 15, 2, 0);

function makeHost(user = 'coordinator@example.org') {
  const runtime = new Runtime({ seed: 3 });
  runtime.clock.set(NINE_IN_TOMSK);
  const spreadsheet = new EmulatedSpreadsheet(runtime, { name: 'Дорожная карта' });
  return new Host({ runtime, spreadsheet, source: BUNDLE, user, scriptTimeZone: 'Asia/Tomsk' });
}

const docProp = (host: Host, key: string) => JSON.parse(host.properties.document?.data.get(key) ?? 'null');

describe('the host', () => {
  it('shows the simulated clock inside the bundle: new Date(), Date.now() and Date()', () => {
    const host = makeHost();
    host.clock.set(Date.UTC(2021, 0, 2, 3, 4, 5));
    const inside = host.run('clockInside') as { iso: string; now: number; isDate: boolean; text: string };
    expect(inside.iso).toBe('2021-01-02T03:04:05.000Z');
    expect(inside.now).toBe(Date.UTC(2021, 0, 2, 3, 4, 5));
    expect(inside.isDate).toBe(true);
    expect(inside.text).toBe('string');
  });

  it('reads JS local time in the script’s zone (Asia/Tomsk), never in Node’s TZ', () => {
    const host = makeHost();
    expect(host.run('localTime')).toEqual({
      midnight: '2021-06-14T17:00:00.000Z',
      hours: 1,
      date: 15,
      offset: -420,
      text: expect.stringMatching(/^Tue Jun 15 2021 01:30:00 GMT\+0700 \(.+\)$/),
      parsed: '2021-06-15T02:00:00.000Z',
      isoDay: '2021-06-15T00:00:00.000Z',
      rolled: '2021-03-02T17:00:00.000Z',
    });
  });

  it('hands date cells to the bundle as Dates that pass instanceof Date', () => {
    const host = makeHost();
    host.edit('A1', '15.06.2021');
    expect(host.run('cellIsDate')).toEqual({ isDate: true, day: '2021-06-15' });
  });

  it('fires onOpen as a simple trigger: LIMITED, blank active user, the menu recorded', () => {
    const host = makeHost();
    const [result] = host.open();
    expect(result?.ok).toBe(true);
    expect(docProp(host, 'open')).toEqual({ mode: 'LIMITED', limited: true, active: '' });
    expect(host.ui.visibleMenus[0]?.items).toEqual([{ kind: 'item', label: 'Открыть панель', handler: 'openSidebar' }]);
    host.run('openSidebar');
    expect(host.ui.sidebars[0]).toMatchObject({ title: 'Дорожная карта', content: '<p>Панель</p>' });
  });

  it('writes a typed value as the person and fires onEdit with value and oldValue for one cell', () => {
    const host = makeHost();
    host.edit('B2', 'в работе');
    host.edit('B2', 'выполнено');
    expect(docProp(host, 'edit')).toEqual({
      a1: 'B2',
      value: 'выполнено',
      oldValue: 'в работе',
      mode: 'LIMITED',
      hasValue: true,
    });
    host.edit('C3', '15.06.2021');
    expect(docProp(host, 'edit').value).toBe('44362');
  });

  it('gives no value or oldValue for a block edit', () => {
    const host = makeHost();
    host.edit('A1:B1', [['x', 'y']]);
    expect(docProp(host, 'edit')).toEqual({ a1: 'A1:B1', mode: 'LIMITED', hasValue: false });
  });

  it('refuses MailApp inside the simple onEdit trigger with Google\u2019s message', () => {
    const host = makeHost();
    const [result] = host.edit('Z1', 'x');
    expect(result?.ok).toBe(false);
    expect(result?.error?.message).toBe(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(host.outbox).toHaveLength(0);
  });

  it('runs an installable onEdit trigger as its owner, with FULL authorization', () => {
    const host = makeHost('owner@example.org');
    host.run('installEditTrigger');
    host.activeUser = 'editor@example.org';
    const results = host.edit('B7', 'выполнено');
    expect(results.map((r) => [r.handler, r.ok])).toEqual([
      ['onEdit', true],
      ['onEditInstalled', true],
    ]);
    expect(host.outbox.map((m) => [m.from, m.subject, m.body])).toEqual([
      ['owner@example.org', 'Изменена ячейка B7', 'FULL|выполнено|editor@example.org|owner@example.org|string'],
    ]);
  });

  it('charges the person\u2019s typing nothing: no ledger entries, no simulated time', () => {
    const host = makeHost();
    const calls = host.ledger.entries.length;
    const edits = host.executions.length;
    host.edit('D4', 'x');
    const scriptEntries = host.ledger.entries.slice(calls).filter((e) => e.service === 'Spreadsheet');
    // Only onEdit's own calls (getA1Notation) remain, never the setValues of the typing.
    expect(scriptEntries.map((e) => e.method)).not.toContain('setValues');
    expect(host.executions).toHaveLength(edits + 1);
  });

  it('passes results through google.script.run\u2019s copy: Dates are refused', () => {
    const host = makeHost();
    expect(host.run('echo', { a: [1, undefined], b: undefined })).toEqual({ a: [1, null] });
    expect(() => host.run('returnsDate')).toThrow('Failed due to illegal value in property: when');
    expect(host.callFromSidebar('returnsDate')).toEqual({ error: 'Failed due to illegal value in property: when' });
    expect(host.callFromSidebar('echo', [new Date()])).toEqual({ error: 'Failed due to illegal value in property: 0' });
    expect(host.callFromSidebar('fails')).toEqual({ error: 'Не найдена таблица дорожной карты.' });
    expect(host.callFromSidebar('nope')).toEqual({ error: 'Script function not found: nope' });
  });

  it('records Logger and console output with the simulated time', () => {
    const host = makeHost();
    host.run('logs');
    expect(host.log.map((e) => [e.source, e.level, e.message, e.at >= NINE_IN_TOMSK])).toEqual([
      ['Logger', 'log', 'Проверено 29 мероприятий', true],
      ['console', 'warn', 'квота {"left":3}', true],
    ]);
  });

  it('runs menu calls as the person at the keyboard', () => {
    const host = makeHost('deputy@example.org');
    expect(host.run('whoAmI')).toEqual(['deputy@example.org', 'deputy@example.org']);
  });

  it('never lets two concurrent runs both send when the bundle takes the script lock', () => {
    const host = makeHost();
    let second: unknown;
    host.beforeCall('MailApp.sendEmail', () => {
      second = host.run('sendOnce');
    });
    expect(host.run('sendOnce')).toBe('sent');
    expect(second).toBe('busy');
    expect(host.outbox).toHaveLength(1);
  });

  it('counts each execution’s own service calls and their simulated cost', () => {
    const host = makeHost();
    host.run('sendUnguarded');
    const calls = host.executions.at(-1)?.calls;
    expect(calls?.byMethod['MailApp.sendEmail']).toBe(1);
    expect(calls?.byMethod['PropertiesService.Properties.getProperty']).toBe(1);
    // 300 ms for the e-mail, 5 ms for each PropertiesService call (get store, get, set).
    expect(calls?.emulatedMs).toBe(315);
  });

  it('shows the race when the bundle does not lock (the check can fail)', () => {
    const host = makeHost();
    host.beforeCall('MailApp.sendEmail', () => {
      host.run('sendUnguarded');
    });
    host.run('sendUnguarded');
    expect(host.outbox).toHaveLength(2);
  });

  it('releases the locks of an execution that fails', () => {
    const host = makeHost();
    host.mail.failFor('ivanov@example.org');
    expect(() => host.run('sendOnce')).toThrow('Invalid email: ivanov@example.org');
    expect(host.locks.holders.size).toBe(0);
  });

  it('stops an execution at 6 minutes even when the script catches the error', () => {
    const host = makeHost();
    expect(() => host.run('sleepsTooLong')).toThrow('Exceeded maximum execution time');
  });

  it('fires the nightly trigger once a day between 9 and 10 Tomsk time, as its owner', () => {
    const host = makeHost('owner@example.org');
    host.clock.set(Date.UTC(2021, 5, 14, 12, 0));
    host.run('installNightly');
    host.activeUser = 'someone-else@example.org';
    const runs = host.runDueTriggers(Date.UTC(2021, 5, 17, 12, 0));
    expect(runs).toHaveLength(3);
    for (const run of runs) {
      expect(run.ok).toBe(true);
      expect(run.execution.user).toBe('owner@example.org');
      expect(run.execution.authMode).toBe('FULL');
      expect(zoneParts(run.execution.startedMs, 'Asia/Tomsk').hour).toBe(9);
    }
    expect(host.outbox.map((m) => m.from)).toEqual(Array(3).fill('owner@example.org'));
    expect(host.outbox[0]?.body).toMatch(/^UTC hour 2, uid \d{19}$/);
    expect(host.clock.now()).toBe(Date.UTC(2021, 5, 17, 12, 0));
  });
});

describe('errors thrown by the emulated services', () => {
  it('are Errors of the script’s own realm, named "Exception", with Google’s message', () => {
    const host = makeHost();
    expect(host.run('serviceErrorIsError')).toEqual([true, 'Exception', 'The starting row of the range is too small.']);
  });
});
