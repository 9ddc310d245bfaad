import { type Digest, type DigestItem, escapeHtml, planName, renderDigest } from '../../../src/core/reminders';
import { measure, planOn } from './fixtures';

const context = { planTitle: 'Дорожная карта кластера строительства на 2021 год', today: '2021-06-15' };

function item(fields: Partial<DigestItem>): DigestItem {
  return {
    number: '2.2',
    row: 26,
    sectionId: 'task-2',
    sectionLabel: 'Задача 2',
    sectionTitle: 'Задача 2. Повышение качества обучения',
    title: 'Разработка порядка согласования прохождения практик',
    deadlineText: 'май 2021г.',
    due: '2021-05-31',
    daysLeft: -15,
    dueOff: false,
    step: 'escalation',
    stepName: 'escalation-1',
    result: 'Утвержденный порядок',
    link: 'https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=A26',
    key: 'k',
    postponed: false,
    forced: false,
    ...fields,
  };
}

function digest(items: DigestItem[], fields: Partial<Digest> = {}): Digest {
  return {
    kind: 'executor',
    to: 'wg@example.org',
    cc: [],
    replyTo: 'coordinator@example.org',
    senderName: 'Дорожная карта',
    items,
    counts: {
      overdue: items.filter((i) => (i.daysLeft ?? 0) < 0).length,
      dueSoon: items.filter((i) => (i.daysLeft ?? -1) >= 0).length,
      unparsed: items.filter((i) => i.step === 'unparsed').length,
    },
    recipients: 1,
    hasPostponed: false,
    postponedSince: null,
    part: null,
    ...fields,
  };
}

