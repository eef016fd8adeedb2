// Assembles the print packet with pdf-lib: each source PDF's pages are embedded once (as form XObjects) and
// drawn on A4 pages as often as there are copies, so three copies cost little more than one. The labels of
// the page bands (第1份/共3份, 第 k 页 / 共 n 页) are laid out by pdfmake, which subsets the Chinese font
// correctly, as a PDF whose pages hold only those labels; pdf-lib overlays those pages and never draws a
// Chinese glyph with a font of its own (its subsetting corrupts Chinese fonts: design.md, "Traps").
import pdfMake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PDFDocument, type PDFEmbeddedPage, type PDFPage, degrees } from 'pdf-lib';
import bands from '../../../templates/print/bands.json';
import { type FontFiles, checkFontFiles } from '../documents/fonts';
import type { BuiltPdf } from './types';
import { A4, displayedSize } from './officialPdf';

/**
 * Where the labels go, in points from the page's edges. The bands themselves are templates/print/bands.json,
 * which the builders keep free; official pages are fitted between them.
 */
export const BANDS = {
  top: bands.topPt,
  bottom: bands.bottomPt,
  side: 56.7,
  topTextY: 14,
  bottomTextFromEdge: 26,
  labelPt: 9,
  copyLabelPt: 10.5,
} as const;
/** A page within this many points of A4 is drawn 1:1, not rescaled. */
const A4_TOLERANCE_PT = 2;
const FAMILY = 'PacketLabels';

export interface PacketSource {
  bytes: Uint8Array;
  /**
   * own: a TitlePrep document that leaves the bands free, drawn 1:1 when it is A4;
   * official: an imported PDF, scaled (and turned as its viewer would) to fit between the bands.
   */
  origin: 'own' | 'official';
}

/** A run of pages numbered together: the cover, one copy, the public notice. */
export interface PacketGroup {
  sources: PacketSource[];
  /** Top band, right: 第1份/共3份, or what the pages are. */
  label: string;
  /** Top band, left: the applicant, or the draft mark. */
  note: string;
  /** Bottom band: 第 k 页 / 共 n 页 counted within the group; null (or '') for none. */
  pageLabel: ((page: number, pages: number) => string) | null;
}

export interface PacketMetadata {
  title: string;
  author: string;
  subject: string;
  now: Date;
}

interface PlacedPage {
  width: number;
  height: number;
  content: { page: PDFEmbeddedPage; x: number; y: number; scale: number; rotate: number } | null;
  label: string;
  note: string;
  footer: string | null;
}

/** What the label overlay needs of a packet page. */
export type LabelledPage = Pick<PlacedPage, 'width' | 'height' | 'label' | 'note' | 'footer'>;

/** Where one source page goes on its packet page. */
export interface Placement {
  width: number;
  height: number;
  x: number;
  y: number;
  scale: number;
  /** Degrees, counter-clockwise (pdf-lib's sense). */
  rotate: number;
}

interface EmbeddedSource {
  pages: { embedded: PDFEmbeddedPage | null; source: PDFPage }[];
}

const near = (a: number, b: number) => Math.abs(a - b) <= A4_TOLERANCE_PT;

/** Embeds every page of a source once; a page without content (blank) is kept as a blank page. */
async function embedSource(packet: PDFDocument, bytes: Uint8Array): Promise<EmbeddedSource> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = document.getPages();
  const drawable = pages.filter((page) => page.node.Contents() !== undefined);
  const boxes = drawable.map((page) => {
    const box = page.getCropBox();
    return { left: box.x, bottom: box.y, right: box.x + box.width, top: box.y + box.height };
  });
  const embedded = drawable.length === 0 ? [] : await packet.embedPages(drawable, boxes);
  return { pages: pages.map((source) => ({ source, embedded: embedded[drawable.indexOf(source)] ?? null })) };
}

/** The packet page for one source page: A4 in the source's orientation, the content placed and turned. */
export function placePage(source: PDFPage, origin: PacketSource['origin']): Placement {
  const shown = displayedSize(source);
  const landscape = shown.width > shown.height;
  const width = landscape ? A4.height : A4.width;
  const height = landscape ? A4.width : A4.height;
  const rotation = ((source.getRotation().angle % 360) + 360) % 360;
  const box = source.getCropBox();
  if (origin === 'own' && rotation === 0 && near(shown.width, width) && near(shown.height, height)) {
    return { width, height, x: 0, y: 0, scale: 1, rotate: 0 };
  }
  const area = { x: 0, y: BANDS.bottom, width, height: height - BANDS.top - BANDS.bottom };
  const scale = Math.min(area.width / shown.width, area.height / shown.height);
  // The bottom-left corner of the page as shown, centred in the area.
  const left = area.x + (area.width - shown.width * scale) / 2;
  const bottom = area.y + (area.height - shown.height * scale) / 2;
  // /Rotate turns the page clockwise; drawPage turns counter-clockwise about (x, y), after scaling.
  const offsets: Record<number, [number, number]> = {
    0: [0, 0],
    90: [0, box.width * scale],
    180: [box.width * scale, box.height * scale],
    270: [box.height * scale, 0],
  };
  const [dx, dy] = offsets[rotation] ?? [0, 0];
  return { width, height, x: left + dx, y: bottom + dy, scale, rotate: -rotation };
}

