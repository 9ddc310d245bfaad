// Node's own zone must not matter: the add-in works in the spreadsheet's zone (Asia/Tomsk).
process.env.TZ = 'UTC';

import { isWorkingDay, workingDayOnOrAfter } from '../../../src/core/calendar';
import { addDays, type IsoDate, parts } from '../../../src/core/dates';
import { say } from '../../../src/core/i18n';
import {
  logRows,
  nightly,
  type Preview,
  pairs,
  preview,
  ROADMAP,
  received,
  sample,
  saveSettings,
  send,
  sheet,
  typeText,
} from './harness';

/**
 * Reminders on working days only (issue 17), the built bundle in the offline host with
 * samples/roadmap-2021.xlsx and the add-in's default settings (working days on). Clocks in UTC;
 * Tomsk is UTC+7, the nightly check runs at 02:xx Tomsk.
 */
const noonTomsk = (day: IsoDate) => {
  const [y, m, d] = parts(day);
  return Date.UTC(y, m - 1, d, 5, 0);
};

/** (recipient, measure) pairs of a preview: 'sovet@example.org 2.5'. */
const previewPairs = (p: Preview) => p.digests.flatMap((d) => d.measures.map((m) => `${d.to[0]} ${m.number}`)).sort();

describe('the nightly check over 2021, one run a day (the production calendar of 2021)', () => {
  it('sends on no non-working day, sends what fell due on one on the next working day, and nothing twice', async () => {
    const { host, roadmap, spreadsheet } = await sample({ now: noonTomsk('2020-12-31'), workingDays: true });
    host.run('setNightly', true);
    /** What each non-working day's plan held back, by the working day it waits for. */
    const held = new Map<IsoDate, { day: IsoDate; pairs: string[] }[]>();
    const sentOn = new Map<IsoDate, string[]>();
    let heldDays = 0;
    for (let day = '2021-01-01'; day <= '2021-12-31'; day = addDays(day, 1)) {
      const from = host.outbox.length;
      const runs = host.runDueTriggers(noonTomsk(day));
      expect([day, runs.length, runs.every((r) => r.ok)]).toEqual([day, 1, true]);
      const mails = received(host, roadmap, from);
      if (isWorkingDay(day)) {
        sentOn.set(day, pairs(mails));
        continue;
      }
      expect([day, mails]).toEqual([day, []]);
      const planned = preview(host);
      const until = workingDayOnOrAfter(day);
      expect(planned.heldUntil).toBe(until);
      if (planned.digests.length > 0) {
        heldDays++;
        expect(nightly(host).lastRun?.summary).toContain(`будут отправлены ${until.split('-').reverse().join('.')}`);
      }
      held.set(until, [...(held.get(until) ?? []), { day, pairs: previewPairs(planned) }]);
    }
    expect(heldDays).toBeGreaterThan(10); // the test has reminders to hold back: weekends, holidays

    for (const [until, days] of held) {
      const sent = sentOn.get(until) ?? [];
      for (const { day, pairs: due } of days)
        expect({ day, until, missing: due.filter((p) => !sent.includes(p)) }).toEqual({ day, until, missing: [] });
    }

    // Never twice: every reminder key is logged «отправлено» once.
    const keys = logRows(spreadsheet)
      .filter((r) => r.result === 'отправлено')
      .flatMap((r) => r.keys);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    const days = logRows(spreadsheet).map((r) => r.at.slice(0, 10));
    expect(days.filter((d) => !isWorkingDay(d))).toEqual([]);
  });
});

