/**
 * Reminders: preview (who gets what, quota needed vs left) → «Отправить» → an inline
 * confirmation (dialogs may be blocked in the add-on iframe) → repeated sendReminders
 * calls with a progress bar. Each step replaces the button that started it, so the focus follows:
 * «Отправить» → «Да, отправить»; «Отмена» → «Отправить»; «Да, отправить» → the progress, then
 * the outcome.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReminderPreview, SendResult, SidebarState } from '../../addon/api-types';
import { countRu, dueInWords } from '../../core/plural';
import { dateText, shorten } from '../format';
import { call, errorMessage } from '../server';
import { DUE_OFF_NOTE } from './calendar';
import { Alert, Button, Empty, focusLost, ProgressBar } from './ui';

/** Digests per sendReminders call: small enough to stay far from the 6-minute limit. */
export const SEND_BATCH = 5;
const MAX_CALLS = 200;

const LETTERS = ['письмо', 'письма', 'писем'] as const;
const RECIPIENTS = ['получатель', 'получателя', 'получателей'] as const;
const MEASURES = ['мероприятие', 'мероприятия', 'мероприятий'] as const;

type Phase = 'idle' | 'loading' | 'preview' | 'confirm' | 'sending' | 'sent';

interface Outcome {
  sent: number;
  failed: SendResult['failed'];
  stoppedByQuota: boolean;
}

export function Reminders(props: { disabled: boolean; onState: (state: SidebarState) => void }) {
  const [includeAll, setIncludeAll] = useState(false);
  const [phase, setPhase] = useState<Phase>('idle');
  const [preview, setPreview] = useState<ReminderPreview | null>(null);
  const [progress, setProgress] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  const sendButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const sending = useRef<HTMLDivElement>(null);
  const sent = useRef<HTMLDivElement>(null);
  const lastPhase = useRef<Phase>(phase);
  useEffect(() => {
    const from = lastPhase.current;
    lastPhase.current = phase;
    if (from === phase || !focusLost()) return;
    const target =
      phase === 'confirm'
        ? confirmButton
        : phase === 'preview' && from === 'confirm'
          ? sendButton
          : phase === 'sending'
            ? sending
            : phase === 'sent'
              ? sent
              : null;
    target?.current?.focus();
  }, [phase]);

  async function loadPreview(all = includeAll) {
    setPhase('loading');
    setError(null);
    setOutcome(null);
    try {
      setPreview(await call('previewReminders', { includeAllOverdue: all }));
      setPhase('preview');
    } catch (e) {
      setError(errorMessage(e));
      setPhase(preview ? 'preview' : 'idle');
    }
  }

  async function send() {
    setPhase('sending');
    setProgress(0);
    setError(null);
    const result: Outcome = { sent: 0, failed: [], stoppedByQuota: false };
    let last: SendResult | null = null;
    try {
      for (let i = 0; i < MAX_CALLS; i++) {
        last = await call('sendReminders', { includeAllOverdue: includeAll, limit: SEND_BATCH });
        result.sent += last.sent;
        result.failed.push(...last.failed);
        const handled = result.sent + result.failed.length;
        setProgress(handled + last.remaining === 0 ? 100 : (100 * handled) / (handled + last.remaining));
        if (last.done) break;
        if (last.sent === 0 && last.failed.length === 0) break; // no progress: stop rather than loop
      }
      result.stoppedByQuota = last !== null && last.remaining > 0 && last.quotaLeft <= 0;
      setOutcome(result);
      setPhase('sent');
      props.onState(last?.state ?? (await call('getSidebarState')));
    } catch (e) {
      setOutcome(result);
      setError(`Отправка прервана: ${errorMessage(e)}`);
      setPhase('sent');
    }
  }

  const busy = phase === 'loading' || phase === 'sending';
  const quotaShort = preview !== null && preview.quotaNeeded > preview.quotaLeft;

  return (
    <div class="reminders">
      <label class="check">
        <input
          type="checkbox"
          checked={includeAll}
          aria-disabled={busy || props.disabled ? 'true' : undefined}
          onClick={(e) => {
            if (busy || props.disabled) e.preventDefault(); // stays focusable while busy, but does not toggle
          }}
          onChange={(e) => {
            const all = (e.currentTarget as HTMLInputElement).checked;
            setIncludeAll(all);
            if (preview) void loadPreview(all);
          }}
        />
        <span>
          включить все просроченные
          <span class="hint">даже те, кому напоминание уже отправлялось недавно</span>
        </span>
      </label>
      <div class="row">
        <Button onClick={() => void loadPreview()} busy={phase === 'loading'} disabled={busy || props.disabled}>
          Предпросмотр напоминаний
        </Button>
      </div>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {preview && phase !== 'idle' && phase !== 'sent' ? <PreviewList preview={preview} /> : null}
      {preview && (phase === 'preview' || phase === 'loading') && preview.digests.length > 0 && !preview.heldUntil ? (
        <div class="row">
          <Button
            primary
            buttonRef={sendButton}
            onClick={() => setPhase('confirm')}
            disabled={busy || props.disabled || preview.quotaLeft <= 0}
          >
            Отправить
          </Button>
        </div>
      ) : null}
      {phase === 'confirm' && preview ? (
        <fieldset class="confirm">
          <legend class="sr-only">Подтверждение отправки</legend>
          <p>
            Отправить {countRu(preview.digests.length, LETTERS)} ({countRu(preview.quotaNeeded, RECIPIENTS)})?
            {quotaShort ? ' Квоты не хватит на все: часть останется на завтра.' : ''}
          </p>
          <div class="row">
            <Button primary buttonRef={confirmButton} onClick={() => void send()}>
              Да, отправить
            </Button>
            <Button onClick={() => setPhase('preview')}>Отмена</Button>
          </div>
        </fieldset>
      ) : null}
      {phase === 'sending' ? (
        <div class="sending" ref={sending} tabIndex={-1}>
          <p>Отправка…</p>
          <ProgressBar value={progress} label="Отправка напоминаний" />
        </div>
      ) : null}
      {phase === 'sent' && outcome ? (
        <div ref={sent} tabIndex={-1}>
          <SendOutcome outcome={outcome} />
        </div>
      ) : null}
    </div>
  );
}

