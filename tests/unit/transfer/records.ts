// Records and database helpers for the transfer tests.
import { readFileSync } from 'node:fs';
import { getDb, nameKeyOf, putAll } from '../../../lib/db';
import type { Customer, Invitation } from '../../../lib/schema';

const LINK =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f&msppId=0&DAP=false#/BillingAccounts/partner-invitation';

export const DAY = 24 * 60 * 60 * 1000;
export const NOW = Date.UTC(2024, 4, 15, 12, 0, 0);

export function customer(overrides: Partial<Customer> & { id: string; name: string }): Customer {
  return {
    nameKey: nameKeyOf(overrides.name),
    contactName: '',
    contactEmail: '',
    domain: '',
    cloud: 'public',
    notes: '',
    createdAt: NOW - 100 * DAY,
    updatedAt: NOW - 100 * DAY,
    ...overrides,
  };
}

export function invitation(
  overrides: Partial<Invitation> & { id: string; customerId: string },
): Invitation {
  const sentAt = overrides.sentAt ?? NOW - 10 * DAY;
  return {
    relationshipType: 'direct',
    purpose: 'new-relationship',
    cloud: 'public',
    adminPrivileges: false,
    link: LINK,
    language: 'en',
    subject: 'Reseller relationship request',
    text: `Please accept: ${LINK}`,
    channel: 'gmail',
    status: 'sent',
    history: [
      { status: 'draft', at: sentAt - 1000 },
      { status: 'sent', at: sentAt },
    ],
    createdAt: sentAt - 1000,
    sentAt,
    ...overrides,
  };
}

export async function seed(customers: Customer[], invitations: Invitation[] = []): Promise<void> {
  const r = await putAll({ customers, invitations });
  if (!r.ok) throw new Error(r.error.message);
}

/** Both stores read raw, sorted by id: what "nothing changed" is compared against. */
export async function snapshot(): Promise<{ customers: unknown[]; invitations: unknown[] }> {
  const db = await getDb();
  return { customers: await db.getAll('customers'), invitations: await db.getAll('invitations') };
}

export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/transfer/${name}`, import.meta.url), 'utf8');
}

/** Unwraps a Result in a test, failing with its message. */
export function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
