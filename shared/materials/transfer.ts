// How a scan crosses the transports, whose requests are JSON of at most 4 MiB: in chunks of at most
// 2 MiB (2,796,204 base64 characters), in order, announced by their total size first so that a file over
// the limit is refused before any of it is read. Downloads come back in chunks of the same size.
export const CHUNK_BYTES = 2 * 1024 * 1024;
export const CHUNK_BASE64_CHARS = Math.ceil(CHUNK_BYTES / 3) * 4;

/** An upload that receives nothing for this long is abandoned and its temporary file removed. */
export const UPLOAD_IDLE_MS = 10 * 60 * 1000;
/** Uploads open at the same time (one per file the user is sending; more means a stuck client). */
export const MAX_OPEN_UPLOADS = 8;

/**
 * A deleted attachment stays restorable (its row and its file kept) for this long; at the next start after
 * that, the row is purged and the file removed once no other row names it.
 */
export const DELETED_RETENTION_MS = 24 * 60 * 60 * 1000;

/** The byte ranges [start, end) to send a file of `total` bytes in. */
export function chunkRanges(total: number, chunkBytes = CHUNK_BYTES): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = 0; start < total; start += chunkBytes) ranges.push([start, Math.min(total, start + chunkBytes)]);
  return ranges;
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
