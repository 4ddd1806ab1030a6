/**
 * The rules docs/DOMAIN.md states about a reseller-relationship request: forced admin
 * privileges, where the customer accepts, who may accept, GDAP expiry and the
 * same-region rule. Texts that reach the customer come in every e-mail language.
 */
import type { Cloud, EmailLanguage } from '../schema';
import { CSP_REGIONS, regionOf } from './regions';

export { adminPrivilegesForced, effectiveAdminPrivileges } from './admin-privileges';

export interface AcceptPortal {
  name: string;
  /** Only where the address is confirmed; national-cloud addresses are not. */
  url?: string;
}

const ACCEPT_PORTALS: Record<Cloud, Record<EmailLanguage, string>> = {
  public: { en: 'the Microsoft 365 admin center', nl: 'het Microsoft 365-beheercentrum' },
  germany: { en: 'the Microsoft Office admin portal', nl: 'de Microsoft Office-beheerportal' },
  'us-government': {
    en: 'the Microsoft Office admin portal',
    nl: 'de Microsoft Office-beheerportal',
  },
  china: {
    en: 'the admin center of Office 365 operated by 21Vianet',
    nl: 'het beheercentrum van Office 365 dat wordt beheerd door 21Vianet',
  },
};

/** Where the customer accepts the invitation, per the seed's table (21Vianet from an older version). */
export function acceptPortalFor(cloud: Cloud, language: EmailLanguage = 'en'): AcceptPortal {
  const name = ACCEPT_PORTALS[cloud][language];
  return cloud === 'public' ? { name, url: 'https://admin.microsoft.com' } : { name };
}

/** The seed: "the customer must be a Global Administrator to accept the invitation". */
export const GLOBAL_ADMIN_GUIDANCE: Record<EmailLanguage, string> = {
  en: 'The person who accepts must be a Global Administrator of your Microsoft 365 environment.',
  nl: 'De persoon die de uitnodiging accepteert, moet globale beheerder zijn van uw Microsoft 365-omgeving.',
};

/** The seed: a customer that has not accepted the agreement is asked to while accepting. */
export const CUSTOMER_AGREEMENT_GUIDANCE: Record<EmailLanguage, string> = {
  en: 'If your organization has not yet accepted the Microsoft Customer Agreement, you will be asked to do so.',
  nl: 'Heeft uw organisatie de Microsoft-klantovereenkomst nog niet geaccepteerd, dan wordt u gevraagd dat alsnog te doen.',
};

/** An unanswered GDAP request expires after 90 days (Partner Center, GDAP docs). */
export const GDAP_REQUEST_EXPIRY_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Epoch ms at which a GDAP request made at `requestedAt` (epoch ms) expires. */
export function gdapExpiresAt(requestedAt: number): number {
  return requestedAt + GDAP_REQUEST_EXPIRY_DAYS * DAY_MS;
}

export interface RegionWarning {
  code: 'region-different' | 'region-unknown';
  message: string;
}

/**
 * Warns when the customer seems to be outside the partner's CSP region. Never a
 * block: the table is approximate and the customer's tenant country, not its
 * address, is what counts. Null when a country is not given or both share a region.
 */
export function checkSameRegion(
  partnerCountry: string | undefined,
  customerCountry: string | undefined,
): RegionWarning | null {
  const partner = partnerCountry?.trim().toUpperCase() ?? '';
  const customer = customerCountry?.trim().toUpperCase() ?? '';
  if (partner === '' || customer === '' || partner === customer) return null;
  const partnerRegion = regionOf(partner);
  const customerRegion = regionOf(customer);
  if (!partnerRegion || !customerRegion) {
    const unknown = partnerRegion ? customer : partner;
    return {
      code: 'region-unknown',
      message: `The CSP region of ${unknown} is not known here; make sure the customer is in your country or region, or Microsoft will refuse the relationship.`,
    };
  }
  if (partnerRegion === customerRegion) return null;
  return {
    code: 'region-different',
    message: `The customer (${customer}) is in the CSP region ${CSP_REGIONS[customerRegion].name}, and you (${partner}) are in ${CSP_REGIONS[partnerRegion].name}. Microsoft only lets partners request a relationship with customers in their own country or region, so the customer may not be able to accept.`,
  };
}
