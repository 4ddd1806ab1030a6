/**
 * The optional Microsoft connection (docs/MICROSOFT.md). The one module that owns
 * tokens and HTTP: nothing else in the extension calls `fetch`.
 */
export { rowsFromCustomers, statusForRelationship } from './acceptance';
export { DEFAULT_RETRY, nextDelay, type RetryPolicy, retryAfterMs } from './backoff';
export { createClient, type MicrosoftClient, type TokenSource } from './client';
export { browserSignInWindow, openSession, signIn, signOut, tokensOf } from './connection';
export { GRAPH_HOST, MICROSOFT_ORIGINS, TEAM_SCOPE } from './endpoints';
export {
  fail as microsoftFailure,
  type MicrosoftError,
  type MicrosoftErrorCode,
  type MicrosoftResult,
} from './errors';
export {
  checkGdapInput,
  createGdapRequest,
  GDAP_APPROVAL_BASE,
  type GdapRequestInput,
  MAX_DURATION_DAYS,
  MAX_NAME_LENGTH,
  readGdapStatus,
} from './gdap';
export {
  DEFAULT_GDAP_ROLES,
  GDAP_ROLE_CHOICES,
  type GdapRole,
  GLOBAL_ADMINISTRATOR,
} from './gdap-roles';
export { type GdapCountdown, gdapCountdown, relationshipIdOf } from './gdap-status';
export type { HttpDeps, HttpOptions, HttpRequest, HttpResponse } from './http';
export type { LaunchWebAuthFlow, MsalSession } from './msal';
export {
  getRelationshipLink,
  listAllCustomers,
  type PartnerCenterCustomer,
} from './partner-center';
export { hasMicrosoftHosts } from './permissions';
export { planFromPartnerCenter, runSync, type SyncOutcome } from './sync';
