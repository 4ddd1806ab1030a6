import { describe, expect, it } from 'vitest';
import { isLaterInvitation } from '../../../lib/db/latest';
import { latestInvitationByCustomer } from '../../../lib/transfer/latest-invitation';
import { invitation, NOW } from './records';

describe('latestInvitationByCustomer', () => {
  it('breaks a tie on sent time as the list summary does, whatever the order', () => {
    const a = invitation({ id: 'a', customerId: 'c', sentAt: NOW });
    const b = invitation({ id: 'b', customerId: 'c', sentAt: NOW });
    const expected = isLaterInvitation(a, b) ? a : b;
    expect(latestInvitationByCustomer([a, b]).get('c')?.id).toBe(expected.id);
    expect(latestInvitationByCustomer([b, a]).get('c')?.id).toBe(expected.id);
  });
});
