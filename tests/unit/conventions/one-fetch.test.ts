/**
 * Convention (docs/MICROSOFT.md): lib/microsoft/http.ts is the one place that
 * calls `fetch`, and tokens appear in no log line. A second caller would be a
 * request without the timeout, the retry bound and the error values, or one
 * that could send a token somewhere else.
 */
import { describe, expect, it } from 'vitest';
import { filesUnder, read } from './files';

const SOURCES = ['lib', 'entrypoints', 'components'].flatMap((dir) =>
  filesUnder(dir, /\.(ts|tsx)$/),
);

describe('HTTP and tokens', () => {
  it('only lib/microsoft/http.ts calls fetch', () => {
    const callers = SOURCES.filter((path) => /(?<![\w.])fetch\s*\(|\.fetch\s*\(/.test(read(path)));
    expect(callers).toEqual(['lib/microsoft/http.ts']);
  });

  it('no log line mentions a token', () => {
    const logging = SOURCES.filter((path) => /console\.\w+\([^)]*token/i.test(read(path)));
    expect(logging).toEqual([]);
  });
});
