/**
 * The team sync (docs/MICROSOFT.md, "Team sharing: the sync"). One run:
 *
 * 1. checks both lists (one `$batch`): a list gone or access lost stops here,
 *    with the outbox kept;
 * 2. pulls each list's delta from the kept delta link (the whole list the first
 *    time, or after 410), merging every item into the local copy field by field
 *    (merge.ts) — matched by our record id, never by item, so a full resync makes
 *    no duplicates;
 * 3. pushes what changed here: the records the outbox names (all of them on a
 *    profile's first sync), in `$batch`es of at most 20 item writes with the
 *    item's eTag as If-Match. A 412 re-reads the item, merges, and writes again;
 *    429/503 wait for Retry-After; 403 and a vanished list stop with a message.
 *    An outbox entry is removed only once every record of its customer is
 *    delivered, and only if no later write replaced it.
 *
 * Nothing here holds state between runs but IndexedDB (lib/db, `team`), so a
 * sync cut off anywhere starts again safely: the merge is idempotent.
 */
import {
  applyTeamWork,
  getTeamState,
  nameKeyOf,
  type OutboxEntry,
  readShadows,
  readShadowsByItem,
  readTeamWork,
  setTeamState,
  type TeamShadow,
  type TeamWork,
  type TeamWrite,
} from '../db';
import {
  DEFAULT_RETRY,
  type MicrosoftClient,
  type MicrosoftErrorCode,
  nextDelay,
  type RetryPolicy,
  retryAfterMs,
} from '../microsoft';
import type { Customer, Invitation } from '../schema';
import { itemFields, readCspRecord } from './columns';
import { type Kind, keyOf, localDoc, recordOf } from './docs';
import {
  BATCH_LIMIT,
  type BatchPart,
  type Counted,
  checkLists,
  deltaPage,
  FORBIDDEN,
  firstDeltaUrl,
  listIdOf,
  sendBatch,
  type TeamLists,
} from './graph';
import { canonical, isDeleted, mergeDocs, sameDoc, type TeamDoc } from './merge';

export type TeamErrorCode = MicrosoftErrorCode | 'list-gone' | 'storage';
export type TeamResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: TeamErrorCode; message: string } };

export interface TeamProgress {
  phase: 'pull' | 'push';
  kind: Kind;
  /** Records read (pull) or delivered (push) so far. */
  done: number;
  /** Push: how many to deliver in all. */
  total?: number;
}

export interface TeamSyncReport {
  /** Items read from the lists. */
  pulled: number;
  /** Records written to the lists. */
  pushed: number;
  /** Items someone changed first (412), re-read and merged. */
  conflicts: number;
  /** Requests sent to Graph (a `$batch` counts once). */
  requests: number;
  /** Said to the partner, not failures: a list renamed, a resync after 410, items left alone. */
  notices: string[];
}

export interface TeamSyncDeps {
  /** The signed-in partner's name: who changed what. */
  me: string;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onProgress?: (p: TeamProgress) => void;
  retry?: RetryPolicy;
}

const KINDS: readonly Kind[] = ['customer', 'invitation'];
const stateKey = (kind: Kind) => `delta:${kind}`;
const fail = (code: TeamErrorCode, message: string) => ({
  ok: false as const,
  error: { code, message },
});
const KEPT = 'Your changes are kept here and will be sent when it works again.';

function dbFailed(r: { ok: false; error: { message: string } }) {
  return fail('storage', `The team sync could not use this browser's storage: ${r.error.message}`);
}

/** A record's own best change time, for data from before sharing (no outbox entry). */
function recordTime(record: Customer | Invitation | undefined): number {
  if (!record) return 0;
  if ('updatedAt' in record) return record.updatedAt;
  const times = [
    record.createdAt,
    record.sentAt ?? 0,
    ...record.history.map((h) => h.at),
    ...(record.followUps ?? []).map((f) => f.at),
  ];
  return Math.max(...times);
}

/** Everything one run knows about the local side, by key. */
interface Local {
  records: Map<string, Customer | Invitation>;
  shadows: Map<string, TeamShadow>;
  outbox: Map<string, OutboxEntry>;
  /** `'*'` or a profile's first sync: every record counts as written. */
  all: OutboxEntry | undefined;
}

