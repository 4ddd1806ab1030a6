/**
 * What every hand-over and Done start from: the whole form checked (errors beside
 * their fields, focus on the first), and the draft as it then stands. Loaded with
 * the hand-over's code (handover.ts), not for the first paint; so is clearForm,
 * which only a recorded or discarded invitation needs.
 */
import { FOLLOWING_FIELDS } from '../../lib/form/draft-state';
import { firstInvalid } from '../../lib/form/field-error';
import { COMPOSE_FIELDS } from '../../lib/form/fields';
import { newComposeForm } from '../../lib/form/form';
import { gdapLinkOf } from '../../lib/form/link';
import type { ComposeForm } from '../../lib/schema';
import { fieldId, loadEngine, loadPart } from './actions';
import { type AppState, REQUEST_FIELDS } from './state';

/** What a hand-over and Done work with, once every check passed. */
export interface Ready {
  to: string;
  subject: string;
  message: string;
  /** The draft's sign-off as rendered (lib/invitation sign-off.ts), '' when there is none. */
  closing: string;
  link: string;
  gdapLink: string;
  /** The fields as they were when the checks passed. */
  form: ComposeForm;
}

/**
 * Shows every error and focuses the first; returns the draft only when nothing
 * is wrong, so no hand-over and no record ever happens on bad input.
 */
export async function readyToHandOver(state: AppState): Promise<Ready | undefined> {
  // A customer just picked carries its last invitation over first (pick.ts).
  await Promise.all([loadEngine(state), state.picking.value]);
  state.attempted.value = true;
  const errors = state.errors.value;
  const first = firstInvalid(COMPOSE_FIELDS, errors);
  const link = state.link.value;
  if (first || !link.ok) {
    state.notice.value = undefined;
    // An error behind the closed request options opens them, beside its field.
    if (REQUEST_FIELDS.some((f) => errors[f])) {
      state.requestOpen.value = true;
      await loadPart(state, 'requestFields');
    }
    if (first) focusWhenShown(fieldId(first));
    return undefined;
  }
  const { subject, message } = state.draft.value;
  const form = state.form.value;
  const rendered = state.rendered.value;
  return {
    to: form.contactEmail.trim(),
    subject,
    message,
    closing: rendered.ok ? rendered.value.closing : '',
    link: link.value,
    // As the draft writes it (normalised by its parser): the page links exactly that text.
    gdapLink: gdapLinkOf(form),
    form,
  };
}

/** Focuses an element now, or once the next render put it on the page. */
export function focusWhenShown(id: string): void {
  const el = document.getElementById(id);
  if (el) el.focus();
  else requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** A clean form for the next customer (after Done, Mark as sent or Discard). */
export function clearForm(state: AppState): void {
  state.form.value = newComposeForm(state.profile.value, state.uiLanguage);
  state.draftState.value = FOLLOWING_FIELDS;
  state.attempted.value = false;
  state.touched.value = new Set();
  state.kept.value = {};
  state.offerCopy.value = false;
  state.insertChoice.value = undefined;
  state.suggestions.value = [];
  state.picked.value = undefined;
  state.requestOpen.value = false;
}
