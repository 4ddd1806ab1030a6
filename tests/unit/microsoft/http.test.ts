import { describe, expect, it } from 'vitest';
import { send } from '../../../lib/microsoft/http';
import { clientWith, fakeHttp, json } from './fake-http';

const REQ = { method: 'GET' as const, url: 'https://api.partnercenter.microsoft.com/v1/x' };
const OPTS = { what: 'The thing', forbidden: 'It needs the Admin agent role.' };

describe('send', () => {
  it('waits as Retry-After asks on 429, then returns the answer', async () => {
    let n = 0;
    const http = fakeHttp(() =>
      ++n < 3 ? json({}, 429, { 'Retry-After': '2' }) : json({ fine: true }),
    );
    const r = await send(REQ, 't', OPTS, http.deps);
    expect(r).toMatchObject({ ok: true, value: { status: 200, json: { fine: true } } });
    expect(http.slept).toEqual([2000, 2000]);
  });

  it('gives up on 503 after the bound of attempts, with backing off between', async () => {
    const http = fakeHttp(() => json({}, 503));
    const r = await send(REQ, 't', OPTS, http.deps);
    expect(r).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(http.calls).toHaveLength(4);
    expect(http.slept).toEqual([1000, 2000, 4000]);
  });

  it('does not wait for a Retry-After past the cap', async () => {
    const http = fakeHttp(() => json({}, 429, { 'Retry-After': '3600' }));
    const r = await send(REQ, 't', OPTS, http.deps);
    expect(r).toMatchObject({ ok: false, error: { code: 'throttled' } });
    expect(http.calls).toHaveLength(1);
  });

  it('turns 403, 404, 500, malformed JSON, a network failure and a timeout into values', async () => {
    const cases: [() => Response | 'network-error', string, RegExp][] = [
      [() => json({}, 403), 'forbidden', /Admin agent/],
      [() => json({}, 404), 'not-found', /404/],
      [() => json({}, 500), 'server-error', /500/],
      [() => new Response('{"items": [', { status: 200 }), 'malformed', /not valid JSON/],
      [() => 'network-error', 'network', /could not reach api\.partnercenter/],
    ];
    for (const [answer, code, message] of cases) {
      const r = await send(REQ, 't', OPTS, fakeHttp(answer).deps);
      expect(r).toMatchObject({ ok: false, error: { code } });
      expect(!r.ok && r.error.message).toMatch(message);
    }
    const slow = fakeHttp(
      (call) => new Promise<Response>(() => void call), // never answers
    );
    // The abort signal is what ends a slow request: the fake must honour it like fetch does.
    slow.deps.fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    const r = await send(REQ, 't', { ...OPTS, timeoutMs: 20 }, slow.deps);
    expect(r).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('sends the token only in the Authorization header', async () => {
    const http = fakeHttp(() => json({}));
    await send({ ...REQ, headers: { Authorization: 'spoofed' } }, 'secret', OPTS, http.deps);
    expect(http.calls[0]!.headers.Authorization).toBe('Bearer secret');
    expect(http.calls[0]!.url).not.toContain('secret');
  });
});

describe('client', () => {
  it('refreshes the token once on 401 and succeeds with the new one', async () => {
    const c = clientWith((call) =>
      call.headers.Authorization === 'Bearer token-1' ? json({}, 401) : json({ ok: 1 }),
    );
    const r = await c.client.request('scope', REQ, OPTS);
    expect(r.ok).toBe(true);
    expect(c.asked).toEqual([
      { scope: 'scope', forceRefresh: false },
      { scope: 'scope', forceRefresh: true },
    ]);
  });

  it('asks to sign in again after a second 401', async () => {
    const c = clientWith(() => json({}, 401));
    const r = await c.client.request('scope', REQ, OPTS);
    expect(r).toMatchObject({ ok: false, error: { code: 'sign-in-expired' } });
    expect(c.calls).toHaveLength(2);
  });
});
