// Hostile packages, crafted: each, sent through the chunked upload, is refused with its own reason by both
// `handover.inspect` and `handover.import` (even with `replace` chosen), as a `validation` error keyed
// handover.refused.*, and nothing in the data folder changes — not a row, not an attachment file, not even
// a backup — and the received file is gone.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { ARCHIVE_LIMITS } from '../../electron/backend/handover/zipArchive';
import type { ReplyOf } from '../../shared/contract/channels';
import { HANDOVER_MAX_BYTES } from '../../shared/contract/handoverChannels';
import { value } from '../support/result';
import { makeTempDir } from '../support/tempDir';
import { SYMLINK_ATTRIBUTES, UNIX, type RawEntry, rawZip } from '../unit/handover/rawZip';
import {
  Clock,
  editManifest,
  editTable,
  exportPackage,
  fingerprint,
  importArchive,
  openAt,
  pack,
  replacePart,
  seedApplicant,
  sha256Hex,
  tableOf,
  unpack,
  uploadPackage,
} from './handover-support';

let source: ReturnType<typeof makeTempDir>;
let there: ReturnType<typeof makeTempDir>;
let target: Backend;
let valid: Buffer;
let applicantId: string;

beforeAll(async () => {
  source = makeTempDir('titleprep-hostile-source-');
  there = makeTempDir('titleprep-hostile-target-');
  const clock = new Clock(new Date('2025-09-01T02:00:00Z'));
  const backend = openAt(source.path, { clock });
  applicantId = await seedApplicant(backend, clock);
  valid = (await exportPackage(backend, applicantId)).archive;
  backend.close();
  target = openAt(there.path);
  // The applicant is already there, so that `replace` would write if any check let a package through.
  value(await importArchive(target, valid, 'refuse'));
});

afterAll(() => {
  target?.close();
  source?.remove();
  there?.remove();
});

const backups = () => (existsSync(join(there.path, 'backups')) ? readdirSync(join(there.path, 'backups')).length : 0);
const received = () => (existsSync(join(there.path, 'handover', 'tmp')) ? readdirSync(join(there.path, 'handover', 'tmp')) : []);

/** The reason both channels give; fails the test if either accepts it or anything is written. */
async function refusalOf(archive: Buffer): Promise<string> {
  const before = { data: fingerprint(there.path), backups: backups() };
  const keys: string[] = [];
  for (const channel of ['handover.inspect', 'handover.import'] as const) {
    // A refusal ends the upload: each channel gets the package sent anew.
    const uploadId = value<string>(await uploadPackage(target, archive, { fileName: 'crafted.titleprep' }));
    const result = await target.invoke(channel, channel === 'handover.inspect' ? { uploadId } : { uploadId, onExisting: 'replace' });
    if (result.ok) {
      await target.invoke('handover.upload.abort', { uploadId });
      throw new Error(`${channel} accepted a crafted package`);
    }
    expect(result.error.code, result.error.message).toBe('validation');
    expect(result.error.issues?.[0]?.path).toEqual(['uploadId']);
    keys.push(result.error.issues?.[0]?.key ?? '');
    expect(received(), 'the refused package is removed').toEqual([]);
  }
  expect(fingerprint(there.path)).toBe(before.data);
  expect(backups()).toBe(before.backups);
  expect(keys[0]).toBe(keys[1]);
  return (keys[0] ?? '').replace(/^handover\.refused\./, '');
}

const entriesOf = () => unpack(valid);
const asRaw = (entries: ReadonlyMap<string, Buffer>): RawEntry[] => [...entries].map(([name, data]) => ({ name, data }));

describe('the valid package', () => {
  it('is accepted (the crafted ones below differ from it in one way each)', async () => {
    const uploadId = value<string>(await uploadPackage(target, valid));
    expect((await target.invoke('handover.inspect', { uploadId })).ok).toBe(true);
    // Inspected, it waits for the import; cancelled, it is removed.
    expect(received()).toEqual([`${uploadId}.upload`]);
    value(await target.invoke('handover.upload.abort', { uploadId }));
    expect(received()).toEqual([]);
    expect(await refusalOf(pack(entriesOf())).catch((error: Error) => error.message)).toMatch(/accepted a crafted package/);
  });
});

