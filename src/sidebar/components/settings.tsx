/** The settings form: client-side validation (the core's rules) and the server's issues, by field. */
import { useEffect, useState } from 'preact/hooks';
import type { SaveSettingsResult } from '../../addon/api-types';
import type { Settings } from '../../core/settings';
import { type FieldIssues, formFromSettings, parseSettingsForm, type SettingsForm } from '../settings-form';
import { Alert, Button } from './ui';

/** The form's keys whose values are `V`: text fields (string) or toggles (boolean). */
type KeysOf<V> = { [K in keyof SettingsForm]: SettingsForm[K] extends V ? K : never }[keyof SettingsForm];

interface FieldProps {
  id: KeysOf<string>;
  label: string;
  hint?: string;
  issue: string | undefined;
  value: string;
  inputMode?: 'numeric' | 'text' | 'email';
  onInput: (value: string) => void;
}

function Field(props: FieldProps) {
  const describedBy = [props.hint ? `${props.id}-hint` : '', props.issue ? `${props.id}-issue` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={props.issue ? 'field invalid' : 'field'}>
      <label for={`setting-${props.id}`}>{props.label}</label>
      <input
        id={`setting-${props.id}`}
        name={props.id}
        type="text"
        autoComplete={props.inputMode === 'email' ? 'email' : 'off'}
        inputMode={props.inputMode ?? 'numeric'}
        value={props.value}
        aria-invalid={props.issue ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
      {props.hint ? (
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {props.issue ? (
        <span class="issue" id={`${props.id}-issue`}>
          {props.issue}
        </span>
      ) : null}
    </div>
  );
}

function Toggle(props: {
  name: KeysOf<boolean>;
  checked: boolean;
  label: string;
  hint: string;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label class="check">
      <input
        type="checkbox"
        name={props.name}
        checked={props.checked}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>
        {props.label}
        <span class="hint">{props.hint}</span>
      </span>
    </label>
  );
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);

export function SettingsPanel(props: {
  settings: Settings;
  busy: boolean;
  onSave: (settings: Settings) => Promise<SaveSettingsResult | null>;
}) {
  const [form, setForm] = useState(() => formFromSettings(props.settings));
  const [issues, setIssues] = useState<FieldIssues>({});
  /** The server's word on the save («Настройки сохранены. Ночная проверка перенесена на 5:00.»). */
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => setForm(formFromSettings(props.settings)), [props.settings]);

  const set = (patch: Partial<SettingsForm>) => {
    setForm({ ...form, ...patch });
    setSaved(null);
  };
  /** What a text field takes from the form: its value, its issue and how it changes. */
  const field = (id: KeysOf<string>) => ({
    id,
    issue: issues[id as keyof FieldIssues],
    value: form[id],
    onInput: (v: string) => set({ [id]: v }),
  });
  const toggle = (name: KeysOf<boolean>) => ({
    name,
    checked: form[name],
    onChange: (v: boolean) => set({ [name]: v }),
  });

  async function submit(e: Event) {
    e.preventDefault();
    const parsed = parseSettingsForm(form, props.settings);
    if (!parsed.settings) {
      setIssues(parsed.issues);
      const first = Object.keys(parsed.issues)[0];
      if (first) document.getElementById(`setting-${first}`)?.focus();
      return;
    }
    setIssues({});
    const result = await props.onSave(parsed.settings);
    if (!result) return;
    if (result.ok) setSaved(result.state.notice || 'Настройки сохранены.');
    else {
      const byField: FieldIssues = {};
      for (const issue of result.issues) byField[issue.field] ??= issue.message;
      setIssues(byField);
    }
  }

  function reset() {
    setForm(formFromSettings(props.settings));
    setIssues({});
    setSaved(null);
  }

  const issueCount = Object.keys(issues).length;
  return (
    <form class="settings" onSubmit={submit} noValidate data-testid="settings-form">
      <Field label="«Скоро срок» за, дней" {...field('dueSoonDays')} />
      <Field
        label={form.remindBeforeInWorkingDays ? 'Напоминать до срока за, рабочих дней' : 'Напоминать до срока за, дней'}
        hint="Через запятую, до пяти чисел: 14, 3"
        {...field('remindBeforeDays')}
      />
      <Toggle
        label="Считать дни до срока рабочими"
        hint="по производственному календарю и листу «Календарь»"
        {...toggle('remindBeforeInWorkingDays')}
      />
      <Field label="Повторять при просрочке каждые, дней" {...field('overdueRepeatDays')} />
      <Field
        label="Копия координатору после просрочки, дней"
        hint="0 — не отправлять копию"
        {...field('escalateAfterDays')}
      />
      <Field label="Адрес координатора" inputMode="email" {...field('coordinatorEmail')} />
      <Field label="Имя отправителя" inputMode="text" {...field('senderName')} />
      <div class={issues.nightlyHour ? 'field invalid' : 'field'}>
        <label for="setting-nightlyHour">Час ночной проверки</label>
        <select
          id="setting-nightlyHour"
          name="nightlyHour"
          value={form.nightlyHour}
          onChange={(e) => set({ nightlyHour: (e.currentTarget as HTMLSelectElement).value })}
        >
          {HOURS.map((h) => (
            <option key={h} value={String(h)}>
              {String(h).padStart(2, '0')}:00
            </option>
          ))}
        </select>
        {issues.nightlyHour ? <span class="issue">{issues.nightlyHour}</span> : null}
      </div>
      <Toggle label="Отправлять напоминания автоматически" hint="при ночной проверке" {...toggle('autoSend')} />
      <Toggle
        label="Отправлять напоминания только в рабочие дни"
        hint="в выходной — в ближайший рабочий день"
        {...toggle('workingDaysOnly')}
      />
      {issueCount > 0 ? <Alert kind="error">Исправьте отмеченные поля: {issueCount}.</Alert> : null}
      {saved ? <Alert kind="success">{saved}</Alert> : null}
      <div class="row">
        <Button type="submit" primary busy={props.busy}>
          Сохранить настройки
        </Button>
        <Button onClick={reset}>Отменить</Button>
      </div>
    </form>
  );
}
