/**
 * Response bodies as Microsoft's documentation publishes them (Partner Center
 * REST: *Retrieve a relationship request URL*, *Get a list of customers*; Graph:
 * *Create delegatedAdminRelationship*, *Create delegatedAdminRelationshipRequest*),
 * with our own test data in the documented shapes. Used by the contract server
 * and by the unit tests, so both answer alike.
 */

export const PARTNER_TENANT = '6f0ea4c2-3b7d-4d1e-9a5f-2c8b7e1d0a93';
export const PROVIDER_TENANT = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

export function relationshipRequestBody(indirectProviderId?: string) {
  const url = indirectProviderId
    ? `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${PARTNER_TENANT}&msppId=0&indirectCSPId=${indirectProviderId}&DAP=true#/BillingAccounts/partner-invitation`
    : `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER_TENANT}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`;
  return { url, attributes: { objectType: 'RelationshipRequest' } };
}

export interface SampleCustomer {
  id: string;
  companyName: string;
  domain: string;
  relationshipToPartner: string;
}

/** One customer as `GET /v1/customers` lists it. */
export function customerBody(c: SampleCustomer) {
  return {
    id: c.id,
    commerceId: c.id,
    companyProfile: {
      tenantId: c.id,
      domain: c.domain,
      companyName: c.companyName,
      attributes: { objectType: 'CustomerCompanyProfile' },
    },
    relationshipToPartner: c.relationshipToPartner,
    allowDelegatedAccess: true,
    links: { self: { uri: `/customers/${c.id}`, method: 'GET', headers: [] } },
    attributes: { objectType: 'Customer' },
  };
}

/** A page of the list: `totalCount` is the page's own count; `next` carries the token as a header. */
export function customersPage(items: SampleCustomer[], size: number, continuation?: string) {
  return {
    totalCount: items.length,
    items: items.map(customerBody),
    links: {
      self: { uri: `/customers?size=${size}`, method: 'GET', headers: [] },
      ...(continuation
        ? {
            next: {
              uri: `/customers?size=${size}&seekOperation=Next`,
              method: 'GET',
              headers: [{ key: 'MS-ContinuationToken', value: continuation }],
            },
          }
        : {}),
    },
    ...(continuation ? { continuationToken: continuation } : {}),
    attributes: { objectType: 'Collection' },
  };
}

/** A GUID made from a number, so generated customers are stable between runs. */
export function guidOf(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `c0000000-0000-4000-8000-${hex}`;
}

/** `n` customers, every one a reseller unless `relationshipOf` says otherwise. */
export function manyCustomers(
  n: number,
  relationshipOf: (i: number) => string = () => 'reseller',
): SampleCustomer[] {
  return Array.from({ length: n }, (_, i) => ({
    id: guidOf(i + 1),
    companyName: `Customer ${String(i + 1).padStart(4, '0')} Ltd`,
    domain: `customer${i + 1}.onmicrosoft.com`,
    relationshipToPartner: relationshipOf(i),
  }));
}

export interface RelationshipInput {
  displayName: string;
  duration: string;
  autoExtendDuration: string;
  roleIds: string[];
  customer?: { tenantId: string; displayName: string };
}

/** A delegatedAdminRelationship as Graph returns it. */
export function relationshipBody(
  id: string,
  input: RelationshipInput,
  status: string,
  times: { created: string; activated?: string; end?: string },
) {
  return {
    '@odata.context':
      'https://graph.microsoft.com/v1.0/$metadata#tenantRelationships/delegatedAdminRelationships/$entity',
    '@odata.type': '#microsoft.graph.delegatedAdminRelationship',
    id,
    displayName: input.displayName,
    duration: input.duration,
    status,
    autoExtendDuration: input.autoExtendDuration,
    createdDateTime: times.created,
    lastModifiedDateTime: times.created,
    activatedDateTime: times.activated ?? null,
    endDateTime: times.end ?? null,
    customer: input.customer ?? null,
    accessDetails: {
      unifiedRoles: input.roleIds.map((roleDefinitionId) => ({ roleDefinitionId })),
    },
  };
}
