// From a file's bytes to text (lib/transfer/decode.ts): the encodings Excel and
// editors write, and a specific refusal for every file that is not text.
import { describe, expect, it } from 'vitest';
import { decodeImportBytes, readImportFile } from '../../../lib/transfer';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) =>
  Uint8Array.from(parts.flatMap((p) => [...p]));
/** Windows-1252 for Latin-1 letters is their code point. */
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

const CSV = 'Name,Contact name\r\nBäckerei Müller,Jürgen Groß\r\nCafé Zürich,Anna\r\n';

describe('decodeImportBytes reads', () => {
  it.each([
    ['UTF-8 without a BOM', utf8(CSV), 'utf-8'],
    ['UTF-8 with a BOM', bytes([0xef, 0xbb, 0xbf], utf8(CSV)), 'utf-8'],
    ['Windows-1252 (invalid as UTF-8)', cp1252(CSV), 'windows-1252'],
    ['UTF-16 little-endian with a BOM', bytes([0xff, 0xfe], utf16(CSV, true)), 'utf-16le'],
    ['UTF-16 big-endian with a BOM', bytes([0xfe, 0xff], utf16(CSV, false)), 'utf-16be'],
    ['UTF-16 little-endian without a BOM', utf16(CSV, true), 'utf-16le'],
  ])('%s, accents intact', (_what, input, encoding) => {
    const r = decodeImportBytes(input);
    expect(r.ok && r.value.encoding).toBe(encoding);
    expect(r.ok && r.value.text.replace(/^\uFEFF/, '')).toBe(CSV);
  });

  it('a UTF-8 file cut inside its last character as UTF-8, not as Windows-1252', () => {
    const whole = utf8('Name\r\nCafé Zürich\r\nCafé');
    const r = decodeImportBytes(whole.subarray(0, whole.length - 1));
    expect(r.ok && r.value).toEqual({
      text: 'Name\r\nCafé Zürich\r\nCaf\uFFFD',
      encoding: 'utf-8',
    });
  });

  it('a Windows-1252 file that ends in "é" as Windows-1252', () => {
    const r = decodeImportBytes(cp1252('Name\r\nCafé'));
    expect(r.ok && r.value).toEqual({ text: 'Name\r\nCafé', encoding: 'windows-1252' });
  });
});

describe('decodeImportBytes refuses, saying what the file is', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'empty-file', /empty/],
    [
      'an .xlsx workbook (a zip)',
      bytes([0x50, 0x4b, 0x03, 0x04], utf8('[Content_Types].xml')),
      'zip-file',
      /ZIP archive.*\.xlsx.*Save As/,
    ],
    [
      'an .xls workbook',
      bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'binary-file',
      /Excel 97–2003 workbook/,
    ],
    ['a PDF', utf8('%PDF-1.7\n'), 'binary-file', /PDF document/],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'binary-file', /PNG image/],
    [
      'bytes with zeros',
      bytes(utf8('Name\r\n'), [0, 1, 2, 0, 0xff, 0x10]),
      'binary-file',
      /zero bytes/,
    ],
    [
      'text with a control character',
      utf8('Name\r\nCon\u0007toso\r\n'),
      'binary-file',
      /line 2 holds the control character U\+0007/,
    ],
    [
      'a UTF-8 BOM before bytes that are not UTF-8',
      bytes([0xef, 0xbb, 0xbf], cp1252('Café\r\nZürich')),
      'bad-encoding',
      /says it is UTF-8/,
    ],
    [
      'UTF-16 with an odd number of bytes',
      bytes([0xff, 0xfe], utf16('Name', true), [0x41]),
      'bad-encoding',
      /UTF-16/,
    ],
  ])('%s', (_what, input, code, message) => {
    const r = decodeImportBytes(input);
    expect(r).toEqual({ ok: false, error: { code, message: expect.stringMatching(message) } });
    expect(!r.ok && r.error.message).toMatch(/Nothing was imported\.$/);
  });
});

describe('readImportFile', () => {
  it('says a file that cannot be read (moved or deleted after it was picked)', async () => {
    const gone = {
      arrayBuffer: () =>
        Promise.reject(new DOMException('A requested file could not be found', 'NotFoundError')),
    } as unknown as Blob;
    const r = await readImportFile(gone);
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'unreadable-file',
        message: expect.stringMatching(
          /could not be read \(A requested file could not be found\): it may have been moved, deleted/,
        ),
      },
    });
  });

  it('reads a file the browser hands over', async () => {
    const r = await readImportFile(new Blob([cp1252(CSV)]));
    expect(r.ok && r.value.encoding).toBe('windows-1252');
  });
});
