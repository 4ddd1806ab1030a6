/**
 * The keys the `customers` indexes are built on. Search and matching compare keys,
 * never raw input, so "Café Zürich", "cafe zurich" and "CAFE-ZURICH" meet. The name
 * key IS lib/invitation's `normalizeName`: one rule, or stored keys stop matching
 * queries (changing it later needs an upgrade block that recomputes every key).
 */
import { normalizeName } from '../invitation/normalize';

export const nameKeyOf = normalizeName;

/** E-mail addresses are compared case-insensitively (in practice every provider does). */
export function emailKeyOf(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A domain as people paste it ("https://www.Contoso.com/", "@contoso.com") reduced
 * to the host name, so the index holds one spelling per domain.
 */
export function domainKeyOf(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^@/, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '');
}
