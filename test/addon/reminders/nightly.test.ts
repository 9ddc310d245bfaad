// Node's own zone must not matter: the add-in works in the spreadsheet's zone (Asia/Tomsk).
process.env.TZ = 'UTC';

import { say } from '../../../src/core/i18n';
import {
  COORDINATOR,
  HOUR_MS,
  LOG as LOG_SHEET,
  logRows,
  nightly,
  ROADMAP,
  received,
  rowOf,
  sample,
  saveSettings,
  send,
  sheet,
  typeText,
} from './harness';

/**
 * The nightly check in the offline host with the built bundle and samples/roadmap-2021.xlsx
 * (spreadsheet zone Asia/Tomsk, UTC+7). Each case states its clock in UTC and in Tomsk.
 */
const OTHER = 'other@example.org';

function nightlyTriggers(host: Awaited<ReturnType<typeof sample>>['host']) {
  return host.triggers.triggers.filter((t) => t.handler === 'nightlyCheck');
}

/** 2021-06-15 01:00 Tomsk: the first nightly run (02:xx) is the same morning. */
const JUNE_15_1AM = Date.UTC(2021, 5, 14, 18, 0);
/** HH:mm in Tomsk. */
const tomskHour = (ms: number) => new Date(ms + 7 * HOUR_MS).getUTCHours();

describe('time zone', () => {
  it('a run at 00:xx Tomsk on 2021-06-15 (17:xx UTC on the 14th, Node in UTC) judges by the Tomsk date', async () => {
    expect(new Date(Date.UTC(2021, 5, 14, 17, 30)).getDate()).toBe(14); // Node really is in UTC
    const { host, roadmap, spreadsheet } = await sample({
      now: Date.UTC(2021, 5, 14, 10, 0), // 2021-06-14 17:00 Tomsk
      scriptTimeZone: 'UTC',
      // 2.8 (Рабочая группа, Специалисты отраслевых предприятий): no Статус or date in the sample.
      before: (ss) => typeText(sheet(ss, ROADMAP), 'D28', 'до 14.06.2021'),
      settings: { nightlyHour: 0 },
    });
    host.run('setNightly', true);
    const [run, ...more] = host.runDueTriggers(Date.UTC(2021, 5, 14, 18, 0));
    expect(more).toEqual([]);
    expect(run?.ok).toBe(true);
    const firedAt = run?.execution.startedMs ?? 0;
    expect(firedAt).toBeGreaterThanOrEqual(Date.UTC(2021, 5, 14, 17, 0)); // 00:00 Tomsk
    expect(firedAt).toBeLessThan(Date.UTC(2021, 5, 14, 18, 0));

    const row = rowOf(roadmap, '2.8');
    expect(roadmap.getRange(row, 11).getValue()).toBe('Просрочено');
    expect(roadmap.getRange(row, 12).getValue()).toBe(-1);
    const mail = received(host, roadmap).find((m) => m.to === 'specialisty@example.org');
    expect(mail?.measures).toEqual(['2.8']);
    expect(host.outbox.find((m) => m.to[0] === 'specialisty@example.org')?.body).toContain('просрочено на 1 день');
    const logged = logRows(spreadsheet).find((r) => r.recipient === 'specialisty@example.org');
    expect(logged?.at).toMatch(/^2021-06-15T00:/);
    expect(logged?.how).toBe('ночная проверка');
  });
});

