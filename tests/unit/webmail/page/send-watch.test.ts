// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../../lib/webmail/page/gmail';
import { outlookAdapter } from '../../../../lib/webmail/page/outlook';
import { bodyHoldsLink, createSendWatch } from '../../../../lib/webmail/page/send-watch';
import type { WebmailAdapter } from '../../../../lib/webmail/page/types';
import { fixtureCompose, LINK, loadFixture } from './harness';

function setUp(adapter: WebmailAdapter, fixture: string) {
  const doc = loadFixture(fixture);
  const reports: string[] = [];
  const listened: Array<[string, boolean]> = [];
  const watch = createSendWatch(
    doc,
    adapter,
    (target, type, handler, capture) => {
      listened.push([type, capture === true]);
      target.addEventListener(type, handler, { capture });
    },
    (id) => reports.push(id),
  );
  /** A compose body holding the link, as after an insert. */
  const withLink = (name: string) => {
    const compose = fixtureCompose(doc, name);
    const a = doc.createElement('a');
    a.href = LINK;
    a.textContent = LINK;
    adapter.bodyOf(compose)!.append(a);
    return compose;
  };
  return { doc, reports, listened, watch, withLink };
}

/** As the browser makes the partner's own input: happy-dom's events are all untrusted. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const click = (el: Element) =>
  el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
const key = (el: Element, init: KeyboardEventInit) =>
  el.dispatchEvent(trusted(new KeyboardEvent('keydown', { bubbles: true, ...init })));
const gmailSend = (doc: Document, name: string) =>
  fixtureCompose(doc, name)
    .closest('[role="dialog"]')!
    .querySelector<HTMLElement>('td.gU.Up [role="button"]')!;

describe('the Send watcher', () => {
  it('adds no listener until a window got an invitation', () => {
    const s = setUp(gmailAdapter, 'gmail-two-composes.html');
    click(gmailSend(s.doc, 'c1'));
    expect(s.listened).toEqual([]);
    s.watch.watch(s.withLink('c1'), { invitationId: 'i1', link: LINK });
    // In the capture phase: Gmail's own handler may remove the window.
    expect(s.listened).toEqual([
      ['click', true],
      ['keydown', true],
    ]);
  });

  it("Gmail: that window's Send reports its invitation, once; the other window's Send reports nothing", () => {
    const s = setUp(gmailAdapter, 'gmail-two-composes.html');
    s.watch.watch(s.withLink('c2'), { invitationId: 'i2', link: LINK });
    click(gmailSend(s.doc, 'c1'));
    expect(s.reports).toEqual([]);
    // Gmail may fire Send twice for one message: reported once.
    click(gmailSend(s.doc, 'c2'));
    click(gmailSend(s.doc, 'c2'));
    expect(s.reports).toEqual(['i2']);
  });

  it('Ctrl+Enter and Cmd+Enter in the window send; plain Enter and keys elsewhere do not', () => {
    const s = setUp(gmailAdapter, 'gmail-two-composes.html');
    const c1 = s.withLink('c1');
    const c2 = s.withLink('c2');
    s.watch.watch(c1, { invitationId: 'i1', link: LINK });
    s.watch.watch(c2, { invitationId: 'i2', link: LINK });
    key(gmailAdapter.bodyOf(c1)!, { key: 'Enter' });
    key(s.doc.body, { key: 'Enter', ctrlKey: true });
    expect(s.reports).toEqual([]);
    key(gmailAdapter.bodyOf(c1)!, { key: 'Enter', ctrlKey: true });
    key(gmailAdapter.bodyOf(c2)!, { key: 'Enter', metaKey: true });
    expect(s.reports).toEqual(['i1', 'i2']);
  });

  it('Enter or Space on the focused Send button sends', () => {
    const s = setUp(gmailAdapter, 'gmail-new-compose.html');
    s.watch.watch(s.withLink('c1'), { invitationId: 'i1', link: LINK });
    key(gmailSend(s.doc, 'c1'), { key: ' ' });
    expect(s.reports).toEqual(['i1']);
  });

  it("a page script's synthetic click or Ctrl+Enter is no Send", () => {
    const s = setUp(gmailAdapter, 'gmail-two-composes.html');
    const compose = s.withLink('c1');
    s.watch.watch(compose, { invitationId: 'inv-1', link: LINK });
    gmailSend(s.doc, 'c1').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    gmailAdapter
      .bodyOf(compose)!
      .dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter', ctrlKey: true }));
    expect(s.reports).toEqual([]);
    click(gmailSend(s.doc, 'c1'));
    expect(s.reports).toEqual(['inv-1']);
  });

  it('Gmail\'s "More send options" arrow beside Send (Schedule send) is no Send', () => {
    const s = setUp(gmailAdapter, 'gmail-two-composes.html');
    s.watch.watch(s.withLink('c1'), { invitationId: 'inv-1', link: LINK });
    const arrow = s.doc.createElement('div');
    arrow.setAttribute('role', 'button');
    arrow.setAttribute('aria-haspopup', 'true');
    arrow.setAttribute('data-tooltip', 'More send options');
    gmailSend(s.doc, 'c1').closest('td')!.append(arrow);
    click(arrow);
    expect(s.reports).toEqual([]);
  });

  it('a body that lost the link reports nothing: the partner removed the invitation', () => {
    const s = setUp(gmailAdapter, 'gmail-new-compose.html');
    const compose = s.withLink('c1');
    s.watch.watch(compose, { invitationId: 'i1', link: LINK });
    gmailAdapter.bodyOf(compose)!.replaceChildren('Something else');
    click(gmailSend(s.doc, 'c1'));
    expect(s.reports).toEqual([]);
  });

  it('the partner’s typing in a watched window walks no DOM: only Enter or Space is looked at', () => {
    let walks = 0;
    const counting: WebmailAdapter = {
      ...gmailAdapter,
      windowOf: (compose) => {
        walks++;
        return gmailAdapter.windowOf(compose);
      },
    };
    const s = setUp(counting, 'gmail-new-compose.html');
    const compose = s.withLink('c1');
    s.watch.watch(compose, { invitationId: 'i1', link: LINK });
    for (const letter of 'Dear Jan') key(compose, { key: letter });
    click(compose);
    expect(walks).toBe(0);
    key(compose, { key: 'Enter', ctrlKey: true });
    expect(s.reports).toEqual(['i1']);
    expect(walks).toBeGreaterThan(0);
  });

  it('once every watched window is sent, the partner’s clicks and Enters look at nothing', () => {
    let looks = 0;
    const counting: WebmailAdapter = {
      ...gmailAdapter,
      isSend: (el) => {
        looks++;
        return gmailAdapter.isSend(el);
      },
    };
    const s = setUp(counting, 'gmail-new-compose.html');
    const compose = s.withLink('c1');
    s.watch.watch(compose, { invitationId: 'i1', link: LINK });
    click(gmailSend(s.doc, 'c1'));
    expect(s.reports).toEqual(['i1']);
    expect(s.watch.size()).toBe(0);
    looks = 0;
    click(gmailSend(s.doc, 'c1'));
    click(s.doc.body);
    key(compose, { key: 'Enter' });
    expect(looks).toBe(0);
    expect(s.reports).toEqual(['i1']);
  });

  it('a discarded (removed) window reports nothing and is forgotten', () => {
    const s = setUp(gmailAdapter, 'gmail-new-compose.html');
    const compose = s.withLink('c1');
    s.watch.watch(compose, { invitationId: 'i1', link: LINK });
    const discard = compose.closest('[role="dialog"]')!.querySelector('td.az5 [role="button"]')!;
    click(discard);
    expect(s.reports).toEqual([]);
    compose.closest('[role="dialog"]')!.remove();
    click(s.doc.body);
    expect(s.watch.size()).toBe(0);
  });

  it('Outlook, Dutch: Verzenden sends, Negeren does not', () => {
    const s = setUp(outlookAdapter, 'outlook-nl.html');
    s.watch.watch(s.withLink('c1'), { invitationId: 'o1', link: LINK });
    click(s.doc.querySelector('button[aria-label="Negeren"]')!);
    expect(s.reports).toEqual([]);
    click(s.doc.querySelector('button[aria-label="Verzenden"]')!);
    expect(s.reports).toEqual(['o1']);
  });

  it('a newer hand-over into the same window replaces the older one', () => {
    const s = setUp(outlookAdapter, 'outlook-compose.html');
    const compose = s.withLink('c1');
    s.watch.watch(compose, { invitationId: 'old', link: LINK });
    s.watch.watch(compose, { invitationId: 'new', link: LINK });
    click(s.doc.querySelector('button[aria-label="Send"]')!);
    expect(s.reports).toEqual(['new']);
  });
});

describe('bodyHoldsLink', () => {
  it('finds the link as a link or as text, not a shortened copy', () => {
    const body = document.createElement('div');
    body.textContent = `Accept: ${LINK}`;
    expect(bodyHoldsLink(body, LINK)).toBe(true);
    body.textContent = `Accept: ${LINK.slice(0, 40)}`;
    expect(bodyHoldsLink(body, LINK)).toBe(false);
    const a = document.createElement('a');
    a.href = LINK;
    a.textContent = 'this link';
    body.append(a);
    expect(bodyHoldsLink(body, LINK)).toBe(true);
  });
});
