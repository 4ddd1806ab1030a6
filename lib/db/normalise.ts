/**
 * The version 5 repair (open.ts): records an earlier version stored that today's
 * record check (record-schema.ts) refuses, rewritten the way the check wants them
 * without losing anything the partner wrote. Pure: no IndexedDB here; the upgrade
 * reads, calls these, checks the result again and writes only what passes.
 *
 * Only the fields that fail are touched (a name that passes keeps its double
 * space). What cannot be kept in its field is kept in a dated note entry, and
 * nothing is invented: a name that is nothing but control characters, a link
 * that does not parse, a time outside the window stay as they are, and the record
 * stays counted as damaged.
 */
import { parseGdapLink, parseInvitationLink } from '../invitation';
import { type NoteEntry, nameText, RECORD_LIMITS, unsafeNameCharacter } from '../schema/records';
import { countryCodeOfName, isCountryCode } from './countries';
import { domainKeyOf, emailKeyOf, nameKeyOf } from './keys';
import { isStoredDomain, isStoredEmail } from './record-schema';

const L = RECORD_LIMITS;

type Raw = Record<string, unknown>;

/** The first `max` UTF-16 units of `text`, never half a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/** `text` in pieces of at most `max` units (never splitting a pair), which join back to it. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    const piece = cutText(rest, max);
    pieces.push(piece);
    rest = rest.slice(piece.length);
  }
  return pieces;
}

/**
 * A one-line name as the check wants it: each character it refuses
 * (`unsafeNameCharacter`: controls, bidi embeddings, overrides and isolates)
 * becomes a space, runs of spaces become one, and the ends are trimmed.
 */
