// Rows for the list tests: a customer with an optional latest invitation.
import { nameKeyOf } from '../../../lib/db';
import { buildRow, type ListRow } from '../../../lib/list';
import type { Customer, LatestInvitation } from '../../../lib/schema';

export const DAY = 24 * 60 * 60 * 1000;
export const NOW = Date.UTC(2024, 4, 31, 12);

export function row(
  id: string,
  customer: Partial<Customer> = {},
  latest?: Partial<LatestInvitation>,
): ListRow {
  const name = customer.name ?? id;
  return buildRow(
    {
      id,
      name,
      nameKey: nameKeyOf(name),
      contactName: '',
      contactEmail: '',
      domain: '',
      cloud: 'public',
      notes: '',
      createdAt: 0,
      updatedAt: 0,
      ...customer,
    },
    latest && {
      customerId: id,
      invitationId: `${id}-i`,
      status: 'sent',
      changedAt: 0,
      createdAt: 0,
      adminPrivileges: false,
      cloud: 'public',
      purpose: 'new-relationship',
      language: 'en',
      count: 1,
      ...latest,
    },
  );
}
