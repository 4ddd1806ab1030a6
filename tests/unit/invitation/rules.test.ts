import { describe, expect, it } from 'vitest';
import {
  acceptPortalFor,
  adminPrivilegesForced,
  CSP_REGIONS,
  CUSTOMER_AGREEMENT_GUIDANCE,
  checkSameRegion,
  effectiveAdminPrivileges,
  GDAP_REQUEST_EXPIRY_DAYS,
  GLOBAL_ADMIN_GUIDANCE,
  gdapExpiresAt,
  regionOf,
} from '../../../lib/invitation';
import { CLOUDS } from '../../../lib/schema';

describe('admin privileges', () => {
  it.each([
    ['public', false],
    ['china', false],
    ['us-government', true],
    ['germany', true],
  ] as const)('%s: forced is %s', (cloud, forced) => {
    expect(adminPrivilegesForced(cloud)).toBe(forced);
    expect(effectiveAdminPrivileges(cloud, false)).toBe(forced);
    expect(effectiveAdminPrivileges(cloud, true)).toBe(true);
  });
});

describe('acceptPortalFor', () => {
  it.each([
    ['public', 'en', 'the Microsoft 365 admin center'],
    ['germany', 'en', 'the Microsoft Office admin portal'],
    ['us-government', 'en', 'the Microsoft Office admin portal'],
    ['china', 'en', 'the admin center of Office 365 operated by 21Vianet'],
    ['public', 'nl', 'het Microsoft 365-beheercentrum'],
    ['germany', 'nl', 'de Microsoft Office-beheerportal'],
    ['us-government', 'nl', 'de Microsoft Office-beheerportal'],
    ['china', 'nl', 'het beheercentrum van Office 365 dat wordt beheerd door 21Vianet'],
  ] as const)('%s in %s', (cloud, language, name) => {
    expect(acceptPortalFor(cloud, language).name).toBe(name);
  });

  it('gives an address only where it is confirmed', () => {
    expect(acceptPortalFor('public').url).toBe('https://admin.microsoft.com');
    for (const cloud of CLOUDS.filter((c) => c !== 'public')) {
      expect(acceptPortalFor(cloud).url).toBeUndefined();
    }
  });
});

describe('guidance sentences', () => {
  it('names the Global Administrator role and the Customer Agreement in both languages', () => {
    expect(GLOBAL_ADMIN_GUIDANCE.en).toContain('Global Administrator');
    expect(GLOBAL_ADMIN_GUIDANCE.nl).toContain('globale beheerder');
    expect(CUSTOMER_AGREEMENT_GUIDANCE.en).toContain('Microsoft Customer Agreement');
    expect(CUSTOMER_AGREEMENT_GUIDANCE.nl).toContain('Microsoft-klantovereenkomst');
  });
});

describe('GDAP expiry', () => {
  it('is 90 days after the request', () => {
    expect(GDAP_REQUEST_EXPIRY_DAYS).toBe(90);
    const requestedAt = Date.UTC(2024, 0, 1);
    expect(gdapExpiresAt(requestedAt)).toBe(Date.UTC(2024, 2, 31));
  });
});

describe('regions', () => {
  it.each([
    ['NL', 'europe'],
    ['nl', 'europe'],
    ['GB', 'europe'],
    ['CH', 'europe'],
    ['US', 'united-states'],
    ['CA', 'canada'],
    ['MX', 'latin-america'],
    ['BR', 'brazil'],
    ['AE', 'middle-east-eastern-europe'],
    ['ZA', 'middle-east-eastern-europe'],
    ['KE', 'africa'],
    ['SG', 'asia-pacific'],
    ['AU', 'australia'],
    ['NZ', 'new-zealand'],
    ['JP', 'japan'],
    ['CN', 'china'],
  ] as const)('%s is in %s', (country, region) => {
    expect(regionOf(country)).toBe(region);
  });

  it('knows no region for a code the source does not list', () => {
    expect(regionOf('ZZ')).toBeUndefined();
  });

  it('lists every country once, as an ISO alpha-2 code', () => {
    const all = Object.values(CSP_REGIONS).flatMap((r) => r.countries.split(' '));
    expect(new Set(all).size).toBe(all.length);
    for (const code of all) expect(code).toMatch(/^[A-Z]{2}$/);
  });
});

describe('checkSameRegion', () => {
  it.each([
    ['NL', 'NL'],
    ['NL', 'de'],
    ['US', 'UM'],
    [undefined, 'NL'],
    ['NL', undefined],
    ['NL', ''],
  ])('no warning for %s and %s', (partner, customer) => {
    expect(checkSameRegion(partner, customer)).toBeNull();
  });

  it('warns, naming both regions, when the regions differ', () => {
    const w = checkSameRegion('NL', 'US');
    expect(w?.code).toBe('region-different');
    expect(w?.message).toContain('Europe');
    expect(w?.message).toContain('United States');
  });

  it('treats single-country markets as their own region', () => {
    expect(checkSameRegion('US', 'CA')?.code).toBe('region-different');
    expect(checkSameRegion('IN', 'SG')?.code).toBe('region-different');
  });

  it('warns that it cannot tell for an unknown country', () => {
    const w = checkSameRegion('NL', 'ZZ');
    expect(w?.code).toBe('region-unknown');
    expect(w?.message).toContain('ZZ');
  });
});