describe('the trigger (2021-06-15 09:00 Tomsk)', () => {
  it('one trigger at the settings’ hour in the spreadsheet’s zone, whoever turns it on; the state says whose', async () => {
    const { host } = await sample();
    host.run('setNightly', true);
    const [trigger, ...extra] = nightlyTriggers(host);
    expect(extra).toEqual([]);
    expect(trigger).toMatchObject({ owner: COORDINATOR, clock: { kind: 'days', hour: 2, timeZone: 'Asia/Tomsk' } });
    expect(nightly(host)).toMatchObject({ enabled: true, hour: 2, owner: COORDINATOR, mine: true, lastRun: null });
    expect(nightly(host).stale).toBe(false); // just turned on: nothing is late yet

    host.run('setNightly', true);
    expect(nightlyTriggers(host).map((t) => t.uid)).toEqual([trigger?.uid]);

    host.activeUser = OTHER;
    const state = host.run('setNightly', true) as { notice: string; nightly: { owner: string; mine: boolean } };
    expect(nightlyTriggers(host)).toHaveLength(1);
    expect(state.notice).toBe(say({ code: 'nightly-on-by-other', email: COORDINATOR }));
    expect(state.nightly).toMatchObject({ owner: COORDINATOR, mine: false });
    host.run('setNightly', false);
    expect(nightlyTriggers(host)).toHaveLength(1);

    host.activeUser = COORDINATOR;
    saveSettings(host, { nightlyHour: 5 });
    expect(nightlyTriggers(host).map((t) => t.clock?.hour)).toEqual([5]);
    expect(nightly(host).hour).toBe(5);

    // It runs as its owner, whoever is at the keyboard.
    host.activeUser = OTHER;
    const runs = host.runDueTriggers(Date.UTC(2021, 5, 16, 5, 0)); // to 2021-06-16 12:00 Tomsk
    expect(runs).toHaveLength(1);
    expect(runs[0]?.handler).toBe('nightlyCheck');
    expect(runs[0]?.execution.user).toBe(COORDINATOR);
    expect(tomskHour(runs[0]?.execution.startedMs ?? 0)).toBe(5);
    expect(host.outbox.map((m) => m.from)).toEqual(Array(5).fill(COORDINATOR));

    const lastRun = nightly(host).lastRun;
    expect(lastRun).toMatchObject({ ok: true, error: null });
    expect(lastRun?.summary).toContain('отправлено писем: 5');
    const start = Date.parse(lastRun?.start ?? '');
    const end = Date.parse(lastRun?.end ?? '');
    expect(start - (runs[0]?.execution.startedMs ?? 0)).toBeLessThan(1000);
    expect(end).toBeGreaterThanOrEqual(start);
    expect(end).toBeLessThan(start + 6 * 60 * 1000);

    host.activeUser = COORDINATOR;
    host.run('setNightly', false);
    expect(nightlyTriggers(host)).toEqual([]);
    expect(nightly(host)).toMatchObject({ enabled: false, owner: null });
  });

  it('two people turning it on at the same moment still make one trigger', async () => {
    const { host } = await sample();
    let second: { value: unknown } | { error: string } | undefined;
    host.beforeCall('ScriptApp.newTrigger', () => {
      host.activeUser = OTHER;
      second = host.callFromSidebar('setNightly', [true]);
      host.activeUser = COORDINATOR;
    });
    host.run('setNightly', true);
    expect(second).toBeDefined();
    expect(nightlyTriggers(host)).toHaveLength(1);
    expect(nightly(host)).toMatchObject({ owner: nightlyTriggers(host)[0]?.owner });
  });
});

describe('what the nightly run does (2021-06-15)', () => {
  it('with automatic sending off it checks and sends nothing, and says so', async () => {
    const { host } = await sample({ now: JUNE_15_1AM, settings: { autoSend: false } });
    host.run('setNightly', true);
    const [run] = host.runDueTriggers(JUNE_15_1AM + 4 * HOUR_MS);
    expect(run?.ok).toBe(true);
    expect(host.outbox).toEqual([]);
    expect(nightly(host).lastRun?.summary).toContain('рассылка выключена');
  });

  it('while a person is sending, the nightly run waits, gives up, says why, and nothing goes twice', async () => {
    const { host, roadmap } = await sample();
    host.run('setNightly', true);
    const trigger = nightlyTriggers(host)[0];
    let fired: ReturnType<typeof host.fireTrigger> | undefined;
    host.beforeCall('MailApp.sendEmail', () => {
      if (trigger) fired = host.fireTrigger(trigger.uid);
    });
    send(host);
    expect(fired?.ok).toBe(false);
    const lastRun = nightly(host).lastRun;
    expect(lastRun).toMatchObject({ ok: false, error: expect.stringContaining('уже выполняется') });
    expect(lastRun?.summary).toContain('ожидание другой проверки или рассылки');
    const got = received(host, roadmap).map((m) => m.to);
    expect(new Set(got).size).toBe(got.length);
  });
});

