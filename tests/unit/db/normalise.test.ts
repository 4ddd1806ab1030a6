// The version 5 repair's rules (lib/db/normalise.ts), one by one: what earlier
// versions stored and today's check refuses becomes what the check wants, and
// whatever cannot stay in its field is kept in a dated note — never dropped.
import { describe, expect, it } from 'vitest';
import { CustomerRecordSchema, InvitationRecordSchema, nameKeyOf } from '../../../lib/db';
import { COUNTRY_CODES, countryCodeOfName } from '../../../lib/db/countries';
import {
  cleanName,
  cutText,
  KEPT_NOTE_PREFIX,
  NOTES_CONTINUED,
  normaliseCustomer,
  normaliseInvitation,
  splitText,
} from '../../../lib/db/normalise';
import { RECORD_LIMITS } from '../../../lib/schema/records';
import { customerRecord, invitationRecord, T } from './fixtures';

const L = RECORD_LIMITS;
const GDAP =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const LINK = invitationRecord().link;

type Entry = { at: number; author: string; text: string };
const entriesOf = (r: Record<string, unknown> | undefined) => (r?.noteEntries ?? []) as Entry[];
const passes = (r: unknown) => CustomerRecordSchema.safeParse(r).success;

/** The customer as repaired, which must pass the record check. */
function repaired(overrides: Record<string, unknown>): Record<string, unknown> {
  const raw = { ...customerRecord(), ...overrides };
  expect(passes(raw)).toBe(false);
  const out = normaliseCustomer(raw);
  expect(out).toBeDefined();
  expect(CustomerRecordSchema.safeParse(out).error?.issues).toBeUndefined();
  return out!;
}

describe('names', () => {
  it.each([
    ['a tab', 'Contoso\tBV', 'Contoso BV'],
    ['a line break', 'Contoso\r\nBV', 'Contoso BV'],
    ['NUL and DEL', '\u0000Contoso\u007f', 'Contoso'],
    ['a C1 control', 'Contoso\u0085BV', 'Contoso BV'],
    ['a bidi override and pop', 'Contoso \u202Egnp.exe\u202C BV', 'Contoso gnp.exe BV'],
    ['an isolate', '\u2066Contoso\u2069', 'Contoso'],
  ])('%s becomes a space, runs of spaces one, ends trimmed', (_what, name, clean) => {
    const out = repaired({ name, nameKey: nameKeyOf(name) });
    expect(out.name).toBe(clean);
    expect(entriesOf(out)).toEqual([]);
  });

  it('the contact name too, and an empty one stays empty', () => {
    expect(repaired({ contactName: 'Ann\tde Vries' }).contactName).toBe('Ann de Vries');
    expect(repaired({ contactName: '\t' }).contactName).toBe('');
  });

  it('recomputes the name key when the name changes, as a save does', () => {
    const out = repaired({ name: 'Café\u0000Zürich', nameKey: 'stale' });
    expect(out.name).toBe('Café Zürich');
    expect(out.nameKey).toBe(nameKeyOf('Café Zürich'));
    expect(out.nameKey).toBe('cafe zurich');
  });

  it('a name that passes keeps its spacing when another field is repaired', () => {
    const out = repaired({ name: 'Contoso  BV', nameKey: nameKeyOf('Contoso  BV'), country: 'nl' });
    expect(out.name).toBe('Contoso  BV');
  });

  it('a name too long is cut to its limit, and kept whole in a dated note', () => {
    const name = `${'Contoso '.repeat(50)}end`;
    const out = repaired({ name, nameKey: nameKeyOf(name), updatedAt: T + 7000 });
    expect(out.name).toBe(cutText(name, L.name).trimEnd());
    expect((out.name as string).length).toBeLessThanOrEqual(L.name);
    expect(out.nameKey).toBe(nameKeyOf(out.name as string));
    const [note] = entriesOf(out);
    expect(note).toEqual({ at: T + 7000, author: '', text: expect.stringContaining(name) });
    expect(note!.text.startsWith(KEPT_NOTE_PREFIX)).toBe(true);
  });

  it('a long contact name likewise', () => {
    const contactName = 'A'.repeat(L.contactName + 5);
    const out = repaired({ contactName });
    expect(out.contactName).toBe('A'.repeat(L.contactName));
    expect(entriesOf(out)[0]!.text).toContain(contactName);
  });

  it('a name of control characters only is not invented: nothing to repair', () => {
    const raw = { ...customerRecord(), name: '\t\n', nameKey: '' };
    const out = normaliseCustomer(raw);
    expect(out === undefined || !passes(out)).toBe(true);
    expect(out?.name ?? raw.name).toBe('\t\n');
  });

  it('note authors are names too', () => {
    const noteEntries = [{ at: T, author: 'Ann\tB', text: 'Called' }];
    expect(entriesOf(repaired({ noteEntries }))).toEqual([
      { at: T, author: 'Ann B', text: 'Called' },
    ]);
  });
});

