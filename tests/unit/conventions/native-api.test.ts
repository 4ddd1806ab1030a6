/**
 * Convention: extension APIs are reached through `wxt/browser`
 * (webextension-polyfill). One module is the exception: lib/storage/early.ts,
 * the popup's first storage reads, which must import nothing (docs/ARCHITECTURE.md,
 * "Popup start-up").
 */
import { describe, expect, it } from 'vitest';
import { filesUnder, read } from './files';

const ALLOWED = new Set(['lib/storage/early.ts']);
/**
 * `chrome` or a global `browser` used as a value, in code rather than a comment:
 * by name, as a property of `globalThis`, `self` or `window` (dotted or in
 * brackets), or taken from one of them by destructuring.
 */
const GLOBAL_OBJECT = '(?:globalThis|self|window)';
const NATIVE = new RegExp(
  [
    String.raw`\bchrome\b(?!['"\`])`,
    String.raw`\b${GLOBAL_OBJECT}\s*(?:\?\.|\.)\s*browser\b`,
    String.raw`\b${GLOBAL_OBJECT}\s*(?:\?\.)?\[\s*['"\`](?:browser|chrome)['"\`]\s*\]`,
    String.raw`\{[^}]*\bbrowser\b[^}]*\}\s*=\s*${GLOBAL_OBJECT}\b`,
  ].join('|'),
);

function nativeUses(path: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const code = line.replace(/\/\/.*$/, '');
    if (/^\s*(\*|\/\*)/.test(code) || !NATIVE.test(code)) return [];
    return [`${path}:${i + 1}: ${line.trim()}`];
  });
}

describe('extension APIs', () => {
  it('are reached through wxt/browser, but in the popup’s first storage reads', () => {
    const files = ['lib', 'entrypoints', 'components'].flatMap((dir) => filesUnder(dir, /\.tsx?$/));
    expect(files.length).toBeGreaterThan(100);
    const uses = files.filter((f) => !ALLOWED.has(f)).flatMap((f) => nativeUses(f, read(f)));
    expect(uses).toEqual([]);
    expect(nativeUses('lib/storage/early.ts', read('lib/storage/early.ts'))).not.toEqual([]);
  });

  it('catches the uses it is for, not their mention', () => {
    expect(nativeUses('a.ts', 'await chrome.storage.local.get(k);')).toHaveLength(1);
    expect(nativeUses('a.ts', 'const { browser } = globalThis as X;')).toHaveLength(1);
    expect(nativeUses('a.ts', 'globalThis.browser?.runtime')).toHaveLength(1);
    expect(nativeUses('a.ts', "globalThis['browser'].storage")).toHaveLength(1);
    expect(nativeUses('a.ts', 'self.browser.storage.local')).toHaveLength(1);
    expect(nativeUses('a.ts', 'window?.browser?.i18n')).toHaveLength(1);
    expect(nativeUses('a.ts', 'const api = window.browser;')).toHaveLength(1);
    expect(nativeUses('a.ts', 'const { storage, browser: b } = self;')).toHaveLength(1);
    expect(nativeUses('a.ts', "const x = self['chrome'];")).toHaveLength(1);
    expect(nativeUses('a.ts', "// Chrome's chrome.storage answers")).toEqual([]);
    expect(nativeUses('a.ts', ' * chrome.storage in a doc comment')).toEqual([]);
    expect(nativeUses('a.ts', "browser === 'chrome' ? a : b")).toEqual([]);
  });
});
