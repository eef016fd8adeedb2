// The contract between the print builders (form draft, public notice, cover sheet, in this folder) and the
// packet that assembles them (packet.ts). Builders lay out pages with pdfmake and leave the top and bottom
// bands of each page free: the packet stamps the copy label (第1份/共3份) and the page numbers there, so a
// page never carries two page numbers and an imported official PDF is labelled the same way.
import type { ApplicationFile } from '../form/load';
import type { FontFiles } from '../documents/fonts';
import type { SignedSectionId } from '../../../shared/programmes/schema';

/**
 * How a document is made. There is no language: every document that is handed in or posted is Chinese
 * whatever the interface language (issue 10); only the cover sheet takes one (coverSheet.ts).
 */
export interface PrintOptions {
  /** true: a required value that is missing prints as 待填写 (marked); false: the caller refused already. */
  markMissing: boolean;
  /** The instant the document is made (ISO 8601), printed in the draft mark. */
  now: string;
  fonts: FontFiles;
}

export interface BuiltPdf {
  bytes: Buffer;
  pages: number;
  /** Pages (1-based) where a signed or sealed section of the document landed, by section id. */
  signing?: Partial<Record<SignedSectionId, number>>;
}

/** The dates of the public notice, computed on the working-day calendar (see shared/print/noticePeriod.ts). */
export interface NoticePeriodView {
  start: string | null;
  end: string | null;
  workdays: number;
  /** Years the computation touched without holiday data: the end date is then uncertain and says so. */
  yearsWithoutData: number[];
}

export type FormDraftBuilder = (file: ApplicationFile, options: PrintOptions) => Promise<BuiltPdf>;
export type PublicNoticeBuilder = (file: ApplicationFile, period: NoticePeriodView, options: PrintOptions) => Promise<BuiltPdf>;
