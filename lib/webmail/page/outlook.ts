/**
 * Outlook on the web (outlook.office.com, outlook.office365.com,
 * outlook.live.com, outlook.cloud.microsoft; custom domains are not served).
 * Every selector is here, each with what it finds. Hashed class names change
 * between builds: none is used (docs/WEBMAIL.md).
 */
import { insertBodyContent } from './body';
import { composeLabel, findComposeRoots, windowAround } from './compose-window';
import {
  closestOf,
  execInsertText,
  fireInput,
  isShown,
  mentionsAddress,
  pressKey,
  queryAll,
  queryFirst,
  selectRange,
  setInputValue,
} from './dom';
import type { WebmailAdapter } from './types';

const SELECTORS = {
  container: [
    '[data-app-section="Form_Content"]', // the compose form (reading pane or pop-out)
    '[role="main"]', // the main pane, when it holds one compose only
  ],
  body: [
    'div[contenteditable="true"][aria-multiline="true"]', // the message body: the only multi-line editable
    'div[role="textbox"][aria-multiline="true"]', // the same by role, should contenteditable be "plaintext-only"
  ],
  toField: [
    'div[contenteditable="true"][aria-label="To"]', // the To well's editable (English UI)
    'div[contenteditable="true"][role="textbox"][aria-autocomplete="list"]:not([aria-multiline="true"])', // any language (Dutch "Aan"): the first well with address suggestions is To
  ],
  recipientFields: [
    'div[contenteditable="true"]:not([aria-multiline="true"])', // To, Cc, Bcc editables, in that order
  ],
  subject: [
    'input[aria-label="Add a subject"]', // the subject (English UI)
    'input[id$="_SUBJECT"]', // any language, newer UI: the subject's id is like MSG_0_SUBJECT (Dutch "Onderwerp toevoegen")
    'input[type="text"][maxlength="255"]', // any language: the subject is the one text input limited to 255 characters
  ],
  subjectAnyLanguage: 'input[type="text"][autocomplete="off"]', // the subject is the last such input
  reply: ['#divRplyFwdMsg', '[id$="divRplyFwdMsg"]'], // the header of quoted text in a reply or forward
  signature: [
    '#Signature', // the signature block Outlook puts into the body
    '[id^="Signature"]', // the signature block, numbered variants
  ],
  boundary: [
    '#Signature', // the signature block
    '[id^="Signature"]', // the signature block, numbered variants
    '#divRplyFwdMsg', // the quoted message's header
    '[id$="divRplyFwdMsg"]', // the same with a prefix (`x_divRplyFwdMsg`)
    '#appendonsend', // the marker Outlook puts above quoted text
  ],
  toolbar: ['[role="toolbar"]'], // the compose's command area (Send, Discard); our button goes at its end
  send: [
    'button[aria-label="Send"]', // Send (English UI)
    'button[aria-label="Verzenden"]', // Send (Dutch UI)
    'button[title^="Send"]', // Send by its tooltip, should the label change
  ],
} as const;

function findComposes(doc: Document): HTMLElement[] {
  return findComposeRoots(doc, SELECTORS.container, SELECTORS.body);
}

function subjectField(compose: HTMLElement): HTMLInputElement | null {
  return (
    queryFirst<HTMLInputElement>(compose, SELECTORS.subject) ??
    queryAll<HTMLInputElement>(compose, [SELECTORS.subjectAnyLanguage]).at(-1) ??
    null
  );
}

function recipientFields(compose: HTMLElement): HTMLElement[] {
  return queryAll(compose, SELECTORS.recipientFields);
}

/** The To field's well: its highest ancestor in the compose holding no other field. */
function wellOf(field: HTMLElement, compose: HTMLElement): HTMLElement {
  const others = [
    ...recipientFields(compose).filter((f) => f !== field),
    queryFirst(compose, SELECTORS.body),
    subjectField(compose),
  ].filter((el): el is HTMLElement => el !== null);
  let well = field;
  for (let p = field.parentElement; p && p !== compose; p = p.parentElement) {
    if (others.some((other) => p?.contains(other))) break;
    well = p;
  }
  return well;
}

export const outlookAdapter: WebmailAdapter = {
  site: 'outlook',

  signature: SELECTORS.signature,

  findComposes,

  bodyOf: (compose) => queryFirst(compose, SELECTORS.body),

  bodyAround: (el) => closestOf(el, SELECTORS.body),

  label(compose) {
    const to = queryFirst(compose, SELECTORS.toField) ?? recipientFields(compose)[0];
    const names = to
      ? [...wellOf(to, compose).querySelectorAll('[title]')].map(
          (el) => el.getAttribute('title') ?? '',
        )
      : [];
    return composeLabel(names.filter(Boolean), subjectField(compose)?.value ?? '');
  },

  setRecipient(compose, address) {
    const to = queryFirst(compose, SELECTORS.toField) ?? recipientFields(compose)[0];
    if (!to) return 'not-found';
    if (mentionsAddress(wellOf(to, compose), address)) return 'already-present';
    // Type the address into the To well, then the key that turns it into a chip.
    const doc = to.ownerDocument;
    to.focus({ preventScroll: true });
    const end = doc.createRange();
    end.selectNodeContents(to);
    end.collapse(false);
    selectRange(doc, end);
    if (!execInsertText(doc, address)) {
      to.append(doc.createTextNode(address));
      fireInput(to, 'insertText', address);
    }
    pressKey(to, ';', 186);
    if ((to.textContent ?? '').includes(address)) pressKey(to, 'Enter', 13);
    return 'added';
  },

  setSubject(compose, subject) {
    const field = subjectField(compose);
    if (!field || !isShown(field)) {
      return { subject: queryFirst(compose, SELECTORS.reply) ? 'hidden-reply' : 'not-found' };
    }
    if (field.value.trim()) return { subject: 'kept-existing', existingSubject: field.value };
    setInputValue(field, subject);
    return { subject: 'set' };
  },

  windowOf: (compose) => windowAround(compose, SELECTORS.toolbar, SELECTORS.body),

  mountButton(win, host) {
    const bar = queryFirst(win, SELECTORS.toolbar);
    if (!bar) return null;
    bar.append(host); // last, so Send and Discard keep their places
    return host;
  },

  isSend: (el) => closestOf(el, SELECTORS.send) !== null,

  async insertBody(compose, content, caret, { nextFrame }) {
    const body = queryFirst(compose, SELECTORS.body);
    // roosterjs's paste path keeps the link a link and makes the insertion one undo step.
    if (!body) return { ok: false };
    return insertBodyContent(body, content, caret, SELECTORS.boundary, nextFrame);
  },
};
