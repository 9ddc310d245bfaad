import { allLink, type DigestAnswerLinks, itemLinks } from '../answers/links';
import { formatRu, type IsoDate } from '../dates';
import { countRu, dueInWords } from '../plural';
import { roadmapHeading } from '../roadmap/heading';
import { STATE_COLORS } from '../states';
import type { Digest, DigestItem } from './types';

export interface RenderedEmail {
  subject: string;
  htmlBody: string;
  /** Plain text for clients without HTML. */
  body: string;
}

export interface RenderContext {
  /** The roadmap's title (Roadmap.title); '' when unknown. */
  planTitle: string;
  today: IsoDate;
  /** The executor's answer links (web app deployed), or none. */
  answers?: DigestAnswerLinks;
}

/** escapeHtml('<a href="x">') → '&lt;a href=&quot;x&quot;&gt;'. Safe in text and in quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Sheet text made printable: control characters out, spaces collapsed, line breaks kept. */
function clean(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters from sheet text
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim()
  );
}

/**
 * The longest text taken from one cell into an e-mail (a cell holds up to 50,000 characters): so
 * one measure always fits Google's 200 KB body, and fitToMail can always split a digest.
 */
export const MAX_FIELD_CHARS = 2000;
const clip = (text: string) => (text.length > MAX_FIELD_CHARS ? `${text.slice(0, MAX_FIELD_CHARS - 1)}…` : text);
const oneLine = (text: string) => clip(clean(text).replace(/\n+/g, ' '));
const html = (text: string) => escapeHtml(clean(text)).replace(/\n/g, '<br>');

/**
 * The subject: how many measures are overdue, due soon, and (for the coordinator) unreadable;
 * a part of a long digest says which part.
 * subjectOf({ counts: { overdue: 2, dueSoon: 1 } }) → 'Дорожная карта: 2 просрочено, 1 скоро срок'
 * subjectOf({ counts: { overdue: 50, … }, part: { index: 1, of: 3 } }) → 'Дорожная карта: 50 просрочено (часть 1 из 3)'
 */
export function subjectOf(digest: Pick<Digest, 'kind' | 'counts'> & Partial<Pick<Digest, 'part'>>): string {
  const parts: string[] = [];
  if (digest.kind === 'executor') {
    if (digest.counts.overdue > 0) parts.push(`${digest.counts.overdue} просрочено`);
    if (digest.counts.dueSoon > 0) parts.push(`${digest.counts.dueSoon} скоро срок`);
  }
  const n = digest.counts.unparsed;
  if (n > 0 || digest.kind === 'coordinator-report')
    parts.push(`срок не распознан в ${countRu(n, ['мероприятии', 'мероприятиях', 'мероприятиях'])}`);
  const part = digest.part ? ` (часть ${digest.part.index} из ${digest.part.of})` : '';
  return `Дорожная карта: ${parts.join(', ') || 'напоминание'}${part}`;
}

interface Group {
  heading: string;
  items: DigestItem[];
}

