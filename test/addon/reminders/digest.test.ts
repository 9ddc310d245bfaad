import {
  COORDINATOR,
  DAY_MS,
  DIRECTORY,
  fireNightly,
  JUNE_15,
  LOG,
  logRows,
  numberAt,
  pairs,
  preview,
  ROADMAP,
  received,
  rowOf,
  sample,
  send,
  sheet,
  typeText,
} from './harness';

/**
 * What the e-mails say, in the offline host with the built bundle and samples/roadmap-2021.xlsx
 * at 2021-06-15 09:00 Tomsk unless a case says otherwise.
 */

/**
 * Read from the sample by hand: the overdue measures on 2021-06-15 and their addresses in
 * «Исполнители». 1.1 and 1.3 (done 22.03) and 1.4 (done 14.05) are done; 1.5 and 3.9
 * («ежемесячно») have May recorded (27.05, 31.05) and June's due date is 15 days off, beyond
 * the 14-day step. Left overdue: 2.1 and 2.5 (апрель), 2.2 and 2.4 (май) — «В работе» on 2.1
 * and 2.2 does not stop the reminders. 1.2 («март 2020г.» in the 2021 plan) is «Проверьте срок»:
 * never reminded.
 */
const EXPECTED_ON_JUNE_15: Record<string, { cc: string[]; measures: string[] }> = {
  'rabochaya-gruppa@example.org': { cc: ['brusilov@example.org'], measures: ['2.2', '2.4'] },
  'rukovoditeli-poo@example.org': { cc: [], measures: ['2.1'] },
  'sovet@example.org': { cc: ['brusilov@example.org'], measures: ['2.5'] },
};