describe('a failing nightly run', () => {
  it('2021-06-15: an unreadable roadmap is recorded ok:false with the error, and nothing is written', async () => {
    const { host, spreadsheet, roadmap } = await sample({ now: JUNE_15_1AM });
    host.run('setNightly', true);
    typeText(roadmap, 'B10', 'Что-то другое'); // no «Наименование мероприятия» any more
    const before = JSON.stringify(spreadsheet._snapshot());
    const [run] = host.runDueTriggers(JUNE_15_1AM + 4 * HOUR_MS);
    expect(run?.ok).toBe(false);
    const lastRun = nightly(host).lastRun;
    expect(lastRun?.ok).toBe(false);
    expect(lastRun?.error).toMatch(/Не найдена таблица|Наименование мероприятия/);
    expect(lastRun?.end).not.toBeNull();
    expect(JSON.stringify(spreadsheet._snapshot())).toBe(before);
    expect(host.outbox).toEqual([]);
  });

  it('2021-06-22: a failure while writing the log leaves no half-written rows, and the next run completes it without sending again', async () => {
    const { host, spreadsheet } = await sample({ now: JUNE_15_1AM });
    host.run('setNightly', true);
    host.runDueTriggers(JUNE_15_1AM + 4 * HOUR_MS); // 2021-06-15: three e-mails (escalations)
    expect(logRows(spreadsheet)).toHaveLength(3);
    // 2021-06-16 … 2021-06-21: only 16.06 sends, June's 14-day step of 1.5 (brusilov) and 3.9 (stolyarov).
    host.runDueTriggers(Date.UTC(2021, 5, 20, 22, 0)); // to 2021-06-21 05:00 Tomsk
    expect(host.outbox).toHaveLength(5);
    expect(logRows(spreadsheet)).toHaveLength(5);

    // 2021-06-22 (escalation-2 for the three): Sheets fails on the first write after the e-mails.
    let mailed = false;
    host.beforeCall('MailApp.sendEmail', () => (mailed = true), { once: false });
    host.beforeCall(
      'Spreadsheet.Range.setValues',
      () => {
        if (mailed) throw new Error('Service Spreadsheets failed while accessing document.');
      },
      { once: false },
    );
    const failing = host.runDueTriggers(Date.UTC(2021, 5, 21, 22, 0)); // to 2021-06-22 05:00 Tomsk
    expect(failing).toHaveLength(1);
    expect(failing.at(-1)?.ok).toBe(false);
    expect(host.outbox).toHaveLength(8);
    expect(logRows(spreadsheet)).toHaveLength(5);
    const lastRun = nightly(host).lastRun;
    expect(lastRun).toMatchObject({ ok: false, error: expect.stringContaining('Service Spreadsheets failed') });
    expect(lastRun?.summary).toContain('рассылка напоминаний');

    mailed = false;
    const next = host.runDueTriggers(Date.UTC(2021, 5, 22, 22, 0)); // 2021-06-23
    expect(next.at(-1)?.ok).toBe(true);
    expect(host.outbox).toHaveLength(8);
    const rows = logRows(spreadsheet);
    expect(rows).toHaveLength(8);
    expect(rows.slice(5).every((r) => r.at.startsWith('2021-06-22') && r.result === 'отправлено')).toBe(true);
  });

  it('2021-06-15: when the summaries fail, the reminders still go, and the run is recorded as failed', async () => {
    const { host } = await sample({ now: JUNE_15_1AM });
    host.run('setNightly', true);
    host.beforeCall('Spreadsheet.Spreadsheet.insertSheet', () => {
      throw new Error('Service Spreadsheets timed out while accessing document.');
    });
    const [run] = host.runDueTriggers(JUNE_15_1AM + 4 * HOUR_MS);
    expect(run?.ok).toBe(false);
    expect(host.outbox).toHaveLength(3); // the three escalations of 2021-06-15
    const lastRun = nightly(host).lastRun;
    expect(lastRun).toMatchObject({ ok: false, error: expect.stringContaining('timed out') });
    expect(lastRun?.summary).toMatch(/отправлено писем: 3.*обновление сводок/);
  });

  it('2021-06-16: warns when the last successful run is more than 36 hours old', async () => {
    const { host, roadmap } = await sample({ now: JUNE_15_1AM });
    host.run('setNightly', true);
    host.runDueTriggers(JUNE_15_1AM + 4 * HOUR_MS); // 2021-06-15 02:xx Tomsk: ok
    expect(nightly(host)).toMatchObject({ stale: false, lastRun: { ok: true } });
    typeText(roadmap, 'B10', 'Что-то другое');
    host.runDueTriggers(Date.UTC(2021, 5, 16, 5, 0)); // 2021-06-16 12:00 Tomsk: failed, 34 h since success
    expect(nightly(host)).toMatchObject({ stale: false, lastRun: { ok: false } });
    host.runDueTriggers(Date.UTC(2021, 5, 16, 8, 0)); // 15:00 Tomsk: 37 h
    expect(nightly(host).stale).toBe(true);
    typeText(roadmap, 'B10', 'Наименование мероприятия');
    host.runDueTriggers(Date.UTC(2021, 5, 17, 5, 0));
    expect(nightly(host)).toMatchObject({ stale: false, lastRun: { ok: true } });
  });
});

