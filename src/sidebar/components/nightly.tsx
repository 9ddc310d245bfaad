/** The nightly check's health: on/off, hour, owner, last run and its outcome, a stale warning. */
import { useState } from 'preact/hooks';
import type { SidebarState } from '../../addon/api-types';
import { hourText, timestampText } from '../format';
import { Alert, Button } from './ui';

export function Nightly(props: {
  state: SidebarState;
  busy: boolean;
  onToggle: (enabled: boolean) => Promise<unknown>;
  onTakeOver: () => Promise<unknown>;
}) {
  const { nightly, timeZone } = props.state;
  const run = nightly.lastRun;
  // The switch shows the requested position while the server works (no flicker back).
  const [pending, setPending] = useState<boolean | null>(null);
  const on = pending ?? nightly.enabled;
  return (
    <div class="nightly" data-testid="nightly">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-checked={on}
          aria-disabled={props.busy ? 'true' : undefined}
          onClick={(e) => {
            if (props.busy) e.preventDefault(); // stays focusable while busy, but does not toggle
          }}
          onChange={(e) => {
            const enabled = (e.currentTarget as HTMLInputElement).checked;
            setPending(enabled);
            void props.onToggle(enabled).finally(() => setPending(null));
          }}
        />
        <span class="switch-track" aria-hidden="true" />
        <span>Ночная проверка {on ? 'включена' : 'выключена'}</span>
      </label>
      <dl class="facts">
        <div>
          <dt>Время</dt>
          <dd title="Час меняется в настройках">около {hourText(nightly.hour)}</dd>
        </div>
        {nightly.enabled ? (
          <div>
            <dt>Владелец</dt>
            <dd data-testid="nightly-owner">
              {nightly.owner ?? 'неизвестен'}
              {nightly.mine ? ' (вы)' : ''}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Последний запуск</dt>
          <dd data-testid="nightly-last-run">
            {run ? (
              <>
                {timestampText(run.start, timeZone)} —{' '}
                <span class={run.ok ? 'ok' : 'failed'}>{run.ok ? 'успешно' : 'с ошибкой'}</span>
                {run.summary ? <span class="muted block">{run.summary}</span> : null}
              </>
            ) : (
              'ещё не было'
            )}
          </dd>
        </div>
      </dl>
      {run && !run.ok && run.error ? <Alert kind="error">{run.error}</Alert> : null}
      {nightly.enabled && nightly.stale ? (
        <Alert kind="warning">
          Ночная проверка давно не выполнялась успешно. Выключите и снова включите её; если не поможет — проверьте
          доступ владельца к таблице.
        </Alert>
      ) : null}
      {nightly.enabled && !nightly.mine && nightly.owner ? (
        <p class="hint">Проверка идёт от имени {nightly.owner}: письма уходят с его адреса и тратят его квоту.</p>
      ) : null}
      {nightly.foreign ? <ForeignTrigger foreign={nightly.foreign} owner={nightly.owner} timeZone={timeZone} /> : null}
      {nightly.enabled && !nightly.mine && nightly.stale ? (
        <Button disabled={props.busy} onClick={() => void props.onTakeOver()}>
          Взять проверку на себя
        </Button>
      ) : null}
    </div>
  );
}

/** A trigger that is not the recorded one fired (another account's, after «Взять на себя»): it was skipped. */
function ForeignTrigger(props: {
  foreign: NonNullable<SidebarState['nightly']['foreign']>;
  owner: string | null;
  timeZone: string;
}) {
  const { foreign, owner } = props;
  const who = foreign.email || 'другого пользователя';
  return (
    <Alert kind="warning">
      <span data-testid="nightly-foreign">
        Чужой триггер пропущен: {timestampText(foreign.at, props.timeZone)} сработал триггер ночной проверки{' '}
        {foreign.mine ? 'с вашей учётной записи' : who}
        {owner ? `, а проверка теперь идёт от имени ${owner}` : ''}.{' '}
        {foreign.mine
          ? 'Выключите ночную проверку переключателем выше: ваш прежний триггер будет удалён.'
          : `Попросите ${who} открыть эту панель и выключить ночную проверку: удалить чужой триггер может только его владелец.`}
      </span>
    </Alert>
  );
}
