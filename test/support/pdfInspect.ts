// Looking at PDFs the way a person would, with poppler: the text of each page (pdftotext), the pages as
// pixels (pdftoppm, read with pngjs) and the ink in a region, because a PDF whose glyphs vanished still
// extracts the right text. Tests that need poppler skip, saying so, where it is not installed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';

export const POPPLER = ['pdftoppm', 'pdftotext', 'pdfinfo'].every((tool) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

function withFile<T>(bytes: Uint8Array, work: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'titleprep-pdf-'));
  try {
    const file = join(dir, 'input.pdf');
    writeFileSync(file, bytes);
    return work(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page, in order (pdftotext's form feeds split the pages). */
export function pageTexts(bytes: Uint8Array): string[] {
  return withFile(bytes, (file) => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const pages = text.split('\f');
    if (pages[pages.length - 1]?.trim() === '') pages.pop();
    return pages;
  });
}

/** The names of the fonts a PDF embeds, one per font object (pdffonts), e.g. AAAAAB+NotoSerifSC-Regular. */
export function fontNames(bytes: Uint8Array): string[] {
  return withFile(bytes, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0]!)
    .filter((name) => name !== ''));
}

/** pdfinfo's fields: Pages, Page size, Title, Creator… */
export function pdfInfo(bytes: Uint8Array, page?: number): Record<string, string> {
  return withFile(bytes, (file) => {
    const args = page === undefined ? [file] : ['-f', String(page), '-l', String(page), file];
    const lines = execFileSync('pdfinfo', ['-enc', 'UTF-8', ...args], { encoding: 'utf8' }).split('\n');
    return Object.fromEntries(lines.filter((line) => line.includes(':')).map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    }));
  });
}

export interface RenderOptions {
  dpi: number;
  gray?: boolean;
  first?: number;
  last?: number;
}

/** Pages rendered to PNG by pdftoppm, in page order. */
export function renderPages(bytes: Uint8Array, options: RenderOptions): PNG[] {
  return withFile(bytes, (file, dir) => {
    const args = ['-r', String(options.dpi), '-png'];
    if (options.gray) args.push('-gray');
    if (options.first !== undefined) args.push('-f', String(options.first));
    if (options.last !== undefined) args.push('-l', String(options.last));
    execFileSync('pdftoppm', [...args, file, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.startsWith('page') && name.endsWith('.png'))
      .sort((a, b) => Number(/(\d+)\.png$/.exec(a)![1]) - Number(/(\d+)\.png$/.exec(b)![1]))
      .map((name) => PNG.sync.read(readFileSync(join(dir, name))));
  });
}

/** A region as fractions of the page (0..1), so the same region fits every resolution. */
export interface Region {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const WHOLE_PAGE: Region = { left: 0, top: 0, right: 1, bottom: 1 };

/** Share of pixels in the region darker than `threshold` (0–255, on the luminance). */
export function inkRatio(png: PNG, region: Region = WHOLE_PAGE, threshold = 128): number {
  const x0 = Math.floor(region.left * png.width);
  const x1 = Math.ceil(region.right * png.width);
  const y0 = Math.floor(region.top * png.height);
  const y1 = Math.ceil(region.bottom * png.height);
  let dark = 0;
  let all = 0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const at = (y * png.width + x) * 4;
      const luminance = 0.299 * png.data[at]! + 0.587 * png.data[at + 1]! + 0.114 * png.data[at + 2]!;
      if (luminance < threshold) dark += 1;
      all += 1;
    }
  }
  return all === 0 ? 0 : dark / all;
}

/** Pixels in the region whose colour is close to `rgb` (for pages drawn in one flat colour). */
export function colourRatio(png: PNG, rgb: [number, number, number], region: Region = WHOLE_PAGE, tolerance = 40): number {
  const x0 = Math.floor(region.left * png.width);
  const x1 = Math.ceil(region.right * png.width);
  const y0 = Math.floor(region.top * png.height);
  const y1 = Math.ceil(region.bottom * png.height);
  let hits = 0;
  let all = 0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const at = (y * png.width + x) * 4;
      if (Math.abs(png.data[at]! - rgb[0]) + Math.abs(png.data[at + 1]! - rgb[1]) + Math.abs(png.data[at + 2]! - rgb[2]) <= tolerance) hits += 1;
      all += 1;
    }
  }
  return all === 0 ? 0 : hits / all;
}