describe('contact e-mail and domain', () => {
  it('are trimmed and lower-cased', () => {
    const out = repaired({ contactEmail: ' IT@Contoso.COM ', domain: 'Contoso.COM' });
    expect(out.contactEmail).toBe('it@contoso.com');
    expect(out.domain).toBe('contoso.com');
    expect(entriesOf(out)).toEqual([]);
  });

  it('a domain as pasted is reduced as a save reduces it', () => {
    expect(repaired({ domain: 'https://www.Contoso.com/' }).domain).toBe('contoso.com');
  });

  it.each([
    ['a@b.c'],
    ['it@contoso.com?bcc=all@evil.example'],
    ['two@contoso.com, three@contoso.com'],
  ])('an address still refused (%s) is emptied and kept in a note', (contactEmail) => {
    const out = repaired({ contactEmail, updatedAt: T + 3000 });
    expect(out.contactEmail).toBe('');
    expect(entriesOf(out)).toEqual([
      {
        at: T + 3000,
        author: '',
        text: `${KEPT_NOTE_PREFIX} contact e-mail "${contactEmail}".`,
      },
    ]);
  });

  it('a domain still refused is emptied and kept in a note', () => {
    const out = repaired({ domain: 'Contoso' });
    expect(out.domain).toBe('');
    expect(entriesOf(out)[0]!.text).toBe(`${KEPT_NOTE_PREFIX} domain "Contoso".`);
  });
});

describe('country', () => {
  it.each([
    ['nl', 'NL'],
    [' gb ', 'GB'],
    ['Netherlands', 'NL'],
    ['The Netherlands', 'NL'],
    ['nederland', 'NL'],
    ['Duitsland', 'DE'],
    ['United Kingdom', 'GB'],
    ['Verenigde Staten', 'US'],
    ['Belgie', 'BE'],
    ["Côte d'Ivoire", 'CI'],
    // Two letters that are a name, not a code: the English and Dutch short names
    // (in upper case they pass the check as they are, and are not repaired).
    ['uk', 'GB'],
    [' UK', 'GB'],
    ['vs', 'US'],
    ['Vk', 'GB'],
  ])('%j becomes %s', (country, code) => {
    const out = repaired({ country });
    expect(out.country).toBe(code);
    expect(entriesOf(out)).toEqual([]);
  });

  it('a text that names no country is removed and kept in a note', () => {
    const out = repaired({ country: 'Benelux' });
    expect('country' in out).toBe(false);
    expect(entriesOf(out)[0]!.text).toBe(`${KEPT_NOTE_PREFIX} country "Benelux".`);
  });

  it('an empty country is removed, with nothing to keep', () => {
    const out = repaired({ country: ' ' });
    expect('country' in out).toBe(false);
    expect(entriesOf(out)).toEqual([]);
  });

  it('the names are looked up over the ISO 3166-1 alpha-2 codes only', () => {
    expect(COUNTRY_CODES).toHaveLength(250);
    expect(countryCodeOfName('European Union')).toBeUndefined();
    expect(countryCodeOfName('world')).toBeUndefined();
    const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (const code of COUNTRY_CODES) expect(countryCodeOfName(en.of(code)!)).toBe(code);
  });
});

