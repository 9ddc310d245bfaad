/** Small building blocks in Google's add-on style: cards, buttons, alerts, a progress bar. */
import type { ComponentChildren, Ref } from 'preact';

export function Card(props: { title: string; id: string; children: ComponentChildren; actions?: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={`${props.id}-title`}>
      <div class="card-head">
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        {props.actions}
      </div>
      {props.children}
    </section>
  );
}

/**
 * A Material button. Disabled or busy, it stays focusable (aria-disabled, clicks ignored): a
 * natively disabled button drops the focus to the top of the page, losing a keyboard user's place
 * each time an action runs. `buttonRef` lets a caller move the focus to it.
 */
export function Button(props: {
  children: ComponentChildren;
  onClick?: () => void;
  primary?: boolean;
  disabled?: boolean;
  busy?: boolean;
  type?: 'button' | 'submit';
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  const inactive = Boolean(props.disabled || props.busy);
  return (
    <button
      ref={props.buttonRef}
      type={props.type ?? 'button'}
      class={props.primary ? 'btn btn-primary' : 'btn'}
      aria-disabled={inactive ? 'true' : undefined}
      aria-busy={props.busy ? 'true' : undefined}
      onClick={(e) => {
        if (inactive)
          e.preventDefault(); // also stops a submit button's form
        else props.onClick?.();
      }}
    >
      {props.busy ? <span class="spinner" aria-hidden="true" /> : null}
      {props.children}
    </button>
  );
}

export function Alert(props: { kind: 'error' | 'warning' | 'info' | 'success'; children: ComponentChildren }) {
  const role = props.kind === 'error' || props.kind === 'warning' ? 'alert' : 'status';
  return (
    <div class={`alert alert-${props.kind}`} role={role}>
      {props.children}
    </div>
  );
}

/** A determinate bar: value 0–100. */
export function ProgressBar(props: { value: number; label: string }) {
  const value = Math.max(0, Math.min(100, Math.round(props.value)));
  return (
    <div
      class="progress"
      role="progressbar"
      aria-label={props.label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
    >
      <div class="progress-fill" style={{ width: `${value}%` }} />
    </div>
  );
}

/**
 * True when the focus has fallen back to the page: the focused element was removed (or nothing
 * had it). Only then may the sidebar move the focus, never away from where the person put it.
 */
export function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

export function Empty(props: { children: ComponentChildren }) {
  return <p class="empty">{props.children}</p>;
}