describe('take-over by a second person (issue 14, two users, 2021-06-15 01:00 Tomsk)', () => {
  it('the old owner’s trigger keeps firing but does nothing except a note; the new owner’s does the work', async () => {
    const { host, spreadsheet } = await sample({ now: JUNE_15_1AM });
    host.run('setNightly', true); // the coordinator's trigger
    const [old] = nightlyTriggers(host);

    host.activeUser = OTHER;
    const taken = host.run('setNightly', true, true) as { notice: string };
    expect(taken.notice).toBe(
      `${say({ code: 'nightly-on', hour: 2, timeZone: 'Asia/Tomsk' })} ${say({ code: 'nightly-taken-over', previous: COORDINATOR })}`,
    );
    expect(taken.notice).toContain(`Триггер ${COORDINATOR} удалить отсюда нельзя`);
    const triggers = nightlyTriggers(host);
    // Google shows a trigger only to its owner: the coordinator's is still there, and one is OTHER's.
    expect(triggers.map((t) => t.owner).sort()).toEqual([COORDINATOR, OTHER].sort());
    const mine = triggers.find((t) => t.owner === OTHER);

    // The old trigger fires first: it returns at once, records no run, sends nothing, writes no cell.
    const before = JSON.stringify(spreadsheet._snapshot());
    const stale = host.fireTrigger(old?.uid ?? '');
    expect(stale.ok).toBe(true);
    expect(stale.calls.spreadsheetCalls).toBeLessThanOrEqual(1);
    expect(host.outbox).toEqual([]);
    expect(JSON.stringify(spreadsheet._snapshot())).toBe(before);
    const seen = nightly(host);
    expect(seen.lastRun).toBeNull();
    expect(seen.foreign).toMatchObject({ email: COORDINATOR, mine: false });

    // The new owner's trigger does the whole check and sends from OTHER's account.
    const run = host.fireTrigger(mine?.uid ?? '');
    expect(run.ok).toBe(true);
    expect(host.outbox.length).toBeGreaterThan(0);
    expect(new Set(host.outbox.map((m) => m.from))).toEqual(new Set([OTHER]));
    expect(nightly(host).lastRun).toMatchObject({ ok: true });

    // The coordinator sees the note about their own trigger, turns it off: it is deleted, OTHER's stays.
    host.activeUser = COORDINATOR;
    const theirs = nightly(host);
    expect(theirs.foreign?.mine).toBe(true);
    const off = host.run('setNightly', false) as { notice: string };
    expect(off.notice).toBe(say({ code: 'nightly-off-by-other', email: OTHER, removedMine: true }));
    expect(off.notice).toContain('Ваш прежний триггер');
    expect(nightlyTriggers(host).map((t) => t.uid)).toEqual([mine?.uid]);
    expect(nightly(host).foreign).toBeNull();
    expect(nightly(host)).toMatchObject({ enabled: true, owner: OTHER });
  });

  it('a run without a trigger event (google.script.run, a forged id) is refused and changes nothing', async () => {
    const { host, spreadsheet } = await sample();
    host.run('setNightly', true);
    const before = JSON.stringify(spreadsheet._snapshot());
    expect(host.callFromSidebar('nightlyCheck', [])).toEqual({
      error: expect.stringContaining('только своим триггером'),
    });
    expect(host.callFromSidebar('nightlyCheck', [{ authMode: 'FULL', triggerUid: '123' }])).toEqual({ value: null });
    expect(host.outbox).toEqual([]);
    expect(nightly(host).lastRun).toBeNull();
    expect(JSON.stringify(spreadsheet._snapshot())).toBe(before);
  });
});

