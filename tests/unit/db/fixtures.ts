// Records for the db tests: valid by default, overridden per test.

import type { SentInvitationInput } from '../../../lib/db';
import { getDb } from '../../../lib/db';
import type { Customer, Invitation } from '../../../lib/schema';

/** Record times are checked against a window from 2015 to a day from now (lib/schema/limits.ts). */
export const T = Date.UTC(2024, 0, 1);

const LINK =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f&msppId=0&DAP=false#/BillingAccounts/partner-invitation';

export function draft(overrides: Partial<SentInvitationInput> = {}): SentInvitationInput {
  return {
    relationshipType: 'direct',
    purpose: 'new-relationship',
    cloud: 'public',
    adminPrivileges: false,
    link: LINK,
    language: 'en',
    subject: 'Reseller relationship request',
    text: `Please accept: ${LINK}`,
    ...overrides,
  };
}

export function customerRecord(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'c1',
    name: 'Contoso',
    nameKey: 'contoso',
    contactName: '',
    contactEmail: '',
    domain: '',
    cloud: 'public',
    notes: '',
    createdAt: T + 1000,
    updatedAt: T + 1000,
    ...overrides,
  };
}

export function invitationRecord(overrides: Partial<Invitation> = {}): Invitation {
  return {
    ...draft(),
    id: 'i1',
    customerId: 'c1',
    status: 'sent',
    history: [{ status: 'sent', at: T + 2000 }],
    createdAt: T + 2000,
    sentAt: T + 2000,
    ...overrides,
  };
}

/** Writes raw values past the repository functions, as damaged data would be. */
export async function putRaw(store: 'customers' | 'invitations', value: unknown): Promise<void> {
  const db = await getDb();
  await db.put(store, value as never);
}

/** Everything in both stores, read raw (no parsing) to see exactly what was written. */
export async function readAll(): Promise<{ customers: unknown[]; invitations: unknown[] }> {
  const db = await getDb();
  return { customers: await db.getAll('customers'), invitations: await db.getAll('invitations') };
}
