// @vitest-environment happy-dom
/**
 * The editor's paste path and its fallback, against bodies that behave as an
 * editor would: one ignores paste (→ node insertion), one handles it at once,
 * one a few tasks later as roosterjs does, one drops the link. Each must end with
 * the text in the body exactly once.
 */
import { describe, expect, it } from 'vitest';
import { InsertResponseSchema } from '../../../../lib/schema';
import { serializeBodyNodes } from '../../../../lib/webmail/page/dom';
import { gmailAdapter } from '../../../../lib/webmail/page/gmail';
import { outlookAdapter } from '../../../../lib/webmail/page/outlook';
import type { WebmailAdapter } from '../../../../lib/webmail/page/types';
import { fixtureCompose, harness, LINK, PAYLOAD, placeCaret } from './harness';

interface Pasted {
  html: string;
  text: string;
}

/**
 * Makes `body` an editor that takes pastes: it cancels the event, then writes
 * the clipboard's HTML at the selection after `delay` tasks. The test editor
 * parses only our three elements, from the HTML's own structure, with the
 * DOMParser of the test (the page's editor would use its own sanitiser).
 */
function pasteEditor(
  body: HTMLElement,
  options: { delay?: number; asText?: boolean; atEnd?: boolean } = {},
): Pasted[] {
  const seen: Pasted[] = [];
  body.addEventListener('paste', (event) => {
    const data = (event as ClipboardEvent).clipboardData;
    const pasted = {
      html: data?.getData('text/html') ?? '',
      text: data?.getData('text/plain') ?? '',
    };
    seen.push(pasted);
    event.preventDefault();
    const doc = body.ownerDocument;
    const selection = doc.getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : undefined;
    const write = () => {
      const fragment = doc.createDocumentFragment();
      if (options.asText) fragment.append(doc.createTextNode(pasted.text));
      else {
        const parsed = new DOMParser().parseFromString(pasted.html, 'text/html');
        fragment.append(...[...parsed.body.childNodes].map((n) => doc.importNode(n, true)));
      }
      if (options.atEnd || !range) body.append(fragment);
      else range.insertNode(fragment);
    };
    const later = (n: number) => (n <= 0 ? write() : setTimeout(() => later(n - 1), 0));
    later(options.delay ?? 0);
  });
  return seen;
}

const occurrences = (text: string | null, part: string) => (text ?? '').split(part).length - 1;

