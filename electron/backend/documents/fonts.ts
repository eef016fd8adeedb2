// The Chinese fonts of every PDF (SIL Open Font License 1.1), as single-face TrueType (glyf) files from npm
// packages, so `npm ci` installs them and nothing large lives in git: Noto Sans SC (黑体 style) for headings,
// labels and the packet's bands, and Noto Serif SC (宋体 style) for body text, as a Chinese office prints
// (../shared/paper.md, "Faces"). pdfmake (pdfkit + fontkit) embeds a subset of each: only the glyphs a
// document uses. A missing file is reported before anything is laid out, so no partial file exists.
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';

export const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
export const FONT_FAMILY = 'Noto Sans SC';
export const SERIF_FONT_PACKAGE = '@expo-google-fonts/noto-serif-sc';
export const SERIF_FONT_FAMILY = 'Noto Serif SC';

export interface FontFiles {
  /** Noto Sans SC: headings, labels, the packet's bands. */
  regular: string;
  bold: string;
  /** Noto Serif SC: body text. */
  serif: { regular: string; bold: string };
}

export class FontMissingError extends Error {
  constructor(readonly file: string) {
    super(`The PDF font file is missing: ${file}`);
    this.name = 'FontMissingError';
  }
}

const FILES = {
  regular: `${FONT_PACKAGE}/400Regular/NotoSansSC_400Regular.ttf`,
  bold: `${FONT_PACKAGE}/700Bold/NotoSansSC_700Bold.ttf`,
  serifRegular: `${SERIF_FONT_PACKAGE}/400Regular/NotoSerifSC_400Regular.ttf`,
  serifBold: `${SERIF_FONT_PACKAGE}/700Bold/NotoSerifSC_700Bold.ttf`,
} as const;

function resolveFile(specifier: string): string {
  try {
    return createRequire(import.meta.url).resolve(specifier);
  } catch {
    throw new FontMissingError(specifier);
  }
}

/** The installed font files; throws FontMissingError when the package is not installed. */
export function bundledFontFiles(): FontFiles {
  return {
    regular: resolveFile(FILES.regular),
    bold: resolveFile(FILES.bold),
    serif: { regular: resolveFile(FILES.serifRegular), bold: resolveFile(FILES.serifBold) },
  };
}

/** Every font file, sans then serif. */
export const fontPaths = (files: FontFiles): string[] => [files.regular, files.bold, files.serif.regular, files.serif.bold];

/** Throws FontMissingError unless every file can be read. */
export function checkFontFiles(files: FontFiles): void {
  for (const file of fontPaths(files)) {
    try {
      accessSync(file, constants.R_OK);
    } catch {
      throw new FontMissingError(file);
    }
  }
}
