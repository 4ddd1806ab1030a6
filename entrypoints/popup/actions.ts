/**
 * The popup's actions on its state: plain functions taking the state
 * (docs/ARCHITECTURE.md, State and actions). These run on every keystroke and
 * at the first paint; the hand-over's (handover.ts, ready.ts), Insert, Copy,
 * Open in email app, Done and the pending hand-over's (record.ts) live in their
 * own lazily loaded modules.
 */
import { editDraft, FOLLOWING_FIELDS } from '../../lib/form/draft-state';
import type { ComposeField } from '../../lib/form/fields';
import { isBlankForm, newComposeForm } from '../../lib/form/form';
import type { ComposeForm, PartnerProfile } from '../../lib/schema';
import { askSiteAccessInClick } from './site-access';
import type {
  AppState,
  HandoverKind,
  HandoverModule,
  InsertTarget,
  PartName,
  Suggested,
} from './state';

export const fieldId = (field: ComposeField | keyof ComposeForm) => `compose-${field}`;
export const DONE_ID = 'handover-done';

/**
 * A field changed: the failure of the last action (a mail app refusing a long
 * e-mail, a compose window that did not take the text) is about what the fields
 * held before, so it goes; the field checks are computed and follow by themselves.
 */
function changed(state: AppState): void {
  if (state.notice.value?.kind === 'error') state.notice.value = undefined;
  state.offerCopy.value = false;
  state.insertChoice.value = undefined;
}

export function setField<K extends keyof ComposeForm>(
  state: AppState,
  field: K,
  value: ComposeForm[K],
): void {
  if (state.form.value[field] === value) return;
  const next = { ...state.form.value, [field]: value };
  if (field === 'customerName') {
    // A typed name is a new customer unless picked again from the suggestions
    // (Done still matches the stored one by e-mail or name), so no reminder of its invitation.
    delete next.customerId;
    if (next.purpose === 'reminder') next.purpose = 'new-relationship';
    delete next.openInvitationId;
    delete next.openInvitationLink;
    delete next.openInvitationSentAt;
  }
  state.form.value = next;
  changed(state);
}

/** Marks a field as visited, so its error shows; an empty field is not nagged. */
export function touch(state: AppState, field: ComposeField): void {
  const value = field in state.form.value ? state.form.value[field as keyof ComposeForm] : '';
  if (typeof value === 'string' && value.trim() === '') return;
  if (state.touched.value.has(field)) return;
  state.touched.value = new Set([...state.touched.value, field]);
}

/** A suggestion picked: its fields at once, then what its last invitation carries over (pick.ts). */
export function chooseCustomer(state: AppState, suggested: Suggested): void {
  closeSuggestions(state);
  state.picking.value = import('./pick').then((m) => m.pickCustomer(state, suggested));
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
  changed(state);
}

export function resetDraft(state: AppState): void {
  state.draftState.value = FOLLOWING_FIELDS;
}

/** A part of the compose view in a chunk of its own (views.ts), fetched once. */
export async function loadPart(state: AppState, name: PartName): Promise<void> {
  if (state.parts[name].value) return;
  state.parts[name].value = (await state.partSources[name].load()).default;
}

/** Runs a hand-over action once its code is in (a click's first wait, usually none: start.tsx loads it after the first paint). */
export function withHandover(state: AppState, run: (m: HandoverModule) => unknown): void {
  void state.loadHandover().then(run);
}

/** A hand-over button (or the shortcut): site access is asked in the click, then the action runs. */
export function handOverFromClick(
  state: AppState,
  kind: HandoverKind,
  target: InsertTarget = {},
): void {
  const access = askSiteAccessInClick(state, kind, target);
  withHandover(state, (m) => m.handOver(state, kind, target, access));
}

/** Ctrl+Enter (Cmd+Enter on a Mac), anywhere in the compose view: the primary hand-over. */
export function listenForShortcut(state: AppState): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
    e.preventDefault();
    handOverFromClick(state, 'insert');
  };
  document.addEventListener('keydown', onKeyDown);
  return () => document.removeEventListener('keydown', onKeyDown);
}

export function toggleRequestOptions(state: AppState): void {
  state.requestOpen.value = !state.requestOpen.value;
  if (state.requestOpen.value) void loadPart(state, 'requestFields');
}

/** The partner saved their profile in the popup (first use or Edit profile). */
export function profileSaved(state: AppState, profile: PartnerProfile): void {
  // A form nobody typed in yet takes the new defaults (cloud, e-mail language).
  if (isBlankForm(state.form.value, state.profile.value, state.uiLanguage)) {
    state.form.value = newComposeForm(profile, state.uiLanguage);
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
  // The GDAP link as the draft writes it (normalised by its parser), as in the checks.
  const gdap = engine.gdapLinkOf(state.form.value);
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

/**
 * Where the focus starts: the customer name, its text selected when the popup
 * continues a draft, so typing a new name replaces it (a pending hand-over
 * takes the focus itself once it is checked: Notices.tsx).
 */
export function focusStart(): void {
  const name = document.getElementById(fieldId('customerName'));
  if (!(name instanceof HTMLInputElement)) return;
  name.focus();
  if (name.value) name.select();
}
