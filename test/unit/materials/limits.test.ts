// Attachment limits: defaults from templates/attachments/limits.json (the official ones are unknown), the
// user's per programme in their place, a size over the limit or the ceiling refused before reading, and
// the file's name corrected to what its bytes are.
import { describe, expect, it } from 'vitest';
import limitsFile from '../../../templates/attachments/limits.json';
import { CEILING_BYTES, DEFAULT_LIMITS, attachmentLimitsSchema, checkSize, effectiveLimits, typeAllowed } from '../../../shared/materials/limits';
import { downloadName, kindClaimedByName } from '../../../shared/materials/attachmentTypes';
import { chunkRanges, CHUNK_BASE64_CHARS, CHUNK_BYTES } from '../../../shared/materials/transfer';

describe('attachment limits', () => {
  it('defaults to the template’s values, which say the official limits are unknown', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxBytes: limitsFile.maxBytes, types: limitsFile.types });
    expect(limitsFile.source.note).toMatch(/not published/);
  });

  it('uses the user’s limits for a programme when set', () => {
    expect(effectiveLimits(null)).toBe(DEFAULT_LIMITS);
    expect(effectiveLimits({ maxBytes: 5, types: ['pdf'] })).toEqual({ maxBytes: 5, types: ['pdf'] });
  });

  it('refuses a declared 2 GB file, an empty one, and anything over the limit', () => {
    expect(checkSize(2 * 1024 ** 3, DEFAULT_LIMITS)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(checkSize(0, DEFAULT_LIMITS)).toEqual({ ok: false, reason: 'empty' });
    expect(checkSize(DEFAULT_LIMITS.maxBytes, DEFAULT_LIMITS)).toEqual({ ok: true });
    expect(checkSize(DEFAULT_LIMITS.maxBytes + 1, DEFAULT_LIMITS)).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('lets no user limit pass the ceiling, and needs at least one type, each once', () => {
    expect(attachmentLimitsSchema.safeParse({ maxBytes: CEILING_BYTES + 1, types: ['pdf'] }).error?.issues[0]?.message).toBe('materials.limits.overCeiling');
    expect(attachmentLimitsSchema.safeParse({ maxBytes: 10, types: [] }).success).toBe(false);
    expect(attachmentLimitsSchema.safeParse({ maxBytes: 10, types: ['pdf', 'pdf'] }).success).toBe(false);
    expect(attachmentLimitsSchema.safeParse({ maxBytes: 10, types: ['gif'] }).success).toBe(false);
  });

  it('allows only the kinds in the limits', () => {
    expect(typeAllowed('png', { maxBytes: 10, types: ['pdf'] })).toBe(false);
    expect(typeAllowed('pdf', { maxBytes: 10, types: ['pdf'] })).toBe(true);
  });
});

describe('names and chunks', () => {
  it('reads what a name claims, and downloads under the extension of the bytes', () => {
    expect(kindClaimedByName('扫描件.JPG')).toBe('jpeg');
    expect(kindClaimedByName('scan')).toBeNull();
    expect(downloadName('证书.jpg', 'png')).toBe('证书.png');
    expect(downloadName('report.final', 'pdf')).toBe('report.final.pdf');
    expect(downloadName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(downloadName('.pdf', 'pdf')).toBe('.pdf.pdf');
  });

  it('splits a file into chunks whose base64 fits the 4 MiB transports', () => {
    expect(chunkRanges(0)).toEqual([]);
    expect(chunkRanges(CHUNK_BYTES * 2 + 1)).toEqual([[0, CHUNK_BYTES], [CHUNK_BYTES, CHUNK_BYTES * 2], [CHUNK_BYTES * 2, CHUNK_BYTES * 2 + 1]]);
    expect(CHUNK_BASE64_CHARS + 200).toBeLessThan(4 * 1024 * 1024);
  });
});
