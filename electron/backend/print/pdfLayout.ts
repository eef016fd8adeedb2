// What the three printed PDFs (form draft, public notice, cover sheet) share: the page from a layout file
// in twips, the check that the margins keep the packet's bands free, the styled value (待填写, 无), a bordered
// table layout, and one place that runs pdfmake with the bundled Chinese font (subset by pdfkit) and counts
// the pages. A missing font file throws FontMissingError before anything is laid out.
import pdfMake from 'pdfmake';
import type { ContentText, CustomTableLayout, TDocumentDefinitions } from 'pdfmake/interfaces';
import bands from '../../../templates/print/bands.json';
import { type PrintValue, NONE_TEXT, missingMark } from '../../../shared/print/values';
import type { FontFiles } from '../documents/fonts';
import { HEI, SONG, usePdfFonts } from '../documents/pdfFonts';
import { points } from '../documents/layout';
import type { BuiltPdf } from './types';
import { unbreakableSpans } from './unbreakable';

/** Body text (宋体 style); headings and labels use HEADING_FAMILY (黑体 style). */
export const FAMILY = SONG;
export const HEADING_FAMILY = HEI;

/** The packet's bands, in points from the page's edges: no builder draws there. */
export const PRINT_BANDS: { topPt: number; bottomPt: number } = { topPt: bands.topPt, bottomPt: bands.bottomPt };

export interface PageLayout {
  page: { widthTwips: number; heightTwips: number };
  marginsTwips: { top: number; bottom: number; left: number; right: number };
}

export interface PageGeometry {
  pageSize: { width: number; height: number };
  /** pdfmake order: left, top, right, bottom. */
  margins: [number, number, number, number];
  /** Width between the side margins, in points. */
  contentWidth: number;
}

export function pageGeometry(layout: PageLayout): PageGeometry {
  const { page, marginsTwips: m } = layout;
  const geometry: PageGeometry = {
    pageSize: { width: points(page.widthTwips), height: points(page.heightTwips) },
    margins: [points(m.left), points(m.top), points(m.right), points(m.bottom)],
    contentWidth: points(page.widthTwips - m.left - m.right),
  };
  // A layout file edited into the bands would put text under the packet's labels: refuse it loudly.
  if (geometry.margins[1] <= PRINT_BANDS.topPt || geometry.margins[3] <= PRINT_BANDS.bottomPt) {
    throw new Error(`print layout margins (${geometry.margins[1]} / ${geometry.margins[3]} pt) overlap the packet's bands`);
  }
  return geometry;
}

export interface ValueStyle {
  missingColor: string;
  markMissing: boolean;
}

/**
 * Text whose dates and identifiers are kept whole on one line (pdfmake noWrap pieces), other text breaking
 * as usual. noWrap adds no character, so text extraction reads every identifier exactly as typed.
 */
export function unbrokenText(text: string): ContentText['text'] {
  const spans = unbreakableSpans(text);
  if (spans.length === 0) return text;
  const pieces: ({ text: string; noWrap: true } | string)[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) pieces.push(text.slice(at, span.start));
    pieces.push({ text: text.slice(span.start, span.end), noWrap: true });
    at = span.end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}

/** A value as pdfmake text: 【待填写】 bold and red (and bracketed for black-and-white printers), 无 plain; dates and identifiers never break. */
export function valueText(value: PrintValue, style: ValueStyle): ContentText {
  switch (value.kind) {
    case 'text':
      return { text: unbrokenText(value.text) };
    case 'none':
      return { text: NONE_TEXT };
    case 'blank':
      return { text: '' };
    case 'missing': {
      if (!style.markMissing) return { text: value.text ?? '' };
      const mark = { text: missingMark(), bold: true, color: style.missingColor };
      return { text: value.text ? [`${value.text} `, mark] : [mark] };
    }
  }
}

export function borderedTable(lineWidth: number, lineColor: string, padding: { x: number; y: number }): CustomTableLayout {
  return {
    hLineWidth: () => lineWidth,
    vLineWidth: () => lineWidth,
    hLineColor: () => lineColor,
    vLineColor: () => lineColor,
    paddingLeft: () => padding.x,
    paddingRight: () => padding.x,
    paddingTop: () => padding.y,
    paddingBottom: () => padding.y,
  };
}

/** Relative widths (summing to about 100) as pdfmake percentages. */
export const percentWidths = (widths: readonly number[]) => {
  const total = widths.reduce((sum, width) => sum + width, 0);
  return widths.map((width) => `${((width / total) * 100).toFixed(3)}%`);
};

/**
 * Lays out a document with the bundled fonts (documents/pdfFonts.ts) and returns its bytes and page count.
 */
export async function renderPdf(definition: TDocumentDefinitions, fonts: FontFiles): Promise<BuiltPdf> {
  usePdfFonts(fonts);
  let pages = 0;
  const footer = definition.footer;
  const counted: TDocumentDefinitions = {
    ...definition,
    footer: (currentPage, pageCount, pageSize) => {
      pages = Math.max(pages, pageCount);
      return typeof footer === 'function' ? footer(currentPage, pageCount, pageSize) : (footer ?? null);
    },
  };
  const bytes = await pdfMake.createPdf(counted).getBuffer();
  return { bytes, pages };
}

/** Document metadata: TitlePrep makes it, the applicant is its author. */
export function pdfInfo(title: string, author: string): TDocumentDefinitions['info'] {
  return { title, author, creator: 'TitlePrep', producer: 'TitlePrep' };
}