function indexWork(work: TeamWork): Local {
  const records = new Map<string, Customer | Invitation>();
  for (const c of work.customers) records.set(keyOf('customer', c.id), c);
  for (const i of work.invitations) records.set(keyOf('invitation', i.id), i);
  return {
    records,
    shadows: new Map(work.shadows.map((s) => [s.key, s])),
    outbox: new Map(work.outbox.map((e) => [e.customerId, e])),
    all: work.outbox.find((e) => e.customerId === '*'),
  };
}

function customerIdOf(kind: Kind, record: Customer | Invitation | undefined, shadow?: TeamShadow) {
  if (record) return kind === 'customer' ? record.id : (record as Invitation).customerId;
  return shadow?.customerId ?? '';
}

/** This profile's version of one record, with its pending local changes dated. */
function mine(
  local: Local,
  kind: Kind,
  key: string,
  me: string,
): { doc: TeamDoc | undefined; entry: OutboxEntry | undefined } {
  const record = local.records.get(key);
  const shadow = local.shadows.get(key);
  const entry = local.outbox.get(customerIdOf(kind, record, shadow)) ?? local.all;
  if (!entry && shadow) return { doc: shadow.doc as TeamDoc, entry };
  const at = entry?.at ?? recordTime(record);
  return { doc: localDoc(kind, record, shadow?.doc as TeamDoc | undefined, at, me), entry };
}

function writeFor(
  kind: Kind,
  id: string,
  doc: TeamDoc,
  readAs: Customer | Invitation | undefined,
): TeamWrite | undefined {
  const record = recordOf(kind, doc, nameKeyOf);
  if (canonical(record) === canonical(readAs)) return undefined;
  return { kind, id, record, readAs } as TeamWrite;
}

function identityName(v: unknown): string | undefined {
  const user = (v as { user?: { displayName?: unknown } })?.user;
  return typeof user?.displayName === 'string' ? user.displayName : undefined;
}

interface RemoteItem {
  itemId: string;
  eTag: string;
  kind: Kind;
  id: string;
  customerId: string;
  doc: TeamDoc;
  modifiedBy?: string;
  modifiedAt?: string;
}

/** A list item as the sync reads it, or why it was left alone. */
function readItem(raw: unknown, kind: Kind): RemoteItem | { deletedItem: string } | string {
  const item = raw as {
    id?: unknown;
    eTag?: unknown;
    '@odata.etag'?: unknown;
    deleted?: unknown;
    fields?: Record<string, unknown>;
    lastModifiedBy?: unknown;
    lastModifiedDateTime?: unknown;
  };
  if (typeof item?.id !== 'string') return 'an item without an id';
  if (item.deleted) return { deletedItem: item.id };
  const eTag = typeof item.eTag === 'string' ? item.eTag : item['@odata.etag'];
  if (typeof eTag !== 'string') return `item ${item.id} has no eTag`;
  const csp = readCspRecord(item.fields?.CspRecord, kind);
  if (typeof csp === 'string') return `item ${item.id} was left alone: ${csp}`;
  const by = identityName(item.lastModifiedBy);
  return {
    itemId: item.id,
    eTag,
    kind,
    id: csp.id,
    customerId: csp.customerId,
    doc: csp.doc,
    ...(by ? { modifiedBy: by } : {}),
    ...(typeof item.lastModifiedDateTime === 'string'
      ? { modifiedAt: item.lastModifiedDateTime }
      : {}),
  };
}

