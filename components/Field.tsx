/**
 * Labelled form controls shared by the popup and the options page. The label is
 * the control's accessible name exactly (docs/ARCHITECTURE.md, "The UI contract"); hints and
 * errors are tied to it with aria-describedby, and an error sets aria-invalid and
 * is announced (role=alert) when it appears. Their styles (forms.css) are
 * brought in by each page.
 */
import type { ComponentChildren, PartialInputHTMLAttributes } from 'preact';

interface Described {
  id: string;
  label: string;
  /** Marks the label with an asterisk (kept out of the accessible name) and the control as required. */
  required?: boolean;
  /** Shown under the control, e.g. "Optional." or a reason it is disabled. */
  hint?: ComponentChildren;
  /** The hint is read to assistive technology only (a compact layout with no room for it). */
  hintHidden?: boolean;
  /** Beside the label, on its line: small actions about the field (e.g. "Larger"). */
  aside?: ComponentChildren;
  /** The error sentence, already in the UI's language. */
  error?: string;
  /** Shown after the error, e.g. a "Use … instead" button. */
  errorAction?: ComponentChildren;
}

function describedBy({ id, hint, error }: Described): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * The label; a required field's asterisk stands beside it, outside the label, so
 * the accessible name stays the label text exactly (the control says `required`).
 */
function Label({
  id,
  label,
  required,
  aside,
}: Pick<Described, 'id' | 'label' | 'required' | 'aside'>) {
  if (!required && !aside) return <label for={id}>{label}</label>;
  return (
    <span class="label-line">
      <label for={id}>{label}</label>
      {required ? (
        <span class="required" aria-hidden="true">
          *
        </span>
      ) : null}
      {aside ? <span class="label-aside">{aside}</span> : null}
    </span>
  );
}

function Notes({ id, hint, hintHidden, error, errorAction }: Described) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} class={hintHidden ? 'visually-hidden' : 'hint'}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <div class="field-error-row">
          <p id={`${id}-error`} class="field-error" role="alert">
            {error}
          </p>
          {errorAction}
        </div>
      ) : null}
    </>
  );
}

/**
 * Extra attributes for the input. Loosely typed on purpose: Preact's ARIA-typed
 * inputs reject role=combobox without a datalist, which the customer name needs.
 */
type InputAttrs = Omit<
  PartialInputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onInput' | 'type' | 'role'
> & { role?: 'combobox' };

export function TextField(
  props: Described & {
    value: string;
    onInput: (value: string) => void;
    onBlur?: () => void;
    type?: 'text' | 'email';
    input?: InputAttrs;
    /** Rendered right after the input, e.g. a list of suggestions. */
    after?: ComponentChildren;
  },
) {
  return (
    <div class="field">
      <Label {...props} />
      <input
        {...({
          ...props.input,
          ...(props.required ? { required: true } : {}),
          type: props.type ?? 'text',
          id: props.id,
          value: props.value,
          onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value),
          onBlur: props.onBlur,
          'aria-invalid': props.error ? 'true' : undefined,
          'aria-describedby': describedBy(props),
        } as object)}
      />
      {props.after}
      <Notes {...props} />
    </div>
  );
}

export function TextAreaField(
  props: Described & {
    value: string;
    onInput: (value: string) => void;
    onBlur?: () => void;
    rows?: number;
  },
) {
  return (
    <div class="field">
      <Label {...props} />
      <textarea
        id={props.id}
        rows={props.rows ?? 10}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onBlur={props.onBlur}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      />
      <Notes {...props} />
    </div>
  );
}

export interface Choice<V extends string> {
  value: V;
  label: string;
}

export function SelectField<V extends string>(
  props: Described & {
    value: V;
    choices: readonly Choice<V>[];
    onChange: (value: V) => void;
    disabled?: boolean;
  },
) {
  return (
    <div class="field">
      <Label {...props} />
      <select
        id={props.id}
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.currentTarget.value as V)}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      >
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <Notes {...props} />
    </div>
  );
}

export function CheckboxField(
  props: Described & {
    checked: boolean;
    disabled?: boolean;
    onChange: (checked: boolean) => void;
  },
) {
  return (
    <div class="field field-checkbox">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      />
      <label for={props.id}>{props.label}</label>
      <Notes {...props} />
    </div>
  );
}
