// The list's fast path may take a record as it is only when the schema would give
// it back unchanged: checked here over many generated records, valid and not,
// hostile ones among them (times out of the record window, lengths past the UI's,
// invisible controls in names).
import { describe, expect, it } from 'vitest';
import { quickCustomer, quickInvitation, quickLatest } from '../../../lib/schema/quick-parse';
import {
  CustomerSchema,
  InvitationSchema,
  LatestInvitationSchema,
} from '../../../lib/schema/records';
import { customerRecord, invitationRecord } from '../db/fixtures';
import { ABSENT, agreesWithSchema } from './agree';

const GUID = '3f2b8c1e-7d4a-4b9e-9c2f-1a6e5d4c3b2a';
/** A time inside the record window (2015 to a day from now). */
const DAY2 = Date.UTC(2024, 0, 2);

/** Per field, values the fast path must judge as the schema does: good ones, edge ones, wrong ones. */
const CUSTOMER_VALUES: Record<string, unknown[]> = {
  id: ['c1', '', 7, 'x'.repeat(129), 'c\u0000', ABSENT],
  name: [
    'Café Zürich',
    '',
    '   ',
    'x'.repeat(300),
    'x'.repeat(301),
    ' padded ',
    'a\u0000b',
    'Contoso \u202egnp.exe\u202c BV',
    'مخبز',
    null,
  ],
  nameKey: ['cafe zurich', '', 3, ABSENT],
  contactName: ['Anna', '', ABSENT, 0, 'x'.repeat(301), 'A\u2066nna'],
  contactEmail: ['anna@cafe.ch', '', 'x'.repeat(255), ABSENT],
  domain: ['cafe.ch', '', 'x'.repeat(254), ABSENT],
  tenantId: [ABSENT, GUID, GUID.toUpperCase(), 'not-a-guid', '', undefined],
  country: [ABSENT, 'CH', 'ch', 'CHE', '', 5, undefined],
  cloud: ['public', 'germany', 'mars', ABSENT],
  notes: ['', 'note', 'x'.repeat(20_001), ABSENT, null],
  noteEntries: [ABSENT, [], [{ at: 1, author: 'A', text: 'x' }]],
  createdAt: [
    1000,
    0,
    -1,
    1.5,
    Date.UTC(2024, 0, 1),
    Date.UTC(2014, 11, 31),
    Date.UTC(2100, 0, 1),
    9e15,
    '1000',
    ABSENT,
  ],
  updatedAt: [1000, Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1) + 0.5, -5, ABSENT],
  extra: [ABSENT, 'unknown field'],
};

const LATEST_VALUES: Record<string, unknown[]> = {
  customerId: ['c1', '', ABSENT],
  invitationId: ['i1', '', 1],
  status: ['sent', 'accepted', 'nope', ABSENT],
  previousStatus: [ABSENT, 'sent', 'bogus', undefined],
  changedAt: [2000, -1, 2.5, Date.UTC(2024, 0, 1), 9e15, ABSENT],
  createdAt: [2000, DAY2, 0, 'x'],
  sentAt: [ABSENT, 2000, DAY2, -3, undefined],
  adminPrivileges: [false, true, 'yes', ABSENT],
  cloud: ['public', 'china', 'x'],
  purpose: ['new-relationship', 'restore-admin', 'reminder'],
  language: ['en', 'nl', 'de'],
  gdapLink: [ABSENT, 'https://admin.microsoft.com/x', 4],
  count: [1, 0, 2.5, 3, ABSENT],
  followUpCount: [ABSENT, 1, 0],
  lastFollowUpAt: [ABSENT, 5000, Date.UTC(2024, 0, 2), -1],
  extra: [ABSENT, true],
};

const INVITATION_VALUES: Record<string, unknown[]> = {
  id: ['i1', '', ABSENT],
  customerId: ['c1', '', 3],
  relationshipType: ['direct', 'indirect', 'other'],
  providerTenantId: [ABSENT, GUID, 'x'],
  purpose: ['new-relationship', 'additional-partner', 'reminder'],
  cloud: ['public', 'moon'],
  adminPrivileges: [true, false, 0],
  gdapLink: [ABSENT, 'https://admin.microsoft.com/x', null],
  link: ['https://admin.microsoft.com/y', '', 'x'.repeat(2049), 5, ABSENT],
  language: ['en', 'fr'],
  subject: ['Hello', '', 'x'.repeat(1001), ABSENT],
  text: ['Body', 'x'.repeat(40_001), 7],
  channel: [ABSENT, 'gmail', 'outlook', 'fax', undefined],
  status: ['sent', 'draft', 'lost'],
  history: [
    [{ status: 'sent', at: 2000 }],
    [{ status: 'sent', at: DAY2 }],
    [],
    [{ status: 'sent', at: DAY2, note: 'n' }],
    [{ status: 'sent', at: DAY2, note: 'x'.repeat(301) }],
    Array.from({ length: 1001 }, () => ({ status: 'sent', at: DAY2 })),
    [{ status: 'sent', at: -1 }],
    [{ status: 'sent', at: 2000, extra: 1 }],
    [{ status: 'bogus', at: 1 }],
    [null],
    'not a list',
    ABSENT,
  ],
  createdAt: [2000, DAY2, -1, 2.5, 9e15, ABSENT],
  sentAt: [ABSENT, 2000, DAY2, 'x'],
  followUps: [
    ABSENT,
    [],
    [{ at: 5000 }],
    [{ at: DAY2 }],
    [{ at: DAY2, channel: 'gmail' }],
    [{ at: -5 }],
    [{ at: 5, channel: 'pigeon' }],
    [{ at: 5, x: 1 }],
  ],
  extra: [ABSENT, 'unknown'],
};

describe('quickCustomer', () => {
  it('accepts only what CustomerSchema gives back unchanged', () => {
    agreesWithSchema(quickCustomer, CustomerSchema, customerRecord(), CUSTOMER_VALUES);
  });

  it('takes an ordinary stored customer as it is; one that needs defaults goes to the schema', () => {
    expect(quickCustomer(customerRecord({ tenantId: GUID, country: 'NL' }))).toBe(true);
    const { contactName: _omitted, ...older } = customerRecord();
    expect(quickCustomer(older)).toBe(false);
    expect(CustomerSchema.parse(older).contactName).toBe('');
  });
});

describe('quickLatest', () => {
  it('accepts only what LatestInvitationSchema gives back unchanged', () => {
    const base = {
      customerId: 'c1',
      invitationId: 'i1',
      status: 'sent',
      changedAt: DAY2,
      createdAt: DAY2,
      sentAt: DAY2,
      adminPrivileges: false,
      cloud: 'public',
      purpose: 'new-relationship',
      language: 'en',
      count: 1,
    };
    agreesWithSchema(quickLatest, LatestInvitationSchema, base, LATEST_VALUES);
  });
});

describe('quickInvitation', () => {
  it('accepts only what InvitationSchema gives back unchanged', () => {
    agreesWithSchema(quickInvitation, InvitationSchema, invitationRecord(), INVITATION_VALUES);
  });
});
