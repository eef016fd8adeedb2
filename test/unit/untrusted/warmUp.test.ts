// The parser process warms its readers at start on files of its own; the warm-up swallows a failure (the
// readers would only be cold), so this checks the files really go through them: the Word document is
// read with its headings, numbered list, bold text and notes, as a real draft would be.
import { describe, expect, it } from 'vitest';
import { importSummary } from '../../../electron/backend/documents/import';
import { warmUpDocx, warmUpReaders } from '../../../electron/backend/untrusted/warmUp';

describe('the parser process’s warm-up', () => {
  it('reads its own Word document through the import: headings, a numbered list, bold text', async () => {
    const { document, format } = await importSummary('warm-up.docx', warmUpDocx());
    expect(format).toBe('docx');
    const types = document.blocks.map((block) => block.type);
    expect(types).toContain('heading');
    expect(document.blocks).toContainEqual(expect.objectContaining({ type: 'listItem', list: 'numbered' }));
    expect(JSON.stringify(document)).toContain('"bold"');
  });

  it('runs every reader, each accepting its file', async () => {
    await expect(warmUpReaders()).resolves.toBe(true);
  });
});
