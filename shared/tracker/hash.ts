// A stable, dependency-free 128-bit hash (FNV-1a over UTF-8) for identifiers that must not change between
// runs or machines, such as the .ics UIDs. Not for security: it only has to be stable and spread well.
const OFFSET = 0x6c62272e07bb014262b821756295c58dn;
const PRIME = 0x0000000001000000000000000000013bn;
const MASK = (1n << 128n) - 1n;

export function stableHash(text: string): string {
  let hash = OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * PRIME) & MASK;
  }
  return hash.toString(16).padStart(32, '0');
}
