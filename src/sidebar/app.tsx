/**
 * The sidebar: loads the state once, then every action returns the fresh state.
 * One action runs at a time (`busy` names it); the other buttons wait. When preparing the
 * table replaces its panel (and the focused button) with the full sidebar, the focus goes to
 * the plan's heading rather than falling back to the top of the page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReportPeriod, SaveSettingsResult, ServerFunction, SidebarState } from '../addon/api-types';
import type { Settings } from '../core/settings';
import { Answers } from './components/answers';
import { WorkingDays } from './components/calendar';
import { ProblemList, UrgentList } from './components/lists';
import { Nightly } from './components/nightly';
import { PlanHeader, StateChips } from './components/overview';
import { Reminders } from './components/reminders';
import { CouncilReport } from './components/report';
import { SettingsPanel } from './components/settings';
import { TableColumns } from './components/table-columns';
import { Alert, Button, Card, focusLost } from './components/ui';
import { call, errorMessage } from './server';

type Load = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; state: SidebarState };

export function App() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [busy, setBusy] = useState<ServerFunction | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  const fetchState = () => {
    setLoad({ kind: 'loading' });
    call('getSidebarState').then(
      (state) => setLoad({ kind: 'ready', state }),
      (e) => setLoad({ kind: 'failed', message: errorMessage(e) }),
    );
  };
  useEffect(fetchState, []);

  const heading = useRef<HTMLHeadingElement>(null);
  const unprepared = load.kind === 'ready' && !load.state.ready;
  const wasUnprepared = useRef(unprepared);
  useEffect(() => {
    const prepared = wasUnprepared.current && load.kind === 'ready' && load.state.ready;
    wasUnprepared.current = unprepared;
    if (prepared && focusLost()) heading.current?.focus();
  });

  /** Runs an action that returns the fresh state; shows its notice or error. */
  async function act<T>(
    name: ServerFunction,
    run: () => Promise<T>,
    stateOf: (r: T) => SidebarState,
    options: { notice: boolean } = { notice: true },
  ) {
    setBusy(name);
    setMessage(null);
    try {
      const result = await run();
      const state = stateOf(result);
      setLoad({ kind: 'ready', state });
      if (state.error) setMessage({ kind: 'error', text: state.error });
      else if (state.notice && options.notice) setMessage({ kind: 'success', text: state.notice });
      return result;
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
      return null;
    } finally {
      setBusy(null);
    }
  }
  const same = (s: SidebarState) => s;
  /** The columns section saved: the fresh state, its notice above (the section may move and close). */
  const tableSaved = (s: SidebarState) => {
    setLoad({ kind: 'ready', state: s });
    if (s.notice) setMessage({ kind: 'success', text: s.notice });
  };

  const select = (row: number, column: number) => {
    call('selectCell', row, column).catch((e) => setMessage({ kind: 'error', text: errorMessage(e) }));
  };

  if (load.kind === 'loading')
    return (
      <main class="sidebar state-loading" aria-busy="true">
        <div class="skeleton skeleton-title" />
        <div class="skeleton" />
        <div class="skeleton" />
        <p class="muted">
          <span class="spinner" aria-hidden="true" /> Загрузка данных таблицы…
        </p>
      </main>
    );
  if (load.kind === 'failed')
    return (
      <main class="sidebar">
        <h1>Дорожная карта</h1>
        <Alert kind="error">Не удалось загрузить данные: {load.message}</Alert>
        <Button primary onClick={fetchState}>
          Повторить
        </Button>
      </main>
    );

  const state = load.state;
  return (
    <main class="sidebar">
      <PlanHeader state={state} headingRef={heading} />
      <div aria-live="polite" class="messages">
        {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      </div>
      {state.table.source === 'guess' ? (
        <TableColumns table={state.table} disabled={busy !== null} onState={tableSaved} />
      ) : !state.ready ? (
        <Card id="prepare" title="Таблица ещё не подготовлена">
          <p>
            Найдите таблицу дорожной карты и добавьте столбцы «Статус», «Дата выполнения», «Крайний срок», «Состояние» и
            лист «Исполнители». Ваши данные не изменятся.
          </p>
          <Button
            primary
            busy={busy === 'prepareTable'}
            disabled={busy !== null}
            onClick={() => void act('prepareTable', () => call('prepareTable'), same)}
          >
            Подготовить таблицу
          </Button>
        </Card>
      ) : (
        <>
          <Card id="overview" title="Состояние плана">
            <StateChips state={state} />
            <div class="row">
              <Button
                primary
                busy={busy === 'checkDeadlines'}
                disabled={busy !== null}
                onClick={() => void act('checkDeadlines', () => call('checkDeadlines'), same)}
              >
                Проверить сроки
              </Button>
              <Button
                busy={busy === 'refreshSummaries'}
                disabled={busy !== null}
                onClick={() => void act('refreshSummaries', () => call('refreshSummaries'), same)}
              >
                Обновить сводки
              </Button>
            </div>
          </Card>
          <Card id="urgent" title={`Просрочено и скоро срок (${state.urgent.length})`}>
            <UrgentList items={state.urgent} dueSoonDays={state.settings.dueSoonDays} onSelect={(r) => select(r, 1)} />
          </Card>
          <Card id="problems" title={`Проблемы в таблице (${state.problems.length})`}>
            <ProblemList items={state.problems} onSelect={select} />
          </Card>
          <Card id="reminders" title="Напоминания">
            <p class="muted">Осталось квоты на сегодня: {state.mail.quotaLeft}</p>
            <Reminders disabled={busy !== null} onState={tableSaved} />
          </Card>
          <Answers state={state} disabled={busy !== null} onState={(s) => setLoad({ kind: 'ready', state: s })} />
          {state.calendar ? (
            <Card id="calendar" title="Рабочие дни">
              <WorkingDays
                calendar={state.calendar}
                workingDaysOnly={state.settings.workingDaysOnly}
                busy={busy === 'createCalendarSheet'}
                disabled={busy !== null}
                onCreateSheet={() => void act('createCalendarSheet', () => call('createCalendarSheet'), same)}
              />
            </Card>
          ) : null}
          <Card id="nightly" title="Ночная проверка">
            <Nightly
              state={state}
              busy={busy !== null}
              onToggle={(enabled) => act('setNightly', () => call('setNightly', enabled), same)}
              onTakeOver={() => act('setNightly', () => call('setNightly', true, true), same)}
            />
          </Card>
          <Card id="report" title="Отчёт к совету">
            <CouncilReport
              today={state.today}
              busy={busy === 'buildCouncilReport'}
              onBuild={(period: ReportPeriod) =>
                void act('buildCouncilReport', () => call('buildCouncilReport', period), same)
              }
            />
          </Card>
        </>
      )}
      {state.table.source !== 'guess' ? (
        <TableColumns table={state.table} disabled={busy !== null} onState={tableSaved} />
      ) : null}
      <details class="card settings-card">
        <summary>
          <h2>Настройки</h2>
        </summary>
        <SettingsPanel
          settings={state.settings}
          busy={busy === 'saveSettings'}
          onSave={(settings: Settings) =>
            act<SaveSettingsResult>(
              'saveSettings',
              () => call('saveSettings', settings),
              (r) => r.state,
              { notice: false }, // the form shows the server's notice next to its button
            )
          }
        />
      </details>
    </main>
  );
}