/** Merges one page of remote items into the local copy, in one transaction. */
async function applyPage(
  kind: Kind,
  items: unknown[],
  deps: Required<Pick<TeamSyncDeps, 'me' | 'now'>>,
  notices: string[],
  /** Customers whose merged record holds what the list does not yet: pushed in this run. */
  toSend: Set<string>,
): Promise<TeamResult<number>> {
  const remote: RemoteItem[] = [];
  const deletedItems: string[] = [];
  for (const raw of items) {
    const read = readItem(raw, kind);
    if (typeof read === 'string') notices.push(read);
    else if ('deletedItem' in read) deletedItems.push(read.deletedItem);
    else remote.push(read);
  }
  // The last occurrence of an item in a delta is its state (Graph's rule).
  const byKey = new Map(remote.map((r) => [keyOf(kind, r.id), r]));
  const gone = await readShadowsByItem(deletedItems);
  if (!gone.ok) return dbFailed(gone);
  const customerIds = [
    ...new Set(
      [...byKey.values()].map((r) => r.customerId).concat(gone.value.map((s) => s.customerId)),
    ),
  ];
  const work = await readTeamWork({ customers: customerIds });
  if (!work.ok) return dbFailed(work);
  const local = indexWork(work.value);
  // Shadows of records whose customer the work did not cover (an invitation moved).
  const missing = [...byKey.keys()].filter((k) => !local.shadows.has(k));
  const extra = await readShadows(missing);
  if (!extra.ok) return dbFailed(extra);
  for (const s of extra.value) local.shadows.set(s.key, s);

  const writes: TeamWrite[] = [];
  const shadows: TeamShadow[] = [];
  for (const [key, r] of byKey) {
    const { doc: ours } = mine(local, kind, key, deps.me);
    const merged = ours ? mergeDocs(ours, r.doc) : r.doc;
    const old = local.shadows.get(key);
    if (old?.itemId && old.itemId !== r.itemId)
      notices.push(
        `The ${kind} ${r.id} is in the list twice (items ${old.itemId} and ${r.itemId}); both were merged.`,
      );
    const w = writeFor(kind, r.id, merged, local.records.get(key));
    if (w) writes.push(w);
    shadows.push({
      key,
      kind,
      id: r.id,
      customerId: r.customerId,
      doc: merged,
      itemId: r.itemId,
      eTag: r.eTag,
      ...(r.modifiedBy ? { modifiedBy: r.modifiedBy } : {}),
      ...(r.modifiedAt ? { modifiedAt: r.modifiedAt } : {}),
      ...(sameDoc(merged, r.doc) ? {} : { unsent: true }),
    });
  }
  // An item deleted in SharePoint itself: deleted here too, unless changed here since.
  for (const s of gone.value) {
    if (byKey.has(s.key)) continue;
    const pending = local.outbox.has(s.customerId) || local.all;
    const { itemId: _dropped, eTag: _e, ...rest } = s;
    if (pending) {
      shadows.push({ ...rest, unsent: true });
      continue;
    }
    const doc: TeamDoc = { ...(s.doc as TeamDoc), deletedAt: deps.now(), deletedBy: '' };
    const w = writeFor(s.kind, s.id, doc, local.records.get(s.key));
    if (w) writes.push(w);
    shadows.push({ ...rest, doc });
  }
  for (const s of shadows) if (s.unsent) toSend.add(s.customerId);
  const applied = await applyTeamWork({ writes, shadows, delivered: [] });
  if (!applied.ok) return dbFailed(applied);
  notices.push(...applied.value.skipped);
  return { ok: true, value: remote.length + deletedItems.length };
}

async function pull(
  c: Counted,
  lists: TeamLists,
  kind: Kind,
  deps: Required<Pick<TeamSyncDeps, 'me' | 'now'>> & TeamSyncDeps,
  report: TeamSyncReport,
  toSend: Set<string>,
): Promise<TeamResult<void>> {
  const kept = await getTeamState(stateKey(kind));
  if (!kept.ok) return dbFailed(kept);
  let url = kept.value ?? firstDeltaUrl(lists, kind);
  const what =
    kind === 'customer' ? 'Reading the team’s customers' : 'Reading the team’s invitations';
  // Bounded: 20,000 pages of 200 is 4 million items, far past any team list.
  for (let pages = 0, restarts = 0; pages < 20_000; pages++) {
    const page = await deltaPage(c, url, what);
    if (!page.ok) return page;
    if (page.value.gone) {
      // 410: the token expired. Enumerate the whole list again; records are matched
      // by our id, so nothing is duplicated, and merging what is already merged is a no-op.
      if (++restarts > 2)
        return fail('rejected', `${what}: Microsoft keeps refusing the change token (410).`);
      report.notices.push(
        `${what}: Microsoft no longer had the changes since the last sync (410); the whole list was read again.`,
      );
      url = page.value.restart ?? firstDeltaUrl(lists, kind);
      continue;
    }
    const done = await applyPage(kind, page.value.items, deps, report.notices, toSend);
    if (!done.ok) return done;
    report.pulled += done.value;
    deps.onProgress?.({ phase: 'pull', kind, done: report.pulled });
    if (page.value.deltaLink) {
      const saved = await setTeamState(stateKey(kind), page.value.deltaLink);
      return saved.ok ? { ok: true, value: undefined } : dbFailed(saved);
    }
    url = page.value.next!;
  }
  return fail('incomplete', `${what}: the list never ended (20,000 pages); stopped.`);
}

