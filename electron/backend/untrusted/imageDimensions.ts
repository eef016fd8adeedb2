// The size a PNG or JPEG says it is, read from its header without decoding a pixel. The app never decodes
// a scan itself, but the renderer shows it, and a 100,000 × 100,000 PNG of a few megabytes would make the
// viewer allocate 40 GB: such a file is refused (or, stored before, set aside) on its declared size alone.
import type { AttachmentKind } from '../../../shared/materials/attachmentTypes';

export const IMAGE_LIMITS = {
  /** A 200-megapixel phone photo (16,320 × 12,240) passes; an A3 page at 1,200 dpi (≈ 280 MP) does not. */
  maxPixels: 200_000_000,
  /** Either side: JPEG's own maximum. */
  maxSide: 65_535,
} as const;

export type DimensionVerdict = { ok: true; width: number | null; height: number | null } | { ok: false; reason: string };

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame's size. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (isStartOfFrame(marker)) {
      return { height: (bytes[at + 5]! << 8) | bytes[at + 6]!, width: (bytes[at + 7]! << 8) | bytes[at + 8]! };
    }
    if (marker === 0xda || length < 2) return null; // scan data before any frame header: not a usable JPEG
    at += 2 + length;
  }
  return null;
}

/**
 * The declared size, checked against the limits. A JPEG whose frame header cannot be found declares no
 * size: no viewer can decode it into anything, so it is not refused here (the byte check judged it a JPEG).
 */
export function checkImageDimensions(kind: Exclude<AttachmentKind, 'pdf'>, bytes: Uint8Array, limits: { maxPixels: number; maxSide: number } = IMAGE_LIMITS): DimensionVerdict {
  const size = kind === 'png' ? pngSize(bytes) : jpegSize(bytes);
  if (size === null) return { ok: true, width: null, height: null };
  const { width, height } = size;
  if (width === 0 || height === 0) return { ok: false, reason: `declares ${width} × ${height} pixels` };
  if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels) {
    return { ok: false, reason: `declares ${width} × ${height} pixels, more than ${limits.maxPixels}` };
  }
  return { ok: true, width, height };
}
