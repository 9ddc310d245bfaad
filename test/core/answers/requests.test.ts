import { answerPage, invalidLinkPage, type PageInput } from '../../../src/core/answers/page';
import {
  ANSWER_LIMITS,
  type AnswerRequest,
  answerId,
  answersSince,
  checkAnswer,
  cleanComment,
  readRequests,
  requestToRow,
} from '../../../src/core/answers/requests';

const request: AnswerRequest = {
  id: 'k1-k2',
  receivedAt: '2021-06-15 09:05:00',
  recipient: 'wg@example.org',
  measureId: '2.2~abc',
  number: '2.2',
  title: 'Разработка порядка',
  kind: 'done',
  date: '2021-06-15',
  comment: '=IMPORTXML("x";"//a")',
  state: 'new',
  decidedBy: '',
  decidedAt: '',
  note: '',
  previousDeadline: '',
  link: 'l1',
};

describe('requests in «Ответы исполнителей»', () => {
  it('round-trips a request through its sheet row (dates as dd.MM.yyyy)', () => {
    const row = requestToRow(request);
    expect(row[5]).toBe('15.06.2021');
    expect(row[7]).toBe('новый');
    expect(readRequests([['header'], row])).toEqual([{ row: 2, request }]);
  });

  it('skips rows that are not requests', () => {
    expect(readRequests([['header'], ['что-то своё'], []])).toEqual([]);
  });

  it('gives the same answer the same key, and a different comment another', () => {
    const parts = {
      recipient: 'WG@example.org',
      measureId: '2.2~abc',
      kind: 'done' as const,
      date: '2021-06-15',
      comment: 'x',
    };
    expect(answerId(parts)).toBe(answerId({ ...parts, recipient: 'wg@example.org' }));
    expect(answerId(parts)).not.toBe(answerId({ ...parts, comment: 'y' }));
  });

  it('checks dates, the reason and the size', () => {
    expect(checkAnswer({ kind: 'done', date: '2021-06-16', comment: '' }, '2021-06-15')).toEqual(['date-future']);
    expect(checkAnswer({ kind: 'postpone', date: '2021-06-01', comment: '' }, '2021-06-15')).toEqual([
      'date-past',
      'reason-missing',
    ]);
    expect(
      checkAnswer({ kind: 'done', date: '', comment: 'x'.repeat(ANSWER_LIMITS.commentChars + 1) }, '2021-06-15'),
    ).toEqual(['date-missing', 'comment-long']);
    expect(checkAnswer({ kind: 'done', date: '2021-06-15', comment: '' }, '2021-06-15')).toEqual([]);
  });

  it('counts a link\u2019s answers in the last hour', () => {
    const older = { ...request, receivedAt: '2021-06-15 07:59:59' };
    const other = { ...request, link: 'l2' };
    expect(answersSince([request, older, other], 'l1', '2021-06-15 08:05:00')).toBe(1);
  });

  it('removes control characters from a comment and keeps its lines', () => {
    expect(cleanComment(' a\u0000b\r\nc ')).toBe('ab\nc');
  });
});

describe('the executor page', () => {
  const input: PageInput = {
    planTitle: 'План <script>alert(1)</script>',
    recipient: 'wg@example.org',
    today: '2021-06-15',
    action: 'https://script.google.com/macros/s/x/exec',
    token: 'tok"en',
    measures: [
      {
        id: '2.2~abc',
        number: '2.2',
        title: 'Порядок <img src=x onerror=alert(1)>',
        deadlineText: 'май 2021г.',
        due: '2021-05-31',
        state: 'overdue',
        result: 'Порядок',
        answers: [{ ...request, comment: '<b>x</b>' }],
      },
    ],
    focus: { measureId: '2.2~abc', kind: 'postpone' },
    message: null,
  };

  it('escapes every text from the sheet, the token and the title', () => {
    const html = answerPage(input);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('value="tok&quot;en"');
    expect(html).toContain('Порядок &lt;img');
  });

  it('labels every field and opens the form the link asked for', () => {
    const html = answerPage(input);
    const ids = [...html.matchAll(/<(?:input|textarea) id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(4);
    for (const id of ids) expect(html).toContain(`<label for="${id}">`);
    expect(html).toMatch(/<details open>\s*<summary>Попросить перенести срок/);
    expect(html).toContain('до 31.05.2021'.replace('до ', '') /* due date shown */);
  });

  it('shows a done measure without forms', () => {
    const [measure] = input.measures;
    if (!measure) throw new Error('no measure');
    const html = answerPage({ ...input, measures: [{ ...measure, state: 'done-late' }] });
    expect(html).not.toContain('<form');
  });

  it('shows a moved deadline first, the old one after it, both escaped', () => {
    const [measure] = input.measures;
    if (!measure) throw new Error('no measure');
    const html = answerPage({ ...input, measures: [{ ...measure, newDeadlineText: '30.06.2021 <b>' }] });
    expect(html).toContain('<dd>30.06.2021 &lt;b&gt; (перенесён; было: май 2021г.)</dd>');
    expect(answerPage(input)).toContain('<dd>май 2021г.</dd>');
  });

  it('says «Ссылка недействительна или устарела» for a refused link', () => {
    expect(invalidLinkPage()).toContain('Ссылка недействительна или устарела');
  });
});