describe.each([
  ['Gmail', gmailAdapter, 'gmail-signature.html', '.gmail_signature'],
  ['Outlook', outlookAdapter, 'outlook-compose.html', '#Signature'],
] as Array<[string, WebmailAdapter, string, string]>)(
  '%s body',
  (_, adapter, fixture, signature) => {
    it('ignores the paste: the text goes in as nodes, once', async () => {
      const h = harness(adapter, fixture);
      const body = adapter.bodyOf(fixtureCompose(h.doc, 'c1'))!;
      const pastes: string[] = [];
      body.addEventListener('paste', (e) => pastes.push(e.type));

      const result = await h.insert();

      expect(pastes).toEqual(['paste']);
      expect(result).toMatchObject({ ok: true, body: 'at-top', via: 'nodes' });
      expect(occurrences(body.textContent, LINK)).toBe(1);
      expect(body.querySelector('a')?.getAttribute('href')).toBe(LINK);
    });

    it('handles the paste: the editor writes it, we add nothing', async () => {
      const h = harness(adapter, fixture);
      const body = adapter.bodyOf(fixtureCompose(h.doc, 'c1'))!;
      const seen = pasteEditor(body);
      const inputs: string[] = [];
      body.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));

      const result = await h.insert();

      expect(result).toMatchObject({ ok: true, body: 'at-top', via: 'paste' });
      expect(seen).toHaveLength(1);
      expect(seen[0]?.text).toBe(PAYLOAD.text);
      expect(seen[0]?.html).toBe(
        '<div>Hello Jan,</div><div><br></div><div>Please accept us as your Microsoft reseller:</div>' +
          `<div><a href="${LINK.replace(/&/g, '&amp;')}">${LINK.replace(/&/g, '&amp;')}</a></div>` +
          '<div><br></div><div>Kind regards,</div><div>Anna</div>',
      );
      // Our own node path did not run: no `input` of ours, one copy only.
      expect(inputs).toEqual([]);
      expect(occurrences(body.textContent, LINK)).toBe(1);
      const link = body.querySelector(`a[href="${LINK}"]`)!;
      expect(link.compareDocumentPosition(body.querySelector(signature)!) & 4).toBe(4);
    });

    it('waits for an editor that pastes a few tasks later, and does not insert twice', async () => {
      const h = harness(adapter, fixture);
      const body = adapter.bodyOf(fixtureCompose(h.doc, 'c1'))!;
      pasteEditor(body, { delay: 3 });

      expect(await h.insert()).toMatchObject({ ok: true, via: 'paste' });
      expect(occurrences(body.textContent, LINK)).toBe(1);
    });

    it('keeps a paste that lost the link rather than adding a second copy', async () => {
      const h = harness(adapter, fixture);
      const body = adapter.bodyOf(fixtureCompose(h.doc, 'c1'))!;
      pasteEditor(body, { asText: true });

      expect(await h.insert()).toMatchObject({ ok: true, via: 'paste' });
      expect(occurrences(body.textContent, LINK)).toBe(1);
      expect(body.querySelector('a')).toBeNull();
    });

    it('pastes at the caret, inline', async () => {
      const h = harness(adapter, fixture);
      const body = adapter.bodyOf(fixtureCompose(h.doc, 'c1'))!;
      const seen = pasteEditor(body);
      placeCaret(body.firstElementChild!, 0);

      expect(await h.insert()).toMatchObject({ ok: true, body: 'at-caret', via: 'paste' });
      expect(seen[0]?.html).toMatch(/^Hello Jan,<br><br>Please accept/);
      expect(occurrences(body.textContent, LINK)).toBe(1);
    });
  },
);

describe('the answer', () => {
  it('of every path is what InsertResponseSchema accepts (the extension side parses it with zod)', async () => {
    const answers = [];
    for (const [editor, fallbackText] of [
      [true, false],
      [false, false],
      [false, true],
    ]) {
      const h = harness(gmailAdapter, 'gmail-new-compose.html');
      const body = gmailAdapter.bodyOf(fixtureCompose(h.doc, 'c1'))!;
      if (editor) pasteEditor(body);
      // An editor that drops our nodes again: Gmail's adapter then types the text.
      if (fallbackText)
        new MutationObserver(() => body.replaceChildren()).observe(body, { childList: true });
      if (fallbackText)
        (h.doc as unknown as { execCommand: () => boolean }).execCommand = () => true;
      answers.push(await h.insert());
    }
    expect(answers.map((a) => a.ok && a.via)).toEqual(['paste', 'nodes', 'text']);
    for (const answer of answers) expect(InsertResponseSchema.safeParse(answer).success).toBe(true);
  });
});

describe('the paste HTML', () => {
  it('is written from escaped node text: customer text never becomes markup', async () => {
    const h = harness(gmailAdapter, 'gmail-new-compose.html');
    const body = gmailAdapter.bodyOf(fixtureCompose(h.doc, 'c1'))!;
    const seen = pasteEditor(body);
    await h.insert({ text: `Hi <img src=x onerror=alert(1)> & "you"\n${LINK}` });
    expect(seen[0]?.html).toBe(
      '<div>Hi &lt;img src=x onerror=alert(1)&gt; &amp; &quot;you&quot;</div>' +
        `<div><a href="${LINK.replace(/&/g, '&amp;')}">${LINK.replace(/&/g, '&amp;')}</a></div>`,
    );
    expect(body.querySelector('img')).toBeNull();
  });

  it('knows only div, br and a; anything else is its text', () => {
    const doc = document;
    const span = doc.createElement('span');
    span.textContent = '<b>';
    const a = doc.createElement('a');
    a.textContent = 'no href';
    expect(serializeBodyNodes([span, doc.createElement('br'), a])).toBe('&lt;b&gt;<br>no href');
  });
});
