// What the demo packet looks like, as pixels: pages rendered with `pdftoppm -r 40 -gray -png` are compared
// with the committed reference images in test/reference/print/, and Chinese glyphs are checked to be ink
// (dark pixels per character), not only extractable text: pdf-lib's own font subsetting once made glyphs
// vanish while pdftotext still read them (design.md, "Traps").
//
// The comparison tolerates a shift of one pixel (each pixel is compared with the closest of its 3 × 3
// neighbours in the other image) and slight anti-aliasing differences, and fails when a label, a line or a
// glyph is missing or moved: at most MAX_CHANGED_PIXELS may differ by more than CHANGED_LEVEL, and the page's
// ink must stay within INK_TOLERANCE of the reference. The test checks its own metric both ways.
//
// After an intended change of layout, regenerate the references and look at them before committing:
//   UPDATE_REFERENCE=1 npx vitest run test/integration/print-images.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, openBackend } from '../../electron/backend';
import { BANDS } from '../../electron/backend/print/packet';
import type { ReplyOf } from '../../shared/contract/channels';
import { countWords } from '../../shared/text/wordcount';
import { demoCaller, seedDemoApplicant } from '../../scripts/demo/run';
import { makeTempDir } from '../support/tempDir';
import { value } from '../support/result';
import { POPPLER, inkRatio, pageTexts, renderPages } from '../support/pdfInspect';

const REFERENCE_DIR = join(import.meta.dirname, '..', 'reference', 'print');
const UPDATE = process.env.UPDATE_REFERENCE === '1';
const DPI = 40;
const CHANGED_LEVEL = 80;
const MAX_CHANGED_PIXELS = 25;
const INK_TOLERANCE = 0.03;
const A4_HEIGHT = 841.89;

/** Pixels that differ by more than CHANGED_LEVEL from every pixel within one step in the other image (both ways). */
export function changedPixels(actual: PNG, expected: PNG): number {
  if (actual.width !== expected.width || actual.height !== expected.height) return Number.POSITIVE_INFINITY;
  const { width, height } = actual;
  const grey = (png: PNG, x: number, y: number) => png.data[(y * width + x) * 4]!;
  const far = (a: PNG, b: PNG, x: number, y: number) => {
    const own = grey(a, x, y);
    for (let dy = -1; dy <= 1; dy += 1) {
      for (let dx = -1; dx <= 1; dx += 1) {
        const nx = x + dx;
        const ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
        if (Math.abs(own - grey(b, nx, ny)) <= CHANGED_LEVEL) return false;
      }
    }
    return true;
  };
  let changed = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) if (far(actual, expected, x, y) || far(expected, actual, x, y)) changed += 1;
  }
  return changed;
}

function matches(actual: PNG, expected: PNG): { changed: number; ink: number; expectedInk: number; ok: boolean } {
  const changed = changedPixels(actual, expected);
  const ink = inkRatio(actual);
  const expectedInk = inkRatio(expected);
  const ok = changed <= MAX_CHANGED_PIXELS && Math.abs(ink - expectedInk) <= INK_TOLERANCE * expectedInk;
  return { changed, ink, expectedInk, ok };
}

function shifted(png: PNG, dx: number, dy: number): PNG {
  const out = new PNG({ width: png.width, height: png.height });
  out.data.fill(255);
  for (let y = 0; y < png.height; y += 1) {
    for (let x = 0; x < png.width; x += 1) {
      const sx = x - dx;
      const sy = y - dy;
      if (sx < 0 || sy < 0 || sx >= png.width || sy >= png.height) continue;
      png.data.copy(out.data, (y * png.width + x) * 4, (sy * png.width + sx) * 4, (sy * png.width + sx) * 4 + 4);
    }
  }
  return out;
}

/** The page with a region painted white (a label or a line that went missing). */
function erased(png: PNG, region: { left: number; top: number; right: number; bottom: number }): PNG {
  const out = PNG.sync.read(PNG.sync.write(png));
  for (let y = Math.floor(region.top * png.height); y < Math.ceil(region.bottom * png.height); y += 1) {
    for (let x = Math.floor(region.left * png.width); x < Math.ceil(region.right * png.width); x += 1) out.data.fill(255, (y * png.width + x) * 4, (y * png.width + x) * 4 + 3);
  }
  return out;
}

const topBand = { left: 0, top: 0, right: 1, bottom: BANDS.top / A4_HEIGHT };
const bottomBand = { left: 0, top: 1 - BANDS.bottom / A4_HEIGHT, right: 1, bottom: 1 };
const copyLabel = { left: 0.6, top: 0, right: 1, bottom: BANDS.top / A4_HEIGHT };

let dir: ReturnType<typeof makeTempDir>;
let backend: Backend;
let packet: ReplyOf<'print.packet'>;
let bytes: Buffer;
let texts: string[];
/** Pages worth a reference image: the cover, the first form page, the first summary page, a page of copy 3, the notice. */
let chosen: { name: string; page: number }[];

/** Pages before the first copy (the cover sheet), found by the first copy's label. */
const firstCopyIndex = () => texts.findIndex((text) => text.replace(/\s+/g, '').includes('第1份/共3份'));