describe('a non-working day (Friday 5 November 2021, moved from 2 January)', () => {
  it('the nightly check checks and refreshes, sends nothing and says when they go', async () => {
    const { host } = await sample({ now: noonTomsk('2021-11-04'), workingDays: true });
    host.run('setNightly', true);
    host.runDueTriggers(noonTomsk('2021-11-05'));
    expect(host.outbox).toEqual([]);
    expect(nightly(host).lastRun).toMatchObject({ ok: true, error: null });
    expect(nightly(host).lastRun?.summary).toMatch(
      /сегодня нерабочий день: напоминания \(писем: \d+\) будут отправлены 08\.11\.2021/,
    );
    expect(nightly(host).lastRun?.summary).toContain('Проверено мероприятий: 29');
    host.runDueTriggers(noonTomsk('2021-11-08'));
    expect(host.outbox.length).toBeGreaterThan(0);
  });

  it('the sidebar says so; a manual send waits too; with the setting off it sends at once', async () => {
    const { host } = await sample({ now: noonTomsk('2021-11-05'), workingDays: true });
    const state = host.run('getSidebarState') as { calendar: Record<string, unknown> };
    expect(state.calendar).toMatchObject({
      workingDay: false,
      nextWorkingDay: '2021-11-08',
      yearKnown: true,
      sheet: false,
    });
    expect(preview(host).heldUntil).toBe('2021-11-08');
    const held = send(host) as ReturnType<typeof send> & { heldUntil?: string };
    expect([held.sent, held.heldUntil, held.state?.notice]).toEqual([
      0,
      '2021-11-08',
      'Сегодня нерабочий день: напоминания будут отправлены 08.11.2021. Чтобы отправлять и в выходные, снимите в настройках «Отправлять напоминания только в рабочие дни».',
    ]);
    expect(host.outbox).toEqual([]);
    expect(logRows(host.spreadsheet as never)).toEqual([]);

    saveSettings(host, { workingDaysOnly: false });
    expect(preview(host).heldUntil).toBeNull();
    expect(send(host).sent).toBeGreaterThan(0);
  });

  it('marks a due date on a non-working day in the sidebar and in the e-mail, the date kept as written', async () => {
    // 2.8 (Специалисты отраслевых предприятий): due on Sunday 13 June 2021; today Friday 11 June.
    const { host, roadmap } = await sample({
      now: noonTomsk('2021-06-11'),
      workingDays: true,
      before: (ss) => typeText(sheet(ss, ROADMAP), 'D28', 'до 13.06.2021'),
    });
    const state = host.run('getSidebarState') as { urgent: { number: string; due: string; dueOff: boolean }[] };
    expect(state.urgent.find((m) => m.number === '2.8')).toMatchObject({ due: '2021-06-13', dueOff: true });
    // 1.2 «март 2020г.» (31.03.2020, a non-working day too) is «Проверьте срок»: not among the urgent.
    expect(state.urgent.filter((m) => m.dueOff).map((m) => `${m.number} ${m.due}`)).toEqual(['2.8 2021-06-13']);
    send(host);
    const mail = host.outbox.find((m) => m.to[0] === 'specialisty@example.org');
    expect(mail?.body).toContain('Срок: до 13.06.2021, выпадает на выходной — осталось 2 дня');
    expect(mail?.htmlBody).toContain('до 13.06.2021, выпадает на выходной');
    expect(received(host, roadmap).find((m) => m.to === 'specialisty@example.org')?.measures).toEqual(['2.8']);
  });
});

describe('the organisation’s own days (sheet «Календарь»)', () => {
  it('is created from the sidebar, read with the directory, never overwritten; bad rows are problems', async () => {
    const { host, spreadsheet } = await sample({ now: noonTomsk('2021-11-05'), workingDays: true });
    const created = host.run('createCalendarSheet') as { notice: string; calendar: { sheet: boolean } };
    expect(created.notice).toBe(say({ code: 'calendar-sheet', created: true }));
    expect(created.calendar.sheet).toBe(true);
    const own = sheet(spreadsheet, 'Календарь');
    expect(own.getRange('A1:C1').getValues()).toEqual([['Дата', 'День', 'Комментарий']]);

    // Monday 8 November: the college's own day off; a Saturday worked; a row that is not a date.
    own.getRange('A2:C4').setValues([
      ['08.11.2021', 'выходной', 'День колледжа'],
      ['13.11.2021', 'рабочий', 'Отработка'],
      ['31.11.2021', 'выходной', ''],
    ]);
    const state = host.run('getSidebarState') as {
      calendar: { nextWorkingDay: string };
      problems: { row: number; column: number; code: string; message: string }[];
    };
    expect(state.calendar.nextWorkingDay).toBe('2021-11-09');
    expect(state.problems.filter((p) => p.code.startsWith('calendar-'))).toEqual([
      expect.objectContaining({ row: 4, column: 1, code: 'calendar-date-invalid' }),
    ]);
    expect(preview(host).heldUntil).toBe('2021-11-09');

    const again = host.run('createCalendarSheet') as { notice: string };
    // The menu's wording (the sidebar said only «Лист «Календарь» уже есть.»).
    expect(again.notice).toBe('Лист «Календарь» уже есть: впишите в него свои выходные и рабочие дни.');
    expect(own.getRange('A2:B2').getDisplayValues()[0]?.[1]).toBe('выходной');
    expect(spreadsheet.getSheets().filter((s) => s.getName().startsWith('Календарь'))).toHaveLength(1);
  });
});

describe('what the calendar costs the nightly check (Spreadsheet calls)', () => {
  /** Spreadsheet calls of the nightly runs up to `until`. */
  const nightCalls = (host: Awaited<ReturnType<typeof sample>>['host'], until: number) => {
    host.ledger.reset();
    expect(host.runDueTriggers(until).map((r) => r.ok)).toEqual([true]);
    return host.ledger.totals().spreadsheetCalls;
  };

  it('nothing without «Календарь», three calls with it (found by its remembered id, one read)', async () => {
    const calls = async (withSheet: boolean) => {
      const { host } = await sample({ now: noonTomsk('2021-06-15'), workingDays: true });
      if (withSheet) host.run('createCalendarSheet');
      host.run('setNightly', true);
      nightCalls(host, noonTomsk('2021-06-16')); // the first night sends what is due
      return nightCalls(host, noonTomsk('2021-06-17'));
    };
    const [without, withSheet] = [await calls(false), await calls(true)];
    expect(withSheet - without).toBeLessThanOrEqual(3);
    expect(withSheet).toBeGreaterThan(without); // the sheet is really read
  });
});