export function cleanName(text: string): string {
  let out = text;
  for (let bad = unsafeNameCharacter(out); bad; bad = unsafeNameCharacter(out)) {
    out = out.replaceAll(String.fromCodePoint(Number.parseInt(bad.slice(2), 16)), ' ');
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/** The wording of the note that keeps what a field could not. */
const FIELD_LABEL = {
  name: 'customer name',
  contactName: 'contact name',
  contactEmail: 'contact e-mail',
  domain: 'domain',
  country: 'country',
} as const;

export const KEPT_NOTE_PREFIX =
  'Stored by an earlier version of the extension and not accepted now:';

export function keptNoteText(field: keyof typeof FIELD_LABEL, value: string, why = ''): string {
  return `${KEPT_NOTE_PREFIX} ${FIELD_LABEL[field]} "${value}"${why}.`;
}

export const NOTES_CONTINUED = `Notes, continued (the Notes field holds at most ${L.notes.toLocaleString('en')} characters):\n`;

const NAME_SCHEMA = {
  name: nameText(L.name, { required: true }),
  contactName: nameText(L.contactName, { required: false }),
} as const;
const AUTHOR_SCHEMA = nameText(L.noteAuthor, { required: false });

/**
 * A customer record repaired, or undefined when there is nothing this can repair
 * (not an object, or every field it knows is fine). The result is a new object:
 * every other field, known or not, is carried over as it was.
 */
export function normaliseCustomer(raw: unknown): Raw | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const out: Raw = { ...raw };
  const notes: string[] = [];
  let changed = false;

  for (const field of ['name', 'contactName'] as const) {
    const value = out[field];
    if (typeof value !== 'string' || NAME_SCHEMA[field].safeParse(value).success) continue;
    const clean = cleanName(value);
    // Nothing readable left: a name is not invented, the record stays damaged.
    if (field === 'name' && clean === '') continue;
    const max = L[field];
    if (clean.length > max) {
      out[field] = cutText(clean, max).trimEnd();
      notes.push(keptNoteText(field, value, ` (cut to ${max} characters)`));
    } else {
      out[field] = clean;
    }
    changed = true;
  }
  // The search and sort key, as every save computes it (customers.ts).
  if (typeof out.name === 'string') {
    const key = nameKeyOf(out.name);
    if (key !== out.nameKey) {
      out.nameKey = key;
      changed = true;
    }
  }

  const email = out.contactEmail;
  if (typeof email === 'string' && !(email.length <= L.email && isStoredEmail(email))) {
    const key = emailKeyOf(email);
    if (key.length <= L.email && isStoredEmail(key)) out.contactEmail = key;
    else {
      out.contactEmail = '';
      notes.push(keptNoteText('contactEmail', email));
    }
    changed = true;
  }

  const domain = out.domain;
  if (typeof domain === 'string' && !(domain.length <= L.domain && isStoredDomain(domain))) {
    // As every save reduces it: "https://www.Contoso.com/" is contoso.com.
    const key = domainKeyOf(domain);
    if (key.length <= L.domain && isStoredDomain(key)) out.domain = key;
    else {
      out.domain = '';
      notes.push(keptNoteText('domain', domain));
    }
    changed = true;
  }

  const country = out.country;
  if (typeof country === 'string' && !/^[A-Z]{2}$/.test(country)) {
    const typed = country.trim();
    // Two letters are a code only when they are one ("nl"); "UK" or the Dutch "VS"
    // are names (GB, US), found as any other name.
    const upper = typed.toUpperCase();
    const code = isCountryCode(upper) ? upper : countryCodeOfName(typed);
    if (code) out.country = code;
    else {
      delete out.country;
      // '' or spaces said nothing: no note for them.
      if (typed !== '') notes.push(keptNoteText('country', country));
    }
    changed = true;
  }

  const text = out.notes;
  let continued: string[] = [];
  if (typeof text === 'string' && text.length > L.notes) {
    out.notes = cutText(text, L.notes);
    continued = [`${NOTES_CONTINUED}${text.slice((out.notes as string).length)}`];
    changed = true;
  }

  let entries = out.noteEntries;
  if (Array.isArray(entries)) {
    // Authors are names too: the same cleaning, when the check refuses one.
    const fixed = entries.map((entry: unknown) => {
      const author = (entry as { author?: unknown } | null)?.author;
      if (typeof author !== 'string' || AUTHOR_SCHEMA.safeParse(author).success) return entry;
      const clean = cleanName(author);
      return clean.length <= L.noteAuthor ? { ...(entry as object), author: clean } : entry;
    });
    if (fixed.some((entry, i) => entry !== (entries as unknown[])[i])) {
      entries = fixed;
      out.noteEntries = fixed;
      changed = true;
    }
  }

  const added = [...notes, ...continued];
  if (added.length > 0) {
    // Entries need somewhere to go: a record whose noteEntries is no list is left.
    if (entries !== undefined && !Array.isArray(entries)) return undefined;
    out.noteEntries = [...((entries as unknown[] | undefined) ?? []), ...noteEntries(added, raw)];
  }
  return changed ? out : undefined;
}

/**
 * Dated entries for these texts, each split to the schema's length: dated by the
 * record's `updatedAt` (when it was last written, so oldest-first order holds),
 * with no author (no profile is at hand in an upgrade; '' is "unknown").
 */
function noteEntries(texts: readonly string[], raw: object): NoteEntry[] {
  const at = (raw as { updatedAt?: unknown }).updatedAt as number;
  return texts.flatMap((text) =>
    splitText(text, L.notes).map((piece) => ({ at, author: '', text: piece })),
  );
}

/**
 * An invitation record repaired, or undefined: a link or GDAP link that parses
 * but is not written as the URL parser serialises it gets that serialisation
 * (what the popup would have stored). A link that does not parse is left: it
 * must never become a live link, so the record stays damaged.
 */
export function normaliseInvitation(raw: unknown): Raw | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const out: Raw = { ...raw };
  let changed = false;
  for (const [field, parse] of [
    ['link', parseInvitationLink],
    ['gdapLink', parseGdapLink],
  ] as const) {
    const link = out[field];
    if (typeof link !== 'string') continue;
    const parsed = parse(link);
    if (parsed.ok && parsed.value.url !== link) {
      out[field] = parsed.value.url;
      changed = true;
    }
  }
  return changed ? out : undefined;
}
