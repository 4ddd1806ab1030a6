/**
 * Site access: what is missing is checked before the click, and the click asks
 * for it synchronously, within the gesture (no await before `permissions.request`).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askSiteAccessInGesture, missingSiteAccess } from '../../../lib/handover/site-access';
import { WEBMAIL_MATCHES } from '../../../lib/webmail/sites';

type Permissions = typeof fakeBrowser.permissions;

let granted: Set<string>;
let request: ReturnType<typeof vi.fn>;

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
    const missing = await missingSiteAccess();
    expect(missing).toEqual([]);
    expect(askSiteAccessInGesture(missing)).toBeUndefined();
    expect(request).not.toHaveBeenCalled();
  });

  it('asks for exactly the withheld origins, synchronously in the call', async () => {
    granted.delete('https://mail.google.com/*');
    granted.delete('https://outlook.office.com/*');
    const missing = await missingSiteAccess();

    const answer = askSiteAccessInGesture(missing);
    // Called before the caller could await anything: still inside the click.
    expect(request).toHaveBeenCalledWith({
      origins: ['https://mail.google.com/*', 'https://outlook.office.com/*'],
    });
    await expect(answer).resolves.toBe('granted');
  });

  it('asks for every webmail origin when the first check has not answered yet', async () => {
    void askSiteAccessInGesture(undefined);
    expect(request).toHaveBeenCalledWith({ origins: [...WEBMAIL_MATCHES] });
  });

  it('a refusal, a rejection and a throw all answer "refused"', async () => {
    granted.clear();
    const missing = await missingSiteAccess();
    request.mockResolvedValueOnce(false);
    await expect(askSiteAccessInGesture(missing)).resolves.toBe('refused');
    request.mockRejectedValueOnce(new Error('This function must be called during a user gesture'));
    await expect(askSiteAccessInGesture(missing)).resolves.toBe('refused');
    request.mockImplementationOnce(() => {
      throw new Error('no');
    });
    await expect(askSiteAccessInGesture(missing)).resolves.toBe('refused');
  });
});
