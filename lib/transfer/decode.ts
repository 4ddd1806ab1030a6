/**
 * From the bytes of a picked file to text, or a specific refusal. Excel on
 * Windows often saves CSV as Windows-1252 (docs/DOMAIN.md), which read as UTF-8
 * turned "Bäckerei Müller" into "B�ckerei M�ller"; "Unicode text" is UTF-16 with
 * a byte-order mark; and a workbook, a zip or a picture picked by mistake must be
 * named as such, not blamed on "a comma inside a name".
 */
import { fail, ok, type TransferResult } from './errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedFile {
  text: string;
  encoding: TextEncoding;
}

const NOTHING = 'Nothing was imported.';

/** File types people pick by mistake, by their first bytes. */
const SIGNATURES: readonly [number[], 'zip-file' | 'binary-file', string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'zip-file', 'a ZIP archive'],
  [[0x50, 0x4b, 0x05, 0x06], 'zip-file', 'a ZIP archive'],
  [[0x50, 0x4b, 0x07, 0x08], 'zip-file', 'a ZIP archive'],
  [
    [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    'binary-file',
    'an Excel 97–2003 workbook (.xls)',
  ],
  [[0x25, 0x50, 0x44, 0x46], 'binary-file', 'a PDF document'],
  [[0x1f, 0x8b], 'binary-file', 'a gzip-compressed file'],
  [[0x89, 0x50, 0x4e, 0x47], 'binary-file', 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'binary-file', 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'binary-file', 'a GIF image'],
];

const SAVE_AS_CSV = 'In Excel, use File → Save As → "CSV UTF-8 (Comma delimited)".';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function refuseByType(bytes: Uint8Array): TransferResult<never> | undefined {
  const found = SIGNATURES.find(([magic]) => startsWith(bytes, magic));
  if (!found) return undefined;
  const [, code, what] = found;
  const hint =
    code === 'zip-file'
      ? `An Excel workbook (.xlsx) is one; ${SAVE_AS_CSV}`
      : what.includes('Excel')
        ? SAVE_AS_CSV
        : 'Choose the CSV or JSON file instead.';
  return fail(code, `This is ${what}, not a CSV or JSON file. ${hint} ${NOTHING}`);
}

/** Text without a byte-order mark but with every other byte 0 is UTF-16. */
function bomlessUtf16(bytes: Uint8Array): TextEncoding | undefined {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.9 && oddZero === 0) return 'utf-16be';
  return undefined;
}

function decodeStrict(bytes: Uint8Array, encoding: TextEncoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A UTF-8 file whose only fault is a character cut in two at its very end (a
 * truncated copy): the last lead byte announces more bytes than follow it. Only
 * with other UTF-8 characters before it, so a Windows-1252 file ending in "é"
 * (0xE9, which looks like a lead byte) stays Windows-1252.
 */
function utf8CutOff(bytes: Uint8Array): string | undefined {
  for (let drop = 1; drop <= 3 && drop < bytes.length; drop++) {
    const lead = bytes[bytes.length - drop] ?? 0;
    if (lead >= 0x80 && lead < 0xc0) continue; // a continuation byte: look further back
    const needs = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (needs <= drop) return undefined;
    const head = bytes.subarray(0, bytes.length - drop);
    const text = head.some((b) => b >= 0x80) ? decodeStrict(head, 'utf-8') : undefined;
    return text === undefined ? undefined : `${text}\uFFFD`;
  }
  return undefined;
}

/** C0 controls other than tab, line breaks and form feed: a text file has none. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000e-\u001f]/;

function binaryText(text: string): TransferResult<never> | undefined {
  // Ctrl-Z ends files written by old DOS tools: harmless at the very end.
  const found = CONTROL.exec(text.endsWith('\u001a') ? text.slice(0, -1) : text);
  if (!found) return undefined;
  const line = text.slice(0, found.index).split('\n').length;
  const code = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return fail(
    'binary-file',
    `This file is not text: line ${line} holds the control character ${code}, which CSV and JSON files never do. Choose the CSV or JSON file. ${NOTHING}`,
  );
}

function decodeText(bytes: Uint8Array): TransferResult<DecodedFile> {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrict(bytes, 'utf-8') ?? utf8CutOff(bytes);
    return text === undefined
      ? fail(
          'bad-encoding',
          `The file says it is UTF-8 (it starts with a byte-order mark) but holds bytes that are not UTF-8. ${SAVE_AS_CSV} ${NOTHING}`,
        )
      : ok({ text, encoding: 'utf-8' });
  }
  const utf16 = startsWith(bytes, [0xff, 0xfe])
    ? 'utf-16le'
    : startsWith(bytes, [0xfe, 0xff])
      ? 'utf-16be'
      : bomlessUtf16(bytes);
  if (utf16) {
    const text = decodeStrict(bytes, utf16);
    return text === undefined
      ? fail(
          'bad-encoding',
          `The file looks like UTF-16 text but is damaged (an odd number of bytes or a broken character). ${SAVE_AS_CSV} ${NOTHING}`,
        )
      : ok({ text, encoding: utf16 });
  }
  if (bytes.includes(0)) {
    return fail(
      'binary-file',
      `This file is not text (it holds zero bytes, as programs' own formats do), so it is not a CSV or JSON file. ${NOTHING}`,
    );
  }
  const utf8 = decodeStrict(bytes, 'utf-8') ?? utf8CutOff(bytes);
  if (utf8 !== undefined) return ok({ text: utf8, encoding: 'utf-8' });
  // Not UTF-8: what Excel on Windows saves. Every byte means something in Windows-1252.
  return ok({ text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' });
}

/** The file's text and the encoding it was read in, or why it is not a text file. */
export function decodeImportBytes(bytes: Uint8Array): TransferResult<DecodedFile> {
  if (bytes.length === 0) return fail('empty-file', `The file is empty. ${NOTHING}`);
  const typed = refuseByType(bytes);
  if (typed) return typed;
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  return binaryText(decoded.value.text) ?? decoded;
}

/**
 * Reads a picked file. A file moved or deleted after it was picked makes the
 * browser's read fail: that is said, and the page stays usable.
 */
export async function readImportFile(file: Blob): Promise<TransferResult<DecodedFile>> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    const why = e instanceof Error && e.message ? ` (${e.message})` : '';
    return fail(
      'unreadable-file',
      `The file could not be read${why}: it may have been moved, deleted or changed after you chose it. Choose it again. ${NOTHING}`,
    );
  }
  return decodeImportBytes(bytes);
}
