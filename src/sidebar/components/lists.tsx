/** Overdue and due-soon measures, and the problems found in the table; each item jumps to its cell. */
import type { ProblemView, UrgentMeasure } from '../../addon/api-types';
import { readableOn } from '../../core/contrast';
import { countRu, dueInWords } from '../../core/plural';
import { STATE_COLORS } from '../../core/states';
import { dateText, shorten } from '../format';
import { DUE_OFF_NOTE } from './calendar';
import { Empty } from './ui';

/** An item's background: white, and the hover tint. */
const ITEM_BACKGROUNDS = ['#ffffff', '#f8f9fa'];

export function UrgentList(props: { items: UrgentMeasure[]; dueSoonDays: number; onSelect: (row: number) => void }) {
  if (props.items.length === 0)
    return (
      <Empty>
        Просроченных нет, и ни у одного мероприятия срок не наступает в ближайшие{' '}
        {countRu(props.dueSoonDays, ['день', 'дня', 'дней'])}.
      </Empty>
    );
  return (
    <ul class="items" data-testid="urgent-list">
      {props.items.map((m) => (
        <li key={m.row}>
          <button
            type="button"
            class="item"
            data-row={m.row}
            title={`${m.title}\nИсполнитель: ${m.executors}\nСтрока ${m.row}`}
            onClick={() => props.onSelect(m.row)}
          >
            <span class="item-mark" style={{ background: STATE_COLORS[m.state].text }} aria-hidden="true" />
            <span class="item-body">
              <span class="item-title">
                {m.number ? <span class="item-number">{m.number}</span> : null}
                {shorten(m.title, 80)}
              </span>
              <span class="item-meta" style={{ color: readableOn(STATE_COLORS[m.state].text, ITEM_BACKGROUNDS) }}>
                {dueInWords(m.daysLeft)}
                {m.dueOff && m.due ? ` · ${dateText(m.due)} ${DUE_OFF_NOTE}` : ''}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function ProblemList(props: { items: ProblemView[]; onSelect: (row: number, column: number) => void }) {
  if (props.items.length === 0) return <Empty>Таблица читается полностью: проблем не найдено.</Empty>;
  return (
    <ul class="items" data-testid="problem-list">
      {props.items.map((p, i) => (
        <li key={`${p.row}:${p.column}:${p.code}:${i}`}>
          <button type="button" class="item" data-row={p.row} onClick={() => props.onSelect(p.row, p.column ?? 1)}>
            <span class={`item-mark severity-${p.severity}`} aria-hidden="true" />
            <span class="item-body">
              <span class="item-title">{p.message}</span>
              <span class="item-meta">
                {p.severity === 'error' ? 'Ошибка' : 'Предупреждение'} · строка {p.row}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
