/**
 * Checking a batch of records (an import, a backup) whole before anything is
 * written: docs/ARCHITECTURE.md wants a bad file to change nothing and to say which row and why.
 */
import type { z } from 'zod/mini';
import type { Customer, Invitation } from '../schema';
import { describeIssues } from '../schema/issues';
import type { CustomerSchema } from '../schema/records';
import { type DbResult, fail, ok } from './errors';
import { domainKeyOf, emailKeyOf, nameKeyOf } from './keys';
import {
  CustomerRecordSchema,
  InvitationRecordSchema,
  quickCustomerRecord,
  quickInvitationRecord,
} from './record-schema';

export interface AllRecords {
  customers: Customer[];
  invitations: Invitation[];
}

/** What an import hands in: customers may omit defaulted fields; keys are recomputed. */
export interface AllRecordsInput {
  customers: readonly z.input<typeof CustomerSchema>[];
  invitations: readonly Invitation[];
}

/** At most this many problems are listed; a file with thousands says "and N more". */
const MAX_LISTED = 5;

function problems(list: string[]): string {
  const shown = list.slice(0, MAX_LISTED).join('; ');
  const more = list.length > MAX_LISTED ? `; and ${list.length - MAX_LISTED} more` : '';
  return `${shown}${more}.`;
}

function idOf(raw: unknown): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? ` (id ${id})` : '';
}

/** Index keys are the database's invariant, so they are computed here, not trusted. */
function withKeys(raw: z.input<typeof CustomerSchema>): unknown {
  if (typeof raw !== 'object' || raw === null || typeof raw.name !== 'string') return raw;
  return {
    ...raw,
    nameKey: nameKeyOf(raw.name),
    contactEmail: emailKeyOf(raw.contactEmail ?? ''),
    domain: domainKeyOf(raw.domain ?? ''),
  };
}

/** Every record parsed, ids unique per store; the first problems are named by row. */
export function checkBatch(input: AllRecordsInput): DbResult<AllRecords> {
  const errors: string[] = [];
  const batch: AllRecords = { customers: [], invitations: [] };
  // Records exactly as the schema gives them back skip zod (quick-parse.ts): an
  // import has just parsed them once already.
  input.customers.forEach((raw, i) => {
    const keyed = withKeys(raw);
    if (quickCustomerRecord(keyed)) {
      batch.customers.push(keyed);
      return;
    }
    const parsed = CustomerRecordSchema.safeParse(keyed);
    if (parsed.success) batch.customers.push(parsed.data);
    else errors.push(`customer ${i + 1}${idOf(raw)}: ${describeIssues(parsed.error)}`);
  });
  input.invitations.forEach((raw, i) => {
    if (quickInvitationRecord(raw)) {
      batch.invitations.push(raw);
      return;
    }
    const parsed = InvitationRecordSchema.safeParse(raw);
    if (parsed.success) batch.invitations.push(parsed.data);
    else errors.push(`invitation ${i + 1}${idOf(raw)}: ${describeIssues(parsed.error)}`);
  });
  if (errors.length) return fail('invalid-input', `Nothing was imported: ${problems(errors)}`);

  const repeated = [
    ...repeatedIds('customer', batch.customers),
    ...repeatedIds('invitation', batch.invitations),
  ];
  if (repeated.length) return fail('duplicate', `Nothing was imported: ${problems(repeated)}`);
  return ok(batch);
}

function repeatedIds(kind: string, records: { id: string }[]): string[] {
  const firstRow = new Map<string, number>();
  const found: string[] = [];
  records.forEach(({ id }, i) => {
    const first = firstRow.get(id);
    if (first === undefined) firstRow.set(id, i + 1);
    else found.push(`${kind} ${i + 1} has the same id (${id}) as ${kind} ${first}`);
  });
  return found;
}
