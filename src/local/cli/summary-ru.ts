import { formatRu } from '../../core/dates';
import type { StateCode } from '../../core/model';
import { countRu, dueInWords, type PluralForms } from '../../core/plural';
import { STATE_LABELS } from '../../core/states';
import type { CheckReport } from './report';

const LETTERS: PluralForms = ['письмо', 'письма', 'писем'];

const short = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** «2021 год», «2024–2026 годы», «2023/2024 учебный год». */
function planYearsRu(report: Pick<CheckReport, 'planYear' | 'planEndYear' | 'schoolYear'>): string {
  const { planYear, planEndYear, schoolYear } = report;
  if (planEndYear === null || planEndYear === planYear) return `${planYear} год`;
  return schoolYear ? `${planYear}/${planEndYear} учебный год` : `${planYear}–${planEndYear} годы`;
}

/**
 * The readable Russian summary of `roadmap check` (without --json).
 * Example: «Лист «Дорожная карта», план на 2021 год, проверка на 15.06.2021» and so on.
 */
export function summaryRu(report: CheckReport, extra: { out?: string; outbox?: string; send: boolean }): string[] {
  const lines: string[] = [];
  const year = report.planYear === null ? '' : `, план на ${planYearsRu(report)}`;
  lines.push(`Лист «${report.sheet}»${year}, проверка на ${formatRu(report.today)}`);
  const { measures, problems } = report;
  lines.push(
    `Задач: ${report.sections.length}, мероприятий: ${measures.length}, замечаний к таблице: ${report.problems.length}`,
  );
  const counts = new Map<StateCode, number>();
  for (const m of measures) if (m.state) counts.set(m.state, (counts.get(m.state) ?? 0) + 1);
  if (counts.size > 0)
    lines.push(`Состояния: ${[...counts].map(([state, n]) => `${STATE_LABELS[state] ?? state} — ${n}`).join('; ')}`);
  const urgent = measures.filter((m) => m.state === 'overdue' || m.state === 'due-soon');
  if (urgent.length > 0) {
    lines.push('', 'Просрочено и скоро срок:');
    for (const m of urgent) {
      const days = m.daysLeft ?? 0;
      const when = dueInWords(days);
      const due = m.due ? `срок ${formatRu(m.due)}${m.dueOff ? ' (выпадает на выходной)' : ''}, ` : '';
      lines.push(`  ${m.number || `стр. ${m.row}`} ${short(m.title ?? '')} — ${due}${when}`);
    }
  }
  if (problems.length > 0) {
    lines.push('', 'Замечания к таблице:');
    for (const p of problems) lines.push(`  строка ${p.row}: ${p.message}`);
  }
  lines.push('');
  if (report.calendarYearKnown === false)
    lines.push(
      `Производственный календарь на ${report.today.slice(0, 4)} год ещё не известен дополнению: нерабочими считаются суббота, воскресенье и праздники ст. 112 ТК РФ.`,
    );
  const n = report.reminders.length;
  if (report.heldUntil !== null) {
    lines.push(
      `Сегодня нерабочий день по производственному календарю, а напоминания отправляются только в рабочие дни: они (писем: ${n}) будут отправлены ${formatRu(report.heldUntil)}.`,
    );
  } else lines.push(`Напоминаний к отправке: ${countRu(n, LETTERS)}`);
  for (const r of report.reminders)
    lines.push(`  ${r.to.join(', ')}${r.cc.length ? ` (копия: ${r.cc.join(', ')})` : ''}: ${r.measures.join(', ')}`);
  if (extra.send && report.heldUntil !== null)
    lines.push(`Ничего не отправлено: сегодня нерабочий день, напоминания уйдут ${formatRu(report.heldUntil)}.`);
  else if (extra.send) lines.push(`Отправлено: ${countRu(report.sent, LETTERS)}`);
  else if (n > 0) lines.push('Письма не отправлялись (добавьте --send, чтобы отправить).');
  if (report.failed.length > 0) {
    const f = report.failed.length;
    lines.push(`Не отправлено: ${countRu(f, LETTERS)}:`);
    for (const line of report.failed) lines.push(`  ${line.recipient} (${line.measures.join(', ')}): ${line.reason}`);
  }
  if (extra.outbox && extra.send) lines.push(`Письма сохранены в папке ${extra.outbox}`);
  if (extra.out) lines.push(`Книга записана: ${extra.out}`);
  return lines;
}
