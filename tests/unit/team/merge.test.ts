// The team merge as a table (docs/MICROSOFT.md, "Team sharing: merging"): each
// case is two versions of one customer and what both profiles must end with,
// whichever order they merge in.
import { describe, expect, it } from 'vitest';
import { isDeleted, mergeDocs, sameDoc, type TeamDoc } from '../../../lib/team/merge';

const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);
const min = (n: number) => T0 + n * 60_000;

/** A customer as both profiles last synced it: every field set at T0 by Ann. */
function base(): TeamDoc {
  return {
    fields: { name: 'Contoso BV', contactName: 'Kim', domain: 'contoso.nl', cloud: 'public' },
    sets: { noteEntries: [{ at: T0, author: 'Ann', text: 'First call' }] },
    times: { name: T0, contactName: T0, domain: T0, cloud: T0, noteEntries: T0 },
    by: { name: 'Ann', contactName: 'Ann', domain: 'Ann', cloud: 'Ann', noteEntries: 'Ann' },
  };
}

function edit(doc: TeamDoc, by: string, at: number, fields: Record<string, unknown>): TeamDoc {
  const out = structuredClone(doc);
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete out.fields[key];
    else out.fields[key] = value;
    out.times[key] = at;
    out.by[key] = by;
  }
  return out;
}

function note(doc: TeamDoc, by: string, at: number, text: string): TeamDoc {
  const out = structuredClone(doc);
  out.sets.noteEntries = [...(out.sets.noteEntries ?? []), { at, author: by, text }];
  out.times.noteEntries = at;
  out.by.noteEntries = by;
  return out;
}

function remove(doc: TeamDoc, by: string, at: number): TeamDoc {
  return { ...structuredClone(doc), deletedAt: at, deletedBy: by };
}

interface Case {
  name: string;
  a: TeamDoc;
  b: TeamDoc;
  fields?: Record<string, unknown>;
  notes?: string[];
  deleted: boolean;
}

const CASES: Case[] = [
  {
    name: 'different fields edited offline: both edits kept',
    a: edit(base(), 'Ann', min(5), { contactName: 'Kim de Vries' }),
    b: edit(base(), 'Bob', min(3), { domain: 'contoso.com' }),
    fields: { name: 'Contoso BV', contactName: 'Kim de Vries', domain: 'contoso.com' },
    deleted: false,
  },
  {
    name: 'same field edited: the later change wins',
    a: edit(base(), 'Ann', min(2), { name: 'Contoso B.V.' }),
    b: edit(base(), 'Bob', min(7), { name: 'Contoso Holding' }),
    fields: { name: 'Contoso Holding' },
    deleted: false,
  },
  {
    name: 'same field, same millisecond: settled by the value, the same on both sides',
    a: edit(base(), 'Ann', min(4), { name: 'Contoso A' }),
    b: edit(base(), 'Bob', min(4), { name: 'Contoso B' }),
    fields: { name: 'Contoso B' },
    deleted: false,
  },
  {
    name: 'a field cleared later wins over an older value',
    a: edit(base(), 'Ann', min(9), { domain: undefined }),
    b: edit(base(), 'Bob', min(1), { domain: 'contoso.org' }),
    fields: { domain: undefined },
    deleted: false,
  },
  {
    name: 'a field only one side has (newer build) is kept',
    a: edit(base(), 'Ann', min(1), { country: 'NL' }),
    b: base(),
    fields: { country: 'NL', name: 'Contoso BV' },
    deleted: false,
  },
  {
    name: 'both add notes: both kept, oldest first',
    a: note(base(), 'Ann', min(6), 'Ann called'),
    b: note(base(), 'Bob', min(2), 'Bob mailed'),
    notes: ['First call', 'Bob mailed', 'Ann called'],
    deleted: false,
  },
  {
    name: 'the same note on both sides is kept once',
    a: note(base(), 'Ann', min(6), 'Ann called'),
    b: note(base(), 'Ann', min(6), 'Ann called'),
    notes: ['First call', 'Ann called'],
    deleted: false,
  },
  {
    name: 'a note and a field edit on the other side: both kept',
    a: note(base(), 'Ann', min(6), 'Ann called'),
    b: edit(base(), 'Bob', min(8), { contactName: 'Kees' }),
    fields: { contactName: 'Kees' },
    notes: ['First call', 'Ann called'],
    deleted: false,
  },
  {
    name: 'delete after the other side edited: the delete wins',
    a: remove(base(), 'Ann', min(10)),
    b: edit(base(), 'Bob', min(4), { contactName: 'Kees' }),
    deleted: true,
  },
  {
    name: 'edit after the other side deleted: the record stays, with the edit',
    a: remove(base(), 'Ann', min(3)),
    b: edit(base(), 'Bob', min(4), { contactName: 'Kees' }),
    fields: { contactName: 'Kees', name: 'Contoso BV' },
    deleted: false,
  },
  {
    name: 'note after the other side deleted: the record stays, with the note',
    a: remove(base(), 'Ann', min(3)),
    b: note(base(), 'Bob', min(5), 'Still a customer'),
    notes: ['First call', 'Still a customer'],
    deleted: false,
  },
  {
    name: 'delete and edit in the same millisecond: the edit is not older, the record stays',
    a: remove(base(), 'Ann', min(4)),
    b: edit(base(), 'Bob', min(4), { contactName: 'Kees' }),
    fields: { contactName: 'Kees' },
    deleted: false,
  },
  {
    name: 'both delete: deleted',
    a: remove(base(), 'Ann', min(4)),
    b: remove(base(), 'Bob', min(6)),
    deleted: true,
  },
  {
    name: 'nothing changed on either side: unchanged',
    a: base(),
    b: base(),
    fields: base().fields,
    notes: ['First call'],
    deleted: false,
  },
];

