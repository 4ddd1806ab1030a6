/**
 * Partner Center customers → the rows lib/transfer reconciles, exactly as it does
 * Customers.csv's rows. `relationshipToPartner` decides what a listed customer
 * means for its invitation (docs/MICROSOFT.md, "Acceptances"):
 *
 * | relationshipToPartner | the invitation | tenant ID |
 * |---|---|---|
 * | `reseller` | `sent`/`expired` → `accepted` | stored |
 * | `advisor`, `syndication`, `microsoft_support`, `none`, anything new | unchanged | stored |
 *
 * Only `reseller` is the relationship the invitation asks for; an advisor or a
 * syndication partner is listed without having accepted it.
 */
import type { InvitationStatus } from '../schema';
import type { PartnerCenterRow } from '../transfer';
import type { PartnerCenterCustomer } from './partner-center';

export const ACCEPTING_RELATIONSHIP = 'reseller';

/** What a listed customer's waiting (`sent` or `expired`) invitation becomes. */
export function statusForRelationship(relationship: string): InvitationStatus | undefined {
  return relationship.toLowerCase() === ACCEPTING_RELATIONSHIP ? 'accepted' : undefined;
}

export function rowsFromCustomers(customers: readonly PartnerCenterCustomer[]): PartnerCenterRow[] {
  return customers.map((c, i) => {
    const relationship = c.relationshipToPartner || 'none';
    return {
      rowNumber: i + 1,
      microsoftId: c.id.toLowerCase(),
      companyName: c.companyName.trim(),
      domain: c.domain.trim().toLowerCase(),
      relationship,
      ...(statusForRelationship(relationship) ? {} : { notReseller: relationship }),
    };
  });
}