interface Outgoing {
  key: string;
  kind: Kind;
  id: string;
  customerId: string;
  doc: TeamDoc;
  readAs: Customer | Invitation | undefined;
  shadow: TeamShadow | undefined;
}

/** What this profile must send: every record whose version differs from the team's. */
function outgoing(local: Local, me: string): Outgoing[] {
  const keys = new Set([...local.records.keys(), ...local.shadows.keys()]);
  const out: Outgoing[] = [];
  for (const key of keys) {
    const kind: Kind = key.startsWith('c:') ? 'customer' : 'invitation';
    const record = local.records.get(key);
    const shadow = local.shadows.get(key);
    const { doc } = mine(local, kind, key, me);
    if (!doc) continue;
    // Never known to the team and deleted already: nothing to tell.
    if (!shadow?.itemId && isDeleted(doc) && !shadow) continue;
    const dirty = !shadow?.itemId || shadow.unsent || !sameDoc(doc, shadow.doc as TeamDoc);
    if (!dirty) continue;
    const id = key.slice(2);
    out.push({
      key,
      kind,
      id,
      customerId: customerIdOf(kind, record, shadow),
      doc,
      readAs: record,
      shadow,
    });
  }
  // Customers first, so an invitation's customer exists in the list before it.
  return out.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'customer' ? -1 : 1));
}

function partFor(lists: TeamLists, o: Outgoing, names: Map<string, string>): BatchPart {
  const items = `/sites/${lists.siteId}/lists/${listIdOf(lists, o.kind)}/items`;
  const fields = itemFields(o.kind, o.id, o.customerId, o.doc, names.get(o.customerId) ?? '');
  if (o.shadow?.itemId && o.shadow.eTag)
    return {
      id: o.key,
      method: 'PATCH',
      url: `${items}/${o.shadow.itemId}/fields`,
      headers: { 'Content-Type': 'application/json', 'If-Match': o.shadow.eTag },
      body: fields,
    };
  return {
    id: o.key,
    method: 'POST',
    url: items,
    headers: { 'Content-Type': 'application/json' },
    body: { fields },
  };
}

function answerETag(body: unknown): string | undefined {
  const b = body as { eTag?: unknown; '@odata.etag'?: unknown };
  const t = b?.eTag ?? b?.['@odata.etag'];
  return typeof t === 'string' ? t : undefined;
}