describe('mergeDocs: the merge table', () => {
  it.each(CASES)('$name', ({ a, b, fields, notes, deleted }) => {
    const ab = mergeDocs(a, b);
    const ba = mergeDocs(b, a);
    // Both profiles converge, whichever side merges first.
    expect(sameDoc(ab, ba)).toBe(true);
    // Merging what is already merged changes nothing.
    expect(sameDoc(mergeDocs(ab, a), ab)).toBe(true);
    expect(sameDoc(mergeDocs(ab, b), ab)).toBe(true);
    expect(sameDoc(mergeDocs(ab, ab), ab)).toBe(true);
    for (const [key, value] of Object.entries(fields ?? {})) expect(ab.fields[key]).toEqual(value);
    if (notes)
      expect((ab.sets.noteEntries as { text: string }[]).map((n) => n.text)).toEqual(notes);
    expect(isDeleted(ab)).toBe(deleted);
  });

  it('is associative: three profiles end the same in any grouping', () => {
    const a = edit(base(), 'Ann', min(2), { name: 'A' });
    const b = note(edit(base(), 'Bob', min(5), { domain: 'b.nl' }), 'Bob', min(5), 'b');
    const c = remove(note(base(), 'Cas', min(1), 'c'), 'Cas', min(4));
    const left = mergeDocs(mergeDocs(a, b), c);
    const right = mergeDocs(a, mergeDocs(b, c));
    expect(sameDoc(left, right)).toBe(true);
    expect(isDeleted(left)).toBe(false);
    expect(left.fields).toMatchObject({ name: 'A', domain: 'b.nl' });
  });

  it('records who changed each field, from the winning side', () => {
    const ab = mergeDocs(
      edit(base(), 'Ann', min(5), { contactName: 'Kim de Vries' }),
      edit(base(), 'Bob', min(3), { domain: 'contoso.com' }),
    );
    expect(ab.by).toMatchObject({ contactName: 'Ann', domain: 'Bob', name: 'Ann' });
    expect(ab.times.contactName).toBe(min(5));
  });
});
