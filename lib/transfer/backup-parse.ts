/**
 * Reading a JSON backup, with no database in sight: the whole file is checked
 * here, so `importBackup` writes only a file already known to be good, and a bad
 * file is refused with the first thing wrong in it, in words.
 */
import { z } from 'zod/mini';
import {
  CustomerRecordSchema,
  InvitationRecordSchema,
  quickCustomerRecord,
  quickInvitationRecord,
} from '../db';
import type { BackupFile, Invitation } from '../schema';
import { describeFirstIssue } from '../schema/issues';
import { BACKUP_FORMAT } from '../schema/records';
import { looksLikeTable } from './detect';
import { fail, ok, type TransferResult } from './errors';
import { checkImportSize, MAX_BACKUP_BYTES } from './limits';

const NOTHING = 'Nothing was imported.';

function parseJson(text: string): TransferResult<unknown> {
  // A BOM is what some editors add when the file is saved again; it is not content.
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return fail('empty-file', `The file is empty. ${NOTHING}`);
  try {
    return ok(JSON.parse(body));
  } catch {
    const table = /^[[{]/.test(body) ? looksLikeTable(body) : undefined;
    if (table) {
      const by = table.delimiter === '\t' ? 'tabs' : `"${table.delimiter}"`;
      return fail(
        'json-looking-csv',
        `The file starts with "${body[0]}" like a JSON backup, but it is a table of ${table.columns} columns separated by ${by}: a CSV file whose first cell begins with "${body[0]}". If it is a customer list, remove that "${body[0]}" from its first cell; if it is a backup, it is damaged. ${NOTHING}`,
      );
    }
    // A backup always ends with '}': without it the file was cut off (a download
    // that stopped, a disk that filled), which is worth saying in those words.
    const why = body.endsWith('}')
      ? 'The file is not valid JSON.'
      : 'The file is not valid JSON: it looks cut off (truncated).';
    return fail('not-json', `${why} ${NOTHING}`);
  }
}

function checkEnvelope(
  data: unknown,
): TransferResult<{ customers: unknown[]; invitations: unknown[] }> {
  if (Array.isArray(data)) {
    return fail(
      'json-array',
      `The file holds a JSON list ([…]) of ${data.length} items, not a backup: a backup made by Export JSON is one object that starts with {"format": "${BACKUP_FORMAT}". ${NOTHING}`,
    );
  }
  if (typeof data !== 'object' || data === null) {
    return fail(
      'json-not-object',
      `The file holds only the JSON value ${JSON.stringify(data).slice(0, 40)}, not a backup made by Export JSON. ${NOTHING}`,
    );
  }
  const file = data as Record<string, unknown>;
  if (file.format !== BACKUP_FORMAT) {
    return fail(
      'wrong-format',
      `This is not a backup made by this extension (Export JSON). ${NOTHING}`,
    );
  }
  if (file.version !== 1) {
    return fail(
      'unsupported-version',
      `The backup is version ${JSON.stringify(file.version)}; this version of the extension reads version 1. Update the extension. ${NOTHING}`,
    );
  }
  if (typeof file.exportedAt !== 'string') {
    return fail('invalid-record', `The backup has no export date ("exportedAt"). ${NOTHING}`);
  }
  // Shown in the preview ("exported on …"): an ISO time as Export JSON writes it, nothing else.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/.test(file.exportedAt)) {
    return fail(
      'invalid-record',
      `The backup's export date ("exportedAt") is not a time as Export JSON writes it. ${NOTHING}`,
    );
  }
  if (!Array.isArray(file.customers) || !Array.isArray(file.invitations)) {
    return fail('invalid-record', `The backup has no list of customers or invitations. ${NOTHING}`);
  }
  return ok({ customers: file.customers, invitations: file.invitations });
}

function idNote(raw: unknown): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? ` (id ${id})` : '';
}

/** Parses every record, stopping at the first bad one: "Customer 3 (id c-3): the field …". */
function parseRecords<T>(
  kind: 'Customer' | 'Invitation',
  raws: unknown[],
  schema: z.ZodMiniType<T>,
  quick: (raw: unknown) => raw is T,
): TransferResult<T[]> {
  const out: T[] = [];
  for (const [i, raw] of raws.entries()) {
    // Exactly what the schema gives back: no zod pass (quick-parse.ts says why).
    if (quick(raw)) {
      out.push(raw);
      continue;
    }
    // reportInput: lets the message tell a missing field from a wrong one.
    const parsed = z.safeParse(schema, raw, { reportInput: true });
    if (!parsed.success) {
      const what = describeFirstIssue(parsed.error);
      return fail('invalid-record', `${kind} ${i + 1}${idNote(raw)}: ${what}. ${NOTHING}`);
    }
    out.push(parsed.data);
  }
  return ok(out);
}

function firstRepeatedId(kind: string, records: { id: string }[]): string | undefined {
  const seen = new Map<string, number>();
  for (const [i, { id }] of records.entries()) {
    const first = seen.get(id);
    if (first !== undefined) {
      return `${kind} ${i + 1} has the same id (${id}) as ${kind.toLowerCase()} ${first}.`;
    }
    seen.set(id, i + 1);
  }
  return undefined;
}

function orphan(invitations: Invitation[], customerIds: Set<string>): string | undefined {
  const i = invitations.findIndex((inv) => !customerIds.has(inv.customerId));
  const inv = invitations[i];
  return (
    inv &&
    `Invitation ${i + 1} (id ${inv.id}) belongs to customer ${inv.customerId}, which is not in the backup.`
  );
}

/** The backup, checked whole: envelope, every record, unique ids, every invitation's customer. */
export function parseBackup(text: string): TransferResult<BackupFile> {
  const size = checkImportSize(text.length, MAX_BACKUP_BYTES);
  if (!size.ok) return size;
  const json = parseJson(text);
  if (!json.ok) return json;
  const envelope = checkEnvelope(json.value);
  if (!envelope.ok) return envelope;
  const customers = parseRecords(
    'Customer',
    envelope.value.customers,
    CustomerRecordSchema,
    quickCustomerRecord,
  );
  if (!customers.ok) return customers;
  const invitations = parseRecords(
    'Invitation',
    envelope.value.invitations,
    InvitationRecordSchema,
    quickInvitationRecord,
  );
  if (!invitations.ok) return invitations;

  const repeated =
    firstRepeatedId('Customer', customers.value) ??
    firstRepeatedId('Invitation', invitations.value);
  if (repeated) return fail('duplicate-id', `${repeated} ${NOTHING}`);
  const missing = orphan(invitations.value, new Set(customers.value.map((c) => c.id)));
  if (missing) return fail('missing-customer', `${missing} ${NOTHING}`);

  const file = json.value as { exportedAt: string };
  return ok({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: file.exportedAt,
    customers: customers.value,
    invitations: invitations.value,
  });
}
