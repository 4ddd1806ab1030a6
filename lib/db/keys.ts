/**
 * The keys the `customers` indexes are built on. Search and matching compare keys,
 * never raw input, so "Café Zürich", "cafe zurich" and "CAFE-ZURICH" meet.
 *
 * `nameKeyOf` follows the same rule as lib/invitation's `normalizeName`; it is
 * written here so the database does not wait for that module. The lead may point
 * it there — the two must never disagree, or stored keys stop matching queries.
 */

/** Lower case, accents stripped, ß → ss, anything but letters and digits → one space. */
export function nameKeyOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

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
