/**
 * Requests with a token: ask the token source, send, and on 401 refresh the token
 * once silently and send again; a second 401 asks the partner to sign in again.
 * Partner Center and Graph code take a `MicrosoftClient`, so tests give them a
 * fake token source and a fake fetch, and the extension the MSAL one.
 */
import { fail, type MicrosoftResult, ok } from './errors';
import {
  type HttpDeps,
  type HttpOptions,
  type HttpRequest,
  type HttpResponse,
  realHttp,
  send,
} from './http';

export interface TokenSource {
  /** An access token for `scope`; `forceRefresh` skips the cached one. */
  token(scope: string, options?: { forceRefresh?: boolean }): Promise<MicrosoftResult<string>>;
}

export interface MicrosoftClient {
  request(
    scope: string,
    req: HttpRequest,
    options: HttpOptions,
  ): Promise<MicrosoftResult<HttpResponse>>;
}

export function createClient(tokens: TokenSource, deps: HttpDeps = realHttp): MicrosoftClient {
  return {
    async request(scope, req, options) {
      for (const forceRefresh of [false, true]) {
        const token = await tokens.token(scope, { forceRefresh });
        if (!token.ok) return token;
        const sent = await send(req, token.value, options, deps);
        if (!sent.ok) return sent;
        if (sent.value.status !== 401) return ok(sent.value as HttpResponse);
      }
      return fail(
        'sign-in-expired',
        `${options.what}: your Microsoft sign-in has expired and could not be renewed. Sign in again in Settings.`,
      );
    },
  };
}
