import type { IsoDate } from '../dates';
import { endOfMonth, formatRu, parts, startOfMonth } from '../dates';
import type { MeasureState, Roadmap } from '../model';
import { roadmapHeading } from '../roadmap/heading';
import { STATE_COLORS } from '../states';
import { SheetBuilder } from './builder';
import { RU } from './labels';
import type { SheetModel } from './model';
import { type JudgedMeasure, judgeAll } from './stats';

export const COUNCIL_KEY = 'council';

export interface CouncilPeriod {
  from: IsoDate;
  to: IsoDate;
}

/** defaultCouncilPeriod('2021-06-15') → { from: '2021-05-01', to: '2021-05-31' } (the past calendar month). */
export function defaultCouncilPeriod(today: IsoDate): CouncilPeriod {
  const [year, month] = parts(today);
  const y = month === 1 ? year - 1 : year;
  const m = month === 1 ? 12 : month - 1;
  return { from: startOfMonth(y, m), to: endOfMonth(y, m) };
}

export type CouncilMark = 'выполнено в срок' | 'выполнено с нарушением срока' | 'не выполнено';

/** done-on-time → «выполнено в срок», done-late → «выполнено с нарушением срока», anything else → «не выполнено». */
export function councilMark(state: MeasureState): CouncilMark {
  if (state.state === 'done-on-time') return 'выполнено в срок';
  if (state.state === 'done-late') return 'выполнено с нарушением срока';
  return 'не выполнено';
}

const MARK_COLORS: Record<CouncilMark, { background: string; text: string }> = {
  'выполнено в срок': STATE_COLORS['done-on-time'],
  'выполнено с нарушением срока': STATE_COLORS['done-late'],
  'не выполнено': STATE_COLORS.overdue,
};

const inPeriod = (date: IsoDate | null, p: CouncilPeriod): boolean => date !== null && date >= p.from && date <= p.to;

/**
 * The measures the council hears about for a period: those whose due date in force falls in
 * [from, to] (whatever their state), plus those completed in [from, to] (done early or late,
 * whatever their due date). Cancelled measures are left out. A recurring measure counts by the
 * due date of its current period (MeasureState.due), since the table keeps one completion date.
 * Roadmap row order.
 */
export function councilMeasures(list: readonly JudgedMeasure[], period: CouncilPeriod): JudgedMeasure[] {
  return list.filter(
    ({ measure, state }) =>
      state.state !== 'cancelled' && (inPeriod(state.due, period) || inPeriod(measure.completedOn, period)),
  );
}

/** Measures outside any section first, then section by section in the roadmap's order; rows in order within. */
function bySection(list: JudgedMeasure[], roadmap: Roadmap): JudgedMeasure[] {
  const order = new Map(roadmap.sections.map((s, i) => [s.id, i + 1]));
  const rank = (j: JudgedMeasure) => (j.measure.sectionId ? (order.get(j.measure.sectionId) ?? 0) : 0);
  return list.slice().sort((a, b) => rank(a) - rank(b) || a.measure.row - b.measure.row);
}

/**
 * «Срок (план)» as written, with the new deadline if any, and for a recurring measure the due
 * date of the period judged: planText('ежемесячно', '', state due 2021-05-31) → 'ежемесячно (срок: 31.05.2021)'.
 */
export function planText(deadlineText: string, newDeadlineText: string, state: MeasureState): string {
  let text = newDeadlineText ? `${deadlineText}; перенесён: ${newDeadlineText}` : deadlineText;
  if (state.deadline.recurrence && state.due) text += ` (срок: ${formatRu(state.due)})`;
  return text;
}

export interface CouncilInput {
  roadmap: Roadmap;
  states: MeasureState[];
  from: IsoDate;
  to: IsoDate;
  /** 'dd.MM.yyyy HH:mm' in the spreadsheet's time zone. */
  updatedAt: string;
}

