import { formatRu, type IsoDate } from '../dates';
import type { StateCode } from '../model';
import { escapeHtml } from '../reminders/render';
import { STATE_COLORS, STATE_LABELS } from '../states';
import {
  ANSWER_LIMITS,
  type AnswerKind,
  type AnswerRequest,
  KIND_LABELS,
  STATE_LABELS as REQUEST_LABELS,
} from './requests';

/**
 * The executor's page, as one HTML string (the web app serves it through HtmlService; the
 * playground the same). Plain HTML forms posting back to the web app: no script, so it works on
 * any phone and with a screen reader; every field has a label; every text from the sheet or
 * the person is escaped.
 */
export interface PageMeasure {
  id: string;
  number: string;
  title: string;
  deadlineText: string;
  /** «Новый срок» when the deadline was moved: shown first, with the old one after it. */
  newDeadlineText?: string;
  due: IsoDate | null;
  state: StateCode | null;
  result: string;
  /** Answers already sent for it, newest first. */
  answers: AnswerRequest[];
}

export interface PageInput {
  planTitle: string;
  recipient: string;
  today: IsoDate;
  /** The web app's URL the forms post to. */
  action: string;
  token: string;
  measures: PageMeasure[];
  /** The measure and the form the link pointed at: shown first, that form open. */
  focus: { measureId: string; kind: AnswerKind } | null;
  /** The outcome of a submission, shown at the top. */
  message: { kind: 'ok' | 'error'; text: string } | null;
  /** A refused submission's fields, filled in again. */
  values?: { measureId: string; kind: AnswerKind; date: string; comment: string };
}

