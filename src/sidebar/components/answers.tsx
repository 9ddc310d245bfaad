/**
 * «Ответы исполнителей (N)»: the executors' answers waiting for the coordinator, each with
 * «Принять» and «Отклонить» (an optional note goes back to the executor by e-mail); automatic
 * acceptance of «выполнено»; «Отозвать все ссылки» behind an inline confirmation.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AnswersView, AnswerView, SidebarState } from '../../addon/api-types';
import { dateText, shorten } from '../format';
import { call, errorMessage } from '../server';
import { Alert, Button, Card, Empty } from './ui';

function what(answer: AnswerView): string {
  return answer.kind === 'done'
    ? `выполнено ${dateText(answer.date)}`
    : `просит перенести срок на ${dateText(answer.date)}`;
}

function Pending(props: { answer: AnswerView; busy: boolean; onDecide: (accept: boolean, note: string) => void }) {
  const [note, setNote] = useState('');
  const { answer } = props;
  const noteId = `answer-note-${answer.id}`;
  return (
    <li class="answer" data-testid="answer">
      <div class="answer-head">
        <strong>{answer.number ? `${answer.number} ` : ''}</strong>
        {shorten(answer.title, 70)}
      </div>
      <div>
        {answer.recipient}: <strong>{what(answer)}</strong>
      </div>
      {answer.comment ? <div class="answer-comment">«{shorten(answer.comment, 300)}»</div> : null}
      <div class="muted">Получено {answer.receivedAt}</div>
      <label for={noteId} class="answer-note-label">
        Примечание исполнителю (необязательно)
      </label>
      <textarea id={noteId} rows={2} maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <div class="row">
        <Button primary disabled={props.busy} onClick={() => props.onDecide(true, note)}>
          Принять
        </Button>
        <Button disabled={props.busy} onClick={() => props.onDecide(false, note)}>
          Отклонить
        </Button>
      </div>
    </li>
  );
}

export function Answers(props: { state: SidebarState; disabled: boolean; onState: (state: SidebarState) => void }) {
  const [view, setView] = useState<AnswersView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);

  const run = async (action: () => Promise<AnswersView>) => {
    setBusy(true);
    setError(null);
    try {
      const next = await action();
      setView(next);
      if (next.state) props.onState(next.state);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    void run(() => call('getAnswers'));
  }, []);

  const pending = view?.pending ?? [];
  const inactive = busy || props.disabled;
  const autoAccept = props.state.settings.answersAutoAccept;
  return (
    <Card id="answers" title={`Ответы исполнителей (${pending.length})`}>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {view?.notice ? <Alert kind="success">{view.notice}</Alert> : null}
      {view && !view.enabled ? (
        <p class="muted">
          Ссылки для ответа появятся в напоминаниях, когда таблица будет опубликована как веб-приложение (README,
          «Ответы исполнителей»).
        </p>
      ) : null}
      {view && pending.length === 0 ? <Empty>Новых ответов нет.</Empty> : null}
      {pending.length > 0 ? (
        <ul class="answers">
          {pending.map((a) => (
            <Pending
              key={a.id}
              answer={a}
              busy={inactive}
              onDecide={(accept, note) => void run(() => call('decideAnswer', a.id, accept, note))}
            />
          ))}
        </ul>
      ) : null}
      {view && view.decided.length > 0 ? (
        <details class="answers-decided">
          <summary>Последние решения</summary>
          <ul>
            {view.decided.map((a) => (
              <li key={a.id}>
                {a.number ? `${a.number}: ` : ''}
                {what(a)} — {a.state === 'accepted' ? 'принят' : 'отклонён'}
                {a.decidedBy ? ` (${a.decidedBy})` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <label class="check">
        <input
          type="checkbox"
          checked={autoAccept}
          aria-disabled={inactive ? 'true' : undefined}
          onClick={(e) => {
            if (inactive) e.preventDefault();
          }}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            void run(async () => {
              const saved = await call('saveSettings', { ...props.state.settings, answersAutoAccept: checked });
              props.onState(saved.state);
              return call('getAnswers');
            });
          }}
        />
        <span>
          принимать «выполнено» автоматически
          <span class="hint">просьбы о переносе срока всегда решает координатор</span>
        </span>
      </label>
      {confirmRevoke ? (
        <fieldset class="confirm">
          <legend class="sr-only">Подтверждение отзыва ссылок</legend>
          <p>Ссылки во всех отправленных письмах перестанут работать. Продолжить?</p>
          <div class="row">
            <Button
              primary
              disabled={inactive}
              onClick={() => {
                setConfirmRevoke(false);
                void run(() => call('revokeAnswerLinks'));
              }}
            >
              Да, отозвать
            </Button>
            <Button onClick={() => setConfirmRevoke(false)}>Отмена</Button>
          </div>
        </fieldset>
      ) : (
        <div class="row">
          <Button disabled={inactive} onClick={() => setConfirmRevoke(true)}>
            Отозвать все ссылки
          </Button>
        </div>
      )}
    </Card>
  );
}
