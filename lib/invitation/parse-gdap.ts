/**
 * Reads a GDAP admin-relationship request link, which the partner copies from
 * Partner Center (Customer → Admin relationships) to send beside the invitation:
 * https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/<id>
 * The id is two GUIDs joined by `-` (docs/DOMAIN.md).
 */
import type { Result } from '../schema';
import { checkInvitationUrl, shorten } from './hosts';
import { fail, ok } from './result';

export interface ParsedGdapLink {
  relationshipId: string;
  /** The link as the URL parser serialises it: what is stored and sent, never the pasted text. */
  url: string;
}

export type GdapLinkErrorCode =
  | 'gdap-not-a-url'
  | 'gdap-not-https'
  | 'gdap-host-not-microsoft'
  | 'gdap-has-credentials'
  | 'gdap-has-port'
  | 'gdap-has-backslash'
  | 'gdap-not-a-relationship-link'
  | 'gdap-id-malformed';

const HEX_GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const RELATIONSHIP_ID = /* @__PURE__ */ new RegExp(`^${HEX_GUID}-${HEX_GUID}$`, 'i');
const FRAGMENT_PREFIX = '#/partners/invitation/granularadminrelationships/';

export function parseGdapLink(text: string): Result<ParsedGdapLink, GdapLinkErrorCode> {
  const pasted = text
    .trim()
    .replace(/^<(.*)>$/s, '$1')
    .trim();
  const checked = checkInvitationUrl(pasted);
  if (!checked.ok) {
    const code = {
      'not-a-url': 'gdap-not-a-url',
      'not-https': 'gdap-not-https',
      'host-not-microsoft': 'gdap-host-not-microsoft',
      'has-credentials': 'gdap-has-credentials',
      'has-port': 'gdap-has-port',
      'has-backslash': 'gdap-has-backslash',
    } as const;
    return fail(code[checked.error.code], `GDAP link: ${checked.error.message}`);
  }
  const url = checked.value;
  // The portal spells it AdminPortal here and Adminportal in invitations: match either.
  const path = url.pathname.toLowerCase();
  const hash = url.hash;
  // Exactly the documented shape: no query (a GDAP link has none), no trailing extras.
  if (
    path !== '/adminportal/home' ||
    url.search !== '' ||
    !hash.toLowerCase().startsWith(FRAGMENT_PREFIX)
  ) {
    return fail(
      'gdap-not-a-relationship-link',
      'This is not a GDAP admin-relationship link. Copy it from Partner Center: Customer → Admin relationships.',
    );
  }
  const relationshipId = hash.slice(FRAGMENT_PREFIX.length);
  if (!RELATIONSHIP_ID.test(relationshipId)) {
    return fail(
      'gdap-id-malformed',
      relationshipId === ''
        ? 'The GDAP link has no relationship ID at its end; copy the whole link again.'
        : `The GDAP relationship ID "${shorten(relationshipId, 60)}" should be two GUIDs joined by a hyphen; the link may have been cut.`,
    );
  }
  return ok({ relationshipId, url: url.href });
}
