/**
 * Draws Claimcheck's icon: a page of text lines with a check mark, on a rounded ink-blue square.
 * Writes `resources/icon.svg` (the drawing) and, rasterised here with anti-aliasing, `icon.png`
 * (1024 px, from which electron-builder derives the .icns and .ico) and `icons/<size>x<size>.png`
 * for Linux. No native tool or download: shapes are distance functions, PNGs are zlib by hand.
 * Run: `npx tsx scripts/draw-icon.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'

type Rgb = [number, number, number]
/** A shape on the 0..1 square: signed distance (negative inside), its colour. */
interface Shape {
  color: Rgb
  distance: (x: number, y: number) => number
}

const ink: Rgb = [0x24, 0x3b, 0x5e]
const paper: Rgb = [0xfb, 0xfa, 0xf7]
const line: Rgb = [0xb9, 0xc2, 0xcf]
const check: Rgb = [0x2e, 0x9e, 0x5b]

function roundedBox(cx: number, cy: number, hw: number, hh: number, r: number) {
  return (x: number, y: number): number => {
    const qx = Math.abs(x - cx) - hw + r
    const qy = Math.abs(y - cy) - hh + r
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
  }
}

function capsule(ax: number, ay: number, bx: number, by: number, r: number) {
  return (x: number, y: number): number => {
    const px = x - ax
    const py = y - ay
    const dx = bx - ax
    const dy = by - ay
    const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)))
    return Math.hypot(px - dx * t, py - dy * t) - r
  }
}

const lines = [0.34, 0.44, 0.54].map((y, i) => capsule(0.33, y, i === 2 ? 0.55 : 0.67, y, 0.022))
const shapes: Shape[] = [
  { color: ink, distance: roundedBox(0.5, 0.5, 0.45, 0.45, 0.1) },
  { color: paper, distance: roundedBox(0.5, 0.5, 0.25, 0.31, 0.035) },
  ...lines.map((distance) => ({ color: line, distance })),
  { color: check, distance: capsule(0.5, 0.66, 0.58, 0.74, 0.045) },
  { color: check, distance: capsule(0.58, 0.74, 0.76, 0.52, 0.045) }
]

/** Covers each pixel with 4×4 samples: the fraction inside a shape is its alpha there. */
function render(size: number): Buffer {
  const samples = 4
  const rows: Buffer[] = []
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4)
    for (let px = 0; px < size; px++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size
          const y = (py + (sy + 0.5) / samples) / size
          let color: Rgb | null = null
          for (const shape of shapes) if (shape.distance(x, y) <= 0) color = shape.color
          if (!color) continue
          r += color[0]
          g += color[1]
          b += color[2]
          a += 1
        }
      }
      const offset = 1 + px * 4
      row[offset] = a ? Math.round(r / a) : 0
      row[offset + 1] = a ? Math.round(g / a) : 0
      row[offset + 2] = a ? Math.round(b / a) : 0
      row[offset + 3] = Math.round((a / (samples * samples)) * 255)
    }
    rows.push(row)
  }
  return png(size, Buffer.concat(rows))
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}
function png(size: number, scanlines: Buffer): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

const hex = (c: Rgb) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">
  <rect x="51.2" y="51.2" width="921.6" height="921.6" rx="102.4" fill="${hex(ink)}"/>
  <rect x="256" y="194.56" width="512" height="634.88" rx="35.84" fill="${hex(paper)}"/>
  <g stroke="${hex(line)}" stroke-width="45" stroke-linecap="round">
    <path d="M337.9 348.2H686.1M337.9 450.6H686.1M337.9 552.96H563.2"/>
  </g>
  <path d="M512 675.84L593.9 757.76L778.24 532.48" fill="none" stroke="${hex(check)}" stroke-width="92" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`

const resources = join(import.meta.dirname, '..', 'resources')
mkdirSync(join(resources, 'icons'), { recursive: true })
writeFileSync(join(resources, 'icon.svg'), svg)
writeFileSync(join(resources, 'icon.png'), render(1024))
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(join(resources, 'icons', `${size}x${size}.png`), render(size))
}
