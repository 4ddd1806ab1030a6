import { describe, expect, it } from 'vitest';
import { reusedDraftId } from '../../../lib/form/record';
import { ComposeFormSchema } from '../../../lib/schema';

const form = ComposeFormSchema.parse({ customerName: 'Contoso', contactEmail: 'it@contoso.com' });
const before = { invitationId: 'inv-1', snapshot: { form, subject: 's', message: 'm', link: 'l' } };

describe('reusedDraftId: which draft record a hand-over or Done writes into', () => {
  it('the earlier hand-over’s, for the same customer (any case, trimmed)', () => {
    expect(reusedDraftId(before, { ...form, customerName: ' contoso ' })).toBe('inv-1');
  });

  it('none for another customer, without an earlier record, or without an earlier hand-over', () => {
    expect(reusedDraftId(before, { ...form, customerName: 'Fabrikam' })).toBeUndefined();
    expect(reusedDraftId({ snapshot: before.snapshot }, form)).toBeUndefined();
    expect(reusedDraftId(undefined, form)).toBeUndefined();
  });

  it('never for a reminder, which has no draft record of its own', () => {
    expect(reusedDraftId(before, { ...form, purpose: 'reminder' })).toBeUndefined();
  });
});
