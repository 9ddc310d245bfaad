/** The plan's header and its state at a glance: chips by state and the % done bar. */
import type { Ref } from 'preact';
import type { SidebarState } from '../../addon/api-types';
import { readableOn } from '../../core/contrast';
import { STATE_CODES } from '../../core/model';
import { STATE_COLORS, STATE_LABELS } from '../../core/states';
import { dateText, timestampText } from '../format';
import { ProgressBar } from './ui';

/** The heading takes the focus (tabIndex -1, out of the Tab order) when the panel under it is replaced. */
export function PlanHeader(props: { state: SidebarState; headingRef?: Ref<HTMLHeadingElement> }) {
  const { plan, today, lastCheck, timeZone } = props.state;
  return (
    <header class="plan">
      <h1 ref={props.headingRef} tabIndex={-1}>
        {plan?.title || plan?.sheetName || 'Дорожная карта'}
      </h1>
      {plan ? (
        <p class="plan-year">
          План на {plan.year} год · лист «{plan.sheetName}»
        </p>
      ) : null}
      <dl class="facts">
        <div>
          <dt>Сегодня</dt>
          <dd data-testid="today">{dateText(today)}</dd>
        </div>
        <div>
          <dt>Проверка сроков</dt>
          <dd data-testid="last-check">{lastCheck ? timestampText(lastCheck, timeZone) : 'ещё не проводилась'}</dd>
        </div>
      </dl>
    </header>
  );
}

export function StateChips(props: { state: SidebarState }) {
  const { counts, total, percentDone } = props.state;
  const present = STATE_CODES.filter((code) => (counts[code] ?? 0) > 0);
  return (
    <div class="overview">
      <ul class="chips" aria-label="Мероприятия по состояниям" data-testid="state-chips">
        {present.map((code) => (
          <li
            key={code}
            class="chip"
            data-state={code}
            style={{
              background: STATE_COLORS[code].background,
              color: readableOn(STATE_COLORS[code].text, [STATE_COLORS[code].background]),
            }}
          >
            <span class="chip-count">{counts[code]}</span> {STATE_LABELS[code]}
          </li>
        ))}
      </ul>
      {total === 0 ? <p class="empty">В таблице пока нет мероприятий.</p> : null}
      {percentDone !== null ? (
        <div class="done">
          <div class="done-label">
            <span>Выполнено</span>
            <strong data-testid="percent-done">{percentDone}%</strong>
          </div>
          <ProgressBar value={percentDone} label="Доля выполненных мероприятий" />
        </div>
      ) : null}
    </div>
  );
}
