/**
 * The identity platform's metadata documents, as published for a tenant: the
 * OpenID configuration (`…/v2.0/.well-known/openid-configuration`) and instance
 * discovery (`/common/discovery/instance`). MSAL reads these to find the
 * authorize and token endpoints.
 */
import { PARTNER_TENANT } from './samples';

export function openIdConfiguration(tenant: string) {
  const base = `https://login.microsoftonline.com/${tenant}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: [
      'client_secret_post',
      'private_key_jwt',
      'client_secret_basic',
    ],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `https://login.microsoftonline.com/${PARTNER_TENANT}/v2.0`,
    request_uri_parameter_supported: false,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: [
      'sub',
      'iss',
      'aud',
      'exp',
      'iat',
      'nonce',
      'preferred_username',
      'name',
      'tid',
      'ver',
      'oid',
    ],
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
  };
}

export function instanceDiscovery() {
  return {
    tenant_discovery_endpoint: `https://login.microsoftonline.com/${PARTNER_TENANT}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [
      {
        preferred_network: 'login.microsoftonline.com',
        preferred_cache: 'login.windows.net',
        aliases: [
          'login.microsoftonline.com',
          'login.windows.net',
          'login.microsoft.com',
          'sts.windows.net',
        ],
      },
    ],
  };
}
