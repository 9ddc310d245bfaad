import { formatRu, type IsoDate, isIsoDate } from '../dates';
import type { CellValue } from '../model';
import { hashText } from '../reminders/keys';

/**
 * An executor's answer, kept as a request in the add-in's sheet «Ответы исполнителей» until the
 * coordinator accepts or rejects it. Nothing an executor sends changes the plan by itself.
 */
export type AnswerKind = 'done' | 'postpone';
export type AnswerState = 'new' | 'accepted' | 'rejected';

export interface AnswerRequest {
  /** Idempotency key: the same answer (recipient, measure, kind, date, comment) sent twice is one request. */
  id: string;
  /** When received, the spreadsheet's wall time: '2021-06-15 09:05:00' (sortable). */
  receivedAt: string;
  recipient: string;
  /** The measure's stable id (measureIds: «2.2~k3x9za»). */
  measureId: string;
  number: string;
  title: string;
  kind: AnswerKind;
  /** The day it was done, or the new deadline asked for. */
  date: IsoDate;
  comment: string;
  state: AnswerState;
  decidedBy: string;
  decidedAt: string;
  /** The coordinator's note sent back to the executor. */
  note: string;
  /** A new deadline accepted: the deadline in force before it, as written. */
  previousDeadline: string;
  /** A short hash of the link's token: the rate limit counts answers per link. */
  link: string;
}

export const ANSWERS_SHEET_NAME = 'Ответы исполнителей';

export const ANSWERS_HEADER = [
  'Получено',
  'Исполнитель',
  '№',
  'Мероприятие',
  'Ответ',
  'Дата',
  'Комментарий',
  'Состояние',
  'Кто решил',
  'Когда решено',
  'Примечание координатора',
  'Прежний срок',
  'Ключ мероприятия',
  'Ключ ответа',
  'Ссылка',
] as const;

export const KIND_LABELS: Readonly<Record<AnswerKind, string>> = {
  done: 'Выполнено',
  postpone: 'Перенос срока',
};

export const STATE_LABELS: Readonly<Record<AnswerState, string>> = {
  new: 'новый',
  accepted: 'принят',
  rejected: 'отклонён',
};

/** «Кто решил» when no address is known: the coordinator without one, or automatic acceptance. */
export const DECIDED_BY = { coordinator: 'координатор', automatic: 'автоматически' } as const;

/** Limits of what one link may send. */
export const ANSWER_LIMITS = {
  /** Characters of a comment or a reason. */
  commentChars: 1000,
  /** Answers per link per hour. */
  perLinkPerHour: 10,
} as const;

function labelToKey<K extends string>(labels: Readonly<Record<K, string>>, text: string): K | null {
  const found = (Object.keys(labels) as K[]).find((k) => labels[k] === text.trim());
  return found ?? null;
}

/** dd.MM.yyyy → yyyy-MM-dd; null when not a date. */
function isoOf(text: string): IsoDate | null {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text.trim());
  const iso = m ? `${m[3]}-${m[2]}-${m[1]}` : text.trim();
  return isIsoDate(iso) ? iso : null;
}

/** One request as a sheet row: every cell plain text (the sheet is formatted '@'). */
export function requestToRow(request: AnswerRequest): string[] {
  return [
    request.receivedAt,
    request.recipient,
    request.number,
    request.title,
    KIND_LABELS[request.kind],
    formatRu(request.date),
    request.comment,
    STATE_LABELS[request.state],
    request.decidedBy,
    request.decidedAt,
    request.note,
    request.previousDeadline,
    request.measureId,
    request.id,
    request.link,
  ];
}

