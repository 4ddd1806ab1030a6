// @vitest-environment happy-dom
/**
 * Dutch pages (Aan, Onderwerp toevoegen, Berichttekst, Verzenden): the adapters
 * find every field through selectors that do not read English labels.
 */
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../../lib/webmail/page/gmail';
import { outlookAdapter } from '../../../../lib/webmail/page/outlook';
import { fixtureCompose, harness, LINK, PAYLOAD } from './harness';

const ENGLISH_LABELS = [
  '[aria-label="To"]',
  '[aria-label="To recipients"]',
  '[aria-label="Subject"]',
  '[aria-label="Add a subject"]',
  '[aria-label^="Message body"]',
  '[aria-label^="Message Body"]',
  '[aria-label^="Send"]',
];

const positionOf = (body: Element, text: string) => (body.textContent ?? '').indexOf(text);

describe('Dutch Gmail', () => {
  it('has no English label, and the compose is filled all the same', async () => {
    const h = harness(gmailAdapter, 'gmail-nl.html');
    const compose = fixtureCompose(h.doc, 'c1');
    expect(h.doc.querySelectorAll(ENGLISH_LABELS.join(','))).toHaveLength(0);

    expect(await h.insert()).toMatchObject({
      ok: true,
      recipient: 'added',
      subject: 'set',
      body: 'at-top',
    });
    expect(compose.querySelector<HTMLInputElement>('[aria-label="Aan-ontvangers"]')?.value).toBe(
      'it@contoso.com',
    );
    expect(compose.querySelector<HTMLInputElement>('[aria-label="Onderwerp"]')?.value).toBe(
      PAYLOAD.subject,
    );
    const body = compose.querySelector('[aria-label="Berichttekst"]')!;
    expect(body.querySelector('a')?.getAttribute('href')).toBe(LINK);
    expect(positionOf(body, LINK)).toBeLessThan(positionOf(body, 'Anna de Vries'));
    expect(compose.querySelector<HTMLInputElement>('[aria-label="Cc-ontvangers"]')?.value).toBe('');
  });

  it('labels the compose by its Dutch fields too', () => {
    const h = harness(gmailAdapter, 'gmail-nl.html');
    const compose = fixtureCompose(h.doc, 'c1');
    compose.querySelector<HTMLInputElement>('[aria-label="Onderwerp"]')!.value = 'Licenties';
    expect(gmailAdapter.label(compose)).toBe('Licenties');
  });
});

describe('Dutch Outlook', () => {
  it('has no English label; To ("Aan"), subject ("Onderwerp toevoegen") and body are found', async () => {
    const h = harness(outlookAdapter, 'outlook-nl.html');
    const compose = fixtureCompose(h.doc, 'c1');
    expect(h.doc.querySelectorAll(ENGLISH_LABELS.join(','))).toHaveLength(0);
    const well = (label: string) =>
      compose.querySelector<HTMLElement>(`div[contenteditable="true"][aria-label="${label}"]`)!;
    const keys: string[] = [];
    well('Aan').addEventListener('keydown', (e) => keys.push(e.key));

    expect(await h.insert()).toMatchObject({
      ok: true,
      site: 'outlook',
      recipient: 'added',
      subject: 'set',
      body: 'at-top',
    });
    expect(well('Aan').textContent).toContain('it@contoso.com');
    expect(keys[0]).toBe(';');
    expect(well('CC').textContent).toBe('');
    expect(well('BCC').textContent).toBe('');
    expect(compose.querySelector<HTMLInputElement>('#MSG_0_SUBJECT')?.value).toBe(PAYLOAD.subject);
    const body = outlookAdapter.bodyOf(compose)!;
    expect(body.getAttribute('aria-label')).toMatch(/^Berichttekst/);
    expect(positionOf(body, LINK)).toBeLessThan(positionOf(body, 'Anna de Vries'));
  });

  it('finds the subject by the 255-character limit when it has neither label nor id', async () => {
    const h = harness(outlookAdapter, 'outlook-nl.html');
    const subject = fixtureCompose(h.doc, 'c1').querySelector<HTMLInputElement>('#MSG_0_SUBJECT')!;
    subject.removeAttribute('id');
    expect(await h.insert()).toMatchObject({ ok: true, subject: 'set' });
    expect(subject.value).toBe(PAYLOAD.subject);
  });

  it('does not take Cc for To when the wells carry no label at all', async () => {
    const h = harness(outlookAdapter, 'outlook-nl.html');
    const compose = fixtureCompose(h.doc, 'c1');
    for (const el of compose.querySelectorAll('[aria-label="Aan"],[aria-label="CC"]')) {
      el.removeAttribute('aria-label');
    }
    expect(await h.insert()).toMatchObject({ ok: true, recipient: 'added' });
    const wells = compose.querySelectorAll('div[contenteditable="true"][role="textbox"]');
    expect(wells[0]?.textContent).toContain('it@contoso.com');
    expect(wells[1]?.textContent).toBe('');
  });
});