describe('notes', () => {
  it('longer than the limit: the first part stays, the rest goes to dated entries', () => {
    const notes = `${'a'.repeat(L.notes)}${'b'.repeat(L.notes + 10)}`;
    const out = repaired({ notes, updatedAt: T + 9000 });
    expect(out.notes).toBe('a'.repeat(L.notes));
    const entries = entriesOf(out);
    expect(entries.length).toBe(2);
    for (const e of entries) {
      expect(e.at).toBe(T + 9000);
      expect(e.author).toBe('');
      expect(e.text.length).toBeLessThanOrEqual(L.notes);
    }
    expect(entries.map((e) => e.text).join('')).toBe(
      `${NOTES_CONTINUED}${'b'.repeat(L.notes + 10)}`,
    );
  });

  it('after the entries already there, which are kept', () => {
    const noteEntries = [{ at: T, author: 'Ann', text: 'Called' }];
    const out = repaired({ notes: 'x'.repeat(L.notes + 1), noteEntries });
    expect(entriesOf(out)[0]).toEqual(noteEntries[0]);
    expect(entriesOf(out)[1]!.text).toBe(`${NOTES_CONTINUED}x`);
  });

  it('a cut never splits a surrogate pair', () => {
    const text = `${'a'.repeat(L.notes - 1)}😀rest`;
    expect(cutText(text, L.notes)).toBe('a'.repeat(L.notes - 1));
    expect(splitText(text, L.notes).join('')).toBe(text);
  });
});

describe('never drops text', () => {
  const everything = {
    name: `Contoso\t${'N'.repeat(400)}`,
    contactName: 'Ann\u202Ede Vries',
    contactEmail: 'A@B.C',
    domain: 'not a domain',
    country: 'Atlantis',
    notes: `${'n'.repeat(L.notes)}THE REST`,
    noteEntries: [{ at: T, author: 'Ann', text: 'Called' }],
  };

  it('every refused value is in its field (cleaned) or in a note', () => {
    const out = repaired(everything);
    const kept = [
      out.name,
      out.contactName,
      out.contactEmail,
      out.domain,
      out.country,
      out.notes,
      ...entriesOf(out).map((e) => e.text),
    ].join('\n');
    expect(kept).toContain(everything.name);
    expect(kept).toContain('Ann de Vries');
    expect(kept).toContain('"A@B.C"');
    expect(kept).toContain('"not a domain"');
    expect(kept).toContain('"Atlantis"');
    expect(out.notes).toBe('n'.repeat(L.notes));
    expect(kept).toContain('THE REST');
    expect(entriesOf(out)[0]).toEqual(everything.noteEntries[0]);
  });

  it('carries every other field over, unknown ones too, and leaves its input alone', () => {
    const raw = { ...customerRecord(), country: 'nl', tenantId: undefined, legacy: { x: 1 } };
    const copy = structuredClone(raw);
    const out = normaliseCustomer(raw)!;
    expect(raw).toEqual(copy);
    expect(out).toEqual({ ...copy, country: 'NL' });
  });

  it('a record it cannot help is not changed: undefined', () => {
    expect(normaliseCustomer(customerRecord())).toBeUndefined();
    expect(normaliseCustomer({ ...customerRecord(), createdAt: 5 })).toBeUndefined();
    expect(normaliseCustomer('text')).toBeUndefined();
    expect(normaliseCustomer(null)).toBeUndefined();
  });
});

describe('invitation links', () => {
  it('a link that parses but is written otherwise gets its serialisation', () => {
    const raw = invitationRecord({
      link: LINK.replace('admin.microsoft.com', 'ADMIN.Microsoft.com'),
    });
    expect(InvitationRecordSchema.safeParse(raw).success).toBe(false);
    const out = normaliseInvitation(raw)!;
    expect(out).toEqual({ ...raw, link: LINK });
    expect(InvitationRecordSchema.safeParse(out).success).toBe(true);
  });

  it('the GDAP link too', () => {
    const raw = invitationRecord({ gdapLink: ` <${GDAP.replace('admin.', 'Admin.')}> ` });
    expect(normaliseInvitation(raw)).toEqual({ ...raw, gdapLink: GDAP });
  });

  it.each([
    ['javascript:alert(document.domain)'],
    [LINK.replace('admin.microsoft.com', 'admin.microsoft.com.evil.example')],
    [LINK.replace('https://', 'https://evil.example@')],
  ])('a link that does not parse is left: %s', (link) => {
    expect(normaliseInvitation(invitationRecord({ link }))).toBeUndefined();
  });

  it('a fine invitation is not changed', () => {
    expect(normaliseInvitation(invitationRecord({ gdapLink: GDAP }))).toBeUndefined();
  });
});

describe('cleanName', () => {
  it('touches nothing the check accepts', () => {
    expect(cleanName('مؤسسة  Contoso')).toBe('مؤسسة Contoso');
    expect(cleanName('Zoë\u200d')).toBe('Zoë\u200d');
  });
});