const HEADER = [
  '№',
  'Мероприятие',
  'Срок (план)',
  'Дата выполнения (факт)',
  'Отметка о выполнении',
  'Причины / комментарий',
];
const WIDTHS = [50, 420, 160, 130, 200, 320];

/**
 * «Отчёт для совета» in the form regional monitoring uses: № | Мероприятие | Срок (план) |
 * Дата выполнения (факт) | Отметка о выполнении | Причины / комментарий (from «Отметка об
 * исполнении»), grouped under the tasks' headings, with totals by mark.
 *
 * @example
 * councilReportModel({ roadmap, states, from: '2021-05-01', to: '2021-05-31', updatedAt: '15.06.2021 09:00' })
 *   .values[0][0] // 'Отчёт о ходе реализации дорожной карты за период с 01.05.2021 по 31.05.2021'
 */
export function councilReportModel(input: CouncilInput): SheetModel {
  const period = input.from <= input.to ? { from: input.from, to: input.to } : { from: input.to, to: input.from };
  const selected = bySection(councilMeasures(judgeAll(input.roadmap.measures, input.states), period), input.roadmap);
  const b = new SheetBuilder();
  b.row([`Отчёт о ходе реализации дорожной карты за период с ${formatRu(period.from)} по ${formatRu(period.to)}`], {
    bold: true,
  });
  b.row([roadmapHeading(input.roadmap.title) || RU.roadmapFallbackTitle]);
  b.stamp(b.row([RU.updated(input.updatedAt)]));
  b.blank();
  const headerRow = b.row(HEADER, { bold: true, background: '#e8eaed', wrap: true });
  const sectionTitle = new Map(input.roadmap.sections.map((s) => [s.id, s.title || s.label]));
  const totals: Record<CouncilMark, number> = {
    'выполнено в срок': 0,
    'выполнено с нарушением срока': 0,
    'не выполнено': 0,
  };
  let currentSection: string | null | undefined;
  for (const { measure, state } of selected) {
    if (measure.sectionId !== currentSection) {
      currentSection = measure.sectionId;
      const heading = currentSection ? sectionTitle.get(currentSection) : undefined;
      if (heading) {
        const r = b.row([heading], { bold: true, background: '#f1f3f4' });
        b.merge({ row: r, col: 1, numRows: 1, numCols: HEADER.length });
      }
    }
    const mark = councilMark(state);
    totals[mark]++;
    const plan = planText(measure.deadlineText, measure.newDeadlineText, state);
    const comment = [measure.note, mark === 'не выполнено' && (state.daysLeft ?? 0) > 0 ? 'срок ещё не наступил' : '']
      .filter((t) => t !== '')
      .join('; ');
    const r = b.row([
      measure.number,
      measure.title,
      plan,
      measure.completedOn ? { date: measure.completedOn } : '',
      mark,
      comment,
    ]);
    b.cellFormat(r, 5, { background: MARK_COLORS[mark].background, fontColor: MARK_COLORS[mark].text });
  }
  const lastRow = b.nextRow - 1;
  if (lastRow > headerRow) {
    b.format({ row: headerRow + 1, col: 2, numRows: lastRow - headerRow, numCols: 1 }, { wrap: true });
    b.format({ row: headerRow + 1, col: 6, numRows: lastRow - headerRow, numCols: 1 }, { wrap: true });
  }
  b.blank();
  b.row(
    selected.length === 0
      ? ['За период нет мероприятий со сроком или выполнением в этом периоде.']
      : [
          `Итого: ${selected.length}; выполнено в срок — ${totals['выполнено в срок']}, ` +
            `с нарушением срока — ${totals['выполнено с нарушением срока']}, не выполнено — ${totals['не выполнено']}`,
        ],
    { bold: true },
  );
  return b.build({ key: COUNCIL_KEY, title: RU.councilTitle, columnWidths: WIDTHS, frozenRows: 5 });
}
