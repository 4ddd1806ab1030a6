// Demo data for the README's screenshots: a dozen customers of a small Dutch
// partner, in every status, some chased, some with notes, dated relative to now.
const DAY = 24 * 60 * 60 * 1000;
const TENANT = '9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f';
const LINK = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${TENANT}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`;
const GDAP =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

export const PROFILE = {
  tenantId: TENANT,
  partnerName: 'Fabrikam Cloud',
  senderName: 'Anna de Vries',
  defaultCloud: 'public',
  defaultLanguage: 'en',
};

/** [name, contact, e-mail domain, status, days ago sent, extras] */
const PEOPLE = [
  ['Bakkerij Jansen', 'Piet Jansen', 'bakkerijjansen.nl', 'sent', 12, { reminded: [4] }],
  ['Café Zürich', 'Anna Müller', 'cafe-zurich.ch', 'sent', 10, {}],
  ['Contoso B.V.', 'Bob de Boer', 'contoso.nl', 'accepted', 40, { acceptedAfter: 3 }],
  ['Northwind Traders', 'Nancy Davolio', 'northwindtraders.com', 'sent', 80, { gdap: true }],
  ['Adatum Corporation', 'Ed Adams', 'adatum.com', 'declined', 55, {}],
  ['Litware, Ltd.', 'Lisa Wong', 'litware.com', 'removed', 150, { acceptedAfter: 5 }],
  ['Tailspin Toys', 'Tom Spin', 'tailspintoys.com', 'sent', 3, {}],
  ['Woodgrove Bank', 'Wendy Grove', 'woodgrovebank.com', 'accepted', 95, { acceptedAfter: 8 }],
  ['Alpine Ski House', 'Alex Alp', 'alpineskihouse.com', 'expired', 130, {}],
  ['Coho Winery', 'Carla Coho', 'cohowinery.com', 'sent', 21, { reminded: [11, 5] }],
  ['Wingtip Toys', 'Will Tip', 'wingtiptoys.com', 'accepted', 200, { acceptedAfter: 2 }],
  ['Fourth Coffee', 'Frank Four', 'fourthcoffee.com', 'cancelled', 70, {}],
  ['Proseware, Inc.', 'Pat Prose', 'proseware.com', undefined, 0, {}],
];

const key = (name) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The partner's own notes, in the language of the screenshots they appear in. */
const NOTES = {
  en: {
    undated: 'Prefers a call before noon.',
    gdap: 'Piet asked what GDAP means; explained on the phone.',
    forwards: 'Piet forwards the invitation to his IT supplier, who is Global Administrator.',
  },
  nl: {
    undated: 'Belt liefst vóór twaalf uur.',
    gdap: 'Piet vroeg wat GDAP is; telefonisch uitgelegd.',
    forwards: 'Piet stuurt de uitnodiging door naar zijn IT-leverancier, die globale beheerder is.',
  },
};

export function demoBackup(now = Date.now(), lang = 'en') {
  const notes = NOTES[lang] ?? NOTES.en;
  const customers = [];
  const invitations = [];
  PEOPLE.forEach(([name, contact, domain, status, daysAgo, extra], i) => {
    const id = `demo-${i}`;
    const email = `${contact.split(' ')[0].toLowerCase()}@${domain}`;
    customers.push({
      id,
      name,
      nameKey: key(name),
      contactName: contact,
      contactEmail: email,
      domain,
      cloud: 'public',
      notes: i === 0 ? notes.undated : '',
      ...(i === 0
        ? {
            noteEntries: [
              {
                at: now - 9 * DAY,
                author: 'Anna de Vries',
                text: notes.gdap,
              },
              {
                at: now - 2 * DAY,
                author: 'Anna de Vries',
                text: notes.forwards,
              },
            ],
          }
        : {}),
      createdAt: now - (daysAgo + 5) * DAY,
      updatedAt: now - daysAgo * DAY,
    });
    if (!status) return;
    const sentAt = now - daysAgo * DAY - 3 * 3600_000;
    const history = [{ status: 'sent', at: sentAt }];
    if (status === 'accepted' || status === 'removed') {
      history.push({ status: 'accepted', at: sentAt + (extra.acceptedAfter ?? 4) * DAY });
    }
    if (status === 'removed') history.push({ status: 'removed', at: sentAt + 60 * DAY });
    if (!['sent', 'accepted', 'removed'].includes(status)) {
      history.push({ status, at: sentAt + 14 * DAY });
    }
    invitations.push({
      id: `inv-${i}`,
      customerId: id,
      relationshipType: 'direct',
      purpose: 'new-relationship',
      cloud: 'public',
      adminPrivileges: true,
      ...(extra.gdap ? { gdapLink: GDAP } : {}),
      link: LINK,
      language: i % 3 === 0 ? 'nl' : 'en',
      subject: 'Please authorize Fabrikam Cloud as your Microsoft partner',
      text: `Dear ${contact},\n\nFabrikam Cloud would like to become the Microsoft Cloud Solution Provider (CSP) partner of ${name}.\n\n${LINK}\n\nKind regards,\nAnna de Vries\nFabrikam Cloud`,
      channel: ['gmail', 'outlook', 'mail-app'][i % 3],
      status,
      history,
      createdAt: sentAt,
      sentAt,
      ...(extra.reminded
        ? { followUps: extra.reminded.map((d) => ({ at: now - d * DAY, channel: 'gmail' })) }
        : {}),
    });
  });
  return JSON.stringify({
    format: 'csp-reseller-invitations-backup',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    customers,
    invitations,
  });
}