describe('renderDigest', () => {
  it('says in the subject how many are overdue and due soon', () => {
    const two = [item({ row: 26 }), item({ row: 27, number: '2.4' })];
    expect(renderDigest(digest([...two, item({ number: '2.9', daysLeft: 3, step: 'before' })]), context).subject).toBe(
      'Дорожная карта: 2 просрочено, 1 скоро срок',
    );
    expect(renderDigest(digest([item({ daysLeft: 14, step: 'before' })]), context).subject).toBe(
      'Дорожная карта: 1 скоро срок',
    );
    expect(renderDigest(digest(two), context).subject).toBe('Дорожная карта: 2 просрочено');
  });

  it('lists each measure with number, title, deadline as written, due date, days and result, grouped by task', () => {
    const d = digest(
      [
        item({
          sectionId: 'task-1',
          sectionLabel: 'Задача 1',
          sectionTitle: 'Задача 1. Нормативная база',
          number: '1.7',
          row: 22,
          title: 'Развитие ГЧП',
          deadlineText: 'август 2021 г.',
          due: '2021-08-31',
          daysLeft: 3,
          step: 'before',
          result: '',
        }),
        item({}),
      ],
      { cc: ['coordinator@example.org'], recipients: 2 },
    );
    const { body, htmlBody } = renderDigest(d, context);
    expect(body).toContain('ЗАДАЧА 1. НОРМАТИВНАЯ БАЗА');
    expect(body).toContain('• 1.7 Развитие ГЧП');
    expect(body).toContain('Срок: август 2021 г. (до 31.08.2021) — осталось 3 дня');
    expect(body).toContain('• 2.2 Разработка порядка согласования прохождения практик');
    expect(body).toContain('Срок: май 2021г. (до 31.05.2021) — просрочено на 15 дней');
    expect(body).toContain('Ожидаемый результат: Утвержденный порядок');
    expect(body).toContain('Строка 26: https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=A26');
    expect(body.indexOf('ЗАДАЧА 1')).toBeLessThan(body.indexOf('ЗАДАЧА 2'));
    expect(body).toContain('копия письма направлена координатору');
    expect(body).toContain('Статус — «Выполнено»');
    expect(body).toContain('15.06.2021');
    expect(htmlBody).toContain('<a href="https://docs.google.com/spreadsheets/d/abc/edit#gid=0&amp;range=A26"');
    expect(htmlBody).toContain('Задача 2. Повышение качества обучения');
    expect(htmlBody).toContain('просрочено на 15 дней');
  });

  it('escapes everything from the sheet in the HTML and keeps the plain text free of markup', () => {
    const d = digest([
      item({
        number: '<b>1</b>',
        title: '<script>alert(1)</script>',
        result: '=IMPORTXML("http://evil.example", "//a") & \'x\'',
        deadlineText: 'май "2021" <i>',
        sectionTitle: '<img src=x onerror=alert(1)>',
        sectionLabel: '',
        link: 'https://docs.google.com/spreadsheets/d/a"b/edit#gid=0&range=A26',
      }),
    ]);
    const { htmlBody, body, subject } = renderDigest(d, context);
    expect(htmlBody).not.toContain('<script>');
    expect(htmlBody).not.toContain('<img');
    expect(htmlBody).not.toContain('<b>1</b>');
    expect(htmlBody).not.toContain('<i>');
    expect(htmlBody).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(htmlBody).toContain('=IMPORTXML(&quot;http://evil.example&quot;, &quot;//a&quot;) &amp; &#39;x&#39;');
    expect(htmlBody).toContain('май &quot;2021&quot; &lt;i&gt;');
    expect(htmlBody).not.toContain('a"b');
    expect(body).toContain('<script>alert(1)</script>');
    expect(body).toContain('=IMPORTXML("http://evil.example", "//a")');
    expect(body).not.toMatch(/<(div|p|a|br|h3|span)\b/);
    expect(subject).not.toMatch(/[\r\n]/);
  });

  it('keeps a due date on a non-working day as written and says «выпадает на выходной» next to it', () => {
    const mail = renderDigest(
      digest([item({ deadlineText: 'до 13.06.2021', due: '2021-06-13', daysLeft: 2, dueOff: true, step: 'before' })]),
      context,
    );
    expect(mail.body).toContain('Срок: до 13.06.2021, выпадает на выходной — осталось 2 дня');
    expect(mail.htmlBody).toContain('до 13.06.2021, выпадает на выходной');
    const workday = renderDigest(digest([item({ dueOff: false })]), context);
    expect(workday.body).not.toContain('выпадает на выходной');
  });

  it('shows a link that is not http(s) as text, never as an anchor', () => {
    const { htmlBody } = renderDigest(digest([item({ link: 'javascript:alert(1)#gid=0&range=A26' })]), context);
    expect(htmlBody).not.toContain('href="javascript');
    expect(htmlBody).toContain('javascript:alert(1)#gid=0&amp;range=A26');
  });

  it('does not claim a copy to the coordinator when none was sent', () => {
    expect(renderDigest(digest([item({})]), context).body).not.toContain('координатору');
  });

  it('highlights only the status when the deadline text has a dash', () => {
    const { htmlBody } = renderDigest(
      digest([item({ deadlineText: 'февраль — март 2021 г.', due: '2021-03-31', daysLeft: -2 })]),
      context,
    );
    expect(htmlBody).toContain('Срок: февраль — март 2021 г. (до 31.03.2021) — <span');
    expect(htmlBody).toContain('font-weight:bold">просрочено на 2 дня</span>');
  });

  it('names the plan by its title without the approval stamp', () => {
    const title =
      'Утверждаю Председатель Координационного совета А. Брусилов «22» 03 2021г. **Дорожная карта\nобразовательно-отраслевого кластера строительства на 2021 год**';
    expect(planName(title)).toBe('Дорожная карта образовательно-отраслевого кластера строительства на 2021 год');
    expect(planName('План мероприятий на 2022 год')).toBe('План мероприятий на 2022 год');
    expect(renderDigest(digest([item({})]), { ...context, planTitle: title }).body).toContain(
      'по дорожной карте «Дорожная карта образовательно-отраслевого кластера строительства на 2021 год» на 15.06.2021',
    );
  });

  it('escapes the plan title', () => {
    const { htmlBody } = renderDigest(digest([item({})]), { ...context, planTitle: 'План <на> 2021' });
    expect(htmlBody).toContain('План &lt;на&gt; 2021');
  });

  it('renders the coordinator’s report of unparsed deadlines', () => {
    const d = digest(
      [
        item({
          step: 'unparsed',
          stepName: 'unparsed',
          due: null,
          daysLeft: null,
          deadlineText: 'по мере необходимости',
        }),
      ],
      { kind: 'coordinator-report', to: 'coordinator@example.org' },
    );
    const { subject, body } = renderDigest(d, context);
    expect(subject).toBe('Дорожная карта: срок не распознан в 1 мероприятии');
    expect(body).toContain('Срок: по мере необходимости');
    expect(body).toContain('не удалось прочитать срок');
    expect(body).toContain('как координатор');
  });

  it('renders a planned digest end to end (2021-06-15)', () => {
    const m = measure({ row: 26, number: '2.2', title: 'Порядок <практик>', executorsText: 'Рабочая группа' });
    const plan = planOn('2021-06-15', [{ measure: m, due: '2021-06-18' }]);
    const email = renderDigest(plan.digests[0] as Digest, context);
    expect(email.subject).toBe('Дорожная карта: 1 скоро срок');
    expect(email.body).toContain('2.2 Порядок <практик>');
    expect(email.htmlBody).toContain('2.2 Порядок &lt;практик&gt;');
    expect(email.body).toContain('(до 18.06.2021) — осталось 3 дня');
  });

  it('renders an executor’s digest that holds the coordinator’s unparsed deadlines in two parts', () => {
    const unparsed = item({
      number: '2.9',
      row: 34,
      title: 'Мониторинг <трудоустройства>',
      step: 'unparsed',
      stepName: 'unparsed',
      due: null,
      daysLeft: null,
      deadlineText: 'по мере необходимости',
    });
    const d = digest([item({}), unparsed], { to: 'coordinator@example.org' });
    const { subject, body, htmlBody } = renderDigest(d, context);
    expect(subject).toBe('Дорожная карта: 1 просрочено, срок не распознан в 1 мероприятии');
    const parts = [
      'сроки ваших мероприятий истекли',
      '• 2.2',
      'СРОК НЕ РАСПОЗНАН',
      'не удалось прочитать срок',
      '• 2.9',
    ];
    expect(parts.map((p) => body.indexOf(p))).toEqual([...parts.map((p) => body.indexOf(p))].sort((a, b) => a - b));
    expect(parts.every((p) => body.includes(p))).toBe(true);
    expect(body).toContain('Срок: по мере необходимости');
    expect(body).toContain('потому что вы координатор');
    expect(body).toContain('указаны исполнителем');
    expect(htmlBody).toContain('<h2 style="font-size:16px;margin:24px 0 8px 0;color:#202124">Срок не распознан</h2>');
    expect(htmlBody).toContain('2.9 Мониторинг &lt;трудоустройства&gt;');
  });

  it('says which part of a long digest an e-mail is', () => {
    const part = digest([item({}), item({ row: 27, number: '2.4' })], { part: { index: 2, of: 3 } });
    const { subject, body, htmlBody } = renderDigest(part, context);
    expect(subject).toBe('Дорожная карта: 2 просрочено (часть 2 из 3)');
    expect(body).toContain('разделён на несколько писем: это часть 2 из 3.');
    expect(htmlBody).toContain('это часть 2 из 3.');
    expect(renderDigest(digest([item({})]), context).body).not.toContain('часть');
  });

  it('escapeHtml escapes the five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
