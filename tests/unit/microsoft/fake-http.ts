// A scripted fetch and a clock that never waits, for lib/microsoft's unit tests.
import { createClient, type MicrosoftClient } from '../../../lib/microsoft';
import type { HttpDeps } from '../../../lib/microsoft/http';

export interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export type Handler = (call: Call, n: number) => Response | Promise<Response> | 'network-error';

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function fakeHttp(handler: Handler) {
  const calls: Call[] = [];
  const slept: number[] = [];
  const deps: HttpDeps = {
    fetch: async (input, init) => {
      const call: Call = {
        method: init?.method ?? 'GET',
        url: String(input),
        headers: { ...(init?.headers as Record<string, string>) },
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      };
      calls.push(call);
      const answer = await handler(call, calls.length);
      if (answer === 'network-error') throw new TypeError('Failed to fetch');
      return answer;
    },
    sleep: async (ms) => {
      slept.push(ms);
    },
  };
  return { deps, calls, slept };
}

/** A token source that counts its calls and hands out "token-1", "token-2"… */
export function fakeTokens() {
  const asked: { scope: string; forceRefresh: boolean }[] = [];
  return {
    asked,
    source: {
      async token(scope: string, options: { forceRefresh?: boolean } = {}) {
        asked.push({ scope, forceRefresh: options.forceRefresh ?? false });
        return { ok: true as const, value: `token-${asked.length}` };
      },
    },
  };
}

export function clientWith(handler: Handler): {
  client: MicrosoftClient;
  calls: Call[];
  slept: number[];
  asked: { scope: string; forceRefresh: boolean }[];
} {
  const http = fakeHttp(handler);
  const tokens = fakeTokens();
  return { client: createClient(tokens.source, http.deps), ...http, asked: tokens.asked };
}
