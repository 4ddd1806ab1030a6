/**
 * The in-compose dialog `Reseller invitation` (docs/ARCHITECTURE.md, "How an
 * insert travels"): plain DOM in an open shadow root, built from nodes only
 * (Gmail's Trusted Types: no HTML string is parsed). A modal dialog with a
 * focus trap; Escape closes the suggestion list, then the dialog; the focus
 * goes back to the compose window's button. The state and every change to it
 * are in state.ts; this file renders it and does the I/O.
 */
import { t, tOr } from '../../../i18n';
import {
  adminPrivilegesForced,
  effectiveAdminPrivileges,
} from '../../../invitation/admin-privileges';
import type { DialogOptions, InsertResponse } from '../../../schema/messages';
import { insertFailureKey } from '../../describe';
import {
  DIALOG_CLOUDS,
  DIALOG_LANGUAGES,
  parseDefaults,
  parseInvite,
  parseSuggestions,
} from './answers';
import {
  closeList,
  type DialogState,
  failed,
  initialState,
  insertPressed,
  moveActive,
  pick,
  setEmail,
  setOptions,
  suggested,
  typed,
} from './state';
import { DIALOG_CSS } from './style';
import type { DialogHost } from './types';

/** The attribute on the dialog's host element (one dialog per page at a time). */
export const DIALOG_HOST_ATTRIBUTE = 'data-csp-compose-dialog';

const LANGUAGE_NAMES = { en: 'English', nl: 'Nederlands' } as const;
const keyPart = (value: string) => value.replace(/-/g, '_');

/**
 * "Public cloud · admin privileges · direct · new relationship · English": the
 * words of the popup's lib/form/summary.ts, which page code cannot import (it
 * reaches zod through lib/schema). Admin privileges as the link will have them:
 * forced for the clouds that require them, whatever the box says.
 */
export function optionsSummary(o: DialogOptions): string {
  return [
    t(`popup_summary_cloud_${keyPart(o.cloud)}`),
    t(
      effectiveAdminPrivileges(o.cloud, o.adminPrivileges)
        ? 'popup_summary_admin'
        : 'popup_summary_noAdmin',
    ),
    t('popup_summary_relationship_direct'),
    t('popup_summary_purpose_new_relationship'),
    LANGUAGE_NAMES[o.language],
  ].join(' · ');
}

type Attrs = Record<string, string | boolean | undefined>;

function make<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) node.setAttribute(name, '');
    else if (typeof value === 'string') node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

const FOCUSABLE = 'input, select, button, [tabindex="0"]';

function insertFailureText(response: Exclude<InsertResponse, { ok: true }>): string {
  return tOr(insertFailureKey(response.code), response.message);
}

