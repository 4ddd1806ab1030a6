/**
 * Site access: what is missing is checked before the click, and the click asks
 * for it synchronously, within the gesture (no await before `permissions.request`).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WEBMAIL_MATCHES } from '../../../lib/webmail/sites';

type Permissions = typeof fakeBrowser.permissions;

let granted: Set<string>;
let request: ReturnType<typeof vi.fn>;

/** A fresh module each test: its cache of missing origins starts empty. */
async function load() {
  vi.resetModules();
  return import('../../../lib/handover/site-access');
}

beforeEach(() => {
  granted = new Set(WEBMAIL_MATCHES);
  request = vi.fn(async () => true);
  const permissions = fakeBrowser.permissions as unknown as Record<keyof Permissions, unknown>;
  permissions.contains = (async ({ origins = [] }: { origins?: string[] }) =>
    origins.every((o) => granted.has(o))) as never;
  permissions.request = request as never;
  permissions.onAdded = { addListener: vi.fn() } as never;
  // The built manifest's host permissions are the sites' match patterns (wxt.config.ts).
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'test',
    version: '0',
    host_permissions: [...WEBMAIL_MATCHES],
  });
  permissions.onRemoved = { addListener: vi.fn() } as never;
});

describe('site access', () => {
  it('asks nothing when every webmail origin has access', async () => {
    const { askSiteAccessInGesture, watchSiteAccess } = await load();
    await expect(watchSiteAccess()).resolves.toEqual([]);
    expect(askSiteAccessInGesture()).toBeUndefined();
    expect(request).not.toHaveBeenCalled();
  });

  it('asks for exactly the withheld origins, synchronously in the call', async () => {
    granted.delete('https://mail.google.com/*');
    granted.delete('https://outlook.office.com/*');
    const { askSiteAccessInGesture, watchSiteAccess } = await load();
    await watchSiteAccess();

    const answer = askSiteAccessInGesture();
    // Called before the caller could await anything: still inside the click.
    expect(request).toHaveBeenCalledWith({
      origins: ['https://mail.google.com/*', 'https://outlook.office.com/*'],
    });
    await expect(answer).resolves.toBe('granted');
    // Granted: the next click asks nothing.
    expect(askSiteAccessInGesture()).toBeUndefined();
  });

  it('asks for every webmail origin when the first check has not answered yet', async () => {
    const { askSiteAccessInGesture } = await load();
    void askSiteAccessInGesture();
    expect(request).toHaveBeenCalledWith({ origins: [...WEBMAIL_MATCHES] });
  });

  it('a refusal, a rejection and a throw all answer "refused"', async () => {
    granted.clear();
    const { askSiteAccessInGesture, watchSiteAccess } = await load();
    await watchSiteAccess();
    request.mockResolvedValueOnce(false);
    await expect(askSiteAccessInGesture()).resolves.toBe('refused');
    request.mockRejectedValueOnce(new Error('This function must be called during a user gesture'));
    await expect(askSiteAccessInGesture()).resolves.toBe('refused');
    request.mockImplementationOnce(() => {
      throw new Error('no');
    });
    await expect(askSiteAccessInGesture()).resolves.toBe('refused');
  });
});
