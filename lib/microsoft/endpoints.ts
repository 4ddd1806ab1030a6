/**
 * The three Microsoft hosts the extension talks to, the scopes it asks for, and
 * the origins of its optional host permissions. Production URLs only: the tests
 * route these very hosts to a local contract server (tests/contract/).
 */
export const LOGIN_HOST = 'https://login.microsoftonline.com';
export const PARTNER_CENTER_HOST = 'https://api.partnercenter.microsoft.com';
export const GRAPH_HOST = 'https://graph.microsoft.com';

/** Partner Center REST, App+User (delegated): the partner's own rights in Partner Center. */
export const PARTNER_CENTER_SCOPE = 'https://api.partnercenter.microsoft.com/user_impersonation';
/** Graph, delegated: create GDAP relationships and read their status. */
export const GDAP_SCOPE = 'https://graph.microsoft.com/DelegatedAdminRelationship.ReadWrite.All';

/**
 * Graph, delegated: team sharing (docs/MICROSOFT.md, "Team sharing"). Creating a
 * list needs Sites.Manage.All; it also reads and writes the lists' items. Only
 * sites the signed-in partner may edit are reachable: delegated rights never
 * exceed the user's own.
 */
export const TEAM_SCOPE = 'https://graph.microsoft.com/Sites.Manage.All';

/** Asked for at sign-in (permissions.request), given back at sign-out. */
export const MICROSOFT_ORIGINS = [
  `${LOGIN_HOST}/*`,
  `${PARTNER_CENTER_HOST}/*`,
  `${GRAPH_HOST}/*`,
] as const;

/** The authority for a tenant setting: a GUID or domain, or `organizations` (any work account). */
export function authorityFor(tenant: string): string {
  const t = tenant.trim();
  return `${LOGIN_HOST}/${t === '' ? 'organizations' : encodeURIComponent(t)}`;
}

/**
 * What `identity.getRedirectURL()` returns, computed so the offscreen document
 * (which has no `identity` API) builds the same MSAL configuration.
 */
export function redirectUriFor(extensionId: string): string {
  return `https://${extensionId}.chromiumapp.org/`;
}
