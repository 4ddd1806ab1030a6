/**
 * The one place the extension calls `fetch` (docs/MICROSOFT.md): a JSON request
 * to a Microsoft host with a bearer token, a timeout, and bounded retries for 429
 * and 503. Every outcome is a value; the token is sent only in the header and is
 * never part of a message or a log line.
 */
import { DEFAULT_RETRY, nextDelay, type RetryPolicy, retryAfterMs } from './backoff';
import { fail, type MicrosoftResult, ok } from './errors';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** The parsed body; undefined for an empty one (204). */
  json: unknown;
}

export interface HttpOptions {
  /** What is being fetched, for the messages: "Partner Center's customer list". */
  what: string;
  /** Said on 403: which role or permission the partner lacks. */
  forbidden: string;
  timeoutMs?: number;
  retry?: RetryPolicy;
  /** Statuses the caller handles itself (the team sync's 410): returned as answers, not errors. */
  pass?: readonly number[];
}

/** Injected by tests (a fake clock); the extension uses the real ones. */
export interface HttpDeps {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
}

export const realHttp: HttpDeps = {
  fetch: (input, init) => fetch(input, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Long enough for a 500-customer page; short enough that a hung request is said within a minute. */
const DEFAULT_TIMEOUT_MS = 20_000;

/** A 401 is returned as such (not as an error) so the caller can refresh the token once. */
export type Sent = MicrosoftResult<HttpResponse | { status: 401 }>;

async function once(
  req: HttpRequest,
  token: string,
  timeoutMs: number,
  deps: HttpDeps,
): Promise<Response | 'timeout' | 'network'> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await deps.fetch(req.url, {
      method: req.method,
      headers: {
        Accept: 'application/json',
        ...(req.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...req.headers,
        Authorization: `Bearer ${token}`,
      },
      ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
      signal: controller.signal,
      credentials: 'omit',
    });
  } catch {
    return controller.signal.aborted ? 'timeout' : 'network';
  } finally {
    clearTimeout(timer);
  }
}

async function readJson(response: Response, what: string): Promise<MicrosoftResult<unknown>> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return fail('incomplete', `${what}: the answer broke off before its end.`);
  }
  if (text.trim() === '') return ok(undefined);
  try {
    return ok(JSON.parse(text));
  } catch {
    return fail(
      'malformed',
      `${what}: Microsoft's answer was not valid JSON (it may have been cut off).`,
    );
  }
}

function statusError(status: number, options: HttpOptions, tries: number) {
  const { what } = options;
  if (status === 403)
    return fail('forbidden', `${what}: Microsoft refused (403). ${options.forbidden}`);
  if (status === 404) return fail('not-found', `${what}: not found at Microsoft (404).`);
  if (status === 429)
    return fail(
      'throttled',
      `${what}: Microsoft is limiting requests (429), still after ${tries} tries. Try again in a few minutes.`,
    );
  if (status === 503)
    return fail(
      'unavailable',
      `${what}: the service is unavailable (503), still after ${tries} tries. Try again later.`,
    );
  if (status >= 500)
    return fail('server-error', `${what}: Microsoft had an error (${status}). Try again later.`);
  return fail('rejected', `${what}: Microsoft refused the request (${status}).`);
}

export async function send(
  req: HttpRequest,
  token: string,
  options: HttpOptions,
  deps: HttpDeps = realHttp,
): Promise<Sent> {
  const policy = options.retry ?? DEFAULT_RETRY;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const host = new URL(req.url).host;
  for (let attempt = 1; ; attempt++) {
    const response = await once(req, token, timeoutMs, deps);
    if (response === 'timeout')
      return fail(
        'timeout',
        `${options.what}: ${host} did not answer within ${timeoutMs / 1000} s.`,
      );
    if (response === 'network')
      return fail('network', `${options.what}: could not reach ${host}. Check the connection.`);
    if (response.status === 401) return ok({ status: 401 });
    if (response.status === 429 || response.status === 503) {
      const delay = nextDelay(attempt, retryAfterMs(response.headers.get('Retry-After')), policy);
      if (delay === undefined) return statusError(response.status, options, attempt);
      await deps.sleep(delay);
      continue;
    }
    const passed = options.pass?.includes(response.status) ?? false;
    if (!passed && (response.status < 200 || response.status > 299))
      return statusError(response.status, options, attempt);
    const json = await readJson(response, options.what);
    if (!json.ok) return json;
    return ok({ status: response.status, headers: response.headers, json: json.value });
  }
}
