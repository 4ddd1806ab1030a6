/**
 * Gmail (mail.google.com). Every selector is here, each with what it finds
 * (docs/WEBMAIL.md; class names are Gmail's minified ones, stable for years but not
 * promised).
 */
import { bodyHolds, insertBodyContent, insertBodyNodes } from './body';
import { composeLabel, findComposeRoots, windowAround } from './compose-window';
import {
  closestOf,
  holdsAddress,
  isShown,
  mentionsAddress,
  pressKey,
  queryAll,
  queryFirst,
  setInputValue,
} from './dom';
import type { WebmailAdapter } from './types';

const SELECTORS = {
  container: [
    '.M9', // the container of every compose form: popup, full screen and inline reply (InboxSDK)
    'div[role="dialog"]', // a popup compose window, should `.M9` be renamed
    'body.xE [role="main"]', // the standalone compose page (`?view=cm`)
  ],
  body: [
    'div[contenteditable="true"][g_editable="true"]', // the message body: Gmail's editor marks it g_editable
    'div.editable[role="textbox"][contenteditable="true"]', // the same body by class and role (`Am Al editable`)
  ],
  toInput: [
    'div[name="to"] input[role="combobox"]', // newer UI: the To row's autocomplete input
    'input[role="combobox"][aria-autocomplete="list"]', // the first recipient combobox (To comes first)
  ],
  toTextarea: ['textarea[name="to"]'], // older UI: the To field itself
  toArea: [
    'div[name="to"]', // newer UI: the To row with its chips
    '.GS tr', // older UI: the first recipient row (chips `span[email]`)
  ],
  chip: ['[data-hovercard-id]', 'span[email]'], // a recipient chip and its address
  subject: ['input[name="subjectbox"]'], // the subject field (hidden in inline replies)
  inlineReply: ['.AO'], // the conversation pane: a compose inside it is an inline reply
  signature: [
    'div.gmail_signature', // the signature block Gmail puts into the body
    '[data-smartmail="gmail_signature"]', // the same, by its data attribute
  ],
  boundary: [
    'div.gmail_signature', // the signature block
    '[data-smartmail="gmail_signature"]', // the same, by its data attribute
    '.gmail_signature_prefix', // the "-- " line above the signature
    '.gmail_quote', // quoted text of a reply or forward
  ],
  toolbar: ['tr.btC'], // the compose's bottom toolbar row (Send first); Briskine and Streak add their buttons here
  send: [
    'td.gU.Up [role="button"]:not([aria-haspopup])', // Send: the button in the toolbar row's first cell, any language; not its "More send options" arrow (Schedule send), which opens a menu
    '[role="button"][data-tooltip^="Send"]', // Send by its tooltip, English UI ("Send (Ctrl-Enter)")
    '[role="button"][data-tooltip^="Verzenden"]', // the same, Dutch UI
  ],
} as const;

function findComposes(doc: Document): HTMLElement[] {
  return findComposeRoots(doc, SELECTORS.container, SELECTORS.body);
}

function subjectField(compose: HTMLElement): HTMLInputElement | null {
  return queryFirst<HTMLInputElement>(compose, SELECTORS.subject);
}

function isInlineReply(compose: HTMLElement): boolean {
  return closestOf(compose, SELECTORS.inlineReply) !== null;
}

export const gmailAdapter: WebmailAdapter = {
  site: 'gmail',

  signature: SELECTORS.signature,

  findComposes,

  bodyOf: (compose) => queryFirst(compose, SELECTORS.body),

  bodyAround: (el) => closestOf(el, SELECTORS.body),

  label(compose) {
    const chips = queryAll(compose, SELECTORS.chip).map(
      (chip) => chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email') ?? '',
    );
    return composeLabel(chips.filter(Boolean), subjectField(compose)?.value ?? '');
  },

  setRecipient(compose, address) {
    const area = queryFirst(compose, SELECTORS.toArea);
    const textarea = queryFirst<HTMLTextAreaElement>(compose, SELECTORS.toTextarea);
    if (
      (area && mentionsAddress(area, address)) ||
      holdsAddress(textarea?.value, address.trim().toLowerCase())
    ) {
      return 'already-present';
    }
    const input = queryFirst<HTMLInputElement>(compose, SELECTORS.toInput);
    if (input) {
      // Gmail turns a pasted address into a chip; when nothing handled the paste,
      // a value followed by blur does the same (docs/WEBMAIL.md).
      const data = new DataTransfer();
      data.setData('text/plain', address);
      // Firefox ignores `clipboardData` in the init and fills the event's data from
      // its own `dataType`/`data` members instead (measured in Firefox ESR 153);
      // Chromium ignores those two.
      const paste = new ClipboardEvent('paste', {
        clipboardData: data,
        dataType: 'text/plain',
        data: address,
        bubbles: true,
        cancelable: true,
      } as ClipboardEventInit);
      if (input.dispatchEvent(paste)) {
        setInputValue(input, address);
        input.dispatchEvent(new FocusEvent('blur'));
        input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
      }
      return 'added';
    }
    if (textarea) {
      setInputValue(textarea, textarea.value.trim() ? `${textarea.value}, ${address}` : address);
      return 'added';
    }
    return 'not-found';
  },

  setSubject(compose, subject) {
    const field = subjectField(compose);
    if (isInlineReply(compose) || (field && !isShown(field))) return { subject: 'hidden-reply' };
    if (!field) return { subject: 'not-found' };
    if (field.value.trim()) return { subject: 'kept-existing', existingSubject: field.value };
    setInputValue(field, subject);
    return { subject: 'set' };
  },

  windowOf: (compose) => windowAround(compose, SELECTORS.toolbar, SELECTORS.body),

  mountButton(win, host) {
    const row = queryFirst(win, SELECTORS.toolbar);
    if (!row) return null;
    // A cell of its own at the row's end: Send and Gmail's own cells keep their places.
    const cell = win.ownerDocument.createElement('td');
    cell.append(host);
    row.append(cell);
    return cell;
  },

  isSend: (el) => closestOf(el, SELECTORS.send) !== null,

  async insertBody(compose, content, caret, { defer, nextFrame }) {
    const body = queryFirst(compose, SELECTORS.body);
    if (!body) return { ok: false };
    const held = bodyHolds(body, content);
    // Gmail's editor has its own paste handling (it sanitises the HTML and saves the draft).
    let result = await insertBodyContent(body, content, caret, SELECTORS.boundary, nextFrame);
    if (!result.ok || result.via === 'paste') return result;
    // The editor may drop nodes it did not write itself: then type the text instead.
    if (!held && !bodyHolds(body, content)) {
      result = insertBodyNodes(body, content, caret, SELECTORS.boundary, 'text');
    }
    // After nodes, Gmail saves a draft once its editor sees a keystroke; InboxSDK
    // sends one asynchronously (synchronously, Gmail may type a stray character).
    if (result.ok) defer(() => body.isConnected && pressKey(body, 'Enter', 13), 0);
    return result;
  },
};
