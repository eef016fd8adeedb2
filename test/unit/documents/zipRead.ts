// Reads one entry of a ZIP as text, for tests that look inside a .docx.
import { inflateRawSync } from 'node:zlib';
import { readCentralDirectory } from '../../../electron/backend/documents/import/zipCheck';

export function inflateEntry(zip: Buffer, name: string): string {
  const entry = readCentralDirectory(zip).find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`${name} is not in the archive`);
  const at = entry.localOffset;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  return (entry.method === 8 ? inflateRawSync(data) : data).toString('utf8');
}
