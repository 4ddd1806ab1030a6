// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outlookAdapter } from '../../../../lib/webmail/page/outlook';
import { fixtureCompose, harness, LINK, PAYLOAD, placeCaret } from './harness';

const field = (compose: HTMLElement, label: string) =>
  compose.querySelector<HTMLElement>(`div[contenteditable="true"][aria-label="${label}"]`)!;
const subjectOf = (compose: HTMLElement) =>
  compose.querySelector<HTMLInputElement>('input[aria-label="Add a subject"]')!;
const positionOf = (body: Element, text: string) => (body.textContent ?? '').indexOf(text);

describe('Outlook adapter', () => {
  it('finds the compose form in the reading pane', () => {
    const h = harness(outlookAdapter, 'outlook-compose.html');
    const composes = outlookAdapter.findComposes(h.doc);
    expect(composes).toHaveLength(1);
    expect(composes[0]?.getAttribute('data-app-section')).toBe('Form_Content');
  });

  it('types the recipient into To and presses the key that makes it a chip; Cc and Bcc stay empty', async () => {
    const h = harness(outlookAdapter, 'outlook-compose.html');
    const compose = fixtureCompose(h.doc, 'c1');
    const to = field(compose, 'To');
    const events: string[] = [];
    to.addEventListener('input', (e) => events.push(`input:${(e as InputEvent).data}`));
    to.addEventListener('keydown', (e) => events.push(`keydown:${e.key}`));

    expect(await h.insert()).toMatchObject({ ok: true, site: 'outlook', recipient: 'added' });
    expect(to.textContent).toContain('it@contoso.com');
    // No page turns it into a chip here, so both keys were tried.
    expect(events).toEqual(['input:it@contoso.com', 'keydown:;', 'keydown:Enter']);
    expect(field(compose, 'Cc').textContent).toBe('');
    expect(field(compose, 'Bcc').textContent).toBe('');
  });

  it('stops after the first key once the page made the chip', async () => {
    const h = harness(outlookAdapter, 'outlook-compose.html');
    const to = field(fixtureCompose(h.doc, 'c1'), 'To');
    const keys: string[] = [];
    to.addEventListener('keydown', (e) => {
      keys.push(e.key);
      to.replaceChildren();
    });
    await h.insert();
    expect(keys).toEqual([';']);
  });

  it('does not add a recipient already in the To well', async () => {
    const h = harness(outlookAdapter, 'outlook-compose.html');
    const compose = fixtureCompose(h.doc, 'c1');
    const chip = h.doc.createElement('span');
    chip.setAttribute('title', 'Jan Jansen <IT@contoso.com>');
    chip.textContent = 'Jan Jansen';
    compose.querySelector('[role="listbox"][aria-label="To"]')!.append(chip);

    expect(await h.insert()).toMatchObject({ ok: true, recipient: 'already-present' });
    expect(field(compose, 'To').textContent).toBe('');
  });

  it('sets an empty subject and keeps a typed one', async () => {
    const h = harness(outlookAdapter, 'outlook-compose.html');
    const compose = fixtureCompose(h.doc, 'c1');
    expect(await h.insert()).toMatchObject({ subject: 'set' });
    expect(subjectOf(compose).value).toBe(PAYLOAD.subject);
    expect(await h.insert()).toMatchObject({
      subject: 'kept-existing',
      existingSubject: PAYLOAD.subject,
    });
  });

  it('finds the subject by its position when the UI is not in English', async () => {
    const h = harness(outlookAdapter, 'outlook-compose.html');
    const compose = fixtureCompose(h.doc, 'c1');
    subjectOf(compose).setAttribute('aria-label', 'Onderwerp toevoegen');
    expect(await h.insert()).toMatchObject({ subject: 'set' });
    expect(compose.querySelector<HTMLInputElement>('input[type="text"]')!.value).toBe(
      PAYLOAD.subject,
    );
  });

  it('inserts the body above the signature with the link as a link', async () => {
    const h = harness(outlookAdapter, 'outlook-compose.html');
    const body = outlookAdapter.bodyOf(fixtureCompose(h.doc, 'c1'))!;
    expect(await h.insert()).toMatchObject({ body: 'at-top' });
    expect(body.querySelector('a')?.getAttribute('href')).toBe(LINK);
    expect(positionOf(body, LINK)).toBeLessThan(positionOf(body, 'Anna de Vries'));
    expect(body.querySelector('#Signature')?.textContent).toBe('Anna de VriesContoso Partner IT');
  });

  it('inserts at the caret when it is in the body above the signature', async () => {
    const h = harness(outlookAdapter, 'outlook-compose.html');
    const body = outlookAdapter.bodyOf(fixtureCompose(h.doc, 'c1'))!;
    const line = h.doc.createElement('div');
    line.textContent = 'Dear Jan, ';
    body.prepend(line);
    placeCaret(line.firstChild!, 10);
    expect(await h.insert()).toMatchObject({ body: 'at-caret' });
    expect(line.textContent).toMatch(/^Dear Jan, Hello Jan,/);
  });

  it('leaves a reply without a subject field alone and inserts above the quoted message', async () => {
    const h = harness(outlookAdapter, 'outlook-compose.html');
    const compose = fixtureCompose(h.doc, 'c1');
    subjectOf(compose).parentElement!.remove();
    const body = outlookAdapter.bodyOf(compose)!;
    const quote = h.doc.createElement('div');
    quote.id = 'divRplyFwdMsg';
    quote.textContent = 'From: Jan Jansen <it@contoso.com>';
    body.append(h.doc.createElement('hr'), quote);

    expect(await h.insert()).toMatchObject({ ok: true, subject: 'hidden-reply', body: 'at-top' });
    expect(positionOf(body, LINK)).toBeLessThan(positionOf(body, 'From: Jan Jansen'));
  });
});
