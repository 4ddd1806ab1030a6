/**
 * Convention: code that runs in the webmail page never hands an HTML string to
 * the page's parser (Gmail enforces Trusted Types; customer text must never
 * become markup). The paste path's HTML is written by one function from our own
 * nodes and parsed only by the page's editor (docs/WEBMAIL.md, "Trusted Types").
 */
import { describe, expect, it } from 'vitest';
import { filesUnder, read } from './files';

const SINKS = [
  /\.innerHTML\s*[+]?=/,
  /\.outerHTML\s*[+]?=/,
  /insertAdjacentHTML/,
  /\bDOMParser\b/,
  /createContextualFragment/,
  /\.write(ln)?\(/,
  /execCommand\(\s*['"]insertHTML/,
  /setHTMLUnsafe|parseHTMLUnsafe/,
];

const PAGE_WORLD = [
  ...filesUnder('lib/webmail/page', /\.ts$/),
  ...filesUnder('entrypoints', /\.content\.ts$/),
  'lib/messaging/receive.ts',
  'lib/messaging/content-request.ts',
];

describe('page-world code', () => {
  it.each(PAGE_WORLD)('%s parses no HTML string', (file) => {
    const text = read(file);
    expect(SINKS.filter((sink) => sink.test(text)).map(String)).toEqual([]);
  });

  it('the check bites', () => {
    expect(SINKS.some((sink) => sink.test('el.innerHTML = html;'))).toBe(true);
    expect(SINKS.some((sink) => sink.test('new DOMParser().parseFromString(s)'))).toBe(true);
  });
});