export const PAGE_TITLE = 'Дорожная карта: ответ исполнителя';
export const INVALID_LINK = 'Ссылка недействительна или устарела';

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 Roboto,Arial,sans-serif;color:#202124;background:#f8f9fa}
main{max-width:640px;margin:0 auto;padding:16px}
h1{font-size:20px;margin:0 0 4px}
h2{font-size:17px;margin:0 0 8px}
p{margin:0 0 8px}
.muted{color:#5f6368}
.measure{background:#fff;border:1px solid #dadce0;border-radius:8px;padding:12px 16px;margin:16px 0}
.state{display:inline-block;padding:0 6px;border-radius:4px;font-weight:500}
dl{margin:0 0 8px;display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}
dt{color:#5f6368}
dd{margin:0}
details{border-top:1px solid #dadce0;padding:8px 0 0;margin-top:8px}
summary{cursor:pointer;color:#174ea6;font-weight:500;padding:6px 0;min-height:44px;display:flex;align-items:center}
summary:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid #174ea6;outline-offset:2px}
label{display:block;font-weight:500;margin:8px 0 4px}
input,textarea{width:100%;font:inherit;padding:8px;border:1px solid #80868b;border-radius:4px;color:#202124;background:#fff}
textarea{min-height:88px}
button{margin-top:12px;min-height:44px;padding:8px 20px;font:inherit;font-weight:500;color:#fff;background:#174ea6;border:0;border-radius:4px;cursor:pointer}
.notice{padding:12px 16px;border-radius:8px;margin:12px 0}
.notice.ok{background:#e6f4ea;color:#0d652d}
.notice.error{background:#fce8e6;color:#a50e0e}
.answers{margin:8px 0 0;padding-left:20px;color:#3c4043}
`;

function documentOf(body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="ru">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(PAGE_TITLE)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body><main>${body}</main></body>`,
    '</html>',
  ].join('\n');
}

/** Text with line breaks kept, escaped. */
const multiline = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

/** The page for a refused link: nothing else is shown. */
export function invalidLinkPage(): string {
  return documentOf(
    [
      `<h1>${INVALID_LINK}</h1>`,
      '<p>Откройте ссылку из последнего письма-напоминания или попросите координатора дорожной карты прислать новую.</p>',
    ].join('\n'),
  );
}

function answerLine(answer: AnswerRequest): string {
  const what = answer.kind === 'done' ? `выполнено ${formatRu(answer.date)}` : `новый срок ${formatRu(answer.date)}`;
  const note = answer.note === '' ? '' : ` — примечание координатора: ${answer.note}`;
  return `<li>${escapeHtml(`${KIND_LABELS[answer.kind]}: ${what} — ${REQUEST_LABELS[answer.state]}${note}`)}</li>`;
}

function form(input: PageInput, measure: PageMeasure, kind: AnswerKind, index: number): string {
  const prefix = `m${index}-${kind}`;
  const refill =
    input.values && input.values.measureId === measure.id && input.values.kind === kind ? input.values : null;
  const open = refill !== null || (input.focus?.measureId === measure.id && input.focus.kind === kind);
  const date = refill?.date ?? (kind === 'done' ? input.today : '');
  const summary = kind === 'done' ? 'Отметить выполненным' : 'Попросить перенести срок';
  const dateLabel = kind === 'done' ? 'Дата выполнения' : 'Новый срок';
  const commentLabel =
    kind === 'done' ? 'Комментарий или ссылка на подтверждение (документ, протокол)' : 'Причина переноса';
  const limits = kind === 'done' ? `max="${input.today}"` : `min="${input.today}"`;
  return [
    `<details${open ? ' open' : ''}>`,
    `<summary>${summary}</summary>`,
    `<form method="post" action="${escapeHtml(input.action)}" target="_top">`,
    `<input type="hidden" name="t" value="${escapeHtml(input.token)}">`,
    `<input type="hidden" name="m" value="${escapeHtml(measure.id)}">`,
    `<input type="hidden" name="a" value="${kind}">`,
    `<label for="${prefix}-date">${dateLabel}</label>`,
    `<input id="${prefix}-date" name="date" type="date" required ${limits} value="${escapeHtml(date)}">`,
    `<label for="${prefix}-comment">${commentLabel}</label>`,
    `<textarea id="${prefix}-comment" name="comment" maxlength="${ANSWER_LIMITS.commentChars}"${
      kind === 'postpone' ? ' required' : ''
    }>${escapeHtml(refill?.comment ?? '')}</textarea>`,
    `<button type="submit">${kind === 'done' ? 'Отправить: выполнено' : 'Отправить просьбу о переносе'}</button>`,
    '</form>',
    '</details>',
  ].join('\n');
}

function measureBlock(input: PageInput, measure: PageMeasure, index: number): string {
  const heading = measure.number === '' ? measure.title : `${measure.number}. ${measure.title}`;
  const state = measure.state
    ? `<span class="state" style="background:${STATE_COLORS[measure.state].background};color:${
        STATE_COLORS[measure.state].text
      }">${escapeHtml(STATE_LABELS[measure.state])}</span>`
    : '';
  const deadline = measure.newDeadlineText
    ? `${measure.newDeadlineText} (перенесён; было: ${measure.deadlineText})`
    : measure.deadlineText;
  const done = measure.state === 'done-on-time' || measure.state === 'done-late' || measure.state === 'cancelled';
  return [
    `<section class="measure" aria-labelledby="h${index}">`,
    `<h2 id="h${index}">${multiline(heading)}</h2>`,
    '<dl>',
    `<dt>Срок</dt><dd>${escapeHtml(deadline || 'не указан')}</dd>`,
    measure.due ? `<dt>Крайний срок</dt><dd>${formatRu(measure.due)}</dd>` : '',
    state ? `<dt>Состояние</dt><dd>${state}</dd>` : '',
    measure.result ? `<dt>Ожидаемый результат</dt><dd>${multiline(measure.result)}</dd>` : '',
    '</dl>',
    measure.answers.length > 0
      ? `<p class="muted">Ваши ответы:</p><ul class="answers">${measure.answers.map(answerLine).join('')}</ul>`
      : '',
    done ? '' : form(input, measure, 'done', index),
    done ? '' : form(input, measure, 'postpone', index),
    '</section>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The page with the executor's measures (the one the link pointed at first).
 * answerPage({ planTitle, recipient: 'wg@x.ru', measures: [...], focus: { measureId: '2.2~k3', kind: 'done' }, … })
 */
export function answerPage(input: PageInput): string {
  const focused = input.focus ? input.measures.filter((m) => m.id === input.focus?.measureId) : [];
  const others = input.measures.filter((m) => !focused.includes(m));
  const ordered = [...focused, ...others];
  const body = [
    `<h1>${escapeHtml(input.planTitle || 'Дорожная карта')}</h1>`,
    `<p class="muted">Мероприятия исполнителя ${escapeHtml(input.recipient)} на ${formatRu(input.today)}. Ответ получит координатор: он примет его или отклонит, и таблица изменится только после этого.</p>`,
    input.message
      ? `<div class="notice ${input.message.kind}" role="${input.message.kind === 'error' ? 'alert' : 'status'}">${escapeHtml(
          input.message.text,
        )}</div>`
      : '',
    ordered.length === 0 ? '<p>За вами нет мероприятий в этой дорожной карте.</p>' : '',
    ...ordered.map((m, i) => measureBlock(input, m, i + 1)),
  ].filter((line) => line !== '');
  return documentOf(body.join('\n'));
}
