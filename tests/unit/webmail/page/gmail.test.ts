// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { gmailAdapter } from '../../../../lib/webmail/page/gmail';
import { fixtureCompose, GDAP_LINK, harness, LINK, PAYLOAD, placeCaret } from './harness';

const bodyOf = (compose: HTMLElement) => gmailAdapter.bodyOf(compose)!;
const subjectOf = (compose: HTMLElement) =>
  compose.querySelector<HTMLInputElement>('input[name="subjectbox"]')!;
const toInputOf = (compose: HTMLElement) =>
  compose.querySelector<HTMLInputElement>('div[name="to"] input[role="combobox"]')!;

/** Text position in the body: what comes first is above. */
const positionOf = (body: Element, text: string) => (body.textContent ?? '').indexOf(text);

describe('Gmail adapter: new compose', () => {
  it('finds the one compose window and fills recipient, subject and body', async () => {
    const h = harness(gmailAdapter, 'gmail-new-compose.html');
    const compose = fixtureCompose(h.doc, 'c1');
    expect(gmailAdapter.findComposes(h.doc)).toHaveLength(1);
    const pastes: string[] = [];
    toInputOf(compose).addEventListener('paste', (e) =>
      pastes.push((e as ClipboardEvent).clipboardData?.getData('text/plain') ?? ''),
    );
    const inputs: string[] = [];
    bodyOf(compose).addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));

    const result = await h.insert();

    expect(result).toMatchObject({
      ok: true,
      site: 'gmail',
      recipient: 'added',
      subject: 'set',
      body: 'at-top',
    });
    expect(pastes).toEqual(['it@contoso.com']);
    // Nobody handled the paste (no Gmail here): the value-and-blur path was taken.
    expect(toInputOf(compose).value).toBe('it@contoso.com');
    expect(subjectOf(compose).value).toBe(PAYLOAD.subject);
    const body = bodyOf(compose);
    expect(body.querySelector('a')?.getAttribute('href')).toBe(LINK);
    expect(body.querySelector('a')?.textContent).toBe(LINK);
    expect([...body.children].slice(0, 3).map((div) => div.textContent)).toEqual([
      'Hello Jan,',
      '',
      'Please accept us as your Microsoft reseller:',
    ]);
    expect(inputs).toEqual(['insertFromPaste']);
  });

  it('gives the compose a stable id and reports it', async () => {
    const h = harness(gmailAdapter, 'gmail-new-compose.html');
    const first = await h.insert();
    const second = await h.insert({ text: 'again' });
    expect(first.ok && second.ok && first.composeId === second.composeId).toBe(true);
  });

  it('simulates a keystroke afterwards, asynchronously, so Gmail saves the draft', async () => {
    const h = harness(gmailAdapter, 'gmail-new-compose.html');
    const keys: string[] = [];
    bodyOf(fixtureCompose(h.doc, 'c1')).addEventListener('keydown', (e) => keys.push(e.key));
    await h.insert();
    expect(keys).toEqual([]);
    h.flushLater();
    expect(keys).toEqual(['Enter']);
  });

  it('turns the GDAP link into a link too and keeps everything else as text', async () => {
    const h = harness(gmailAdapter, 'gmail-new-compose.html');
    await h.insert({
      text: `Reseller: ${LINK}\nAdmin: ${GDAP_LINK}\n<img src=x onerror=alert(1)>`,
      gdapLink: GDAP_LINK,
    });
    const body = bodyOf(fixtureCompose(h.doc, 'c1'));
    expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      LINK,
      GDAP_LINK,
    ]);
    expect(body.querySelector('img')).toBeNull();
    expect(body.textContent).toContain('<img src=x onerror=alert(1)>');
    // No inline colours or styles on what we inserted.
    expect(body.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('keeps a subject already typed and reports it', async () => {
    const h = harness(gmailAdapter, 'gmail-new-compose.html');
    subjectOf(fixtureCompose(h.doc, 'c1')).value = 'Our partnership';
    expect(await h.insert()).toMatchObject({
      subject: 'kept-existing',
      existingSubject: 'Our partnership',
    });
    expect(subjectOf(fixtureCompose(h.doc, 'c1')).value).toBe('Our partnership');
  });
});