describe('files that are not packages, or broken archives', () => {
  it('refuses something that is not a ZIP at all', async () => {
    expect(await refusalOf(Buffer.from('Name,Passport\n张伟,E12345678\n'))).toBe('notZip');
  });

  it('refuses a truncated package', async () => {
    expect(await refusalOf(valid.subarray(0, Math.floor(valid.length * 0.6)))).toBe('damaged');
  });

  it('refuses a file announced over the maximum at once, before any byte is sent (the request schema)', async () => {
    const result = await target.invoke('handover.upload.begin', { fileName: 'big.titleprep', bytes: HANDOVER_MAX_BYTES + 1 });
    expect(result.ok ? null : result.error.issues?.[0]?.key).toBe('handover.refused.tooLarge');
    expect(result.ok ? null : result.error.issues?.[0]?.path).toEqual(['bytes']);
    expect(received()).toEqual([]);
  });

  it('refuses a ZIP without a manifest', async () => {
    const entries = entriesOf();
    entries.delete('manifest.json');
    expect(await refusalOf(pack(entries))).toBe('noManifest');
  });
});

describe('zip bombs', () => {
  it('refuses a part packed at a ratio no real package has', async () => {
    const entries = asRaw(entriesOf());
    entries.push({ name: 'tables/bomb.json', data: Buffer.alloc(20 * 1024 * 1024, 0x20) });
    expect(await refusalOf(rawZip(entries))).toBe('zipBomb');
  });

  it('refuses parts declaring more than the unpacked limit, from the central directory', async () => {
    const entries = asRaw(entriesOf());
    const data = Buffer.alloc(1024);
    entries.push({ name: 'files/big', data, packed: deflateRawSync(data), unpackedSize: ARCHIVE_LIMITS.maxFileEntryBytes + 1 });
    expect(await refusalOf(rawZip(entries))).toBe('zipBomb');
  });

  it('stops a part that unpacks to more than its header declares (a lie about sizes)', async () => {
    const zeros = Buffer.alloc(30 * 1024 * 1024);
    const entries = asRaw(entriesOf());
    entries.push({ name: 'files/liar', data: zeros, packed: deflateRawSync(zeros), unpackedSize: 4096 });
    expect(await refusalOf(rawZip(entries))).toBe('sizeMismatch');
  });

  it('refuses more entries than the limit', async () => {
    const entries = asRaw(entriesOf());
    for (let index = 0; index <= ARCHIVE_LIMITS.maxEntries; index += 1) entries.push({ name: `files/${index}`, data: Buffer.alloc(0), method: 0 });
    expect(await refusalOf(rawZip(entries))).toBe('tooManyEntries');
  });
});

describe('entries that could leave their folder, or are not files', () => {
  it.each(['../x', '../../../../tmp/evil.sh', 'files/../../manifest.json'])('refuses the path %s', async (name) => {
    expect(await refusalOf(rawZip([...asRaw(entriesOf()), { name, data: Buffer.from('x') }]))).toBe('unsafeName');
  });

  it.each(['/etc/passwd', 'C:/Windows/System32/evil.dll', 'files\\evil'])('refuses the absolute or Windows path %s', async (name) => {
    expect(await refusalOf(rawZip([...asRaw(entriesOf()), { name, data: Buffer.from('x') }]))).toBe('unsafeName');
  });

  it('refuses a symbolic link', async () => {
    const link: RawEntry = { name: 'files/link', data: Buffer.from('/home/user/.ssh/id_rsa'), method: 0, versionMadeBy: UNIX | 20, externalAttributes: SYMLINK_ATTRIBUTES };
    expect(await refusalOf(rawZip([...asRaw(entriesOf()), link]))).toBe('notRegularFile');
  });

  it('refuses two entries of the same name (which one would count?)', async () => {
    const entries = asRaw(entriesOf());
    const forged = JSON.stringify({ ...tableOf(entriesOf(), 'applicant.json') });
    entries.push({ name: 'applicant.json', data: Buffer.from(forged) });
    expect(await refusalOf(rawZip(entries))).toBe('duplicateEntry');
  });
});

