/**
 * The in-compose dialog's state as data, and every change to it as a pure
 * function (unit-tested without a DOM): what was typed in `Customer`, the
 * suggestions for it, the one picked, a new customer's e-mail, the request
 * options, and what Insert does. Error texts are locale keys; view.ts says them.
 */
import type { ComposeSuggestion, DialogOptions } from '../../../schema/messages';
import { ADDRESS } from '../address';

export interface DialogState {
  /** What `Customer` holds. */
  query: string;
  suggestions: readonly ComposeSuggestion[];
  /** The text `suggestions` answer (they stay shown, for older text, until the new answer). */
  answered: string;
  /** The option the arrow keys are on, -1 for none. */
  active: number;
  /** Whether the suggestion list is open. */
  expanded: boolean;
  /** The stored customer chosen; a typed name alone is a new customer. */
  picked?: ComposeSuggestion;
  /** A new customer's e-mail (`Contact email`). */
  email: string;
  options: DialogOptions;
  optionsOpen: boolean;
  /** Insert was pressed for a customer that accepted already: asking before a second invitation. */
  confirming: boolean;
  busy: boolean;
  errors: { customer?: string; email?: string; form?: string };
}

export function initialState(options: DialogOptions): DialogState {
  return {
    query: '',
    suggestions: [],
    answered: '',
    active: -1,
    expanded: false,
    email: '',
    options,
    optionsOpen: false,
    confirming: false,
    busy: false,
    errors: {},
  };
}

/** A keystroke in `Customer`: a pick that no longer matches the text is let go. */
export function typed(s: DialogState, query: string): DialogState {
  const picked = s.picked && s.picked.name === query ? s.picked : undefined;
  const { customer: _c, form: _f, ...errors } = s.errors;
  return {
    ...s,
    query,
    picked,
    active: -1,
    expanded: query.trim() !== '' && !picked,
    suggestions: query.trim() === '' ? [] : s.suggestions,
    answered: query.trim() === '' ? '' : s.answered,
    confirming: false,
    errors,
  };
}

/** The background's suggestions for `query`; an answer for older text is dropped. */
export function suggested(
  s: DialogState,
  query: string,
  items: readonly ComposeSuggestion[],
): DialogState {
  if (query !== s.query || s.picked) return s;
  return {
    ...s,
    suggestions: items,
    answered: query,
    active: items.length ? Math.min(s.active, items.length - 1) : -1,
  };
}

/** Arrow keys: move through the options, wrapping; the list opens when it was closed. */
export function moveActive(s: DialogState, delta: 1 | -1): DialogState {
  const n = s.suggestions.length;
  if (n === 0) return s;
  const from = s.expanded ? s.active : -1;
  const active = from === -1 ? (delta === 1 ? 0 : n - 1) : (from + delta + n) % n;
  return { ...s, expanded: true, active };
}

export function pick(s: DialogState, index: number): DialogState {
  const chosen = s.suggestions[index];
  if (!chosen) return s;
  const { customer: _c, email: _e, form: _f, ...errors } = s.errors;
  return {
    ...s,
    picked: chosen,
    query: chosen.name,
    email: chosen.email,
    expanded: false,
    active: -1,
    confirming: false,
    errors,
  };
}

export function closeList(s: DialogState): DialogState {
  return { ...s, expanded: false, active: -1 };
}

export function setEmail(s: DialogState, email: string): DialogState {
  const { email: _e, form: _f, ...errors } = s.errors;
  return { ...s, email, errors };
}

export function setOptions(s: DialogState, change: Partial<DialogOptions>): DialogState {
  return { ...s, options: { ...s.options, ...change } };
}

/** What the background is asked to build (lib/schema/messages.ts `compose-invite`). */
export type InviteRequest =
  | { customerId: string; options: DialogOptions; secondInvitation?: true }
  | { name: string; email: string; options: DialogOptions };

export type InsertDecision =
  | { kind: 'invalid'; state: DialogState }
  | { kind: 'confirm'; state: DialogState }
  | { kind: 'send'; state: DialogState; request: InviteRequest };

/**
 * Insert: a stored customer goes by its id; one that accepted already is asked
 * about first (`confirmed` is the partner's yes); a new one needs a name and an
 * e-mail. Bad input changes nothing but the errors.
 */
export function insertPressed(s: DialogState, confirmed = false): InsertDecision {
  const base = { ...s, expanded: false, active: -1 };
  if (s.picked) {
    if (s.picked.accepted && !confirmed) {
      return { kind: 'confirm', state: { ...base, confirming: true } };
    }
    const request: InviteRequest = {
      customerId: s.picked.id,
      options: s.options,
      ...(s.picked.accepted ? { secondInvitation: true as const } : {}),
    };
    return { kind: 'send', state: { ...base, confirming: false, busy: true, errors: {} }, request };
  }
  const name = s.query.trim();
  const email = s.email.trim();
  const errors: DialogState['errors'] = {};
  if (name === '') errors.customer = 'compose_err_customer';
  if (email === '') errors.email = 'compose_err_emailEmpty';
  else if (!ADDRESS.test(email)) errors.email = 'compose_err_emailMalformed';
  if (errors.customer || errors.email) return { kind: 'invalid', state: { ...base, errors } };
  return {
    kind: 'send',
    state: { ...base, busy: true, errors: {} },
    request: { name, email, options: s.options },
  };
}

/** The background or the page said no: the message beside the form, nothing else changed. */
export function failed(s: DialogState, message: string): DialogState {
  return { ...s, busy: false, confirming: false, errors: { ...s.errors, form: message } };
}