function PreviewList(props: { preview: ReminderPreview }) {
  const { digests, unreachable, quotaNeeded, quotaLeft, heldUntil } = props.preview;
  return (
    <div class="preview" data-testid="reminder-preview">
      {heldUntil ? (
        <Alert kind="info">
          Сегодня нерабочий день: эти напоминания будут отправлены {dateText(heldUntil)}, в ближайший рабочий день.
        </Alert>
      ) : null}
      <p class={quotaNeeded > quotaLeft ? 'quota quota-short' : 'quota'} data-testid="quota">
        Нужно квоты: <strong>{quotaNeeded}</strong> из оставшихся <strong>{quotaLeft}</strong> на сегодня
      </p>
      {digests.length === 0 ? (
        <Empty>Сегодня напоминать некому: все напоминания уже отправлены или не нужны.</Empty>
      ) : null}
      <ul class="digests">
        {digests.map((d, i) => (
          <li key={`${d.to.join(',')}:${i}`} class="digest">
            <div class="digest-to">{d.to.join(', ')}</div>
            {d.names.length ? <div class="digest-names">{d.names.join(', ')}</div> : null}
            {d.cc.length ? <div class="digest-cc">копия: {d.cc.join(', ')}</div> : null}
            <div class="digest-count">{countRu(d.measures.length, MEASURES)}:</div>
            {d.answersLink ? (
              <a class="digest-answers" href={d.answersLink} target="_blank" rel="noopener noreferrer">
                Страница исполнителя (ссылки для ответа)
              </a>
            ) : null}
            <ul class="digest-measures">
              {d.measures.map((m) => (
                <li key={m.row}>
                  {m.number ? `${m.number} ` : ''}
                  {shorten(m.title, 60)}
                  {m.daysLeft !== null ? <span class="muted"> — {dueInWords(m.daysLeft)}</span> : null}
                  {m.dueOff && m.due ? (
                    <span class="muted">
                      {' '}
                      (срок {dateText(m.due)} {DUE_OFF_NOTE})
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {unreachable.length > 0 ? (
        <Alert kind="warning">
          Без адреса e-mail (заполните лист «Исполнители»):{' '}
          {unreachable.map((u) => `${u.executor} (стр. ${u.rows.join(', ')})`).join('; ')}
        </Alert>
      ) : null}
    </div>
  );
}

function SendOutcome(props: { outcome: Outcome }) {
  const { sent, failed, stoppedByQuota } = props.outcome;
  return (
    <div data-testid="send-outcome">
      <Alert kind={failed.length ? 'warning' : 'success'}>
        Отправлено: {countRu(sent, LETTERS)}.{stoppedByQuota ? ' Дневная квота исчерпана: остальные уйдут завтра.' : ''}
      </Alert>
      {failed.length > 0 ? (
        <Alert kind="error">Не отправлено: {failed.map((f) => `${f.to.join(', ')} — ${f.message}`).join('; ')}</Alert>
      ) : null}
    </div>
  );
}