async function push(
  c: Counted,
  lists: TeamLists,
  deps: Required<Pick<TeamSyncDeps, 'me' | 'now' | 'sleep'>> & TeamSyncDeps,
  report: TeamSyncReport,
  everything: boolean,
  toSend: Set<string>,
): Promise<TeamResult<void>> {
  const work = await readTeamWork({ everything, customers: [...toSend] });
  if (!work.ok) return dbFailed(work);
  report.notices.push(...work.value.damaged.map((m) => `Not shared: ${m}`));
  const local = indexWork(work.value);
  const names = new Map<string, string>();
  for (const cst of work.value.customers) names.set(cst.id, cst.name);
  for (const s of work.value.shadows)
    if (s.kind === 'customer' && typeof s.doc.fields.name === 'string')
      names.set(s.id, names.get(s.id) ?? s.doc.fields.name);
  let queue = outgoing(local, deps.me);
  const total = queue.length;
  const failedCustomers = new Set<string>();
  let delivered = 0;
  const policy = deps.retry ?? DEFAULT_RETRY;
  for (let round = 1; queue.length > 0; round++) {
    if (round > 6) {
      for (const o of queue) failedCustomers.add(o.customerId);
      report.notices.push(
        `${queue.length} records kept changing at the same time elsewhere; they wait for the next sync.`,
      );
      break;
    }
    const next: Outgoing[] = [];
    let waitMs = 0;
    for (let i = 0; i < queue.length; i += BATCH_LIMIT) {
      const chunk = queue.slice(i, i + BATCH_LIMIT);
      const answers = await sendBatch(
        c,
        chunk.map((o) => partFor(lists, o, names)),
        'Sending your changes to the team',
      );
      if (!answers.ok)
        return {
          ok: false,
          error: { ...answers.error, message: `${answers.error.message} ${KEPT}` },
        };
      const shadows: TeamShadow[] = [];
      const writes: TeamWrite[] = [];
      const conflicted: Outgoing[] = [];
      for (const o of chunk) {
        const a = answers.value.get(o.key);
        const status = a?.status ?? 0;
        if (a && (status === 200 || status === 201)) {
          const eTag = answerETag(a.body);
          const itemId =
            status === 201 ? String((a.body as { id?: unknown })?.id ?? '') : o.shadow?.itemId;
          shadows.push({
            key: o.key,
            kind: o.kind,
            id: o.id,
            customerId: o.customerId,
            doc: o.doc,
            ...(itemId ? { itemId } : {}),
            ...(eTag ? { eTag } : {}),
            ...(o.shadow?.modifiedBy ? { modifiedBy: o.shadow.modifiedBy } : {}),
            modifiedAt: new Date(deps.now()).toISOString(),
          });
          const w = writeFor(o.kind, o.id, o.doc, o.readAs);
          if (w) writes.push(w);
          delivered += 1;
        } else if (status === 412) {
          conflicted.push(o);
        } else if (status === 404 && o.shadow?.itemId) {
          // The item was deleted in SharePoint meanwhile; a later edit here brings it back.
          const { itemId: _i, eTag: _e, ...rest } = o.shadow;
          next.push({ ...o, shadow: { ...rest } });
        } else if (status === 429 || status === 503) {
          const delay = nextDelay(
            round,
            retryAfterMs(a?.headers['Retry-After'] ?? a?.headers['retry-after'] ?? null),
            policy,
          );
          if (delay === undefined)
            return fail(
              status === 429 ? 'throttled' : 'unavailable',
              `Sending your changes to the team: Microsoft is limiting requests (${status}) still after ${round} tries. ${KEPT}`,
            );
          waitMs = Math.max(waitMs, delay);
          next.push(o);
        } else if (status === 403) {
          return fail(
            'forbidden',
            `Sending your changes to the team: Microsoft refused (403). ${FORBIDDEN} ${KEPT}`,
          );
        } else if (status === 404) {
          return fail(
            'list-gone',
            `Sending your changes to the team: the shared list is gone from the SharePoint site (404). ${KEPT}`,
          );
        } else {
          const message = (a?.body as { error?: { message?: unknown } })?.error?.message;
          report.notices.push(
            `The ${o.kind} ${o.id} was not shared: Microsoft refused it (${status}${typeof message === 'string' ? `: ${message}` : ''}).`,
          );
          failedCustomers.add(o.customerId);
        }
      }
      // 412: someone changed it first. Re-read those items, merge, and send again.
      if (conflicted.length > 0) {
        report.conflicts += conflicted.length;
        const reread = await sendBatch(
          c,
          conflicted.map((o) => ({
            id: o.key,
            method: 'GET',
            url: `/sites/${lists.siteId}/lists/${listIdOf(lists, o.kind)}/items/${o.shadow!.itemId}?$expand=fields`,
          })),
          'Reading what a colleague changed first',
        );
        if (!reread.ok)
          return {
            ok: false,
            error: { ...reread.error, message: `${reread.error.message} ${KEPT}` },
          };
        for (const o of conflicted) {
          const a = reread.value.get(o.key);
          const read = a?.status === 200 ? readItem(a.body, o.kind) : undefined;
          if (!read || typeof read === 'string' || 'deletedItem' in read) {
            next.push(o);
            continue;
          }
          const merged = mergeDocs(o.doc, read.doc);
          const shadow: TeamShadow = {
            key: o.key,
            kind: o.kind,
            id: o.id,
            customerId: o.customerId,
            doc: merged,
            itemId: read.itemId,
            eTag: read.eTag,
            ...(read.modifiedBy ? { modifiedBy: read.modifiedBy } : {}),
            ...(read.modifiedAt ? { modifiedAt: read.modifiedAt } : {}),
          };
          const w = writeFor(o.kind, o.id, merged, o.readAs);
          if (w) writes.push(w);
          if (sameDoc(merged, read.doc)) {
            shadows.push(shadow);
            delivered += 1;
          } else {
            shadows.push({ ...shadow, unsent: true });
            const after = (w?.record ?? o.readAs) as Customer | Invitation | undefined;
            next.push({ ...o, doc: merged, shadow, readAs: after });
          }
        }
      }
      const applied = await applyTeamWork({ writes, shadows, delivered: [] });
      if (!applied.ok) return dbFailed(applied);
      report.notices.push(...applied.value.skipped);
      report.pushed = delivered;
      deps.onProgress?.({ phase: 'push', kind: chunk[0]!.kind, done: delivered, total });
    }
    queue = next;
    if (waitMs > 0 && queue.length > 0) await deps.sleep(waitMs);
  }
  // Every record of these customers is with the team now: their outbox entries go
  // (each only if no write since replaced it). `'*'` goes once nothing failed.
  const done = work.value.outbox.filter((e) =>
    e.customerId === '*' ? failedCustomers.size === 0 : !failedCustomers.has(e.customerId),
  );
  const cleared = await applyTeamWork({ writes: [], shadows: [], delivered: done });
  if (!cleared.ok) return dbFailed(cleared);
  return { ok: true, value: undefined };
}

