/**
 * Convention: code and test comments cite the project's own documents (docs/…,
 * README.md), which a maintainer has; never notes kept outside the repository.
 */
import { describe, expect, it } from 'vitest';
import { filesUnder, read } from './files';

const DIRS = ['entrypoints', 'components', 'lib', 'tests', 'scripts', 'public'];
const SOURCE = /\.(ts|tsx|mjs|js|css|html)$/;
/** A path outside the project, or one of its document names without `docs/` before it. */
const OUTSIDE = /\.\.\/shared|(?<!docs\/)\b(DESIGN|STYLE|WEBMAIL|DOMAIN)\.md\b/;

function outsideCitations(path: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => (OUTSIDE.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : []));
}

describe('document citations', () => {
  it('name only documents inside the project', () => {
    const files = DIRS.flatMap((dir) => filesUnder(dir, SOURCE)).filter(
      (f) => !f.includes('node_modules') && !f.endsWith('doc-citations.test.ts'),
    );
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => outsideCitations(f, read(f)))).toEqual([]);
  });

  it('catches the kinds of citation it is for', () => {
    expect(outsideCitations('a.ts', '// see ../shared/DESIGN.md')).toHaveLength(1);
    expect(outsideCitations('a.ts', "// (DESIGN.md's UI contract)")).toHaveLength(1);
    expect(outsideCitations('a.ts', '// STYLE.md: signals')).toHaveLength(1);
    expect(outsideCitations('a.html', '<!-- stable (WEBMAIL.md) -->')).toHaveLength(1);
    expect(outsideCitations('a.ts', '// docs/WEBMAIL.md and docs/DOMAIN.md')).toEqual([]);
  });
});