function labelPage(page: LabelledPage, first: boolean): Content {
  const nodes: Content[] = [
    {
      columns: [
        { text: page.note, width: '*', fontSize: BANDS.labelPt },
        { text: page.label, width: 'auto', fontSize: BANDS.copyLabelPt, bold: true },
      ],
      columnGap: 12,
      absolutePosition: { x: BANDS.side, y: BANDS.topTextY },
    },
  ];
  if (page.footer) {
    nodes.push({ text: page.footer, alignment: 'center', fontSize: BANDS.labelPt, absolutePosition: { x: BANDS.side, y: page.height - BANDS.bottomTextFromEdge } });
  }
  const orientation = page.width > page.height ? 'landscape' : 'portrait';
  return first ? { stack: nodes, pageOrientation: orientation } : { stack: nodes, pageBreak: 'before', pageOrientation: orientation };
}

/** One PDF with a page per packet page, holding only that page's labels: laid out by pdfmake, font subset. */
export async function labelOverlay(pages: readonly LabelledPage[], fonts: FontFiles): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: pages[0] && pages[0].width > pages[0].height ? 'landscape' : 'portrait',
    pageMargins: [BANDS.side, 0, BANDS.side, 0],
    defaultStyle: { font: FAMILY, lineHeight: 1 },
    content: pages.map((page, index) => labelPage(page, index === 0)),
  };
  pdfMake.setFonts({ [FAMILY]: { normal: fonts.regular, bold: fonts.bold, italics: fonts.regular, bolditalics: fonts.bold } });
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((path) => path === fonts.regular || path === fonts.bold);
  return pdfMake.createPdf(definition).getBuffer();
}

/**
 * The packet: the groups in order, each page stamped with its group's labels and numbered within its group.
 * Throws FontMissingError before any work when a font file is missing; nothing is written anywhere.
 */
export async function assemblePacket(groups: readonly PacketGroup[], metadata: PacketMetadata, fonts: FontFiles): Promise<BuiltPdf> {
  checkFontFiles(fonts);
  const packet = await PDFDocument.create({ updateMetadata: false });
  const embeddedSources = new Map<Uint8Array, EmbeddedSource>();
  const placed: PlacedPage[] = [];
  for (const group of groups) {
    const groupPages: PlacedPage[] = [];
    for (const source of group.sources) {
      let embedded = embeddedSources.get(source.bytes);
      if (!embedded) {
        embedded = await embedSource(packet, source.bytes);
        embeddedSources.set(source.bytes, embedded);
      }
      for (const page of embedded.pages) {
        const { width, height, ...at } = placePage(page.source, source.origin);
        groupPages.push({ width, height, content: page.embedded && { page: page.embedded, ...at }, label: group.label, note: group.note, footer: null });
      }
    }
    groupPages.forEach((page, index) => {
      page.footer = group.pageLabel ? group.pageLabel(index + 1, groupPages.length) : null;
    });
    placed.push(...groupPages);
  }
  if (placed.length === 0) throw new Error('A packet needs at least one page');

  const overlay = await PDFDocument.load(await labelOverlay(placed, fonts), { updateMetadata: false });
  const labels = await packet.embedPages(overlay.getPages());
  placed.forEach((page, index) => {
    const target = packet.addPage([page.width, page.height]);
    if (page.content) {
      const { page: content, x, y, scale, rotate } = page.content;
      target.drawPage(content, { x, y, xScale: scale, yScale: scale, rotate: degrees(rotate) });
    }
    target.drawPage(labels[index]!, { x: 0, y: 0 });
  });

  packet.setTitle(metadata.title, { showInWindowTitleBar: true });
  packet.setAuthor(metadata.author);
  packet.setSubject(metadata.subject);
  packet.setCreator('TitlePrep');
  packet.setProducer('TitlePrep');
  packet.setCreationDate(metadata.now);
  packet.setModificationDate(metadata.now);
  packet.setLanguage('zh-CN');
  // Without object streams: pdf-lib compresses them in JavaScript, 4× slower for a 6 % smaller file.
  const bytes = Buffer.from(await packet.save({ useObjectStreams: false }));
  return { bytes, pages: placed.length };
}
