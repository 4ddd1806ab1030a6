// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  publishEarlyReads,
  startEarlyReads,
  startPopupReads,
  takeEarlyReads,
} from '../../../lib/storage/early';

import { PROFILE } from './fixtures';

/** A native storage API (Chrome's `chrome`, Firefox's `browser`) answering from `sync` and `local`. */
function nativeStorage(sync: Record<string, unknown>, local: Record<string, unknown> = {}) {
  const area = (values: Record<string, unknown>) => ({
    get: vi.fn(async (keys: string[]) =>
      Object.fromEntries(keys.filter((k) => k in values).map((k) => [k, values[k]])),
    ),
  });
  return { storage: { sync: area(sync), local: area(local) } };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.innerHTML = '';
  takeEarlyReads();
});

describe('the popup’s early storage reads', () => {
  it('ask each area once for its keys, through chrome.storage where there is no browser', async () => {
    const chrome = nativeStorage({ profile: PROFILE, other: 1 }, { unfinishedDraft: 'x' });
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', chrome);
    const reads = startEarlyReads();
    expect(await reads.sync).toEqual({ profile: PROFILE });
    expect(await reads.local).toEqual({ unfinishedDraft: 'x' });
    expect(chrome.storage.sync.get).toHaveBeenCalledWith(['profile', 'settings']);
    expect(chrome.storage.local.get).toHaveBeenCalledWith(['unfinishedDraft', 'popupLastChannel']);
  });

  it('use Firefox’s browser.storage where it exists', async () => {
    const browser = nativeStorage({ profile: PROFILE });
    vi.stubGlobal('browser', browser);
    vi.stubGlobal('chrome', nativeStorage({}));
    expect(await startEarlyReads().sync).toEqual({ profile: PROFILE });
    expect(browser.storage.sync.get).toHaveBeenCalledOnce();
  });

  it('fail both reads with the reason where there is no extension storage, without throwing', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    const reads = startEarlyReads();
    await expect(reads.sync).rejects.toThrow('Extension storage is not available on this page');
    await expect(reads.local).rejects.toThrow('Extension storage is not available on this page');
  });

  it('are handed to the popup’s module once', () => {
    const reads = { sync: Promise.resolve({}), local: Promise.resolve({}) };
    publishEarlyReads(reads);
    expect(takeEarlyReads()).toBe(reads);
    expect(takeEarlyReads()).toBeUndefined();
  });
});

describe('popup-reads.js', () => {
  it('publishes the reads for the popup’s module, once', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', nativeStorage({ profile: PROFILE }, { unfinishedDraft: 'x' }));
    startPopupReads();
    const reads = takeEarlyReads();
    await expect(reads?.sync).resolves.toEqual({ profile: PROFILE });
    await expect(reads?.local).resolves.toEqual({ unfinishedDraft: 'x' });
    expect(takeEarlyReads()).toBeUndefined();
  });

  it('leaves a failed read to the module, with no rejection left unhandled meanwhile', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      startPopupReads();
      // The module takes the reads later, after a task or more.
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).not.toHaveBeenCalled();
      const reads = takeEarlyReads();
      await expect(reads?.local).rejects.toThrow('Extension storage is not available');
      await expect(reads?.sync).rejects.toThrow('Extension storage is not available');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
