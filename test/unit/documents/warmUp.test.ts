// The first .docx export as quick as the next: the exporter is warmed up in the background after start.
import { describe, expect, it } from 'vitest';
import { scheduleDocumentWarmUp, warmUpDocumentExport } from '../../../electron/backend/documents/warmUp';

describe('warming up the .docx export', () => {
  it('builds a real document with every kind of block (a zip, as .docx files are)', async () => {
    expect(await warmUpDocumentExport()).toBeGreaterThan(1000);
  });

  it('runs once after the delay, in the background', async () => {
    const errors: unknown[] = [];
    const warmUp = scheduleDocumentWarmUp((_message, error) => errors.push(error), 0);
    expect(await warmUp.done).toBe(true);
    expect(errors).toEqual([]);
  });

  it('does nothing when cancelled first (the backend closed before it ran)', async () => {
    const warmUp = scheduleDocumentWarmUp(() => undefined, 60_000);
    warmUp.cancel();
    expect(await warmUp.done).toBe(false);
  });
});
