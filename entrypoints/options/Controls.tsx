/**
 * Small pieces the options page's components share: a button that looks like a
 * link, a settings form with its heading and save status, a whole-number field, a
 * field's error, and the line saying whether a save worked. Labelled selects come
 * from components/Field.
 */
import type { ComponentChildren } from 'preact';
import type { SaveOutcome } from './settings-save';

/** A button styled as a link: for secondary actions beside text (show all, dismiss, clear). */
export function LinkButton({
  onClick,
  children,
}: {
  onClick: () => void;
  children: ComponentChildren;
}) {
  return (
    <button type="button" class="link" onClick={onClick}>
      {children}
    </button>
  );
}

/** What a save answered, announced politely; empty until something was saved. */
export function SaveStatus({ outcome }: { outcome: SaveOutcome | undefined }) {
  return (
    <p role="status" class={`status ${outcome ? (outcome.ok ? 'status-ok' : 'status-error') : ''}`}>
      {outcome?.text ?? ''}
    </p>
  );
}

/** A field's error sentence, announced when it appears; `id` is what the control's aria-describedby names. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={id} class="field-error" role="alert">
      {error}
    </p>
  ) : null;
}

/**
 * A labelled number input; the text goes to the caller as typed, which reads it
 * by its own rule (a filter clamps, a setting refuses). A hint and an error are
 * `${id}-hint` and `${id}-error`, tied to the input with aria-describedby.
 */
export function NumberField(props: {
  id: string;
  label: string;
  min: number;
  max: number;
  value: string;
  onInput: (text: string) => void;
  /** Another class for the field beside `field`, e.g. `narrow`. */
  class?: string;
  hint?: string;
  error?: string;
}) {
  const { id, hint, error } = props;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return (
    <div class={props.class ? `field ${props.class}` : 'field'}>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        min={props.min}
        max={props.max}
        inputMode="numeric"
        value={props.value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described.length > 0 ? described.join(' ') : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/**
 * One part of the settings: a form named by its heading that checks before it
 * saves (`noValidate`: the page's own messages, not the browser's), with the save
 * status under its buttons.
 */
export function SettingsForm(props: {
  headingId: string;
  heading: string;
  outcome: SaveOutcome | undefined;
  onSave: () => void;
  children: ComponentChildren;
}) {
  return (
    <form
      noValidate
      aria-labelledby={props.headingId}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave();
      }}
    >
      <h3 id={props.headingId}>{props.heading}</h3>
      {props.children}
      <SaveStatus outcome={props.outcome} />
    </form>
  );
}