describe('exactly one trigger, found by its id (issue 14)', () => {
  it('on, on again, a new hour, off, on: never two triggers and no orphan', async () => {
    const { host } = await sample();
    host.run('setNightly', true);
    host.run('setNightly', true);
    expect(nightlyTriggers(host)).toHaveLength(1);
    saveSettings(host, { nightlyHour: 6 });
    expect(nightlyTriggers(host).map((t) => t.clock?.hour)).toEqual([6]);
    host.run('setNightly', false);
    expect(nightlyTriggers(host)).toEqual([]);
    host.run('setNightly', true);
    host.run('setNightly', true);
    expect(nightlyTriggers(host)).toHaveLength(1);
    expect(nightly(host)).toMatchObject({ enabled: true, hour: 6 });
  });

  it('a trigger deleted by hand (script.google.com) is recreated on the next «включить»', async () => {
    const { host } = await sample();
    host.run('setNightly', true);
    const [first] = nightlyTriggers(host);
    host.triggers.remove(first?.uid ?? '');
    host.run('setNightly', true);
    const [again, ...more] = nightlyTriggers(host);
    expect(more).toEqual([]);
    expect(again?.uid).not.toBe(first?.uid);
    expect(host.fireTrigger(again?.uid ?? '').ok).toBe(true);
    expect(nightly(host).lastRun).toMatchObject({ ok: true });
  });

  it('does not use ScriptApp.getUserTriggers (undocumented for time-driven triggers)', async () => {
    const { host } = await sample();
    host.run('setNightly', true);
    saveSettings(host, { nightlyHour: 4 });
    host.run('setNightly', false);
    expect(host.ledger.totals().byMethod['ScriptApp.getUserTriggers']).toBeUndefined();
    expect(host.ledger.totals().byMethod['ScriptApp.getProjectTriggers']).toBeGreaterThan(0);
  });
});

describe('a time-driven run has no screen (issue 14)', () => {
  it('2021-06-15: the first nightly run creates the log and summary sheets without getUi, toasts or the active sheet', async () => {
    const { host, spreadsheet } = await sample({ now: JUNE_15_1AM });
    expect(spreadsheet.getSheetByName(LOG_SHEET)).toBeNull();
    host.run('setNightly', true);
    const [run] = host.runDueTriggers(JUNE_15_1AM + 4 * HOUR_MS);
    expect(run?.execution.headless).toBe(true);
    expect(run?.ok).toBe(true);
    expect(spreadsheet.getSheetByName(LOG_SHEET)).not.toBeNull();
    expect(spreadsheet.getSheetByName('Сводка')).not.toBeNull();
    const used = Object.keys(run?.calls.byMethod ?? {});
    expect(used.filter((m) => /getUi|toast|activate|getActiveSheet|setActive/.test(m))).toEqual([]);
  });
});

describe('a trigger run without its document (issue 14)', () => {
  it('2021-06-15: getActiveSpreadsheet() null is recorded as a clear reason, not a TypeError', async () => {
    const { host } = await sample({ now: JUNE_15_1AM });
    host.run('setNightly', true);
    // As when a standalone copy of the script, or a deleted file's trigger, runs.
    const context = (host as unknown as { context: { SpreadsheetApp: { getActiveSpreadsheet: () => unknown } } })
      .context;
    const real = context.SpreadsheetApp.getActiveSpreadsheet;
    context.SpreadsheetApp.getActiveSpreadsheet = () => null;
    const [run] = host.runDueTriggers(JUNE_15_1AM + 4 * HOUR_MS);
    context.SpreadsheetApp.getActiveSpreadsheet = real;
    expect(run?.ok).toBe(false);
    expect(run?.error?.message).toContain('таблица недоступна');
    expect(run?.error?.name).not.toBe('TypeError');
    expect(nightly(host).lastRun).toMatchObject({ ok: false, error: expect.stringContaining('таблица недоступна') });
  });
});