describe('the digests of the sample on 2021-06-15', () => {
  it('one e-mail per address, covering exactly that person’s overdue measures', async () => {
    const { host, roadmap } = await sample();
    send(host);
    const mails = received(host, roadmap);
    const byAddress = Object.fromEntries(mails.map((m) => [m.to, { cc: m.cc, measures: m.measures }]));
    expect(mails).toHaveLength(Object.keys(EXPECTED_ON_JUNE_15).length);
    expect(byAddress).toEqual(EXPECTED_ON_JUNE_15);
  });

  it('subjects count the measures; links go to the rows; dates read dd.MM.yyyy', async () => {
    const { host, roadmap, spreadsheet } = await sample();
    send(host);
    const base = `${spreadsheet.getUrl().replace(/#.*$/, '')}#gid=${roadmap.getSheetId()}`;
    for (const mail of host.outbox) {
      const rows = [...mail.body.matchAll(/&range=A(\d+)/g)].map((m) => Number(m[1]));
      expect(mail.subject).toBe(`Дорожная карта: ${rows.length} просрочено`);
      expect(mail.name).toBe('Дорожная карта');
      for (const row of rows) {
        expect(mail.body).toContain(`${base}&range=A${row}`);
        expect(mail.htmlBody).toContain(`href="${base}&amp;range=A${row}"`);
        const due = roadmap.getRange(row, 10).getDisplayValue(); // «Крайний срок», dd.MM.yyyy
        expect(due).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
        expect(mail.body).toContain(`до ${due}`);
        const title = String(roadmap.getRange(row, 2).getValue()).replace(/\s+/g, ' ').trim();
        expect(mail.body.replace(/\s+/g, ' ')).toContain(`• ${numberAt(roadmap, row)} ${title}`);
      }
      expect(`${mail.body}\n${mail.htmlBody}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    const rukovoditeli = host.outbox.find((m) => m.to[0] === 'rukovoditeli-poo@example.org');
    expect(rukovoditeli?.subject).toBe('Дорожная карта: 1 просрочено');
    expect(rukovoditeli?.body).not.toContain('просрочено на 441 день'); // 1.2 «март 2020г.»: «Проверьте срок»
    expect(rukovoditeli?.body).not.toContain('Разработка и утверждение плана-графика');
    expect(rukovoditeli?.body).toContain('просрочено на 46 дней'); // 2.1: 30.04.2021 → 15.06.2021
  });

  it('marks «Последнее напоминание» 15.06.2021 on the rows reminded, and on no other row', async () => {
    const { host, roadmap } = await sample();
    send(host);
    const reminded = new Set(Object.values(EXPECTED_ON_JUNE_15).flatMap((e) => e.measures));
    for (let row = 11; row <= roadmap.getLastRow(); row++) {
      const number = numberAt(roadmap, row);
      expect([number, roadmap.getRange(row, 13).getDisplayValue()]).toEqual([
        number,
        reminded.has(number) ? '15.06.2021' : '',
      ]);
    }
  });

  it('an unreadable deadline goes once to the coordinator, never to the executor', async () => {
    const { host, roadmap } = await sample({
      before: (ss) => typeText(sheet(ss, ROADMAP), 'D17', 'когда будет готово'), // 1.6, sovet
      settings: { coordinatorEmail: COORDINATOR },
    });
    send(host);
    const report = host.outbox.filter((m) => m.to[0] === COORDINATOR);
    expect(report).toHaveLength(1);
    expect(report[0]?.subject).toBe('Дорожная карта: срок не распознан в 1 мероприятии');
    expect(received(host, roadmap).find((m) => m.to === COORDINATOR)?.measures).toEqual(['1.6']);
    expect(received(host, roadmap).find((m) => m.to === 'sovet@example.org')?.measures).toEqual(['2.5']);
    expect(roadmap.getRange(rowOf(roadmap, '1.6'), 13).getDisplayValue()).toBe(''); // the executor was not reminded
    // 2021-06-16: no second report; only the 14-day step of June for 1.5 and 3.9 (due 30.06) goes.
    host.clock.set(JUNE_15 + DAY_MS);
    const before = host.outbox.length;
    expect(send(host).sent).toBe(2);
    expect(pairs(received(host, roadmap, before))).toEqual(['brusilov@example.org 1.5', 'stolyarov@example.org 3.9']);
  });

  it('2021-06-16: a coordinator who is also an executor gets one e-mail, and only the reminded row is marked', async () => {
    const { host, roadmap } = await sample({
      before: (ss) => typeText(sheet(ss, ROADMAP), 'D17', 'когда будет готово'), // 1.6, sovet
      settings: { coordinatorEmail: 'brusilov@example.org' }, // also the executor of 1.5
    });
    host.clock.set(JUNE_15 + DAY_MS);
    send(host);
    const toBrusilov = host.outbox.filter((m) => m.to[0] === 'brusilov@example.org');
    expect(toBrusilov).toHaveLength(1);
    expect(toBrusilov[0]?.body).toContain('1.5');
    expect(toBrusilov[0]?.body).toContain('1.6');
    // 1.5 was reminded; 1.6 was only reported as unreadable: its row keeps an empty «Последнее напоминание».
    expect(roadmap.getRange(rowOf(roadmap, '1.5'), 13).getDisplayValue()).toBe('16.06.2021');
    expect(roadmap.getRange(rowOf(roadmap, '1.6'), 13).getDisplayValue()).toBe('');
  });

  it('a second send, and a nightly run on the same state, send nothing', async () => {
    const { host } = await sample();
    send(host);
    expect(send(host).sent).toBe(0);
    const nightly = fireNightly(host);
    expect(nightly.ok).toBe(true);
    expect(host.outbox).toHaveLength(Object.keys(EXPECTED_ON_JUNE_15).length);
  });
});

describe('preview equals send', () => {
  function planned(p: ReturnType<typeof preview>) {
    return p.digests
      .map((d) => ({
        to: d.to.join(','),
        cc: [...d.cc].sort(),
        measures: d.measures.map((m) => m.number.replace(/\.$/, '')),
      }))
      .sort((a, b) => a.to.localeCompare(b.to));
  }
  function sent(fixture: Awaited<ReturnType<typeof sample>>, from: number) {
    return received(fixture.host, fixture.roadmap, from)
      .map((m) => ({ to: m.to, cc: m.cc, measures: m.measures }))
      .sort((a, b) => a.to.localeCompare(b.to));
  }

  it('2021-06-15, with a coordinator: the same recipients and measures; quotaNeeded counts to and cc', async () => {
    const fixture = await sample({ settings: { coordinatorEmail: COORDINATOR } });
    const p = preview(fixture.host);
    send(fixture.host);
    expect(sent(fixture, 0)).toEqual(planned(p));
    const recipients = fixture.host.outbox.reduce((n, m) => n + m.to.length + m.cc.length, 0);
    expect(p.quotaNeeded).toBe(recipients);
    expect(p.quotaLeft).toBe(100);
    expect(fixture.host.outbox.every((m) => m.cc.includes(COORDINATOR))).toBe(true);
  });

  it('2021-06-18, «все просроченные»: the preview lists again what the cadence would skip, and that is what goes', async () => {
    const fixture = await sample();
    send(fixture.host);
    fixture.host.clock.set(JUNE_15 + 3 * DAY_MS);
    const asPairs = (p: ReturnType<typeof preview>) => pairs(planned(p).map((d) => ({ ...d, subject: '', at: 0 })));
    // By the cadence only June's 14-day step of 1.5 and 3.9 (12 days left, not sent yet) is due.
    const soon = ['brusilov@example.org 1.5', 'stolyarov@example.org 3.9'];
    expect(asPairs(preview(fixture.host))).toEqual(soon);
    const p = preview(fixture.host, true);
    expect(asPairs(p)).toEqual([...pairs(received(fixture.host, fixture.roadmap)), ...soon].sort());
    const before = fixture.host.outbox.length;
    send(fixture.host, { includeAllOverdue: true });
    expect(sent(fixture, before)).toEqual(planned(p));
  });
});

describe('escaping', () => {
  it('2021-06-15: measure texts with <script> and =IMPORTXML are escaped in HTML and stay text in the log', async () => {
    const injected = '=IMPORTXML("http://x","//a")';
    const { host, spreadsheet, roadmap } = await sample({
      before: (ss) => {
        const s = sheet(ss, ROADMAP);
        typeText(s, 'B20', '<script>alert(1)</script>'); // 2.1, overdue → rukovoditeli-poo
        typeText(s, 'E20', '<img src=x onerror=alert(2)>');
        typeText(s, 'B25', injected); // 2.5, overdue, the only measure of sovet
        typeText(s, 'A25', injected); // its number: the log's «Мероприятия» column
      },
    });
    send(host);
    const rukovoditeli = host.outbox.find((m) => m.to[0] === 'rukovoditeli-poo@example.org');
    expect(rukovoditeli?.htmlBody).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(rukovoditeli?.htmlBody).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(rukovoditeli?.htmlBody).not.toMatch(/<script|<img/i);
    expect(rukovoditeli?.body).toContain('<script>alert(1)</script>');
    const sovet = host.outbox.find((m) => m.to[0] === 'sovet@example.org');
    expect(sovet?.htmlBody).toContain('=IMPORTXML(&quot;http://x&quot;,&quot;//a&quot;)');
    const row = logRows(spreadsheet).find((r) => r.recipient === 'sovet@example.org');
    expect(row?.measures).toBe(injected);
    expect(spreadsheet.formulaLog.filter((f) => f.sheet === LOG || /IMPORTXML/i.test(f.formula))).toEqual([]);
    expect(sheet(spreadsheet, LOG).getRange(2, 5).getFormula()).toBe('');
    expect(roadmap.getRange(25, 1).getFormula()).toBe('');
  });

  it('2021-06-15: an address with a line break in «Исполнители» is rejected and reported, never sent to', async () => {
    const { host, roadmap } = await sample({
      before: (ss) => {
        const directory = sheet(ss, DIRECTORY);
        typeText(directory, 'B2', 'rukovoditeli-poo@example.org\nBcc: evil@example.org'); // Руководители ПОО
        typeText(directory, 'C4', 'brusilov@example.org\r\nBcc: evil2@example.org'); // Копия of «Координационный совет»
        typeText(directory, 'B5', 'rabochaya-gruppa@exam\nple.org'); // «Рабочая группа»: no valid address left
      },
    });
    const state = host.run('getSidebarState') as { problems: { code: string; message: string }[] };
    const invalid = state.problems.filter((p) => p.code === 'email-invalid').map((p) => p.message);
    expect(invalid).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Bcc: evil@example.org'),
        expect.stringContaining('Bcc: evil2@example.org'),
      ]),
    );
    expect(state.problems.map((p) => p.code)).toContain('executor-no-email');
    const p = preview(host);
    expect(p.unreachable.map((u) => u.executor)).toContain('Рабочая группа');
    send(host);
    const everyone = host.outbox.flatMap((m) => [...m.to, ...m.cc, ...m.bcc]);
    expect(everyone.filter((a) => /evil|exam$|^ple/.test(a))).toEqual([]);
    expect(everyone.every((a) => !/[\r\n]/.test(a))).toBe(true);
    expect(received(host, roadmap).find((m) => m.to === 'sovet@example.org')?.cc).toEqual(['brusilov@example.org']);
    expect(received(host, roadmap).map((m) => m.to)).toContain('rukovoditeli-poo@example.org');
    expect(received(host, roadmap).map((m) => m.to)).not.toContain('rabochaya-gruppa@example.org');
  });
});

describe('cadence, escalation and recurring periods (nightly runs 2021-06-15 … 2021-07-16)', () => {
  it('repeats every 7 days, escalates at 14 days overdue with a copy to the coordinator, and starts again each period', async () => {
    // 3.9 (stolyarov) retyped as a one-off due 10.06.2021, its date cleared (not done);
    // 1.5 (brusilov, «ежемесячно») as in the sample: May done on 27.05, June never marked done.
    const fixture = await sample({
      now: Date.UTC(2021, 5, 14, 18, 0), // 2021-06-15 01:00 Tomsk
      before: (ss) => {
        typeText(sheet(ss, ROADMAP), 'D43', 'до 10.06.2021');
        sheet(ss, ROADMAP).getRange('G43').setValue('');
      },
      settings: { coordinatorEmail: COORDINATOR },
    });
    const { host, spreadsheet, roadmap } = fixture;
    host.run('setNightly', true);
    const runs = host.runDueTriggers(Date.UTC(2021, 6, 16, 5, 0));
    expect(runs.length).toBe(32);
    expect(runs.every((r) => r.ok)).toBe(true);

    const history = (number: string) => {
      const id = `${number}~`;
      return logRows(spreadsheet).flatMap((r) =>
        r.result === 'отправлено'
          ? r.keys
              .filter((k) => k.startsWith(id))
              .map((k) => {
                const [, , step, period] = k.split('|');
                return `${r.at.slice(0, 10)} ${step} ${period}`;
              })
          : [],
      );
    };
    expect(history('3.9')).toEqual([
      '2021-06-15 overdue-1 2021-06-10',
      '2021-06-22 overdue-2 2021-06-10',
      '2021-06-24 escalation-1 2021-06-10',
      '2021-07-01 escalation-2 2021-06-10',
      '2021-07-08 escalation-3 2021-06-10',
      '2021-07-15 escalation-4 2021-06-10',
    ]);
    // June (due 30.06): 14 days left on 16.06, 3 on 27.06; overdue from 01.07, 14 days on 14.07.
    expect(history('1.5')).toEqual([
      '2021-06-16 before-14 2021-06-30',
      '2021-06-27 before-3 2021-06-30',
      '2021-07-01 overdue-1 2021-06-30',
      '2021-07-08 overdue-2 2021-06-30',
      '2021-07-14 escalation-1 2021-06-30',
    ]);

    // The coordinator is copied exactly on the e-mails that carry an escalation.
    const row39 = rowOf(roadmap, '3.9');
    for (const mail of host.outbox.filter((m) => m.to[0] === 'stolyarov@example.org')) {
      const days = Number(/просрочено на (\d+)/.exec(mail.body)?.[1]);
      expect(mail.body).toContain(`range=A${row39}`);
      expect(mail.cc.includes(COORDINATOR)).toBe(days >= 14);
      expect(mail.replyTo).toBe(COORDINATOR);
    }
  });

  it('2021-08-17 and 2021-08-28: the before-due steps at 14 and 3 days, each once', async () => {
    const { host, roadmap } = await sample({ now: Date.UTC(2021, 7, 17, 2, 0) });
    const measure17 = (p: ReturnType<typeof preview>) =>
      p.digests.flatMap((d) => d.measures.filter((m) => m.number.startsWith('1.7')).map((m) => `${d.to[0]} ${m.step}`));
    expect(measure17(preview(host))).toEqual(['sovet@example.org before-due']);
    send(host);
    expect(measure17(preview(host))).toEqual([]);
    host.clock.set(Date.UTC(2021, 7, 28, 2, 0));
    expect(measure17(preview(host))).toEqual(['sovet@example.org before-due']);
    const before = host.outbox.length;
    send(host);
    const sovet = received(host, roadmap, before).find((m) => m.to === 'sovet@example.org');
    expect(sovet?.measures).toContain('1.7');
    expect(sovet?.subject).toMatch(/1 скоро срок/);
  });
});
