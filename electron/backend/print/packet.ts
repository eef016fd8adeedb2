// Assembles the print packet with pdf-lib: each source PDF's pages are embedded once (as form XObjects) and
// drawn on A4 pages as often as there are copies, so three copies cost little more than one. The labels of
// the page bands (第1份/共3份, 第 k 页 / 共 n 页) are laid out by pdfmake, which subsets the Chinese font
// correctly, as a PDF whose pages hold only those labels; pdf-lib overlays those pages and never draws a
// Chinese glyph with a font of its own (its subsetting corrupts Chinese fonts: design.md, "Traps").
import pdfMake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PDFDict, PDFDocument, type PDFEmbeddedPage, PDFName, type PDFPage, degrees } from 'pdf-lib';
import bands from '../../../templates/print/bands.json';
import { type FontFiles, checkFontFiles } from '../documents/fonts';
import { HEI, usePdfFonts } from '../documents/pdfFonts';
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

export interface PacketLayout {
  /**
   * Duplex-safe: a group that ends on the front of a sheet gets a blank back page marked with blankText
   * (（此页无正文）), so that the next group (a copy, the notice) starts on the front of a sheet.
   */
  duplex: boolean;
  blankText: string;
}

/** Where a group landed in the packet: its first page (1-based), its pages, and the blank page added after it. */
export interface PlacedGroup {
  first: number;
  pages: number;
  blankAfter: boolean;
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
  /** A blank back page: its text in the middle of the page. */
  blank?: string;
}

/** What the label overlay needs of a packet page. */
export type LabelledPage = Pick<PlacedPage, 'width' | 'height' | 'label' | 'note' | 'footer' | 'blank'>;

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

/**
 * Subset tags (the six letters before '+' in a subset font's name) unique within one packet. pdfkit names its
 * subsets by their order in one document (BZZZZZ+, CZZZZZ+, …), so every embedded document repeats them;
 * some print systems cache fonts by name and then draw one document's glyph ids with another's subset.
 */
export class SubsetTags {
  private next = 0;
  private scopes = 0;
  private readonly assigned = new Map<string, string>();

  /** A scope per source document: the same tag in two documents names two different subsets. */
  newScope(): number {
    return this.scopes++;
  }

  /** A fresh tag for `original` within `scope` (one source document). */
  tag(scope: number, original: string): string {
    const key = `${scope}:${original}`;
    let tag = this.assigned.get(key);
    if (!tag) {
      let n = this.next++;
      tag = '';
      for (let index = 0; index < 6; index += 1) {
        tag = String.fromCharCode(65 + (n % 26)) + tag;
        n = Math.floor(n / 26);
      }
      this.assigned.set(key, tag);
    }
    return tag;
  }
}

const SUBSET_NAME = /^[A-Z]{6}\+/;

/** Gives every subset font of the document a tag unique in the packet (/BaseFont and /FontName alike). */
function renameSubsets(document: PDFDocument, tags: SubsetTags): void {
  const scope = tags.newScope();
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    for (const key of ['BaseFont', 'FontName']) {
      const name = object.get(PDFName.of(key));
      if (!(name instanceof PDFName)) continue;
      const text = name.decodeText();
      if (!SUBSET_NAME.test(text)) continue;
      object.set(PDFName.of(key), PDFName.of(`${tags.tag(scope, text.slice(0, 6))}+${text.slice(7)}`));
    }
  }
}

/** Embeds every page of a source once; a page without content (blank) is kept as a blank page. */
async function embedSource(packet: PDFDocument, bytes: Uint8Array, tags: SubsetTags): Promise<EmbeddedSource> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  renameSubsets(document, tags);
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
  if (page.blank) {
    nodes.push({ text: page.blank, alignment: 'center', fontSize: BANDS.copyLabelPt * 1.5, absolutePosition: { x: BANDS.side, y: page.height / 2 } });
  }
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
    defaultStyle: { font: HEI, lineHeight: 1 },
    content: pages.map((page, index) => labelPage(page, index === 0)),
  };
  usePdfFonts(fonts);
  return pdfMake.createPdf(definition).getBuffer();
}

/**
 * The packet: the groups in order, each page stamped with its group's labels and numbered within its group.
 * Throws FontMissingError before any work when a font file is missing; nothing is written anywhere.
 */
export async function assemblePacket(
  groups: readonly PacketGroup[],
  metadata: PacketMetadata,
  fonts: FontFiles,
  layout: PacketLayout = { duplex: false, blankText: '' },
): Promise<BuiltPdf & { groups: PlacedGroup[] }> {
  checkFontFiles(fonts);
  const packet = await PDFDocument.create({ updateMetadata: false });
  const embeddedSources = new Map<Uint8Array, EmbeddedSource>();
  const placed: PlacedPage[] = [];
  const placedGroups: PlacedGroup[] = [];
  const subsetTags = new SubsetTags();
  for (const [groupIndex, group] of groups.entries()) {
    const groupPages: PlacedPage[] = [];
    for (const source of group.sources) {
      let embedded = embeddedSources.get(source.bytes);
      if (!embedded) {
        embedded = await embedSource(packet, source.bytes, subsetTags);
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
    const first = placed.length + 1;
    placed.push(...groupPages);
    // The last group needs no back page: nothing follows it.
    const blankAfter = layout.duplex && groupPages.length % 2 === 1 && groupIndex < groups.length - 1;
    if (blankAfter) {
      const last = groupPages[groupPages.length - 1]!;
      placed.push({ width: last.width, height: last.height, content: null, label: group.label, note: group.note, footer: null, blank: layout.blankText });
    }
    placedGroups.push({ first, pages: groupPages.length, blankAfter });
  }
  if (placed.length === 0) throw new Error('A packet needs at least one page');

  const overlay = await PDFDocument.load(await labelOverlay(placed, fonts), { updateMetadata: false });
  renameSubsets(overlay, subsetTags);
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
  return { bytes, pages: placed.length, groups: placedGroups };
}
