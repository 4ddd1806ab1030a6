/**
 * The one check every record passes, whichever way it comes in (the popup's
 * Done, an edit, a backup, a CSV file) and whenever it is read back: lib/schema's
 * shape, lengths and time window, plus the rules that need lib/invitation — an
 * e-mail address and a domain as the popup checks them, and links through the
 * popup's allowlist, stored as the parsed URL's own serialisation. A backup is not
 * trusted more than a form: a `javascript:` link or "it@contoso.com?bcc=…" would
 * become a live link in the customer's details.
 */
import { z } from 'zod/mini';
import {
  isWellFormedDomain,
  isWellFormedEmail,
  parseGdapLink,
  parseInvitationLink,
} from '../invitation';
import type { Customer, Invitation } from '../schema';
import { quickCustomer, quickInvitation } from '../schema/quick-parse';
import { CustomerSchema, InvitationSchema } from '../schema/records';

type Ctx = { issues: z.core.$ZodRawIssue[] };

function issue(ctx: Ctx, path: string, input: unknown, message: string): void {
  ctx.issues.push({ code: 'custom', path: [path], input, message });
}

/**
 * A contact e-mail as a record may hold it: none (''), or one well-formed address
 * in lower case. Well formed: a typo ("gmial.com") is a question the popup lets
 * the partner answer "keep". Also the upgrade's repair (normalise.ts) asks this.
 */
export function isStoredEmail(email: string): boolean {
  return email === '' || (isWellFormedEmail(email) && email === email.toLowerCase());
}

/** A domain as a record may hold it: none (''), or a well-formed domain in lower case. */
export function isStoredDomain(domain: string): boolean {
  return domain === '' || (isWellFormedDomain(domain) && domain === domain.toLowerCase());
}

function checkAddress(ctx: Ctx, email: string): void {
  if (!isStoredEmail(email)) {
    issue(ctx, 'contactEmail', email, 'is not one e-mail address as the popup accepts it');
  }
}

function checkDomainField(ctx: Ctx, domain: string): void {
  if (!isStoredDomain(domain)) {
    issue(ctx, 'domain', domain, 'is not a domain name such as contoso.com');
  }
}

// z.check, not superRefine: see lib/schema/limits.ts's `rule` on the popup's budget.
export const CustomerRecordSchema = CustomerSchema.check(
  z.check(({ value, issues }) => {
    checkAddress({ issues }, value.contactEmail);
    checkDomainField({ issues }, value.domain);
  }),
);

/**
 * A link the popup accepts (`parse`: parseInvitationLink or parseGdapLink), and
 * canonical: what the parser would store for it is the text itself.
 */
function checkLinkField(
  ctx: Ctx,
  field: 'link' | 'gdapLink',
  link: string | undefined,
  parse: (
    text: string,
  ) => { ok: true; value: { url: string } } | { ok: false; error: { code: string } },
  kind: string,
): void {
  if (link === undefined) return;
  const parsed = parse(link);
  if (!parsed.ok) {
    issue(ctx, field, link, `is not ${kind} the popup accepts (${parsed.error.code})`);
  } else if (parsed.value.url !== link) {
    issue(ctx, field, link, 'is not written as a browser writes it (its serialisation differs)');
  }
}

function checkInvitationLinks(ctx: Ctx, invitation: Pick<Invitation, 'link' | 'gdapLink'>): void {
  checkLinkField(ctx, 'link', invitation.link, parseInvitationLink, 'an invitation link');
  checkLinkField(ctx, 'gdapLink', invitation.gdapLink, parseGdapLink, 'a GDAP link');
}

export const InvitationRecordSchema = InvitationSchema.check(
  z.check(({ value, issues }) => {
    checkInvitationLinks({ issues }, value);
  }),
);

/** The rules above, on a record whose shape quick-parse has already judged. */
function rulesHold(check: (ctx: Ctx) => void): boolean {
  const ctx: Ctx = { issues: [] };
  check(ctx);
  return ctx.issues.length === 0;
}

/**
 * A customer CustomerRecordSchema would give back unchanged, judged without a
 * zod pass (lib/schema/quick-parse.ts says why): the shape there, the rules here.
 * False means "take the schema's path", never "refused".
 */
export function quickCustomerRecord(raw: unknown): raw is Customer {
  return (
    quickCustomer(raw) &&
    rulesHold((ctx) => {
      checkAddress(ctx, raw.contactEmail);
      checkDomainField(ctx, raw.domain);
    })
  );
}

/** The same for an invitation and InvitationRecordSchema. */
export function quickInvitationRecord(raw: unknown): raw is Invitation {
  return (
    quickInvitation(raw) &&
    rulesHold((ctx) => {
      checkInvitationLinks(ctx, raw);
    })
  );
}
