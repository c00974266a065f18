// Writes the app's icons from one drawing: a white cross on the brand's dark blue (brand-800,
// app/globals.css). app/icon.svg (browsers that take SVG), app/favicon.ico (16, 32 and 48 px
// PNGs in an ICO: every browser asks for /favicon.ico) and app/apple-icon.png (180 px, square
// and opaque, as iOS wants it). No image library: the shapes are squares and a rounded
// square, drawn here with 4x4 samples a pixel and written with node:zlib.
// Run: node scripts/generate-icons.mjs
import fs from "node:fs";
import zlib from "node:zlib";

const BRAND = [0x12, 0x39, 0x5a];
const WHITE = [0xff, 0xff, 0xff];

// the drawing, on a 32-unit square: background (corner radius), and the cross's arms
const ICON = { radius: 6, arm: [13, 19], reach: [7, 25] };
const APPLE = { radius: 0, arm: [13.25, 18.75], reach: [8, 24] };

function svg({ radius, arm, reach }) {
  const [a0, a1] = arm;
  const [r0, r1] = reach;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="${radius}" fill="#12395a"/><path d="M${a0} ${r0}h${a1 - a0}v${a0 - r0}h${r1 - a1}v${a1 - a0}h${-(r1 - a1)}v${r1 - a1}h${-(a1 - a0)}v${-(r1 - a1)}h${-(a0 - r0)}v${-(a1 - a0)}h${a0 - r0}z" fill="#fff"/></svg>\n`;
}

function inRoundedSquare(x, y, r) {
  if (x < 0 || y < 0 || x > 32 || y > 32) return false;
  const cx = Math.min(Math.max(x, r), 32 - r);
  const cy = Math.min(Math.max(y, r), 32 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inCross(x, y, { arm: [a0, a1], reach: [r0, r1] }) {
  return (x >= a0 && x <= a1 && y >= r0 && y <= r1) || (y >= a0 && y <= a1 && x >= r0 && x <= r1);
}

/** RGBA pixels of the drawing at `size` px. */
function draw(drawing, size) {
  const out = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = ((px + (sx + 0.5) / n) / size) * 32;
          const y = ((py + (sy + 0.5) / n) / size) * 32;
          if (!inRoundedSquare(x, y, drawing.radius)) continue;
          const color = inCross(x, y, drawing) ? WHITE : BRAND;
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of RGBA pixels (colour type 6), or RGB (2) when `opaque`. */
function png(rgba, size, { opaque = false } = {}) {
  const channels = opaque ? 3 : 4;
  const rows = Buffer.alloc(size * (size * channels + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * channels + 1);
    rows[row] = 0; // no filter
    for (let x = 0; x < size; x++) {
      for (let c = 0; c < channels; c++) rows[row + 1 + x * channels + c] = rgba[(y * size + x) * 4 + c];
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = opaque ? 2 : 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An ICO holding PNG images (one a size). */
function ico(images) {
  const head = Buffer.alloc(6);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, data } of images) {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits a pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += data.length;
  }
  return Buffer.concat([head, ...entries, ...images.map((i) => i.data)]);
}

fs.writeFileSync("app/icon.svg", svg(ICON));
fs.writeFileSync("app/favicon.ico", ico([16, 32, 48].map((size) => ({ size, data: png(draw(ICON, size), size) }))));
// iOS rounds the corners itself and shows transparency as black: square and opaque
fs.writeFileSync("app/apple-icon.png", png(draw(APPLE, 180), 180, { opaque: true }));
console.log("app/icon.svg, app/favicon.ico, app/apple-icon.png written");