export async function openComposeDialog(host: DialogHost): Promise<void> {
  const { doc } = host;
  doc.querySelector(`[${DIALOG_HOST_ATTRIBUTE}]`)?.remove();
  const outer = make(doc, 'div', { [DIALOG_HOST_ATTRIBUTE]: true });
  const shadow = outer.attachShadow({ mode: 'open' });
  const dialog = make(doc, 'div', {
    role: 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': 'csp-title',
  });
  const backdrop = make(doc, 'div', { class: 'backdrop' }, dialog);
  shadow.append(make(doc, 'style', {}, DIALOG_CSS), backdrop);
  const title = make(doc, 'h2', { id: 'csp-title' }, t('compose_dialogTitle'));
  dialog.append(title);

  const close = () => {
    outer.remove();
    host.anchor.focus();
  };
  const focusables = () =>
    [...shadow.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => !el.closest('[hidden]') && !(el as HTMLButtonElement).disabled,
    );
  // The focus trap: Tab and Shift+Tab cycle inside the dialog.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (!onEscape()) close();
      return;
    }
    if (event.key !== 'Tab') return;
    const all = focusables();
    if (all.length === 0) return;
    const at = all.indexOf(shadow.activeElement as HTMLElement);
    const next = event.shiftKey ? (at <= 0 ? all.length - 1 : at - 1) : (at + 1) % all.length;
    event.preventDefault();
    all[next]!.focus();
  });
  // Keys typed in the dialog are ours, not the compose window's shortcuts (Ctrl+Enter is Send).
  for (const type of ['keydown', 'keyup', 'keypress']) {
    outer.addEventListener(type, (event) => event.stopPropagation());
  }
  backdrop.addEventListener('mousedown', (event) => {
    if (event.target === backdrop) close();
  });
  let onEscape = () => false;

  const status = make(doc, 'p', { role: 'status', class: 'hint' }, t('common_loading'));
  dialog.append(status);
  doc.body.append(outer);
  dialog.setAttribute('tabindex', '-1');
  dialog.focus();

  const defaults = parseDefaults(await host.ask({ type: 'compose-defaults' }));
  status.remove();
  if (!defaults) {
    const closeButton = make(doc, 'button', { type: 'button' }, t('compose_close'));
    closeButton.addEventListener('click', close);
    dialog.append(
      make(doc, 'p', { role: 'alert', class: 'error' }, t('compose_noAnswer')),
      make(doc, 'div', { class: 'actions' }, closeButton),
    );
    closeButton.focus();
    return;
  }
  if (!defaults.profile) {
    showSetup();
    return;
  }

  function showSetup() {
    for (const child of [...dialog.children]) if (child !== title) child.remove();
    const setup = make(doc, 'button', { type: 'button', class: 'primary' }, t('compose_setUp'));
    const cancel = make(doc, 'button', { type: 'button' }, t('common_cancel'));
    setup.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      void host.ask({ type: 'compose-open-setup' });
      close();
    });
    cancel.addEventListener('click', close);
    const text = make(doc, 'p', { id: 'csp-setup' }, t('compose_noProfile'));
    dialog.setAttribute('aria-describedby', 'csp-setup');
    dialog.append(text, make(doc, 'div', { class: 'actions' }, cancel, setup));
    setup.focus();
  }

  let state: DialogState = initialState(defaults.options);

  // Customer: a combobox whose options are known customers (the focus stays in the input).
  const customer = make(doc, 'input', {
    id: 'csp-customer',
    type: 'text',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-controls': 'csp-list',
    'aria-expanded': 'false',
    'aria-describedby': 'csp-customer-hint',
  });
  const customerHint = make(doc, 'p', { id: 'csp-customer-hint', class: 'hint' });
  const customerError = make(doc, 'p', { id: 'csp-customer-error', class: 'error', role: 'alert' });
  const list = make(doc, 'ul', {
    id: 'csp-list',
    role: 'listbox',
    'aria-label': t('compose_suggestions'),
    hidden: true,
  });
  const email = make(doc, 'input', { id: 'csp-email', type: 'email', autocomplete: 'off' });
  const emailError = make(doc, 'p', { id: 'csp-email-error', class: 'error', role: 'alert' });
  const newCustomer = make(
    doc,
    'div',
    {},
    make(doc, 'label', { for: 'csp-email' }, t('popup_contactEmail')),
    email,
    emailError,
  );
  const summaryText = make(doc, 'span', { id: 'csp-summary' });
  const change = make(
    doc,
    'button',
    {
      type: 'button',
      class: 'link',
      'aria-expanded': 'false',
      'aria-controls': 'csp-options',
      'aria-describedby': 'csp-summary',
    },
    t('compose_changeOptions'),
  );
  const cloud = make(doc, 'select', { id: 'csp-cloud' });
  for (const c of DIALOG_CLOUDS) {
    cloud.append(make(doc, 'option', { value: c }, t(`common_cloud_${keyPart(c)}`)));
  }
  const admin = make(doc, 'input', { id: 'csp-admin', type: 'checkbox' });
  const language = make(doc, 'select', { id: 'csp-language' });
  for (const l of DIALOG_LANGUAGES) {
    language.append(make(doc, 'option', { value: l }, LANGUAGE_NAMES[l]));
  }
  const optionsBox = make(
    doc,
    'div',
    { id: 'csp-options', hidden: true },
    make(doc, 'label', { for: 'csp-cloud' }, t('popup_cloud')),
    cloud,
    make(doc, 'label', { class: 'check' }, admin, t('popup_adminPrivileges')),
    make(doc, 'label', { for: 'csp-language' }, t('popup_language')),
    language,
  );
  const confirmText = make(doc, 'p', {});
  const confirmYes = make(
    doc,
    'button',
    { type: 'button', class: 'primary' },
    t('compose_insertSecond'),
  );
  const confirmNo = make(doc, 'button', { type: 'button' }, t('compose_back'));
  const confirm = make(
    doc,
    'div',
    { class: 'confirm', role: 'alert', hidden: true },
    confirmText,
    make(doc, 'div', { class: 'actions' }, confirmNo, confirmYes),
  );
  const formError = make(doc, 'p', { class: 'error', role: 'alert' });
  const cancel = make(doc, 'button', { type: 'button' }, t('common_cancel'));
  const insert = make(doc, 'button', { type: 'submit', class: 'primary' }, t('compose_insert'));
  const form = make(
    doc,
    'form',
    { novalidate: true },
    make(doc, 'label', { for: 'csp-customer' }, t('compose_customer')),
    customer,
    list,
    customerHint,
    customerError,
    newCustomer,
    make(doc, 'p', { class: 'summary' }, summaryText, change),
    optionsBox,
    confirm,
    formError,
    make(doc, 'div', { class: 'actions' }, cancel, insert),
  );
  dialog.append(form);

  const render = () => {
    const s = state;
    if (customer.value !== s.query) customer.value = s.query;
    customer.setAttribute('aria-expanded', String(s.expanded && s.suggestions.length > 0));
    list.hidden = !(s.expanded && s.suggestions.length > 0);
    // Which text the shown options answer (the bench and tests wait for it).
    list.setAttribute('data-query', s.answered);
    list.replaceChildren(
      ...s.suggestions.map((item, i) => {
        const detail = [item.email, item.detail].filter(Boolean).join(' · ');
        const option = make(
          doc,
          'li',
          {
            id: `csp-option-${i}`,
            role: 'option',
            'aria-selected': String(i === s.active),
            class: i === s.active ? 'active' : undefined,
          },
          make(doc, 'span', {}, item.name),
          make(doc, 'span', { class: 'hint' }, ` ${detail}`),
        );
        // mousedown, not click: the input keeps the focus.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          if (event.isTrusted) update(pick(state, i));
        });
        return option;
      }),
    );
    if (s.active >= 0) customer.setAttribute('aria-activedescendant', `csp-option-${s.active}`);
    else customer.removeAttribute('aria-activedescendant');
    customerHint.textContent = s.picked
      ? [s.picked.email, s.picked.detail].filter(Boolean).join(' · ')
      : t('compose_customerHint');
    const errorText = (key?: string) => (key ? t(key) : '');
    customerError.textContent = errorText(s.errors.customer);
    customer.setAttribute('aria-invalid', String(Boolean(s.errors.customer)));
    customer.setAttribute(
      'aria-describedby',
      s.errors.customer ? 'csp-customer-error csp-customer-hint' : 'csp-customer-hint',
    );
    newCustomer.hidden = Boolean(s.picked);
    if (email.value !== s.email) email.value = s.email;
    emailError.textContent = errorText(s.errors.email);
    email.setAttribute('aria-invalid', String(Boolean(s.errors.email)));
    if (s.errors.email) email.setAttribute('aria-describedby', 'csp-email-error');
    else email.removeAttribute('aria-describedby');
    summaryText.textContent = optionsSummary(s.options);
    change.setAttribute('aria-expanded', String(s.optionsOpen));
    optionsBox.hidden = !s.optionsOpen;
    cloud.value = s.options.cloud;
    // As in the popup: a cloud that requires admin privileges shows them ticked and fixed.
    admin.checked = effectiveAdminPrivileges(s.options.cloud, s.options.adminPrivileges);
    admin.disabled = adminPrivilegesForced(s.options.cloud);
    language.value = s.options.language;
    confirm.hidden = !s.confirming;
    confirmText.textContent = s.picked ? t('compose_acceptedAlready', s.picked.name) : '';
    formError.textContent = s.errors.form ?? '';
    insert.disabled = s.busy;
    insert.textContent = s.busy ? t('compose_inserting') : t('compose_insert');
  };
  const update = (next: DialogState) => {
    state = next;
    render();
  };
  onEscape = () => {
    if (state.expanded && state.suggestions.length > 0) {
      update(closeList(state));
      return true;
    }
    return false;
  };

  // The page's scripts can reach this open shadow root: only the partner's own
  // typing searches the customer list (a synthetic input would read it out).
  customer.addEventListener('input', (event) => {
    if (!event.isTrusted) return;
    const query = customer.value;
    update(typed(state, query));
    if (query.trim() === '') return;
    void host.ask({ type: 'compose-suggest', query }).then((answer) => {
      const items = parseSuggestions(answer);
      if (items) update(suggested(state, query, items));
    });
  });
  customer.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      update(moveActive(state, event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && state.expanded && state.active >= 0) {
      event.preventDefault();
      update(pick(state, state.active));
    }
  });
  customer.addEventListener('blur', () => update(closeList(state)));
  email.addEventListener('input', () => update(setEmail(state, email.value)));
  change.addEventListener('click', () => update({ ...state, optionsOpen: !state.optionsOpen }));
  cloud.addEventListener('change', () =>
    update(setOptions(state, { cloud: cloud.value as DialogOptions['cloud'] })),
  );
  admin.addEventListener('change', () =>
    update(setOptions(state, { adminPrivileges: admin.checked })),
  );
  language.addEventListener('change', () =>
    update(setOptions(state, { language: language.value as DialogOptions['language'] })),
  );
  cancel.addEventListener('click', close);
  confirmNo.addEventListener('click', () => {
    update({ ...state, confirming: false });
    customer.focus();
  });

  const submit = async (confirmed: boolean) => {
    if (state.busy) return;
    const decision = insertPressed(state, confirmed);
    update(decision.state);
    if (decision.kind === 'confirm') {
      confirmYes.focus();
      return;
    }
    if (decision.kind === 'invalid') {
      (decision.state.errors.customer ? customer : email).focus();
      return;
    }
    const answer = parseInvite(await host.ask({ type: 'compose-invite', ...decision.request }));
    if (!answer) return update(failed(state, t('compose_noAnswer')));
    if (!answer.ok) {
      if (answer.code === 'no-profile') return showSetup();
      update(failed(state, answer.message));
      return customer.focus();
    }
    const response = await host.insert(answer.payload);
    if (!response.ok) {
      void host.ask({ type: 'compose-insert-failed', invitationId: answer.invitationId });
      update(failed(state, insertFailureText(response)));
      return insert.focus();
    }
    host.inserted(answer.invitationId, answer.payload.link);
    close();
  };
  // Only the partner's own click or key writes a record: the page's scripts reach this
  // open shadow root too. Their `insert.click()` is not trusted, but a `submit` from
  // `form.requestSubmit()` is, so the form's submit only stops the navigation; what
  // writes is a trusted click on Insert (a mouse click, Enter or Space on the button,
  // or Enter in a field, which the browser turns into that click).
  form.addEventListener('submit', (event) => event.preventDefault());
  insert.addEventListener('click', (event) => {
    event.preventDefault();
    if (event.isTrusted) void submit(false);
  });
  confirmYes.addEventListener('click', (event) => {
    if (event.isTrusted) void submit(true);
  });

  render();
  customer.focus();
}