describe('the manifest and its parts', () => {
  it('refuses a part whose hash differs from the manifest', async () => {
    const entries = entriesOf();
    const part = tableOf(entries, 'tables/education.json');
    (part.rows[0] as unknown[])[part.columns.indexOf('school')] = '伪造大学';
    entries.set('tables/education.json', Buffer.from(JSON.stringify(part)));
    expect(await refusalOf(pack(entries))).toBe('hashMismatch');
  });

  it('refuses an entry the manifest does not list', async () => {
    const entries = entriesOf();
    entries.set('tables/notes.json', Buffer.from('{}'));
    expect(await refusalOf(pack(entries))).toBe('extraPart');
  });

  it('refuses a listed file that no row names', async () => {
    const entries = entriesOf();
    const bytes = Buffer.from('MZ\x90\x00 a program riding along');
    const path = `files/${sha256Hex(bytes)}`;
    entries.set(path, bytes);
    editManifest(entries, (manifest) => manifest.parts.push({ path, sha256: sha256Hex(bytes), bytes: bytes.length }));
    expect(await refusalOf(pack(entries))).toBe('extraPart');
  });

  it('refuses a listed part that is not in the archive', async () => {
    const entries = entriesOf();
    entries.delete('tables/certificate.json');
    expect(await refusalOf(pack(entries))).toBe('missingPart');
  });

  it('refuses a package without one of the tables, even if the manifest agrees', async () => {
    const entries = entriesOf();
    entries.delete('tables/certificate.json');
    editManifest(entries, (manifest) => (manifest.parts = manifest.parts.filter((part) => part.path !== 'tables/certificate.json')));
    expect(await refusalOf(pack(entries))).toBe('missingPart');
  });

  it('refuses a package from a newer TitlePrep (schema), and a newer format', async () => {
    expect(await refusalOf(pack(editManifest(entriesOf(), (manifest) => (manifest.schemaVersion = 99))))).toBe('schemaNewer');
    expect(await refusalOf(pack(editManifest(entriesOf(), (manifest) => (manifest.formatVersion = 2))))).toBe('formatNewer');
  });

  it('refuses a manifest that is not JSON, not a hand-over manifest, or has fields it should not', async () => {
    const notJson = entriesOf();
    notJson.set('manifest.json', Buffer.from('{"format":"titleprep-handover",'));
    expect(await refusalOf(pack(notJson))).toBe('manifestInvalid');
    expect(await refusalOf(pack(editManifest(entriesOf(), (manifest) => (manifest.format = 'docx'))))).toBe('notPackage');
    const polluted = entriesOf();
    polluted.set('manifest.json', Buffer.from(polluted.get('manifest.json')?.toString().replace(/^\{/, '{"__proto__":{"polluted":true},') ?? ''));
    expect(await refusalOf(pack(polluted))).toBe('manifestInvalid');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a part path the format does not have', async () => {
    const entries = entriesOf();
    const path = 'tables/x"; DROP TABLE applicant; --.json';
    entries.set(path, Buffer.from('{}'));
    editManifest(entries, (manifest) => manifest.parts.push({ path, sha256: sha256Hex(Buffer.from('{}')), bytes: 2 }));
    expect(await refusalOf(pack(entries))).toBe('manifestInvalid');
  });
});

describe('table parts', () => {
  it('refuses a part that is not JSON (hash and manifest agreeing)', async () => {
    expect(await refusalOf(pack(replacePart(entriesOf(), 'tables/education.json', Buffer.from('[{"id":'))))).toBe('partInvalid');
  });

  it('refuses a table this TitlePrep does not have', async () => {
    const entries = entriesOf();
    const bytes = Buffer.from(JSON.stringify({ table: 'secrets', columns: ['id'], rows: [] }));
    entries.set('tables/secrets.json', bytes);
    editManifest(entries, (manifest) => manifest.parts.push({ path: 'tables/secrets.json', sha256: sha256Hex(bytes), bytes: bytes.length }));
    expect(await refusalOf(pack(entries))).toBe('tableUnknown');
  });

  it('refuses columns that are not the table’s, and a column name made to inject SQL', async () => {
    expect(await refusalOf(pack(editTable(entriesOf(), 'tables/education.json', (part) => {
      part.columns.pop();
      part.rows = part.rows.map((row) => row.slice(0, -1));
    })))).toBe('columnsMismatch');
    expect(await refusalOf(pack(editTable(entriesOf(), 'tables/education.json', (part) => {
      part.columns[part.columns.length - 1] = 'school") VALUES (1); --';
    })))).toBe('partInvalid');
  });

  it('refuses values the schema refuses: a type, a check', async () => {
    expect(await refusalOf(pack(editTable(entriesOf(), 'tables/education.json', (part) => {
      (part.rows[0] as unknown[])[part.columns.indexOf('full_time')] = 'yes';
    })))).toBe('rowsInvalid');
    expect(await refusalOf(pack(editTable(entriesOf(), 'applicant.json', (part) => {
      (part.rows[0] as unknown[])[part.columns.indexOf('gender')] = 'unknown';
    })))).toBe('rowsInvalid');
  });

  it('refuses a row that names a row not in the package', async () => {
    expect(await refusalOf(pack(editTable(entriesOf(), 'tables/certificate_renewal.json', (part) => {
      (part.rows[0] as unknown[])[part.columns.indexOf('certificate_id')] = '99999999-9999-4999-8999-999999999999';
    })))).toBe('rowsInvalid');
    expect(await refusalOf(pack(editTable(entriesOf(), 'tables/summary_snapshot.json', (part) => {
      (part.rows[0] as unknown[])[part.columns.indexOf('block_ids')] = '[1, 2, 999999]';
    })))).toBe('rowsInvalid');
  });
});

describe('rows that are not the one applicant’s', () => {
  it('refuses rows of another applicant riding along', async () => {
    const entries = editTable(entriesOf(), 'applicant.json', (part) => {
      const other = [...(part.rows[0] as unknown[])];
      other[part.columns.indexOf('id')] = '99999999-9999-4999-8999-999999999999';
      part.rows.push(other);
    });
    expect(await refusalOf(pack(entries))).toBe('applicantMismatch');
  });

  it('refuses a manifest that names another applicant than the rows', async () => {
    expect(await refusalOf(pack(editManifest(entriesOf(), (manifest) => (manifest.applicant.nameZh = '李四'))))).toBe('applicantMismatch');
  });

  it('refuses an applicant in the bin', async () => {
    expect(await refusalOf(pack(editTable(entriesOf(), 'applicant.json', (part) => {
      (part.rows[0] as unknown[])[part.columns.indexOf('deleted_at')] = '2025-09-01T00:00:00.000Z';
    })))).toBe('applicantMismatch');
  });

  it('refuses a user round the applicant’s data does not name', async () => {
    expect(await refusalOf(pack(editTable(entriesOf(), 'tables/user_round.json', (part) => {
      const round = [...(part.rows[0] as unknown[])];
      const data = JSON.parse(String(round[part.columns.indexOf('data')])) as { id: string };
      round[part.columns.indexOf('id')] = 'shanghai-c-r9-smuggled';
      round[part.columns.indexOf('data')] = JSON.stringify({ ...data, id: 'shanghai-c-r9-smuggled' });
      part.rows.push(round);
    })))).toBe('applicantMismatch');
  });
});

describe('documents that do not validate', () => {
  it('refuses a profile the app would not save (an e-mail address that is not one)', async () => {
    expect(await refusalOf(pack(editTable(entriesOf(), 'applicant.json', (part) => {
      (part.rows[0] as unknown[])[part.columns.indexOf('email')] = 'not an address';
    })))).toBe('contentInvalid');
  });

  it('refuses a summary that is not a summary document', async () => {
    expect(await refusalOf(pack(editTable(entriesOf(), 'tables/summary.json', (part) => {
      (part.rows[0] as unknown[])[part.columns.indexOf('document')] = JSON.stringify({ format: 1, blocks: [{ type: 'script', text: 'alert(1)' }] });
    })))).toBe('contentInvalid');
  });

  it('refuses a stored block whose hash is not its text’s (later snapshots would find the wrong block)', async () => {
    expect(await refusalOf(pack(editTable(entriesOf(), 'tables/summary_block.json', (part) => {
      (part.rows[0] as unknown[])[part.columns.indexOf('hash')] = { base64: Buffer.alloc(16, 7).toString('base64') };
    })))).toBe('contentInvalid');
  });

  it('refuses an official PDF that is not the one its hash names', async () => {
    const entries = entriesOf();
    const part = tableOf(entries, 'tables/official_form.json');
    const cell = (part.rows[0] as unknown[])[part.columns.indexOf('content')] as { file: string };
    const forged = Buffer.from('%PDF-1.7\n% a different document\n%%EOF\n');
    entries.delete(`files/${cell.file}`);
    entries.set(`files/${sha256Hex(forged)}`, forged);
    (part.rows[0] as unknown[])[part.columns.indexOf('content')] = { file: sha256Hex(forged) };
    (part.rows[0] as unknown[])[part.columns.indexOf('byte_count')] = forged.length;
    entries.set('tables/official_form.json', Buffer.from(JSON.stringify(part)));
    editManifest(entries, (manifest) => {
      manifest.parts = manifest.parts.filter((entry) => entry.path !== `files/${cell.file}`);
      manifest.parts.push({ path: `files/${sha256Hex(forged)}`, sha256: sha256Hex(forged), bytes: forged.length });
    }, true);
    expect(await refusalOf(pack(entries))).toBe('contentInvalid');
  });

  it('refuses a row naming a file the package does not carry', async () => {
    expect(await refusalOf(pack(editTable(entriesOf(), 'tables/official_form.json', (part) => {
      (part.rows[0] as unknown[])[part.columns.indexOf('content')] = { file: 'f'.repeat(64) };
    })))).toBe('missingPart');
  });
});

describe('after all of that', () => {
  it('the applicant there is still the one first imported, and nothing else was added', async () => {
    const list = value<ReplyOf<'applicants.list'>>(await target.invoke('applicants.list', {}));
    expect(list.map((applicant) => applicant.id)).toEqual([applicantId]);
    expect(backups()).toBeLessThanOrEqual(1);
  });
});
