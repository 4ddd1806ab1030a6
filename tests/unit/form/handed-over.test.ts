import { describe, expect, it } from 'vitest';
import { newComposeForm } from '../../../lib/form/form';
import {
  channelStillValid,
  type DraftSnapshot,
  type HandedOver,
  sameRecipient,
  sameSnapshot,
  snapshotOf,
} from '../../../lib/form/handed-over';
import { HandedOverSchema, type UnfinishedDraft } from '../../../lib/schema';
import { handedOverFromStorage } from '../../../lib/storage';

const LINK = 'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship';

function draft(patch: Partial<DraftSnapshot> = {}): DraftSnapshot {
  return {
    form: {
      ...newComposeForm(undefined),
      customerName: 'Contoso B.V.',
      contactEmail: 'jan@contoso.com',
    },
    subject: 'Please authorize Fabrikam IT',
    message: `Dear Jan, ${LINK}`,
    link: LINK,
    ...patch,
  };
}

const copied: HandedOver = { channel: 'clipboard', snapshot: draft() };

describe('whether the last hand-over still counts', () => {
  it('counts while the draft is what was handed over (an equal copy will do)', () => {
    expect(channelStillValid(copied, draft())).toBe('clipboard');
  });

  it('stops counting when a field, the subject, the message or the link changes', () => {
    const changed = [
      draft({ form: { ...draft().form, contactEmail: 'anna@contoso.com' } }),
      draft({ form: { ...draft().form, customerId: 'c1' } }),
      draft({ form: { ...draft().form, gdapLink: 'https://example.com/x' } }),
      draft({ subject: 'Other' }),
      draft({ message: 'Dear Anna' }),
      draft({ link: `${LINK}&DAP=false` }),
    ];
    for (const now of changed) expect(channelStillValid(copied, now)).toBeUndefined();
  });

  it('counts again once the edit is undone', () => {
    const edited = draft({ subject: 'Other' });
    expect(channelStillValid(copied, edited)).toBeUndefined();
    expect(channelStillValid(copied, { ...edited, subject: draft().subject })).toBe('clipboard');
  });

  it('does not count without a hand-over, or without a valid draft now', () => {
    expect(channelStillValid(undefined, draft())).toBeUndefined();
    expect(channelStillValid(copied, undefined)).toBeUndefined();
  });

  it('compares only what was handed over: a Ready’s recipient and GDAP copy are left out', () => {
    const ready = { ...draft(), to: 'jan@contoso.com', gdapLink: '' };
    expect(Object.keys(snapshotOf(ready)).sort()).toEqual(['form', 'link', 'message', 'subject']);
    expect(sameSnapshot(snapshotOf(ready), draft())).toBe(true);
  });

  it('ignores the order of the form’s keys and a missing versus undefined customer id', () => {
    const { form } = draft();
    const reordered = Object.fromEntries(Object.entries(form).reverse()) as typeof form;
    expect(sameSnapshot(draft({ form: reordered }), draft())).toBe(true);
    expect(sameSnapshot(draft({ form: { ...form, customerId: undefined } }), draft())).toBe(true);
  });
});

describe('the stored hand-over', () => {
  const saved: UnfinishedDraft = { ...draft(), edited: false, savedAt: 1 };

  it('reads back what the popup stores, through JSON', () => {
    const raw: unknown = JSON.parse(JSON.stringify(copied));
    expect(HandedOverSchema.safeParse(raw).success).toBe(true);
    const read = handedOverFromStorage(raw, undefined);
    expect(read).toEqual(copied);
    expect(channelStillValid(read, draft())).toBe('clipboard');
  });

  it('reads the earlier format, a bare channel, as the hand-over of the draft stored with it', () => {
    const read = handedOverFromStorage('mail-app', saved);
    expect(read).toEqual({ channel: 'mail-app', snapshot: draft() });
    expect(channelStillValid(read, draft())).toBe('mail-app');
  });

  it('drops a bare channel without a draft, and anything unreadable', () => {
    expect(handedOverFromStorage('clipboard', undefined)).toBeUndefined();
    expect(handedOverFromStorage('fax', saved)).toBeUndefined();
    expect(handedOverFromStorage({ channel: 'gmail' }, saved)).toBeUndefined();
    expect(handedOverFromStorage(undefined, saved)).toBeUndefined();
  });
});

describe('sameRecipient', () => {
  const form = draft().form;
  it('compares stored customers by id, typed ones by name and e-mail in any case', () => {
    expect(sameRecipient({ ...form, customerId: 'c1' }, { ...form, customerId: 'c1' })).toBe(true);
    expect(sameRecipient({ ...form, customerId: 'c1' }, { ...form, customerId: 'c2' })).toBe(false);
    expect(sameRecipient(form, { ...form, customerName: ' contoso b.v. ', contactName: 'X' })).toBe(
      true,
    );
    expect(sameRecipient(form, { ...form, contactEmail: 'piet@contoso.com' })).toBe(false);
    expect(sameRecipient(form, { ...form, customerName: 'Northwind' })).toBe(false);
  });

  it('keeps a stored hand-over with its time and draft record', () => {
    const stored = { ...copied, at: 5000, invitationId: 'i1' };
    expect(handedOverFromStorage(stored, undefined)).toEqual(stored);
    expect(HandedOverSchema.safeParse({ ...stored, at: -1 }).success).toBe(false);
  });
});
