/**
 * login.microsoftonline.com as the Microsoft identity platform documents it: the
 * OpenID configuration, instance discovery, the authorize endpoint (code flow
 * with PKCE, response_mode=fragment) and the token endpoint (authorization_code
 * and refresh_token grants). It checks what a real one checks: the client ID, the
 * redirect URI, the PKCE verifier against the challenge, the refresh token.
 */
import { createHash, randomBytes } from 'node:crypto';
import { instanceDiscovery, openIdConfiguration } from './openid';
import { PARTNER_TENANT } from './samples';
import type { Contract, Handled, Request } from './types';

export const TEST_USER = {
  oid: '2d1c0b9a-8f7e-4d6c-9b5a-4e3d2c1b0a9f',
  name: 'Pat Partner',
  username: 'pat@contoso-partner.onmicrosoft.com',
};

const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');
const random = () => randomBytes(24).toString('base64url');
const oauthError = (error: string, description: string): Handled => ({
  status: 400,
  json: { error, error_description: description },
});

function idToken(c: Contract, nonce: string): string {
  const now = Math.floor(c.now() / 1000);
  const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid: 'contract' }));
  const payload = b64url(
    JSON.stringify({
      aud: c.clientId,
      iss: `https://login.microsoftonline.com/${PARTNER_TENANT}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      name: TEST_USER.name,
      nonce,
      oid: TEST_USER.oid,
      preferred_username: TEST_USER.username,
      sub: 'contract-subject',
      tid: PARTNER_TENANT,
      ver: '2.0',
    }),
  );
  return `${header}.${payload}.${b64url('not-signed: the contract server')}`;
}

/** The resource a scope string is for: the origin of its first URL scope. */
function resourceOfScope(scope: string): string | undefined {
  const first = scope.split(' ').find((s) => s.startsWith('https://'));
  return first ? new URL(first).origin : undefined;
}

function tokenResponse(c: Contract, scope: string, nonce?: string): Handled {
  const resource = resourceOfScope(scope);
  if (!resource) return oauthError('invalid_scope', 'AADSTS70011: no resource scope.');
  const accessToken = `at-${random()}`;
  const refreshToken = `rt-${random()}`;
  c.tokens.set(accessToken, { resource, expires: c.now() + 3600_000 });
  c.refreshTokens.set(refreshToken, true);
  const granted = scope.split(' ').filter((s) => s.startsWith('https://'));
  return {
    status: 200,
    headers: { 'Cache-Control': 'no-store' },
    json: {
      token_type: 'Bearer',
      scope: granted.join(' '),
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: accessToken,
      refresh_token: refreshToken,
      ...(nonce === undefined ? {} : { id_token: idToken(c, nonce) }),
      client_info: b64url(JSON.stringify({ uid: TEST_USER.oid, utid: PARTNER_TENANT })),
    },
  };
}

function authorize(c: Contract, r: Request, tenant: string): Handled {
  const q = r.query;
  const redirectUri = q.get('redirect_uri') ?? '';
  if (q.get('client_id') !== c.clientId)
    return {
      status: 400,
      json: {
        error: 'unauthorized_client',
        error_description: 'AADSTS700016: unknown application.',
      },
    };
  if (redirectUri !== `https://${c.extensionId}.chromiumapp.org/`)
    return {
      status: 400,
      json: { error: 'invalid_request', error_description: 'AADSTS50011: redirect URI mismatch.' },
    };
  if (q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge'))
    return {
      status: 400,
      json: { error: 'invalid_request', error_description: 'AADSTS9002325: PKCE required.' },
    };
  const code = `code-${random()}`;
  c.codes.set(code, {
    challenge: q.get('code_challenge')!,
    nonce: q.get('nonce') ?? '',
    scope: q.get('scope') ?? '',
    redirectUri,
    tenant,
  });
  const answer = new URLSearchParams({
    code,
    client_info: b64url(JSON.stringify({ uid: TEST_USER.oid, utid: PARTNER_TENANT })),
    state: q.get('state') ?? '',
    session_state: 'contract-session',
  });
  return { status: 302, headers: { Location: `${redirectUri}#${answer}` } };
}

function token(c: Contract, r: Request): Handled {
  const form = new URLSearchParams(r.body);
  if (form.get('client_id') !== c.clientId)
    return oauthError('invalid_client', 'AADSTS700016: unknown application.');
  const scope = form.get('scope') ?? '';
  if (form.get('grant_type') === 'authorization_code') {
    const issued = c.codes.get(form.get('code') ?? '');
    if (!issued)
      return oauthError('invalid_grant', 'AADSTS70008: the code has expired or was used.');
    c.codes.delete(form.get('code')!);
    const verifier = form.get('code_verifier') ?? '';
    if (createHash('sha256').update(verifier).digest('base64url') !== issued.challenge)
      return oauthError(
        'invalid_grant',
        'AADSTS501481: the code verifier does not match the challenge.',
      );
    if (form.get('redirect_uri') !== issued.redirectUri)
      return oauthError(
        'invalid_grant',
        'AADSTS50011: redirect URI differs from the authorize request.',
      );
    return tokenResponse(c, scope, issued.nonce);
  }
  if (form.get('grant_type') === 'refresh_token') {
    if (!c.refreshTokens.has(form.get('refresh_token') ?? ''))
      return oauthError('invalid_grant', 'AADSTS700082: the refresh token has expired.');
    return tokenResponse(c, scope);
  }
  return oauthError('unsupported_grant_type', 'AADSTS70003: unsupported grant type.');
}

export function loginRoutes(c: Contract, r: Request): Handled {
  if (r.path === '/common/discovery/instance') return { status: 200, json: instanceDiscovery() };
  const m =
    /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|oauth2\/v2\.0\/authorize|oauth2\/v2\.0\/token)$/.exec(
      r.path,
    );
  if (!m) return { status: 404, json: { error: 'not_found' } };
  const [, tenant = '', endpoint] = m;
  if (endpoint?.endsWith('openid-configuration'))
    return { status: 200, json: openIdConfiguration(tenant) };
  if (endpoint?.endsWith('authorize')) return authorize(c, r, tenant);
  return r.method === 'POST' ? token(c, r) : { status: 405 };
}
