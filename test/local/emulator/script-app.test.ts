import { Runtime } from '../../../src/local/emulator/runtime';
import { createScriptApp } from '../../../src/local/emulator/script-app';
import { TOO_MANY_TRIGGERS_MESSAGE, TriggerRegistry } from '../../../src/local/emulator/triggers';
import { zoneParts } from '../../../src/local/emulator/tz';

// 2021-06-15 03:00 UTC (10:00 in Tomsk) unless a case says otherwise.
function setup() {
  const runtime = new Runtime({ seed: 7 });
  runtime.clock.set(Date.UTC(2021, 5, 15, 3, 0));
  const registry = new TriggerRegistry(runtime);
  const app = createScriptApp(runtime, registry, {
    scriptId: 'script',
    scriptTimeZone: 'Asia/Tomsk',
    defaultUser: 'coordinator@example.org',
    documentId: 'sheet-1',
  });
  const as = (user: string) => runtime.begin({ kind: 'menu', authMode: 'FULL', user });
  return { runtime, registry, app, as };
}

const sheet = { getId: () => 'sheet-1' };

describe('ScriptApp triggers', () => {
  it('allows 20 triggers per user and refuses the 21st with Google\u2019s message', () => {
    const { app } = setup();
    for (let i = 0; i < 20; i++) app.newTrigger(`f${i}`).timeBased().everyDays(1).atHour(9).create();
    expect(() => app.newTrigger('f20').timeBased().everyDays(1).atHour(9).create()).toThrow(TOO_MANY_TRIGGERS_MESSAGE);
    expect(app.getProjectTriggers()).toHaveLength(20);
  });

  it('counts the cap per user, records the owner and shows each user only their own', () => {
    const { app, as, registry } = setup();
    for (let i = 0; i < 20; i++) app.newTrigger('nightly').timeBased().everyDays(1).atHour(9).create();
    as('deputy@example.org');
    const mine = app
      .newTrigger('nightly')
      .forSpreadsheet(sheet as never)
      .onEdit()
      .create();
    expect(app.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([mine.getUniqueId()]);
    expect(app.getUserTriggers(sheet as never)).toHaveLength(1);
    expect(registry.find(mine.getUniqueId())?.owner).toBe('deputy@example.org');
  });

  it('lists a clock trigger under the file that was open when it was made (add-on triggers belong to a document)', () => {
    const { app } = setup();
    const t = app.newTrigger('nightlyCheck').timeBased().everyDays(1).atHour(9).create();
    expect(app.getUserTriggers(sheet as never).map((x) => x.getUniqueId())).toEqual([t.getUniqueId()]);
    expect(app.getUserTriggers({ getId: () => 'other-file' } as never)).toEqual([]);
  });

  it('describes a trigger with the enum getters', () => {
    const { app } = setup();
    const clock = app.newTrigger('nightlyCheck').timeBased().everyDays(1).atHour(9).create();
    const edit = app
      .newTrigger('onEditInstalled')
      .forSpreadsheet(sheet as never)
      .onEdit()
      .create();
    expect(clock.getHandlerFunction()).toBe('nightlyCheck');
    expect(clock.getEventType()).toBe(app.EventType.CLOCK);
    expect(clock.getTriggerSource()).toBe(app.TriggerSource.CLOCK);
    expect(clock.getTriggerSourceId()).toBeNull();
    expect(String(edit.getEventType())).toBe('ON_EDIT');
    expect(edit.getTriggerSourceId()).toBe('sheet-1');
    expect(clock.getUniqueId()).toMatch(/^\d{19}$/);
  });

  it('deletes a trigger, freeing a place under the cap', () => {
    const { app } = setup();
    const triggers = Array.from({ length: 20 }, () => app.newTrigger('f').timeBased().everyHours(1).create());
    app.deleteTrigger(triggers[3] as GoogleAppsScript.Script.Trigger);
    expect(app.getProjectTriggers()).toHaveLength(19);
    expect(() => app.newTrigger('g').timeBased().everyDays(1).create()).not.toThrow();
  });

  it('fires a daily 9 o\u2019clock trigger once a day, between 9 and 10 in its own time zone', () => {
    const { app, registry } = setup();
    const t = app.newTrigger('nightly').timeBased().everyDays(1).atHour(9).inTimezone('Europe/Moscow').create();
    const record = registry.find(t.getUniqueId());
    let at = record?.nextFireMs ?? 0;
    const days: string[] = [];
    const minutes = new Set<number>();
    for (let i = 0; i < 5; i++) {
      const p = zoneParts(at, 'Europe/Moscow');
      expect(p.hour).toBe(9);
      days.push(`${p.month}-${p.day}`);
      minutes.add(p.minute);
      at = registry.nextFire(record as never, at) ?? 0;
    }
    // Created at 06:00 Moscow time on 15 June: the first run is the same morning.
    expect(days).toEqual(['6-15', '6-16', '6-17', '6-18', '6-19']);
    // The minute is drawn once and kept, so 24 hours pass between runs.
    expect(minutes.size).toBe(1);
  });

  it('keeps nearMinute within a quarter of an hour', () => {
    const { app, registry } = setup();
    const t = app.newTrigger('n').timeBased().everyDays(1).atHour(20).nearMinute(50).create();
    const record = registry.find(t.getUniqueId());
    let at = record?.nextFireMs ?? 0;
    for (let i = 0; i < 20; i++) {
      const p = zoneParts(at, 'Asia/Tomsk');
      expect(p.hour).toBe(20);
      expect(p.minute).toBeGreaterThanOrEqual(35);
      at = registry.nextFire(record as never, at) ?? 0;
    }
  });

  it('as an add-on: no clock trigger more often than hourly, one of each type per user and document', () => {
    const runtime = new Runtime({ seed: 7 });
    const registry = new TriggerRegistry(runtime);
    const app = createScriptApp(runtime, registry, {
      scriptId: 'addon',
      scriptTimeZone: 'Asia/Tomsk',
      defaultUser: 'coordinator@example.org',
      documentId: 'sheet-1',
      addOn: true,
    });
    expect(() => app.newTrigger('f').timeBased().everyMinutes(30)).toThrow(/once an hour/);
    app.newTrigger('nightlyCheck').timeBased().everyDays(1).atHour(9).create();
    expect(() => app.newTrigger('other').timeBased().everyDays(1).atHour(10).create()).toThrow(
      /too many time-based triggers in this document/,
    );
    expect(() =>
      app
        .newTrigger('edit')
        .forSpreadsheet(sheet as never)
        .onEdit()
        .create(),
    ).not.toThrow();
  });

  it('rejects invalid frequencies and zones', () => {
    const { app } = setup();
    expect(() => app.newTrigger('f').timeBased().everyMinutes(7)).toThrow();
    expect(() => app.newTrigger('f').timeBased().inTimezone('Mars/Base')).toThrow();
    expect(() => app.newTrigger('f').timeBased().atHour(9).create()).toThrow();
  });

  it('is refused to simple triggers with Google\u2019s permission error', () => {
    const { app, runtime } = setup();
    runtime.begin({ kind: 'simple-trigger', authMode: 'LIMITED', user: 'coordinator@example.org' });
    expect(() => app.newTrigger('f')).toThrow(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
    expect(() => app.getProjectTriggers()).toThrow(/permission/);
    expect(String(app.AuthMode.LIMITED)).toBe('LIMITED');
  });
});
