/**
 * "Restore admin privileges" for a customer whose relationship or admin rights were
 * removed (status `removed`): the seed says the same invitation restores them. The
 * options page cannot open the toolbar popup reliably, so it leaves the popup an
 * unfinished draft pre-filled from the customer — the popup opens on it.
 */
import { formFieldsForCustomer } from '../form/form';
import {
  ComposeFormSchema,
  type Customer,
  type Invitation,
  type UnfinishedDraft,
  UnfinishedDraftSchema,
} from '../schema';

export function restoreAdminDraft(
  customer: Customer,
  latest: Invitation | undefined,
  now: number,
): UnfinishedDraft {
  const form = ComposeFormSchema.parse({
    ...formFieldsForCustomer(customer),
    // Restoring admin privileges is the point of this invitation.
    adminPrivileges: true,
    relationshipType: latest?.relationshipType ?? 'direct',
    providerTenantId: latest?.providerTenantId ?? '',
    purpose: 'restore-admin',
    language: latest?.language ?? 'en',
  });
  return UnfinishedDraftSchema.parse({ form, edited: false, savedAt: now });
}
