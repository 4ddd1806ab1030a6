// The bench's baseline (not shipped): the simplest thing that could show the list —
// getAll of both stores, join each customer's latest invitation, sort by name, and
// a plain table of the first rows; search re-filters everything with toLowerCase.
const DB_NAME = 'csp-reseller-invitations';
const SHOWN = 50;
const DAY = 24 * 60 * 60 * 1000;

const request = (r) =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

function renderRows(tbody, rows) {
  const now = Date.now();
  const fragment = document.createDocumentFragment();
  for (const { c, inv } of rows.slice(0, SHOWN)) {
    const tr = document.createElement('tr');
    const cells = [
      c.name,
      c.contactName,
      c.contactEmail,
      c.domain,
      c.cloud,
      inv ? (inv.adminPrivileges ? 'Yes' : 'No') : '',
      inv ? inv.status : '',
      inv?.sentAt ? new Date(inv.sentAt).toLocaleDateString() : '',
      inv?.status === 'sent' && inv.sentAt ? String(Math.floor((now - inv.sentAt) / DAY)) : '',
    ];
    for (const text of cells) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    fragment.append(tr);
  }
  tbody.replaceChildren(fragment);
}

async function main() {
  const db = await request(indexedDB.open(DB_NAME));
  const tx = db.transaction(['customers', 'invitations']);
  const [customers, invitations] = await Promise.all([
    request(tx.objectStore('customers').getAll()),
    request(tx.objectStore('invitations').getAll()),
  ]);
  const latest = new Map();
  for (const inv of invitations) {
    const held = latest.get(inv.customerId);
    if (!held || (inv.sentAt ?? inv.createdAt) > (held.sentAt ?? held.createdAt)) {
      latest.set(inv.customerId, inv);
    }
  }
  const rows = customers.map((c) => ({ c, inv: latest.get(c.id) }));
  rows.sort((a, b) => (a.c.nameKey < b.c.nameKey ? -1 : a.c.nameKey > b.c.nameKey ? 1 : 0));
  const tbody = document.getElementById('rows');
  renderRows(tbody, rows);
  performance.mark('first-rows');
  performance.mark('list-loaded');

  const input = document.getElementById('search');
  input.addEventListener('input', () => {
    const q = input.value.toLowerCase();
    const found = q
      ? rows.filter(
          ({ c }) =>
            c.name.toLowerCase().includes(q) || c.contactEmail.includes(q) || c.domain.includes(q),
        )
      : rows;
    renderRows(tbody, found);
    performance.clearMarks('rows-rendered');
    performance.mark('rows-rendered');
  });
}

/** Baseline for the CSV import: the same customers put raw, in one transaction. */
window.rawPut = async (customers) => {
  const name = `bench-raw-put-${Math.random()}`;
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('customers', { keyPath: 'id' });
    store.createIndex('by-name', 'nameKey');
    store.createIndex('by-email', 'contactEmail');
    store.createIndex('by-domain', 'domain');
    store.createIndex('by-updated', 'updatedAt');
  };
  const db = await request(open);
  const t0 = performance.now();
  const tx = db.transaction('customers', 'readwrite');
  const store = tx.objectStore('customers');
  for (const c of customers) store.put(c);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const elapsed = performance.now() - t0;
  db.close();
  indexedDB.deleteDatabase(name);
  return elapsed;
};

/** The layout of the app's database (version 3), for the scratch databases below. */
function createStores(db) {
  const customers = db.createObjectStore('customers', { keyPath: 'id' });
  customers.createIndex('by-name', 'nameKey');
  customers.createIndex('by-email', 'contactEmail');
  customers.createIndex('by-domain', 'domain');
  customers.createIndex('by-updated', 'updatedAt');
  const invitations = db.createObjectStore('invitations', { keyPath: 'id' });
  invitations.createIndex('by-customer', 'customerId');
  invitations.createIndex('by-status', 'status');
  invitations.createIndex('by-sent', 'sentAt');
  const latest = db.createObjectStore('latest', { keyPath: 'customerId' });
  latest.createIndex('by-status', 'status');
  latest.createIndex('by-status-sent', ['status', 'sentAt']);
  latest.createIndex('by-follow-up', 'lastFollowUpAt');
}

/**
 * Baseline for the JSON restore: JSON.parse of the same file, then every customer,
 * invitation and a latest-invitation summary put raw in one transaction into a
 * scratch database with the app's layout. No checks at all.
 */
window.rawRestore = async (text) => {
  const name = `bench-raw-restore-${Math.random()}`;
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => createStores(open.result);
  const db = await request(open);
  const t0 = performance.now();
  const file = JSON.parse(text);
  const latest = new Map();
  for (const inv of file.invitations) {
    const held = latest.get(inv.customerId);
    if (!held || (inv.sentAt ?? inv.createdAt) > (held.sentAt ?? held.createdAt)) {
      latest.set(inv.customerId, inv);
    }
  }
  const tx = db.transaction(['customers', 'invitations', 'latest'], 'readwrite');
  for (const c of file.customers) tx.objectStore('customers').put(c);
  for (const i of file.invitations) tx.objectStore('invitations').put(i);
  for (const i of latest.values()) {
    tx.objectStore('latest').put({
      customerId: i.customerId,
      invitationId: i.id,
      status: i.status,
      changedAt: i.history.at(-1).at,
      createdAt: i.createdAt,
      sentAt: i.sentAt,
      count: 2,
    });
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const elapsed = performance.now() - t0;
  db.close();
  indexedDB.deleteDatabase(name);
  return elapsed;
};

/** Baseline for the overview: getAll of the summaries and counting them in a loop. */
window.rawOverview = async () => {
  const t0 = performance.now();
  const db = await request(indexedDB.open(DB_NAME));
  const all = await request(db.transaction('latest').objectStore('latest').getAll());
  const counts = {};
  const cutoff = Date.now() - 7 * DAY;
  let waiting = 0;
  for (const l of all) {
    counts[l.status] = (counts[l.status] ?? 0) + 1;
    if (l.status === 'sent' && l.sentAt < cutoff) waiting++;
  }
  db.close();
  return { ms: performance.now() - t0, counts, waiting };
};

if (!location.hash.includes('idle')) main();
