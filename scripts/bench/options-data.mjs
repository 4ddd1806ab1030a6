// Generated data for the options bench: customers with accented, realistic names,
// two invitations each with a realistic e-mail text, as a JSON backup (the format
// `Export JSON` writes) and as a customer CSV.
const PREFIXES = [
  'Café',
  'Bäckerei',
  'Hôtel',
  'Société',
  'Müller',
  'Ørsted',
  'Zürich',
  'Kraków',
  'São Paulo',
  'Łódź',
  'Contoso',
  'Fabrikam',
  'Northwind',
  'Adatum',
  'Litware',
  'Tailspin',
  'Woodgrove',
  'Wingtip',
  'Alpine',
  'Coho',
];
const WORDS = [
  'Traders',
  'Consulting',
  'Bouw',
  'Logistiek',
  'Holding',
  'Services',
  'Systems',
  'Partners',
  'Group',
  'Media',
];
const SUFFIXES = ['B.V.', 'GmbH', 'Ltd', 'Inc.', 'SA', 'AG', 'NV', ''];
const CLOUDS = [
  'public',
  'public',
  'public',
  'public',
  'public',
  'public',
  'us-government',
  'germany',
  'china',
];
const CONTACTS = [
  'Anna',
  'Bob',
  'Chloé',
  'Dirk',
  'Eva',
  'François',
  'Güler',
  'Henk',
  'Inés',
  'Jan',
];
const TENANT = '9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f';
const LINK = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${TENANT}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;
const DAY = 24 * 60 * 60 * 1000;

function text(contact, customer) {
  return `Dear ${contact},

To manage the Microsoft cloud services of ${customer} for you, we ask you to accept a reseller relationship with us. Please open the link below, read the Microsoft Customer Agreement and choose Accept & Authorize:

${LINK}

The person who accepts must be a Global Administrator of your Microsoft 365 environment. If your organization has not yet accepted the Microsoft Customer Agreement, you will be asked to do so. You accept in the Microsoft 365 admin center.

Kind regards,
Jan Jansen
Contoso Partners`;
}

const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

export function customerName(i) {
  const p = PREFIXES[i % PREFIXES.length];
  const w = WORDS[Math.floor(i / PREFIXES.length) % WORDS.length];
  const s = SUFFIXES[Math.floor(i / 7) % SUFFIXES.length];
  return `${p} ${w} ${s}`.trim() + (i >= 1600 ? ` ${Math.floor(i / 1600)}` : '');
}

function customer(i, now) {
  const name = customerName(i);
  const contact = CONTACTS[i % CONTACTS.length];
  const domain = `${slug(name)}${i}.example.com`;
  return {
    id: `c${String(i).padStart(6, '0')}`,
    name,
    nameKey: '',
    contactName: `${contact} ${WORDS[i % WORDS.length]}`,
    contactEmail: `${slug(contact)}@${domain}`,
    domain,
    cloud: CLOUDS[i % CLOUDS.length],
    notes: i % 5 === 0 ? 'Called twice; ask about Azure.' : '',
    createdAt: now - 400 * DAY,
    updatedAt: now - 300 * DAY,
  };
}

function invitation(c, n, i, now) {
  const older = n === 0;
  const sentAt = older ? now - (120 + (i % 200)) * DAY : now - (i % 60) * DAY - 3600_000;
  const status = older
    ? ['expired', 'declined', 'cancelled'][i % 3]
    : ['sent', 'sent', 'accepted', 'declined', 'removed', 'sent'][i % 6];
  const history = [{ status: 'sent', at: sentAt }];
  if (status === 'removed') history.push({ status: 'accepted', at: sentAt + DAY });
  if (status !== 'sent') history.push({ status, at: sentAt + 2 * DAY });
  return {
    id: `${c.id}-i${n}`,
    customerId: c.id,
    relationshipType: 'direct',
    purpose: 'new-relationship',
    cloud: c.cloud,
    adminPrivileges: i % 4 === 0,
    link: LINK,
    language: i % 3 === 0 ? 'nl' : 'en',
    subject: `Reseller relationship with Contoso Partners for ${c.name}`,
    text: text(c.contactName, c.name),
    channel: ['gmail', 'outlook', 'mail-app', 'clipboard'][i % 4],
    status,
    history,
    createdAt: sentAt - 60_000,
    sentAt,
  };
}

/** A backup of customers [from, to) with two invitations each. */
export function backupJson(from, to, now = Date.now()) {
  const customers = [];
  const invitations = [];
  for (let i = from; i < to; i++) {
    const c = customer(i, now);
    customers.push(c);
    invitations.push(invitation(c, 0, i, now), invitation(c, 1, i, now));
  }
  return JSON.stringify({
    format: 'csp-reseller-invitations-backup',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    customers,
    invitations,
  });
}

/** A customer CSV of `count` new customers (names unlike the backup's). */
export function customersCsv(count) {
  const lines = ['Customer name,Contact name,Contact email,Domain,Cloud,Notes'];
  for (let i = 0; i < count; i++) {
    const name = `${customerName(i + 7)} Imported ${i}`;
    const domain = `imported${i}.example.org`;
    const quoted = name.includes(',') ? `"${name}"` : name;
    lines.push(`${quoted},Sam Import,sam@${domain},${domain},public,From the CRM`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The records a raw put writes, for the CSV import's baseline: random UUIDs as ids,
 * as the import gives new customers, so both write the same kind of keys.
 */
export function rawCustomers(count, now = Date.now()) {
  return Array.from({ length: count }, (_, i) => ({
    ...customer(i, now),
    id: crypto.randomUUID(),
    nameKey: slug(customerName(i)),
  }));
}
