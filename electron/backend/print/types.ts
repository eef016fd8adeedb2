// The contract between the print builders (form draft, public notice, cover sheet, in this folder) and the
// packet that assembles them (packet.ts). Builders lay out pages with pdfmake and leave the top and bottom
// bands of each page free: the packet stamps the copy label (第1份/共3份) and the page numbers there, so a
// page never carries two page numbers and an imported official PDF is labelled the same way.
import type { Language } from '../../../shared/contract/channels';
import type { ApplicationFile } from '../form/load';
import type { FontFiles } from '../documents/fonts';

export interface PrintOptions {
  /** Labels of the page bands and the notes TitlePrep adds; the form itself stays a Chinese form. */
  language: Language;
  /** true: a required value that is missing prints as 待填写 (marked); false: the caller refused already. */
  markMissing: boolean;
  /** The instant the document is made (ISO 8601), printed in the draft mark. */
  now: string;
  fonts: FontFiles;
}

export interface BuiltPdf {
  bytes: Buffer;
  pages: number;
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
