import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_TEMPLATES,
  type DraftValues,
  renderTemplate,
  segmentsToText,
  templateFor,
  templateKey,
  validateTemplate,
} from '../../../lib/invitation';
import { DRAFT_PURPOSES, EMAIL_LANGUAGES } from '../../../lib/schema';

const VALUES: DraftValues = {
  customerName: 'Fabrikam',
  contactName: '',
  partnerName: 'Contoso IT',
  senderName: 'Jan',
  link: 'https://admin.microsoft.com/x',
  acceptPortal: 'the Microsoft 365 admin center',
  gdapLink: '',
  signature: 'Jan',
  sentDate: '',
};

describe('template syntax', () => {
  it('fills placeholders and turns the links into link segments', () => {
    const segments = renderTemplate('Hi {customerName}, open {link} now.', VALUES);
    expect(segments).toEqual([
      { kind: 'text', text: 'Hi Fabrikam, open ' },
      { kind: 'link', href: 'https://admin.microsoft.com/x' },
      { kind: 'text', text: ' now.' },
    ]);
  });

  it('keeps a {{#name}} block only when the value is there, {{^name}} only when not', () => {
    const t =
      '{{#contactName}}Dear {contactName},{{/contactName}}{{^contactName}}Hello,{{/contactName}}';
    expect(segmentsToText(renderTemplate(t, VALUES))).toBe('Hello,');
    expect(segmentsToText(renderTemplate(t, { ...VALUES, contactName: 'Anna' }))).toBe(
      'Dear Anna,',
    );
  });

  it('removes an absent paragraph without leaving a gap', () => {
    const t = 'One.\n\n{{#gdapLink}}\nGDAP: {gdapLink}\n{{/gdapLink}}\n\nTwo.';
    expect(segmentsToText(renderTemplate(t, VALUES))).toBe('One.\n\nTwo.');
    expect(segmentsToText(renderTemplate(t, { ...VALUES, gdapLink: 'https://g' }))).toBe(
      'One.\n\nGDAP: https://g\n\nTwo.',
    );
  });

  it('never reads placeholders or blocks inside values', () => {
    const text = segmentsToText(
      renderTemplate('{customerName} / {partnerName}', {
        ...VALUES,
        customerName: '{link}{{#partnerName}}x{{/partnerName}}',
      }),
    );
    expect(text).toBe('{link}{{#partnerName}}x{{/partnerName}} / Contoso IT');
  });

  it('does not double a full stop after a name that ends in one', () => {
    const text = segmentsToText(
      renderTemplate('Partner of {customerName}.', { ...VALUES, customerName: 'Contoso B.V.' }),
    );
    expect(text).toBe('Partner of Contoso B.V.');
  });
});

describe('validateTemplate', () => {
  it('accepts every built-in template', () => {
    for (const language of EMAIL_LANGUAGES) {
      for (const purpose of DRAFT_PURPOSES) {
        expect(validateTemplate(BUILT_IN_TEMPLATES[language][purpose]).ok).toBe(true);
      }
    }
  });

  it.each([
    ['template-missing-link', { subject: 'S', body: 'No link here.' }, '{link}'],
    [
      'template-missing-link',
      { subject: 'S', body: '{{#gdapLink}}{link}{{/gdapLink}}' },
      'optional block',
    ],
    ['template-unknown-placeholder', { subject: 'S', body: '{link} {customer}' }, '{customer}'],
    ['template-unknown-placeholder', { subject: 'For {company}', body: '{link}' }, '{company}'],
    ['template-unknown-placeholder', { subject: 'S', body: '{link} {{#foo}}x{{/foo}}' }, '{foo}'],
    ['template-block-unclosed', { subject: 'S', body: '{link} {{#gdapLink}} x' }, '{{/name}}'],
  ])('%s', (code, template, named) => {
    const r = validateTemplate(template);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message).toContain(named);
  });

  it('leaves single braces that are not placeholders alone', () => {
    expect(validateTemplate({ subject: 'S', body: '{link} { not a placeholder }' }).ok).toBe(true);
  });
});

describe('templateKey and templateFor', () => {
  it('keys templates as language/purpose', () => {
    expect(templateKey('nl', 'restore-admin')).toBe('nl/restore-admin');
  });

  it('uses the built-in template when the partner has none', () => {
    const r = templateFor('nl', 'new-relationship', {});
    expect(r.ok && r.value.source).toBe('built-in');
    expect(r.ok && r.value.template).toBe(BUILT_IN_TEMPLATES.nl['new-relationship']);
  });

  it("prefers the partner's own template for that language and purpose only", () => {
    const own = { subject: 'Mine', body: 'Click {link}' };
    const templates = { 'en/new-relationship': own };
    const r = templateFor('en', 'new-relationship', templates);
    expect(r.ok && r.value).toEqual({ template: own, source: 'user' });
    const other = templateFor('nl', 'new-relationship', templates);
    expect(other.ok && other.value.source).toBe('built-in');
  });

  it('reports a broken template instead of silently replacing it', () => {
    const r = templateFor('en', 'new-relationship', {
      'en/new-relationship': { subject: 'S', body: 'no link' },
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('template-missing-link');
  });
});
