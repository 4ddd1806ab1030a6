/**
 * The popup's actions on its state: plain functions taking the state
 * (docs/ARCHITECTURE.md, State and actions). The hand-over buttons are wired in
 * handover.ts; Insert, Copy, Open in email app and Done live in their own lazily
 * loaded modules. These run on every keystroke.
 */
import { editDraft, FOLLOWING_FIELDS } from '../../lib/form/draft-state';
import { firstInvalid } from '../../lib/form/field-error';
import { COMPOSE_FIELDS, type ComposeField } from '../../lib/form/fields';
import { formFieldsForCustomer, isBlankForm, newComposeForm } from '../../lib/form/form';
import { snapshotOf } from '../../lib/form/handed-over';
import type { Channel, ComposeForm, Customer, PartnerProfile } from '../../lib/schema';
import type { AppState, ViewName } from './state';

export const fieldId = (field: ComposeField | keyof ComposeForm) => `compose-${field}`;

export function setField<K extends keyof ComposeForm>(
  state: AppState,
  field: K,
  value: ComposeForm[K],
): void {
  if (state.form.value[field] === value) return;
  const next = { ...state.form.value, [field]: value };
  // A typed name is a new customer unless picked again from the suggestions;
  // Done still matches the stored one by e-mail or name.
  if (field === 'customerName') delete next.customerId;
  state.form.value = next;
  state.offerCopy.value = false;
  state.insertChoice.value = undefined;
}

/** Marks a field as visited, so its error shows; an empty field is not nagged. */
export function touch(state: AppState, field: ComposeField): void {
  const value = field in state.form.value ? state.form.value[field as keyof ComposeForm] : '';
  if (typeof value === 'string' && value.trim() === '') return;
  if (state.touched.value.has(field)) return;
  state.touched.value = new Set([...state.touched.value, field]);
}

export function chooseCustomer(state: AppState, customer: Customer): void {
  state.form.value = { ...state.form.value, ...formFieldsForCustomer(customer) };
  closeSuggestions(state);
}

export function closeSuggestions(state: AppState): void {
  state.suggestions.value = [];
  state.activeSuggestion.value = -1;
}

export function editSubjectOrMessage(
  state: AppState,
  part: 'subject' | 'message',
  value: string,
): void {
  state.draftState.value = editDraft(state.draftState.value, state.renderedText.value, part, value);
  state.insertChoice.value = undefined;
}

export function resetDraft(state: AppState): void {
  state.draftState.value = FOLLOWING_FIELDS;
}

/** Fetches a view's chunk once (the compose view is in the bundle already). */
export async function loadView(state: AppState, name: ViewName): Promise<void> {
  if (state.views[name].value) return;
  const loaded = await state.viewSources[name].load();
  state.views[name].value = loaded.default;
}

/** The partner saved their profile in the popup (first use or Edit profile). */
export function profileSaved(state: AppState, profile: PartnerProfile): void {
  // A form nobody typed in yet takes the new defaults (cloud, e-mail language).
  if (isBlankForm(state.form.value, state.profile.value)) {
    state.form.value = newComposeForm(profile);
  }
  state.profile.value = profile;
  state.editingProfile.value = false;
}

/** Loads the invitation logic once; every action that needs it awaits this. */
export async function loadEngine(
  state: AppState,
): Promise<NonNullable<AppState['engine']['value']>> {
  // The settings (link and e-mail templates) first, so the draft never renders twice.
  const [engine] = await Promise.all([state.engine.value ?? import('./engine'), state.loaded]);
  state.engine.value = engine;
  return engine;
}

/** Puts the exact link back where an altered copy stands, or at the end. */
export async function restoreLink(state: AppState): Promise<void> {
  const link = state.link.value;
  if (!link.ok) return;
  const engine = await loadEngine(state);
  const gdap = state.form.value.gdapLink.trim();
  const message = engine.restoreLink(state.draft.value.message, link.value, {
    otherLinks: gdap ? [gdap] : [],
  });
  editSubjectOrMessage(state, 'message', message);
  document.getElementById(fieldId('message'))?.focus();
}

/** "Did you mean …?" answered yes. */
export function applySuggestion(
  state: AppState,
  field: 'contactEmail' | 'customerDomain',
  value: string,
) {
  setField(state, field, value);
  document.getElementById(fieldId(field))?.focus();
}

/** "Did you mean …?" answered no: the value stays and the warning goes. */
export function keepAsTyped(state: AppState, field: 'contactEmail' | 'customerDomain') {
  state.kept.value = { ...state.kept.value, [field]: state.form.value[field].trim() };
  document.getElementById(fieldId(field))?.focus();
}

/** What a hand-over and Done work with, once every check passed. */
export interface Ready {
  to: string;
  subject: string;
  message: string;
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
  await loadEngine(state);
  state.attempted.value = true;
  const errors = state.errors.value;
  const first = firstInvalid(COMPOSE_FIELDS, errors);
  const link = state.link.value;
  if (first || !link.ok) {
    state.notice.value = undefined;
    if (first) document.getElementById(fieldId(first))?.focus();
    return undefined;
  }
  const { subject, message } = state.draft.value;
  const form = state.form.value;
  return {
    to: form.contactEmail.trim(),
    subject,
    message,
    link: link.value,
    gdapLink: form.gdapLink.trim(),
    form,
  };
}

/**
 * A hand-over went through with `ready`: from now on Done records it, for as
 * long as the draft stays what was handed over (`state.handoverChannel`).
 */
export function handedOverWith(state: AppState, channel: Channel, ready: Ready): void {
  state.handedOver.value = { channel, snapshot: snapshotOf(ready) };
}

/** A clean form for the next customer (after Done or Discard draft). */
export function clearForm(state: AppState): void {
  state.form.value = newComposeForm(state.profile.value);
  state.draftState.value = FOLLOWING_FIELDS;
  state.attempted.value = false;
  state.touched.value = new Set();
  state.kept.value = {};
  state.offerCopy.value = false;
  state.insertChoice.value = undefined;
  state.suggestions.value = [];
}