/** The requests of the sheet (header row first), with their sheet rows; rows that are not requests are skipped. */
export function readRequests(values: readonly (readonly CellValue[])[]): { row: number; request: AnswerRequest }[] {
  const out: { row: number; request: AnswerRequest }[] = [];
  values.forEach((line, index) => {
    if (index === 0) return;
    const text = (i: number) => {
      const v = line[i];
      return v === undefined || v === null ? '' : typeof v === 'object' ? formatRu(v.date) : String(v);
    };
    const kind = labelToKey(KIND_LABELS, text(4));
    const state = labelToKey(STATE_LABELS, text(7));
    const date = isoOf(text(5));
    const id = text(13);
    if (!kind || !state || !date || id === '') return;
    out.push({
      row: index + 1,
      request: {
        receivedAt: text(0),
        recipient: text(1),
        number: text(2),
        title: text(3),
        kind,
        date,
        comment: text(6),
        state,
        decidedBy: text(8),
        decidedAt: text(9),
        note: text(10),
        previousDeadline: text(11),
        measureId: text(12),
        id,
        link: text(14),
      },
    });
  });
  return out;
}

/** Text from a form made safe to keep: control characters out, line breaks kept, trimmed. */
export function cleanComment(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters from a form field
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\r\n?/g, '\n')
      .trim()
  );
}

/** The idempotency key of an answer: the same answer twice has the same key. */
export function answerId(parts: {
  recipient: string;
  measureId: string;
  kind: AnswerKind;
  date: IsoDate;
  comment: string;
}): string {
  const text = [parts.recipient.toLowerCase(), parts.measureId, parts.kind, parts.date, parts.comment].join('|');
  // Two different hashes of the same text: 64 bits against accidental collisions.
  return `${hashText(text)}-${hashText(`${text}|2`)}`;
}

/** A short id of a link's token, for the rate limit (never the token itself: the sheet is shared). */
export function linkId(token: string): string {
  return hashText(token);
}

export type AnswerProblem =
  | 'date-missing'
  | 'date-future'
  | 'date-past'
  | 'reason-missing'
  | 'comment-long'
  | 'rate-limit';

/**
 * Checks an answer from the page; returns the problems (empty when it may be kept).
 * checkAnswer({ kind: 'postpone', date: '2021-06-01', comment: '' }, '2021-06-15') → ['date-past', 'reason-missing']
 */
export function checkAnswer(
  answer: { kind: AnswerKind; date: string; comment: string },
  today: IsoDate,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  if (!isIsoDate(answer.date)) problems.push('date-missing');
  else if (answer.kind === 'done' && answer.date > today) problems.push('date-future');
  else if (answer.kind === 'postpone' && answer.date < today) problems.push('date-past');
  if (answer.kind === 'postpone' && answer.comment === '') problems.push('reason-missing');
  if (answer.comment.length > ANSWER_LIMITS.commentChars) problems.push('comment-long');
  return problems;
}

/** Answers received by one link since `since` ('yyyy-MM-dd HH:mm:ss', same zone as receivedAt). */
export function answersSince(requests: readonly AnswerRequest[], link: string, since: string): number {
  return requests.filter((r) => r.link === link && r.receivedAt >= since).length;
}

/**
 * The plain-text e-mail that tells an executor the coordinator's decision on their answer, with
 * the coordinator's note (a document: its words stay with its layout, like the reminder's):
 * decisionMail({ number: '1.2', title: 'Отчёт', kind: 'done', date: '2021-06-15' }, true, 'Спасибо')
 *   → { subject: 'Дорожная карта: ваш ответ принят',
 *       body: 'Здравствуйте!\n\nВаш ответ по мероприятию «1.2 Отчёт» — «Выполнено» (15.06.2021) — принят координатором.\n\nПримечание координатора: Спасибо' }
 */
export function decisionMail(
  request: Pick<AnswerRequest, 'number' | 'title' | 'kind' | 'date'>,
  accept: boolean,
  note: string,
): { subject: string; body: string } {
  const heading = request.number === '' ? request.title : `${request.number} ${request.title}`;
  const what =
    request.kind === 'done'
      ? `«${KIND_LABELS.done}» (${formatRu(request.date)})`
      : `новый срок ${formatRu(request.date)}`;
  const decided = STATE_LABELS[accept ? 'accepted' : 'rejected'];
  return {
    subject: `Дорожная карта: ваш ответ ${decided}`,
    body: [
      'Здравствуйте!',
      '',
      `Ваш ответ по мероприятию «${heading}» — ${what} — ${decided} координатором.`,
      '',
      `Примечание координатора: ${note}`,
    ].join('\n'),
  };
}
