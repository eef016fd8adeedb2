// A PDF's page count for the preview (the page's CSP allows no PDF frame, so the preview is a card with
// name, size and pages). pdf-lib reads the whole file, so very large files are not counted.
import { PDFDocument } from 'pdf-lib';
import { checkPdfStreamBudget } from '../untrusted/pdfStreamBudget';

export const COUNT_PAGES_MAX_BYTES = 30_000_000;

/** null when the file is too large to count or pdf-lib cannot read it (a scanner's quirk is not a refusal). */
export async function countPdfPages(bytes: Uint8Array): Promise<number | null> {
  if (bytes.length > COUNT_PAGES_MAX_BYTES) return null;
  // pdf-lib inflates every object stream whole while loading: a bomb is not counted (nor loaded).
  if (!checkPdfStreamBudget(bytes).ok) return null;
  try {
    const document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    const pages = document.getPageCount();
    return pages >= 1 ? pages : null;
  } catch {
    return null;
  }
}
