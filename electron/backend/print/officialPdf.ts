// The check of an "official" PDF (the form the online system generated) before it is stored: it must be a
// PDF, unencrypted, readable by pdf-lib, with at least one page, and every page must embed into the packet,
// so that a file which would fail at print time is refused at import time instead. Scripts are never run
// (the packet copies page content only) but are worth a warning.
import { PDFDocument, type PDFPage } from 'pdf-lib';
import { IMPORT_MAX_BYTES } from '../../../shared/contract/documentChannels';
import type { PacketKey } from '../../../shared/i18n/packet';
import { checkPdfStreamBudget } from '../untrusted/pdfStreamBudget';

/** TitlePrep's own limit: a generated form has a few pages; hundreds would make an unprintable packet. */
export const OFFICIAL_MAX_PAGES = 100;
const MAGIC_WINDOW = 1024;
const MEGABYTE = 1_000_000;
/** An A4 page within this many points counts as A4 (PDFs round 595.28 × 841.89 in several ways). */
const A4_TOLERANCE_PT = 2;
export const A4 = { width: 595.28, height: 841.89 } as const;

export interface OfficialPdfNotice {
  key: PacketKey;
  params?: Record<string, string | number>;
}

export type OfficialPdfCheck =
  | { ok: true; pages: number; warnings: OfficialPdfNotice[] }
  | { ok: false; refusal: OfficialPdfNotice; reason: string };

const refuse = (key: PacketKey, reason: string, params?: Record<string, string | number>): OfficialPdfCheck => ({
  ok: false,
  refusal: params ? { key, params } : { key },
  reason,
});

function looksLikeHtml(head: string): boolean {
  return /^\s*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html)/i.test(head);
}

/** An /Encrypt entry in a trailer or a cross-reference stream's dictionary: the file is encrypted. */
function declaresEncryption(latin1: string): boolean {
  return /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(latin1);
}

function declaresJavaScript(latin1: string): boolean {
  return /\/(JavaScript|JS)\b/.test(latin1);
}

/** The page as a viewer shows it (the crop box, turned by /Rotate). */
export function displayedSize(page: PDFPage): { width: number; height: number } {
  const box = page.getCropBox();
  const turned = Math.abs(page.getRotation().angle) % 180 === 90;
  return turned ? { width: box.height, height: box.width } : { width: box.width, height: box.height };
}

export function isA4Portrait(size: { width: number; height: number }): boolean {
  return Math.abs(size.width - A4.width) <= A4_TOLERANCE_PT && Math.abs(size.height - A4.height) <= A4_TOLERANCE_PT;
}

/** Loads an official PDF; throws when it cannot be read. */
export async function loadOfficialPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
}

/** Whether a stored official PDF still reads as it did at import: same number of pages, none lost. */
export async function readsAsStored(bytes: Uint8Array, pages: number): Promise<boolean> {
  try {
    return (await loadOfficialPdf(bytes)).getPages().length === pages;
  } catch {
    return false;
  }
}

export async function checkOfficialPdf(bytes: Uint8Array): Promise<OfficialPdfCheck> {
  if (bytes.length === 0) return refuse('official.empty', 'empty file');
  if (bytes.length > IMPORT_MAX_BYTES) return refuse('official.tooLarge', `${bytes.length} bytes`, { maxMb: IMPORT_MAX_BYTES / MEGABYTE });
  const head = Buffer.from(bytes.subarray(0, MAGIC_WINDOW)).toString('latin1');
  if (!head.includes('%PDF-')) {
    return looksLikeHtml(head) ? refuse('official.html', 'an HTML page') : refuse('official.notPdf', 'no %PDF- header in the first 1024 bytes');
  }
  const latin1 = Buffer.from(bytes).toString('latin1');
  // A download cut short has no end-of-file marker; pdf-lib would still read its first pages, silently.
  if (!latin1.slice(-MAGIC_WINDOW).includes('%%EOF')) return refuse('official.corrupt', 'no %%EOF at the end: the file is truncated');
  if (declaresEncryption(latin1)) return refuse('official.encrypted', 'the trailer names an /Encrypt dictionary');
  // pdf-lib inflates streams whole: every one it may decode is first decoded here, up to a bound.
  const streams = checkPdfStreamBudget(bytes);
  if (!streams.ok) return refuse('official.hostile', streams.reason);

  let document: PDFDocument;
  try {
    document = await loadOfficialPdf(bytes);
  } catch (error) {
    if (error instanceof Error && error.name === 'EncryptedPDFError') return refuse('official.encrypted', error.message);
    return refuse('official.corrupt', error instanceof Error ? error.message : String(error));
  }
  if (document.isEncrypted) return refuse('official.encrypted', 'pdf-lib reports encryption');

  let pages: PDFPage[];
  try {
    pages = document.getPages();
  } catch (error) {
    return refuse('official.corrupt', error instanceof Error ? error.message : String(error));
  }
  if (pages.length === 0) return refuse('official.noPages', 'no pages');
  // The page tree says how many pages it holds; fewer found means some were lost.
  const declared = document.catalog.Pages().Count().asNumber();
  if (declared !== pages.length) return refuse('official.corrupt', `the page tree declares ${declared} pages, ${pages.length} found`);
  if (pages.length > OFFICIAL_MAX_PAGES) return refuse('official.tooManyPages', `${pages.length} pages`, { pages: pages.length, max: OFFICIAL_MAX_PAGES });

  // Embed every page into a scratch document, as the packet will: a damaged content stream fails here.
  const scratch = await PDFDocument.create({ updateMetadata: false });
  for (const [index, page] of pages.entries()) {
    try {
      if (page.node.Contents() === undefined) continue; // a blank page: nothing to embed
      displayedSize(page);
      await scratch.embedPage(page);
    } catch (error) {
      return refuse('official.unprintable', `page ${index + 1}: ${error instanceof Error ? error.message : String(error)}`, { page: index + 1 });
    }
  }
  // pdf-lib resolves embedded pages lazily, on save: a broken stream filter only shows up then.
  try {
    await scratch.save();
  } catch (error) {
    return refuse('official.corrupt', error instanceof Error ? error.message : String(error));
  }

  const warnings: OfficialPdfNotice[] = [];
  if (declaresJavaScript(latin1)) warnings.push({ key: 'official.warning.javascript' });
  if (!pages.every((page) => isA4Portrait(displayedSize(page)))) warnings.push({ key: 'official.warning.pageSize' });
  return { ok: true, pages: pages.length, warnings };
}