/** Items grouped by task, in the digest's order: «Задача 1. Создание нормативно-правовой базы». */
function groupsOf(items: readonly DigestItem[]): Group[] {
  const groups: Group[] = [];
  const byId = new Map<string, Group>();
  for (const item of items) {
    const id = item.sectionId ?? '';
    let group = byId.get(id);
    if (!group) {
      group = { heading: headingOf(item), items: [] };
      byId.set(id, group);
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}

function headingOf(item: DigestItem): string {
  const label = oneLine(item.sectionLabel);
  const title = oneLine(item.sectionTitle);
  if (item.sectionId === null || (label === '' && title === '')) return 'Мероприятия вне задач';
  if (label === '' || title.toLowerCase().startsWith(label.toLowerCase())) return title || label;
  return title === '' ? label : `${label}. ${title}`;
}

/** Next to a due date that falls on a non-working day (the date itself is shown as written). */
export const DUE_OFF_NOTE = 'выпадает на выходной';

/**
 * «март 2021 г. (до 31.03.2021)» and «просрочено на 5 дней» (status '' without a due date);
 * «до 14.06.2021, выпадает на выходной» when the due date is a non-working day.
 */
function deadlineParts(item: DigestItem): { when: string; status: string } {
  const written = oneLine(item.deadlineText);
  if (item.due === null) return { when: written === '' ? 'не указан' : written, status: '' };
  const dueText = formatRu(item.due);
  const off = item.dueOff ? `, ${DUE_OFF_NOTE}` : '';
  const when =
    written !== '' && written !== dueText && written !== `до ${dueText}`
      ? `${written} (до ${dueText}${off})`
      : `до ${dueText}${off}`;
  return { when, status: item.daysLeft === null ? '' : dueInWords(item.daysLeft) };
}

const isHttpLink = (link: string) => /^https:\/\/[^\s"'<>]+$/i.test(link) || /^http:\/\/[^\s"'<>]+$/i.test(link);

function measureHeading(item: DigestItem): string {
  const number = oneLine(item.number);
  const title = oneLine(item.title);
  return number === '' ? title : `${number} ${title}`;
}

/**
 * The plan's name for a sentence (roadmapHeading drops the approval stamps of the title rows),
 * at most 200 characters.
 * planName('Утверждаю … **Дорожная карта кластера на 2021 год**') → 'Дорожная карта кластера на 2021 год'
 */
export function planName(title: string): string {
  const name = roadmapHeading(title);
  return name.length > 200 ? `${name.slice(0, 199)}…` : name;
}

function planPhrase(context: RenderContext): string {
  const plan = planName(context.planTitle);
  return plan === '' ? 'дорожной карте' : `дорожной карте «${plan}»`;
}

/** The paragraph before the executor's own measures. */
function intro(digest: Digest, context: RenderContext): string[] {
  const lines = [
    `Напоминание по ${planPhrase(context)} на ${formatRu(context.today)}: сроки ваших мероприятий истекли или скоро истекут.`,
  ];
  if (digest.replyTo !== '' && digest.cc.includes(digest.replyTo) && digest.items.some((i) => i.step === 'escalation'))
    lines.push('Срок некоторых мероприятий нарушен давно, поэтому копия письма направлена координатору.');
  return lines;
}

/** The paragraph before the coordinator's unparsed deadlines. */
function reportIntro(context: RenderContext): string[] {
  return [
    `В ${planPhrase(context)} на ${formatRu(context.today)} не удалось прочитать срок исполнения этих мероприятий, поэтому напоминания по ним не отправляются.`,
    'Исправьте срок (например: «до 15.06.2021», «март 2021 г.», «II квартал», «ежемесячно») или укажите Новый срок.',
  ];
}

function partLine(digest: Digest): string[] {
  if (!digest.part) return [];
  return [
    `Список длинный, поэтому он разделён на несколько писем: это часть ${digest.part.index} из ${digest.part.of}.`,
  ];
}

function footer(digest: Digest, own: boolean, report: boolean): string[] {
  const lines: string[] = [];
  if (own)
    lines.push(
      'Вы получили это письмо, потому что указаны исполнителем этих мероприятий в листе «Исполнители».',
      'Когда мероприятие выполнено, отметьте это в таблице: Статус — «Выполнено» и Дата выполнения; напоминания по нему прекратятся.',
    );
  if (report)
    lines.push(
      own
        ? 'Мероприятия с нераспознанным сроком перечислены здесь, потому что вы координатор дорожной карты (адрес указан в настройках дополнения).'
        : 'Вы получили это письмо как координатор дорожной карты (адрес указан в настройках дополнения).',
    );
  if (own && digest.replyTo !== '' && digest.replyTo !== digest.to)
    lines.push('Ответ на это письмо получит координатор.');
  return lines;
}

/** One block of measures, grouped by task, into the text and HTML parts. */
function renderItems(items: readonly DigestItem[], text: string[], parts: string[], answers?: DigestAnswerLinks): void {
  for (const group of groupsOf(items)) {
    text.push(group.heading.toUpperCase(), '');
    parts.push(`<h3 style="font-size:15px;margin:18px 0 8px 0;color:#3c4043">${escapeHtml(group.heading)}</h3>`);
    for (const item of group.items) {
      const overdue = item.daysLeft !== null && item.daysLeft < 0;
      const colors = STATE_COLORS[item.step === 'unparsed' ? 'unparsed' : overdue ? 'overdue' : 'due-soon'];
      const result = clip(clean(item.result));
      const { when, status } = deadlineParts(item);
      text.push(`• ${measureHeading(item)}`, `  Срок: ${when}${status === '' ? '' : ` — ${status}`}`);
      if (result !== '') text.push(`  Ожидаемый результат: ${result.replace(/\n/g, '\n  ')}`);
      const answer = answers?.items.get(item.row);
      const links = answer ? itemLinks(answer) : null;
      text.push(`  Строка ${item.row}: ${item.link}`, ...(links?.text ?? []), '');

      const link = isHttpLink(item.link)
        ? `<a href="${escapeHtml(item.link)}" style="color:#1a73e8">Открыть строку ${item.row} в таблице</a>`
        : `Строка ${item.row}: ${escapeHtml(item.link)}`;
      parts.push(
        `<div style="margin:0 0 12px 0;padding:6px 10px;border-left:4px solid ${colors.text};background:#fafafa">`,
        `<div style="font-weight:bold">${html(measureHeading(item))}</div>`,
        `<div>Срок: ${escapeHtml(when)}${
          status === '' ? '' : ` — <span style="color:${colors.text};font-weight:bold">${escapeHtml(status)}</span>`
        }</div>`,
        result === '' ? '' : `<div>Ожидаемый результат: ${html(result)}</div>`,
        `<div>${link}</div>`,
        links?.html ?? '',
        '</div>',
      );
    }
  }
}

/**
 * The digest as an e-mail, in Russian: HTML and plain text. Everything that comes from the
 * sheet is escaped in the HTML (text, attributes, the link) and appears as plain text in the body;
 * links that are not http(s) are shown as text, never as anchors. An executor's digest that also
 * holds the coordinator's unparsed deadlines has both parts: the measures, then that list.
 *
 * renderDigest(digest, { planTitle: 'Дорожная карта … на 2021 год', today: '2021-06-15' })
 *   → { subject: 'Дорожная карта: 2 просрочено, 1 скоро срок', htmlBody: '<div …>', body: 'Здравствуйте!…' }
 */
export function renderDigest(digest: Digest, context: RenderContext): RenderedEmail {
  const report = digest.items.filter((i) => i.step === 'unparsed');
  const own = digest.kind === 'coordinator-report' ? [] : digest.items.filter((i) => i.step !== 'unparsed');
  const text: string[] = ['Здравствуйте!', ''];
  const parts: string[] = [
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45;color:#202124">',
    '<p>Здравствуйте!</p>',
  ];
  const paragraphs = (lines: string[]) => {
    text.push(...lines, '');
    parts.push(...lines.map((line) => `<p>${escapeHtml(line)}</p>`));
  };

  if (own.length > 0) {
    paragraphs([...intro(digest, context), ...partLine(digest)]);
    renderItems(own, text, parts, context.answers);
    if (context.answers) {
      const all = allLink(context.answers.all);
      text.push(...all.text, '');
      parts.push(all.html);
    }
  }
  if (report.length > 0) {
    if (own.length > 0) {
      text.push('—', 'СРОК НЕ РАСПОЗНАН', '');
      parts.push('<h2 style="font-size:16px;margin:24px 0 8px 0;color:#202124">Срок не распознан</h2>');
      paragraphs(reportIntro(context));
    } else paragraphs([...reportIntro(context), ...partLine(digest)]);
    renderItems(report, text, parts);
  }

  const footerLines = footer(digest, own.length > 0, report.length > 0);
  text.push('—', ...footerLines);
  parts.push(
    `<p style="margin-top:20px;color:#5f6368;font-size:12px">${footerLines.map(escapeHtml).join('<br>')}</p>`,
    '</div>',
  );
  return { subject: subjectOf(digest), htmlBody: parts.filter((p) => p !== '').join('\n'), body: text.join('\n') };
}
