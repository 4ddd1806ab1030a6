// @vitest-environment happy-dom
/**
 * A content script's lifetime ends only when a newer copy of the same script
 * starts in the same isolated world, or when the extension is gone; nothing the
 * page dispatches ends it.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { claimLifetime } from '../../../../lib/webmail/page/lifetime';

describe('lifetime', () => {
  it('a newer script of the same name ends the older one and its listeners', () => {
    const world = {};
    const older = claimLifetime('gmail', world);
    const clicks: string[] = [];
    older.listen(document, 'click', () => clicks.push('older'));
    const ended = vi.fn();
    older.onEnd(ended);

    const newer = claimLifetime('gmail', world);
    newer.listen(document, 'click', () => clicks.push('newer'));
    document.dispatchEvent(new Event('click'));

    expect(older.isAlive()).toBe(false);
    expect(ended).toHaveBeenCalledOnce();
    expect(newer.isAlive()).toBe(true);
    expect(clicks).toEqual(['newer']);
    // Another script's name is not touched.
    expect(claimLifetime('outlook', world).isAlive()).toBe(true);
    expect(newer.isAlive()).toBe(true);
  });

  it('the page’s forged WXT event does nothing', () => {
    const lifetime = claimLifetime('gmail', {});
    const name = `${fakeBrowser.runtime.id}:gmail:wxt:content-script-started`;
    document.dispatchEvent(
      new CustomEvent(name, { detail: { contentScriptName: 'gmail', messageId: 'forged' } }),
    );
    window.postMessage({ type: name, contentScriptName: 'gmail', messageId: 'forged' }, '*');
    expect(lifetime.isAlive()).toBe(true);
  });

  it('ends when the extension is gone (reloaded or removed), and its timers do not run', async () => {
    const lifetime = claimLifetime('gmail', {});
    const ran = vi.fn();
    lifetime.setTimeout(ran, 0);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ran).not.toHaveBeenCalled();
    expect(lifetime.isAlive()).toBe(false);
  });
});
