/**
 * No webmail adapter imports another (docs/ARCHITECTURE.md, Boundaries): a site's
 * quirks stay in its own file, so changing Gmail cannot break Outlook. Adapters
 * are the files under lib/webmail/page with a `SELECTORS` table.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, read } from '../conventions/files';

const ROOT = join(import.meta.dirname, '../../..');

/** The repository paths `source` (at `file`) imports from, relative ones resolved. */
function importedPaths(file: string, source: string): string[] {
  const specifiers = [...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g)];
  return specifiers
    .map((m) => m[1] ?? m[2] ?? '')
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(ROOT, resolve(ROOT, dirname(file), spec)).replace(/\.tsx?$/, ''));
}

/** Pairs `[adapter, other adapter it imports]`. */
function adapterImports(adapters: Record<string, string>): Array<[string, string]> {
  const names = Object.keys(adapters).map((f) => f.replace(/\.ts$/, ''));
  return Object.entries(adapters).flatMap(([file, source]) =>
    importedPaths(file, source)
      .filter((path) => names.includes(path) && path !== file.replace(/\.ts$/, ''))
      .map((path): [string, string] => [file, path]),
  );
}

describe('webmail adapters', () => {
  const adapters = Object.fromEntries(
    filesUnder('lib/webmail/page', /\.ts$/)
      .map((file) => [file, read(file)] as const)
      .filter(([, source]) => source.includes('const SELECTORS')),
  );

  it('are found (Gmail and Outlook at least)', () => {
    expect(Object.keys(adapters).length).toBeGreaterThanOrEqual(2);
  });

  it('import no other adapter', () => {
    expect(adapterImports(adapters)).toEqual([]);
  });

  it('the check sees an adapter importing another', () => {
    const broken = {
      'lib/webmail/page/gmail.ts':
        "import { outlookAdapter } from './outlook';\nconst SELECTORS = {};",
      'lib/webmail/page/outlook.ts': "import { queryAll } from './dom';\nconst SELECTORS = {};",
    };
    expect(adapterImports(broken)).toEqual([
      ['lib/webmail/page/gmail.ts', 'lib/webmail/page/outlook'],
    ]);
  });
});
