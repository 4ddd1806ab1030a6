// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  BUTTON_HOST_ATTRIBUTE,
  watchComposeButtons,
} from '../../../../lib/webmail/page/compose-button';
import { gmailAdapter } from '../../../../lib/webmail/page/gmail';
import { outlookAdapter } from '../../../../lib/webmail/page/outlook';
import type { WebmailAdapter } from '../../../../lib/webmail/page/types';
import { loadFixture } from './harness';

function start(adapter: WebmailAdapter, fixture: string) {
  const doc = loadFixture(fixture);
  const ends: Array<() => void> = [];
  const opened: HTMLElement[] = [];
  watchComposeButtons(doc, adapter, {
    label: 'Insert reseller invitation',
    listen: (target, type, handler) => target.addEventListener(type, handler),
    onEnd: (cleanup) => ends.push(cleanup),
    onOpen: (compose) => opened.push(compose),
  });
  const hosts = () => [...doc.querySelectorAll<HTMLElement>(`[${BUTTON_HOST_ATTRIBUTE}]`)];
  const end = () => {
    for (const cleanup of ends) cleanup();
  };
  return { doc, hosts, opened, end };
}

const buttonOf = (host: HTMLElement) => host.shadowRoot!.querySelector('button')!;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the in-compose button', () => {
  it('Gmail: one per compose window, in an open shadow root, last in its toolbar row', () => {
    const s = start(gmailAdapter, 'gmail-two-composes.html');
    expect(s.hosts()).toHaveLength(2);
    for (const host of s.hosts()) {
      const row = host.closest('tr.btC')!;
      expect(row.lastElementChild).toBe(host.parentElement);
      // Send stays first in its row.
      expect(row.firstElementChild!.matches('td.gU.Up')).toBe(true);
      expect(host.shadowRoot?.mode).toBe('open');
      expect(buttonOf(host).textContent).toBe('Insert reseller invitation');
      expect(buttonOf(host).type).toBe('button');
    }
  });

  it("opens the dialog for its own window, on the partner's (trusted) click only", () => {
    const s = start(gmailAdapter, 'gmail-two-composes.html');
    const [, second] = s.hosts();
    // A page script's click is not trusted: nothing opens.
    buttonOf(second!).click();
    expect(s.opened).toHaveLength(0);
    // happy-dom lets a test mark an event trusted, as a browser's own input is (the e2e tests click for real).
    const trusted = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    buttonOf(second!).dispatchEvent(trusted);
    expect(s.opened).toHaveLength(1);
    expect(s.opened[0]!.contains(gmailAdapter.bodyOf(s.opened[0]!)!)).toBe(true);
    expect(second!.closest('[role="dialog"]')!.contains(s.opened[0]!)).toBe(true);
  });

  it('a compose window opened later gets one, and other changes add none', async () => {
    const s = start(gmailAdapter, 'gmail-new-compose.html');
    expect(s.hosts()).toHaveLength(1);
    const win = s.doc.querySelector('[role="dialog"]')!;
    const copy = win.cloneNode(true) as HTMLElement;
    copy.querySelector(`[${BUTTON_HOST_ATTRIBUTE}]`)!.parentElement!.remove();
    win.parentElement!.append(copy);
    await tick();
    expect(s.hosts()).toHaveLength(2);
    s.doc.body.append(s.doc.createElement('div'));
    await tick();
    expect(s.hosts()).toHaveLength(2);
  });

  it('Outlook: at the end of the compose command area, after Send and Discard', () => {
    const s = start(outlookAdapter, 'outlook-compose.html');
    const [host] = s.hosts();
    expect(s.hosts()).toHaveLength(1);
    const bar = host!.parentElement!;
    expect(bar.getAttribute('role')).toBe('toolbar');
    expect(bar.lastElementChild).toBe(host);
    expect(bar.firstElementChild!.getAttribute('aria-label')).toBe('Send');
  });

  it('the buttons go when the script ends (Gmail: with their cell), so a newer copy adds its own once', async () => {
    const s = start(gmailAdapter, 'gmail-new-compose.html');
    const cells = s.doc.querySelectorAll('tr.btC td').length;
    s.end();
    expect(s.hosts()).toHaveLength(0);
    expect(s.doc.querySelectorAll('tr.btC td')).toHaveLength(cells - 1);
    s.doc.body.append(s.doc.createElement('div'));
    await tick();
    expect(s.hosts()).toHaveLength(0);
  });

  it('a window without a toolbar gets none (the standalone page has no tr.btC in our fixture)', () => {
    const s = start(gmailAdapter, 'gmail-standalone.html');
    expect(gmailAdapter.findComposes(s.doc)).toHaveLength(1);
    expect(s.hosts()).toHaveLength(0);
  });
});
