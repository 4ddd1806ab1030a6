/**
 * Convention: every selector in a webmail adapter's `SELECTORS` table says, in a `//`
 * comment, what it finds. Gmail and Outlook change their markup without notice; when a
 * selector stops matching, the comment is what tells the next person what to look for.
 */
import { describe, expect, it } from 'vitest';
import { filesUnder, read } from './files';

type Entry = { selector: string; line: number; commented: boolean };

/** The selector strings of the `const SELECTORS = {…}` table, or undefined without one. */
function selectorEntries(source: string): Entry[] | undefined {
  const start = /const SELECTORS\b[^=]*=\s*\{/.exec(source);
  if (!start) return undefined;
  const strings: { text: string; line: number; isKey: boolean }[] = [];
  const commentLines = new Set<number>();
  const commentOnlyLines = new Set<number>();
  let line = source.slice(0, start.index).split('\n').length;
  let depth = 0;
  let lineHasCode = true;
  for (let i = start.index + start[0].length - 1; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      lineHasCode = false;
    } else if (source.startsWith('//', i)) {
      commentLines.add(line);
      if (!lineHasCode) commentOnlyLines.add(line);
      i = source.indexOf('\n', i) - 1;
      if (i < 0) break;
    } else if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i);
      line += source.slice(i, end).split('\n').length - 1;
      i = end + 1;
    } else if (c === "'" || c === '"' || c === '`') {
      let end = i + 1;
      while (source[end] !== c && end < source.length) end += source[end] === '\\' ? 2 : 1;
      const isKey = /^\s*:/.test(source.slice(end + 1));
      strings.push({ text: source.slice(i + 1, end), line, isKey });
      line += source.slice(i, end).split('\n').length - 1;
      lineHasCode = true;
      i = end;
    } else if (!/\s/.test(c)) {
      lineHasCode = true;
      if (c === '{' || c === '[' || c === '(') depth++;
      else if ((c === '}' || c === ']' || c === ')') && --depth === 0) break;
    }
  }
  return strings
    .filter((s) => !s.isKey)
    .map((s) => ({
      selector: s.text,
      line: s.line,
      commented: commentLines.has(s.line) || commentOnlyLines.has(s.line - 1),
    }));
}

const selectorEntriesWithoutComment = (source: string): string[] =>
  (selectorEntries(source) ?? [])
    .filter((e) => !e.commented)
    .map((e) => `${e.line}: ${e.selector}`);

describe('the selector comment check', () => {
  it('reports a selector without a comment, in arrays and as a plain value', () => {
    const source = [
      'const SELECTORS = {', // line 1
      "  body: ['.a', '.b'], // both on one commented line",
      '  toArea: [',
      '    \'a[href^="https://x"]\', // a `//` inside the string is no comment',
      '    \'div[name="to"]\',',
      '    // a comment line above counts',
      "    '.GS tr',",
      '  ],',
      "  subject: 'input',",
      "  'quoted-key': ['.c'], // a quoted key is no selector",
      '} as const;',
      "const OTHER = { x: '.d' };",
    ].join('\n');
    expect(selectorEntries(source)?.map((e) => e.selector)).toEqual([
      '.a',
      '.b',
      'a[href^="https://x"]',
      'div[name="to"]',
      '.GS tr',
      'input',
      '.c',
    ]);
    expect(selectorEntriesWithoutComment(source)).toEqual(['5: div[name="to"]', '9: input']);
  });

  it('reports a file without a table as such', () => {
    expect(selectorEntries("const OTHER = { x: '.d' }; // no table")).toBeUndefined();
  });
});

describe('the webmail adapters', () => {
  const adapters = filesUnder('lib/webmail', /\.ts$/).filter((f) =>
    read(f).includes('const SELECTORS'),
  );

  it('are found (lib/webmail/**/*.ts with a `const SELECTORS` table)', () => {
    expect(adapters.length).toBeGreaterThan(0);
  });

  it.each(adapters)('%s comments every selector', (file) => {
    expect(selectorEntries(read(file))?.length).toBeGreaterThan(5);
    expect(selectorEntriesWithoutComment(read(file))).toEqual([]);
  });
});
