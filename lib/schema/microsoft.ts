/**
 * The optional Microsoft connection's stored shapes (docs/MICROSOFT.md): the
 * partner's own Entra app, and the GDAP requests the extension created and follows.
 * Imported as `lib/schema/microsoft` (not re-exported by the index, which it imports).
 */
import { z } from 'zod/mini';
import { GuidSchema } from './index';

/** `storage.sync` `microsoft`: the Entra app registered by the partner. */
export const MicrosoftConfigSchema = z.object({
  /** The app's Application (client) ID. */
  clientId: GuidSchema,
  /** The partner's tenant (GUID or domain); empty: any work account (`organizations`). */
  tenant: z._default(z.string().check(z.maxLength(200)), ''),
});
export type MicrosoftConfig = z.infer<typeof MicrosoftConfigSchema>;

/** Graph's delegatedAdminRelationship statuses; an unknown new one is kept as text. */
export const GDAP_STATUSES = [
  'created',
  'approvalPending',
  'approved',
  'activating',
  'active',
  'expiring',
  'expired',
  'terminationRequested',
  'terminating',
  'terminated',
] as const;

/** A GDAP request the extension created (`storage.local` `gdapRelationships`, by id). */
export const GdapRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  displayName: z.string(),
  customerTenantId: z.optional(GuidSchema),
  /** The customer in our database it was requested for, when known. */
  customerId: z.optional(z.string()),
  status: z.string(),
  /** ISO 8601 duration as sent: P1D … P730D. */
  duration: z.string(),
  autoExtend: z.boolean(),
  roleIds: z.array(z.string()),
  /** Where the customer approves it. */
  link: z.string(),
  /** Epoch ms: when it was created (the 90 days of an unanswered request count from here). */
  createdAt: z.number(),
  /** Epoch ms of the last status read from Graph. */
  checkedAt: z.number(),
  /** Graph's endDateTime once active (epoch ms). */
  endsAt: z.optional(z.number()),
});
export type GdapRecord = z.infer<typeof GdapRecordSchema>;

/** The offscreen document's answer to the service worker after a daily sync. */
export const SyncDoneMessageSchema = z.object({
  type: z.literal('microsoft-sync-done'),
  ok: z.boolean(),
  /** The failure's sentence, or what was done. */
  text: z.string(),
  gdap: z.array(GdapRecordSchema),
  /** The run was a team sync. */
  team: z.optional(z.literal(true)),
});
export type SyncDoneMessage = z.infer<typeof SyncDoneMessageSchema>;

/** What the service worker hands the offscreen document (in its URL: no storage API there). */
export const SyncJobSchema = z.object({
  config: MicrosoftConfigSchema,
  gdap: z.array(GdapRecordSchema),
  /** A team-sharing run (docs/MICROSOFT.md, "Team sharing") instead of the daily sync: who is signed in. */
  team: z.optional(z.object({ me: z.string().check(z.maxLength(320)) })),
});
export type SyncJob = z.infer<typeof SyncJobSchema>;