describe('Gmail adapter: two compose windows', () => {
  it('asks which one when none holds the caret, and writes nowhere', async () => {
    const h = harness(gmailAdapter, 'gmail-two-composes.html');
    const before = h.doc.body.innerHTML;
    const result = await h.insert();
    expect(result).toMatchObject({ ok: false, code: 'several-composes' });
    if (result.ok) return;
    expect(result.composes?.map((c) => c.label)).toEqual([
      'To: it@fabrikam.com — Licences for Q3',
      'New message',
    ]);
    // Only our id attributes were added: nothing was written into either window.
    expect(h.doc.body.innerHTML.replace(/ data-csp-compose-id="[^"]*"/g, '')).toBe(before);
  });

  it('inserts into the chosen window only', async () => {
    const h = harness(gmailAdapter, 'gmail-two-composes.html');
    const choice = await h.insert();
    const second = !choice.ok ? choice.composes?.[1] : undefined;
    const c1 = fixtureCompose(h.doc, 'c1');
    const c1Before = c1.innerHTML;

    const result = await h.insert({ composeId: second?.id });

    expect(result).toMatchObject({ ok: true, composeId: second?.id });
    expect(c1.innerHTML).toBe(c1Before);
    expect(bodyOf(fixtureCompose(h.doc, 'c2')).querySelector('a')?.getAttribute('href')).toBe(LINK);
  });

  it('goes to the window holding the caret, at the caret', async () => {
    const h = harness(gmailAdapter, 'gmail-two-composes.html');
    const c1 = fixtureCompose(h.doc, 'c1');
    const c1Before = c1.innerHTML;
    const body2 = bodyOf(fixtureCompose(h.doc, 'c2'));
    placeCaret(body2.firstElementChild!, 0);

    expect(await h.insert()).toMatchObject({ ok: true, body: 'at-caret' });
    expect(c1.innerHTML).toBe(c1Before);
    expect(positionOf(body2, 'Hello Jan,')).toBeLessThan(positionOf(body2, 'Anna de Vries'));
  });

  it('goes to the window that had the caret last when the focus moved out of both', async () => {
    const h = harness(gmailAdapter, 'gmail-two-composes.html');
    const body1 = bodyOf(fixtureCompose(h.doc, 'c1'));
    placeCaret(body1.lastElementChild!.firstChild!, 4);
    body1.blur();
    h.doc.querySelector<HTMLElement>('[role="navigation"] [role="button"]')!.focus();

    expect(await h.insert({ to: 'it@fabrikam.com' })).toMatchObject({
      ok: true,
      recipient: 'already-present',
      subject: 'kept-existing',
      body: 'at-caret',
    });
    // "The renewal is due." had the caret after "The ": the link sits there.
    expect(body1.lastElementChild!.textContent).toMatch(/^The Hello Jan,/);
  });

  it('inserts at the top when the focus is in the subject of a window (never into the subject)', async () => {
    const h = harness(gmailAdapter, 'gmail-two-composes.html');
    placeCaret(bodyOf(fixtureCompose(h.doc, 'c2')), 0);
    const c1 = fixtureCompose(h.doc, 'c1');
    subjectOf(c1).focus();

    expect(await h.insert()).toMatchObject({ ok: true, body: 'at-top', subject: 'kept-existing' });
    expect(subjectOf(c1).value).toBe('Licences for Q3');
    expect(bodyOf(c1).firstElementChild?.textContent).toBe('Hello Jan,');
  });
});

describe('Gmail adapter: signature, full screen, inline reply, standalone page', () => {
  it('inserts above the signature when the caret is in or below it', async () => {
    const h = harness(gmailAdapter, 'gmail-signature.html');
    const body = bodyOf(fixtureCompose(h.doc, 'c1'));
    placeCaret(body.querySelector('.gmail_signature div')!, 1);

    expect(await h.insert()).toMatchObject({ ok: true, body: 'at-top' });
    expect(positionOf(body, LINK)).toBeLessThan(positionOf(body, 'Anna de Vries'));
    expect(body.querySelector('.gmail_signature')?.textContent).not.toContain(LINK);
  });

  it('finds a full-screen compose and inserts above its signature', async () => {
    const h = harness(gmailAdapter, 'gmail-fullscreen.html');
    const [compose] = gmailAdapter.findComposes(h.doc);
    expect(compose?.closest('.aSt')).not.toBeNull();
    expect(await h.insert()).toMatchObject({ ok: true, subject: 'set', recipient: 'added' });
    const body = bodyOf(compose!);
    expect(positionOf(body, LINK)).toBeLessThan(positionOf(body, 'Anna de Vries'));
  });

  it('leaves an inline reply’s hidden subject alone, keeps its recipient once, inserts above the quote', async () => {
    const h = harness(gmailAdapter, 'gmail-inline-reply.html');
    const compose = fixtureCompose(h.doc, 'c1');
    const pastes = vi.fn();
    toInputOf(compose).addEventListener('paste', pastes);

    expect(await h.insert()).toMatchObject({
      ok: true,
      recipient: 'already-present',
      subject: 'hidden-reply',
      body: 'at-top',
    });
    expect(pastes).not.toHaveBeenCalled();
    expect(subjectOf(compose).value).toBe('Re: Reseller relationship');
    expect(compose.querySelectorAll('[data-hovercard-id="it@contoso.com"]')).toHaveLength(1);
    const body = bodyOf(compose);
    expect(positionOf(body, LINK)).toBeLessThan(positionOf(body, 'Anna de Vries'));
    expect(positionOf(body, LINK)).toBeLessThan(positionOf(body, 'wrote:'));
  });

  it('finds the standalone compose page (?view=cm) by its main area', async () => {
    const h = harness(gmailAdapter, 'gmail-standalone.html');
    const composes = gmailAdapter.findComposes(h.doc);
    expect(composes).toHaveLength(1);
    expect(composes[0]?.getAttribute('role')).toBe('main');
    expect(await h.insert()).toMatchObject({ ok: true, subject: 'set', body: 'at-top' });
  });
});

describe('Gmail adapter: failures are values', () => {
  it('says no-compose on a page without one', async () => {
    const h = harness(gmailAdapter, 'gmail-new-compose.html');
    h.doc.querySelector('.dw')!.remove();
    expect(await h.insert()).toMatchObject({ ok: false, code: 'no-compose' });
  });

  it('says page-changed when the chosen window is gone', async () => {
    const h = harness(gmailAdapter, 'gmail-new-compose.html');
    expect(await h.insert({ composeId: 'compose-gone' })).toMatchObject({
      ok: false,
      code: 'page-changed',
    });
  });

  it('refuses a list of addresses or a link that is not https', async () => {
    const h = harness(gmailAdapter, 'gmail-new-compose.html');
    expect(await h.insert({ to: 'a@contoso.com, b@contoso.com' })).toMatchObject({
      code: 'invalid-request',
    });
    expect(await h.insert({ link: 'javascript:alert(1)' })).toMatchObject({
      code: 'invalid-request',
    });
    expect(bodyOf(fixtureCompose(h.doc, 'c1')).textContent).toBe('');
  });

  it('falls back to execCommand when the editor refuses the nodes, else says editor-refused', async () => {
    const h = harness(gmailAdapter, 'gmail-new-compose.html');
    vi.spyOn(Range.prototype, 'insertNode').mockImplementation(() => {
      throw new Error('refused');
    });
    expect(await h.insert()).toMatchObject({ ok: false, code: 'editor-refused' });

    const execCommand = vi.fn(() => true);
    Object.assign(h.doc, { execCommand });
    expect(await h.insert()).toMatchObject({ ok: true });
    expect(execCommand).toHaveBeenCalledWith('insertText', false, PAYLOAD.text);
  });

  it('never throws into the page', async () => {
    const h = harness(gmailAdapter, 'gmail-new-compose.html');
    vi.spyOn(gmailAdapter, 'setSubject').mockImplementation(() => {
      throw new Error('Gmail changed');
    });
    expect(await h.insert()).toMatchObject({ ok: false, code: 'editor-refused' });
  });
});

describe('Gmail adapter: context menu', () => {
  it('inserts into the compose whose body was right-clicked, even with another focused', async () => {
    const h = harness(gmailAdapter, 'gmail-two-composes.html');
    const body2 = bodyOf(fixtureCompose(h.doc, 'c2'));
    body2.firstElementChild!.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
    subjectOf(fixtureCompose(h.doc, 'c1')).focus();

    expect(await h.insert({ atContextTarget: true })).toMatchObject({ ok: true });
    expect(body2.querySelector('a')?.getAttribute('href')).toBe(LINK);
    expect(bodyOf(fixtureCompose(h.doc, 'c1')).querySelector('a')).toBeNull();
  });

  it('inserts plain text into a right-clicked field outside any compose', async () => {
    const h = harness(gmailAdapter, 'gmail-new-compose.html');
    const field = h.doc.createElement('textarea');
    h.doc.body.append(field);
    field.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));

    expect(await h.insert({ atContextTarget: true })).toMatchObject({
      ok: true,
      recipient: 'not-found',
      subject: 'not-found',
    });
    expect(field.value).toBe(PAYLOAD.text);
  });

  it('inserts the link into a right-clicked rich-text field outside any compose', async () => {
    const h = harness(gmailAdapter, 'gmail-new-compose.html');
    const field = h.doc.createElement('div');
    field.setAttribute('contenteditable', 'true');
    h.doc.body.append(field);
    field.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));

    expect(await h.insert({ atContextTarget: true })).toMatchObject({ ok: true });
    expect(field.querySelector('a')?.getAttribute('href')).toBe(LINK);
  });

  it('adds a recipient whose address only appears inside a longer one', async () => {
    const h = harness(gmailAdapter, 'gmail-new-compose.html');
    const area = fixtureCompose(h.doc, 'c1').querySelector('div[name=to]')!;
    const chip = h.doc.createElement('span');
    chip.setAttribute('data-hovercard-id', 'edit@contoso.com');
    chip.textContent = 'edit@contoso.com';
    area.prepend(chip);

    expect(await h.insert({ to: 'it@contoso.com' })).toMatchObject({
      ok: true,
      recipient: 'added',
    });
  });

  it('refuses a link outside the Microsoft allowlist: it never becomes a link in a mail', async () => {
    const h = harness(gmailAdapter, 'gmail-new-compose.html');
    const link = 'https://evil.example/Adminportal/Home?invType=ResellerRelationship';
    expect(await h.insert({ link, text: `Accept: ${link}` })).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    expect(bodyOf(fixtureCompose(h.doc, 'c1')).querySelector('a')).toBeNull();
  });
});