describe.skipIf(!POPPLER)('the demo packet as pixels', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    dir = makeTempDir('titleprep-print-images-');
    backend = openBackend({ dataDirectory: dir.path, transport: 'browser', appVersion: 'test', now: () => new Date('2026-02-24T02:00:00Z'), log: () => undefined });
    const call = demoCaller(backend);
    const { applicantId } = await seedDemoApplicant(call);
    packet = value(await backend.invoke('print.packet', { applicantId, language: 'zh', onMissing: 'refuse' }));
    bytes = Buffer.from(packet.contentBase64, 'base64');
    texts = pageTexts(bytes);
    const cover = firstCopyIndex();
    const sheet = packet.pagesPerCopy + (packet.pagesPerCopy % 2);
    // The demo summary opens with its 演示说明 (demo note).
    const summaryFirst = texts.findIndex((text, index) => index >= cover && text.includes('演示说明'));
    const notice = texts.findIndex((text) => text.includes('申报材料公示') && !text.includes('打印说明'));
    chosen = [
      { name: 'cover-1', page: 1 },
      { name: 'copy1-form-1', page: cover + 1 },
      { name: 'copy1-verification', page: cover + texts.slice(cover).findIndex((text) => text.includes('所在单位核实意见')) + 1 },
      { name: 'copy1-summary-1', page: summaryFirst + 1 },
      { name: 'copy3-last', page: cover + 2 * sheet + packet.pagesPerCopy },
      { name: 'public-notice', page: notice + 1 },
      { name: 'notice-record', page: packet.pages },
    ];
  }, 120_000);
  afterAll(() => {
    backend?.close();
    dir?.remove();
  });

  it('matches the reference images, page by page', () => {
    if (UPDATE) mkdirSync(REFERENCE_DIR, { recursive: true });
    for (const { name, page } of chosen) {
      const [actual] = renderPages(bytes, { dpi: DPI, gray: true, first: page, last: page });
      const file = join(REFERENCE_DIR, `${name}.png`);
      if (UPDATE) {
        writeFileSync(file, PNG.sync.write(actual!));
        continue;
      }
      expect(existsSync(file), `${file} is missing: run with UPDATE_REFERENCE=1`).toBe(true);
      const result = matches(actual!, PNG.sync.read(readFileSync(file)));
      expect(result, `${name} (page ${page}) differs from its reference`).toMatchObject({ ok: true });
    }
  });

  it('tolerates a one-pixel shift but not a missing label or line (the metric, checked)', () => {
    const page = chosen.find((entry) => entry.name === 'copy1-summary-1')!.page;
    const [reference] = renderPages(bytes, { dpi: DPI, gray: true, first: page, last: page });
    expect(matches(shifted(reference!, 1, 0), reference!).ok).toBe(true);
    expect(matches(shifted(reference!, 0, 1), reference!).ok).toBe(true);
    expect(matches(erased(reference!, copyLabel), reference!).ok).toBe(false);
    expect(matches(erased(reference!, bottomBand), reference!).ok).toBe(false);
    // One line of body text, about a fortieth of the page's height.
    expect(matches(erased(reference!, { left: 0, top: 0.5, right: 1, bottom: 0.525 }), reference!).ok).toBe(false);
  });

  it('inks the copy label and the page number of every page of the copies', () => {
    const cover = firstCopyIndex();
    const sheet = packet.pagesPerCopy + (packet.pagesPerCopy % 2);
    const pages = renderPages(bytes, { dpi: DPI, gray: true, first: cover + 1, last: cover + 3 * sheet })
      // A blank back page (duplex) carries the copy label but no page number.
      .filter((_, index) => index % sheet < packet.pagesPerCopy);
    expect(pages).toHaveLength(3 * packet.pagesPerCopy);
    for (const rendered of pages) {
      expect(inkRatio(rendered, copyLabel, 160)).toBeGreaterThan(0.01);
      expect(inkRatio(rendered, bottomBand, 160)).toBeGreaterThan(0.002);
      expect(inkRatio(rendered, topBand, 160)).toBeGreaterThan(0.005);
    }
  });

  it('draws every Chinese character of the summary as ink: dark pixels per character, not only text', () => {
    const page = chosen.find((entry) => entry.name === 'copy1-summary-1')!.page;
    const [rendered] = renderPages(bytes, { dpi: 100, gray: true, first: page, last: page });
    const characters = countWords(texts[page - 1]!).hanChars;
    expect(characters).toBeGreaterThan(300);
    const dark = inkRatio(rendered!, { left: 0, top: 0, right: 1, bottom: 1 }, 128) * rendered!.width * rendered!.height;
    // A 12 pt glyph at 100 dpi covers about 17 × 17 pixels, a third of them dark; a vanished glyph none.
    expect(dark / characters).toBeGreaterThan(25);
    // The copy label's nine characters (第1份/共3份) have their ink too.
    const label = inkRatio(rendered!, copyLabel, 128) * rendered!.width * rendered!.height * (copyLabel.right - copyLabel.left) * (copyLabel.bottom - copyLabel.top);
    expect(label / 9).toBeGreaterThan(15);
  });
});
