import { escapeHtml } from '../reminders/render';

/**
 * The executor's links in a digest: per measure «Отметить выполненным» and «Попросить перенести
 * срок», and once «Все мои мероприятия». One signed token per digest (its recipient, all their
 * measures): one HMAC per e-mail, not two per measure; the measure and the form the link opens are
 * plain parameters, and the page refuses a measure that is not the recipient's.
 */
export interface DigestAnswerLinks {
  all: string;
  /** By the measure's sheet row. */
  items: ReadonlyMap<number, { done: string; postpone: string }>;
}

/** webAppUrl?t=TOKEN[&m=MEASURE&a=done|postpone] */
export function answerUrl(base: string, token: string, measureId?: string, kind?: 'done' | 'postpone'): string {
  const separator = base.includes('?') ? '&' : '?';
  const extra = measureId && kind ? `&m=${encodeURIComponent(measureId)}&a=${kind}` : '';
  return `${base}${separator}t=${encodeURIComponent(token)}${extra}`;
}

/** The links of one digest. */
export function digestAnswerLinks(
  base: string,
  token: string,
  items: readonly { row: number; measureId: string }[],
): DigestAnswerLinks {
  return {
    all: answerUrl(base, token),
    items: new Map(
      items.map((i) => [
        i.row,
        {
          done: answerUrl(base, token, i.measureId, 'done'),
          postpone: answerUrl(base, token, i.measureId, 'postpone'),
        },
      ]),
    ),
  };
}

const LINK_STYLE = 'color:#174ea6;font-weight:bold';

/** The two links under a measure, as text lines and as HTML. */
export function itemLinks(links: { done: string; postpone: string }): { text: string[]; html: string } {
  return {
    text: [`  Отметить выполненным: ${links.done}`, `  Попросить перенести срок: ${links.postpone}`],
    html: `<div style="margin-top:4px"><a href="${escapeHtml(links.done)}" style="${LINK_STYLE}">Отметить выполненным</a> · <a href="${escapeHtml(
      links.postpone,
    )}" style="${LINK_STYLE}">Попросить перенести срок</a></div>`,
  };
}

/** The paragraph with «Все мои мероприятия». */
export function allLink(url: string): { text: string[]; html: string } {
  const lead = 'Ответить координатору можно без доступа к таблице:';
  return {
    text: [`${lead} все мои мероприятия — ${url}`],
    html: `<p>${escapeHtml(lead)} <a href="${escapeHtml(url)}" style="${LINK_STYLE}">Все мои мероприятия</a></p>`,
  };
}