/** One sync run: check, pull, push. The outbox is kept whatever fails. */
export async function syncTeam(
  client: MicrosoftClient,
  lists: TeamLists,
  deps: TeamSyncDeps,
): Promise<TeamResult<TeamSyncReport>> {
  const c: Counted = { client, requests: 0 };
  const full = {
    ...deps,
    now: deps.now ?? Date.now,
    sleep: deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
  };
  const report: TeamSyncReport = { pulled: 0, pushed: 0, conflicts: 0, requests: 0, notices: [] };
  const finish = <T>(r: TeamResult<T>): TeamResult<TeamSyncReport> => {
    report.requests = c.requests;
    return r.ok ? { ok: true, value: report } : r;
  };
  const checked = await checkLists(c, lists);
  if (!checked.ok)
    return finish({
      ok: false,
      error: { ...checked.error, message: `${checked.error.message} ${KEPT}` },
    });
  if (checked.value.gone.length > 0)
    return finish(
      fail(
        'list-gone',
        `The shared list ${checked.value.gone.map((n) => `“${n}”`).join(' and ')} is gone from ${lists.siteName} (deleted?). ${KEPT} Choose the site again in Settings to create the lists anew.`,
      ),
    );
  report.notices.push(...checked.value.renamed.map((r) => `In SharePoint, ${r}; sharing goes on.`));
  const first = await getTeamState(stateKey('customer'));
  if (!first.ok) return finish(dbFailed(first));
  const toSend = new Set<string>();
  for (const kind of KINDS) {
    const pulled = await pull(c, lists, kind, full, report, toSend);
    if (!pulled.ok)
      return finish({
        ok: false,
        error: { ...pulled.error, message: `${pulled.error.message} ${KEPT}` },
      });
  }
  // A profile's first sync sends every record it holds (the team may not have them).
  return finish(await push(c, lists, full, report, first.value === undefined, toSend));
}
