/**
 * Checks a contact e-mail address and a customer domain before an invitation is
 * sent to them, catching the typos that make an invitation silently bounce
 * (gmial.com, outlok.com, .con) with a suggestion the UI can offer in one click.
 */
import type { AppError } from '../schema';
import { fail, ok } from './result';
import { COMMON_EMAIL_DOMAINS, editDistance, TLD_TYPOS } from './typos';

export type EmailErrorCode = 'email-empty' | 'email-malformed' | 'email-typo';
export type DomainErrorCode = 'domain-empty' | 'domain-malformed' | 'domain-typo';

/**
 * A typo error carries the corrected value, for a "Did you mean …?" button. It is
 * a question, not a verdict: the UI should let the partner keep what they typed.
 */
export interface TypoError<Code extends string> extends AppError<Code> {
  suggestion: string;
}

type Checked<Code extends string> =
  | { ok: true; value: string }
  | { ok: false; error: AppError<Code> | TypoError<Code> };

/**
 * RFC 5322's atext without `?`, `#` and `%`: legal in an address, but in a
 * `mailto:` link they start the header fields, the fragment and an escape, so
 * "it@contoso.com?bcc=…" or "it%2Cx@…" would add recipients or text. No real
 * mailbox the partner writes to needs them.
 */
const LOCAL_PART = /^[A-Za-z0-9.!$&'*+/=^_`{|}~-]+$/;
const LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;
/** The same for ASCII, several times faster: imports and reads check every stored domain. */
const ASCII_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
const ASCII = /^[\x20-\x7e]*$/;

/** Returns the address trimmed, with its domain in lower case. */
export function validateEmail(address: string): Checked<EmailErrorCode> {
  const trimmed = address.trim();
  if (trimmed === '') return fail('email-empty', 'Enter the contact’s e-mail address.');
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || trimmed.indexOf('@') !== at || /\s/.test(trimmed)) {
    return fail(
      'email-malformed',
      `"${trimmed}" is not an e-mail address: it needs one @ between a name and a domain, without spaces.`,
    );
  }
  const local = trimmed.slice(0, at);
  if (
    !LOCAL_PART.test(local) ||
    local.startsWith('.') ||
    local.endsWith('.') ||
    local.includes('..')
  ) {
    return fail('email-malformed', `The part before the @ in "${trimmed}" is not valid.`);
  }
  const domain = validateDomain(trimmed.slice(at + 1));
  if (domain.ok) return ok(`${local}@${domain.value}`);
  if ('suggestion' in domain.error) {
    return typo('email-typo', `${local}@${domain.error.suggestion}`);
  }
  return fail(
    'email-malformed',
    `The domain of "${trimmed}" is not valid: ${domain.error.message}`,
  );
}

/** Returns the domain trimmed and in lower case, without a trailing dot. */
export function validateDomain(input: string): Checked<DomainErrorCode> {
  const domain = input.trim().toLowerCase().replace(/\.$/, '');
  if (domain === '') return fail('domain-empty', 'Enter a domain, such as contoso.com.');
  if (/[/:@\s]/.test(domain)) {
    return fail('domain-malformed', `Enter only the domain, such as contoso.com, not "${domain}".`);
  }
  const suggestion = suggestDomain(domain);
  if (suggestion) return typo('domain-typo', suggestion);
  if (!domain.includes('.')) {
    return fail('domain-malformed', `"${domain}" has no ending such as .com or .nl.`);
  }
  if (!isWellFormedDomain(domain)) {
    return fail('domain-malformed', `"${domain}" is not a valid domain name.`);
  }
  return ok(domain);
}

/**
 * Labels, ending and length right, typos aside: what the popup accepts once the
 * partner chose "keep as typed". Imports and stored records are held to this.
 */
export function isWellFormedDomain(domain: string): boolean {
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  const label = ASCII.test(domain) ? ASCII_LABEL : LABEL;
  return (
    labels.length >= 2 &&
    domain.length <= 253 &&
    labels.every((l) => label.test(l)) &&
    /^(\p{L}{2,}|xn--[a-z0-9-]+)$/u.test(tld)
  );
}

/** One address whose parts are well formed, typos aside (see isWellFormedDomain). */
export function isWellFormedEmail(address: string): boolean {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  return (
    at > 0 &&
    address.indexOf('@') === at &&
    LOCAL_PART.test(local) &&
    !local.startsWith('.') &&
    !local.endsWith('.') &&
    !local.includes('..') &&
    isWellFormedDomain(address.slice(at + 1))
  );
}

/** The likely intended domain, or undefined when it looks right (or unknown). */
function suggestDomain(domain: string): string | undefined {
  // Double dots and commas are slips of the finger, never intended.
  const cleaned = domain.replace(/,/g, '.').replace(/\.{2,}/g, '.');
  const labels = cleaned.split('.');
  const tld = labels[labels.length - 1] ?? '';
  const fixedTld = TLD_TYPOS[tld];
  const candidate = fixedTld ? [...labels.slice(0, -1), fixedTld].join('.') : cleaned;
  const known = closestCommonDomain(candidate, labels.length === 1);
  const suggestion = known ?? candidate;
  return suggestion !== domain ? suggestion : undefined;
}

/**
 * A common mail domain one typo away. Short domains such as live.com are only
 * matched exactly: one letter off a short name is often a real company.
 */
function closestCommonDomain(domain: string, missingTld: boolean): string | undefined {
  if (COMMON_EMAIL_DOMAINS.includes(domain)) return domain;
  for (const common of COMMON_EMAIL_DOMAINS) {
    if (missingTld) {
      if (common.split('.')[0] === domain) return common;
      continue;
    }
    // One edit changes the length by at most one: most domains need no distance at all.
    if (common.length < 9 || Math.abs(common.length - domain.length) > 1) continue;
    if (editDistance(domain, common) === 1) return common;
  }
  return undefined;
}

function typo<Code extends string>(
  code: Code,
  suggestion: string,
): { ok: false; error: TypoError<Code> } {
  return {
    ok: false,
    error: { code, message: `This looks like a typo. Did you mean ${suggestion}?`, suggestion },
  };
}
