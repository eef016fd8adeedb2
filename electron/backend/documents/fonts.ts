// The one Chinese font of every PDF: Noto Sans SC (SIL Open Font License 1.1), regular and bold, as
// single-face TrueType (glyf) files from the npm package @expo-google-fonts/noto-sans-sc, so `npm ci`
// installs it and nothing large lives in git. pdfmake (pdfkit + fontkit) embeds a subset of it: only the
// glyphs a document uses. A missing file is reported before anything is laid out, so no partial file exists.
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';

export const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
export const FONT_FAMILY = 'Noto Sans SC';

export interface FontFiles {
  regular: string;
  bold: string;
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
  return { regular: resolveFile(FILES.regular), bold: resolveFile(FILES.bold) };
}

/** Throws FontMissingError unless both files can be read. */
export function checkFontFiles(files: FontFiles): void {
  for (const file of [files.regular, files.bold]) {
    try {
      accessSync(file, constants.R_OK);
    } catch {
      throw new FontMissingError(file);
    }
  }
}
