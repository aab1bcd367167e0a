/** Telling a PDF by its bytes, whatever its name says: every PDF starts with `%PDF-`. */
const SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]

export function hasPdfSignature(bytes: Uint8Array): boolean {
  return SIGNATURE.every((byte, index) => bytes[index] === byte)
}
