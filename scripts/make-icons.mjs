// Draws the toolbar icon (an envelope with a link badge) as PNGs at 16/32/48/128 px.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const BLUE = [0, 90, 158, 255],
  WHITE = [255, 255, 255, 255],
  GREEN = [16, 124, 16, 255],
  NONE = [0, 0, 0, 0];
function pixel(x, y, size) {
  const s = 1 / size;
  // rounded square background
  const r = 0.18,
    inset = 0.02;
  const cx = Math.min(Math.max(x, inset + r), 1 - inset - r),
    cy = Math.min(Math.max(y, inset + r), 1 - inset - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return NONE;
  // badge circle bottom-right
  if ((x - 0.74) ** 2 + (y - 0.74) ** 2 < 0.2 ** 2) {
    if ((x - 0.74) ** 2 + (y - 0.74) ** 2 < 0.15 ** 2) {
      // plus sign
      if (
        (Math.abs(x - 0.74) < 0.035 + s / 2 && Math.abs(y - 0.74) < 0.1) ||
        (Math.abs(y - 0.74) < 0.035 + s / 2 && Math.abs(x - 0.74) < 0.1)
      )
        return WHITE;
      return GREEN;
    }
    return BLUE;
  }
  // envelope
  const l = 0.16,
    t = 0.26,
    rgt = 0.84,
    b = 0.7,
    w = Math.max(0.045, 1.2 * s);
  if (x >= l && x <= rgt && y >= t && y <= b) {
    const border = x - l < w || rgt - x < w || y - t < w || b - y < w;
    const mx = (l + rgt) / 2,
      flapY = t + (x < mx ? x - l : rgt - x) * 0.75;
    const flap = Math.abs(y - flapY) < w * 0.9 && y < 0.56;
    return border || flap ? WHITE : BLUE;
  }
  return BLUE;
}
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, png(size, pixel));
