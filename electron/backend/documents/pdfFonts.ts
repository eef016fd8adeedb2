// The two font roles of every PDF TitlePrep lays out with pdfmake, in one place: SONG (Noto Serif SC, 宋体
// style) for body text and HEI (Noto Sans SC, 黑体 style) for titles, headings and labels, as a Chinese office
// prints (../shared/paper.md, "Faces"). pdfmake is one shared instance: the fonts and access policies are set
// right before each document (its printer copies them synchronously). No URL is ever fetched; only the four
// bundled font files may be read.
import pdfMake from 'pdfmake';
import { type FontFiles, checkFontFiles, fontPaths } from './fonts';

/** Body text: 宋体 style. */
export const SONG = 'Song';
/** Titles, headings, labels: 黑体 style. */
export const HEI = 'Hei';

/** Checks the files, then hands pdfmake the two families (no italic face exists: italic is set upright). */
export function usePdfFonts(fonts: FontFiles): void {
  checkFontFiles(fonts);
  const { serif } = fonts;
  pdfMake.setFonts({
    [SONG]: { normal: serif.regular, bold: serif.bold, italics: serif.regular, bolditalics: serif.bold },
    [HEI]: { normal: fonts.regular, bold: fonts.bold, italics: fonts.regular, bolditalics: fonts.bold },
  });
  const allowed = new Set(fontPaths(fonts));
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((path) => allowed.has(path));
}
