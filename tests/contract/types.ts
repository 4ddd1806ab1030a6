// The contract server's state and the shape of its handlers.
import type { IncomingHttpHeaders } from 'node:http';
import type { RelationshipInput, SampleCustomer } from './samples';

export interface Request {
  method: string;
  host: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Handled {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  /** A body sent as it is (a cut-off JSON). */
  raw?: string;
}

/** Answers `times` matching requests wrongly, after letting the first `skip` through. */
export type Fault = { host: string; path: RegExp; times: number; skip?: number } & (
  | { kind: 'status'; status: number; retryAfter?: number }
  | { kind: 'malformed' }
  /** A customer page that holds fewer customers than its totalCount says. */
  | { kind: 'truncated' }
  | { kind: 'slow'; ms: number }
);

export interface IssuedCode {
  challenge: string;
  nonce: string;
  scope: string;
  redirectUri: string;
  tenant: string;
}

export interface Relationship {
  id: string;
  input: RelationshipInput;
  status: string;
  created: string;
  activated?: string;
  end?: string;
}

export interface Contract {
  clientId: string;
  extensionId: string;
  customers: SampleCustomer[];
  pageSize: number;
  faults: Fault[];
  codes: Map<string, IssuedCode>;
  /** Access token → the resource it is for and when it expires (ms). */
  tokens: Map<string, { resource: string; expires: number }>;
  /** Refresh tokens still valid. */
  refreshTokens: Map<string, true>;
  relationships: Map<string, Relationship>;
  /** "GET host/path" of every request, for the tests to check what was asked. */
  log: string[];
  now: () => number;
}

/** The bearer token's resource, or undefined when absent, unknown or expired. */
export function resourceOf(c: Contract, r: Request): string | undefined {
  const auth = r.headers.authorization ?? '';
  const token = /^Bearer (.+)$/.exec(auth)?.[1];
  const held = token ? c.tokens.get(token) : undefined;
  return held && held.expires > c.now() ? held.resource : undefined;
}

export const unauthorized: Handled = {
  status: 401,
  headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
  json: {
    error: { code: 'InvalidAuthenticationToken', message: 'Access token is missing or invalid.' },
  },
};
