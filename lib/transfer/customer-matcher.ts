/**
 * Finding which known customer a row means, from Maps built once: an import of
 * 10,000 rows does no index lookups in IndexedDB, only Map gets (the design's 2 s
 * budget). Keys are tried from the most to the least certain: tenant ID, contact
 * e-mail, domain, then the company name without case, accents, punctuation and
 * legal form (`matchKey`: "Contoso B.V." = "contoso bv").
 */
import { domainKeyOf, emailKeyOf } from '../db';
import { matchKey } from '../invitation/normalize';

export type MatchedBy = 'tenant-id' | 'email' | 'domain' | 'name';
const ORDER: readonly MatchedBy[] = ['tenant-id', 'email', 'domain', 'name'];

/** What matching needs of a customer, stored or read from a file. */
export interface Matchable {
  name: string;
  contactEmail?: string;
  domain?: string;
  tenantId?: string;
}

export interface Match<T> {
  item: T;
  by: MatchedBy;
}

/** A key two different customers share says nothing about either: it never matches. */
const AMBIGUOUS = Symbol('ambiguous');

export type MatchKeys = Record<MatchedBy, string>;

/** Computed once per row by callers that both look up and add (matchKey is the costly part). */
export function matchKeysOf(c: Matchable): MatchKeys {
  return {
    'tenant-id': (c.tenantId ?? '').toLowerCase(),
    email: emailKeyOf(c.contactEmail ?? ''),
    domain: domainKeyOf(c.domain ?? ''),
    name: matchKey(c.name),
  };
}

export class CustomerMatcher<T extends Matchable> {
  private readonly maps = new Map<MatchedBy, Map<string, T | typeof AMBIGUOUS>>(
    ORDER.map((by) => [by, new Map()]),
  );

  constructor(items: Iterable<T> = []) {
    for (const item of items) this.add(item);
  }

  add(item: T, keys = matchKeysOf(item)): void {
    for (const by of ORDER) {
      const key = keys[by];
      if (key === '') continue;
      const map = this.maps.get(by)!;
      const held = map.get(key);
      map.set(key, held === undefined || held === item ? item : AMBIGUOUS);
    }
  }

  /**
   * The first key that names one customer. A customer whose tenant ID is known and
   * differs from the candidate's is another tenant, whatever its name: skipped.
   */
  find(candidate: Matchable, keys = matchKeysOf(candidate)): Match<T> | undefined {
    const tenant = keys['tenant-id'];
    for (const by of ORDER) {
      const key = keys[by];
      if (key === '') continue;
      const item = this.maps.get(by)!.get(key);
      if (item === undefined || item === AMBIGUOUS) continue;
      const itsTenant = (item.tenantId ?? '').toLowerCase();
      if (tenant !== '' && itsTenant !== '' && itsTenant !== tenant) continue;
      return { item, by };
    }
    return undefined;
  }
}
