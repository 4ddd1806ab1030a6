// The contract server keeps its bounds by itself: loopback only, a request cap, a lifetime.
import { describe, expect, it } from 'vitest';
import { startContractServer } from '../../contract/server';

const get = (url: string) => fetch(url).then((r) => r.status);

describe('contract server', () => {
  it('listens on loopback only and answers 401 without a token, as Partner Center does', async () => {
    const s = await startContractServer({ clientId: 'c', extensionId: 'e' });
    const url = s.urlFor('https://api.partnercenter.microsoft.com/v1/customers');
    expect(new URL(url).hostname).toBe('127.0.0.1');
    expect(await get(url)).toBe(401);
    await s.close();
  });

  it('refuses past its request cap and closes', async () => {
    const s = await startContractServer({ clientId: 'c', extensionId: 'e', maxRequests: 2 });
    const url = s.urlFor('https://graph.microsoft.com/v1.0/x');
    expect(await get(url)).toBe(401);
    expect(await get(url)).toBe(401);
    expect(await get(url)).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(get(url)).rejects.toThrow();
  });

  it('stops by itself after its lifetime', async () => {
    const s = await startContractServer({ clientId: 'c', extensionId: 'e', lifetimeMs: 50 });
    const url = s.urlFor('https://graph.microsoft.com/v1.0/x');
    expect(await get(url)).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(get(url)).rejects.toThrow();
  });
});
