// The two font roles of every PDF TitlePrep lays out with pdfmake, in one place: SONG (Noto Serif SC, 宋体
// style) for body text and HEI (Noto Sans SC, 黑体 style) for titles, headings and labels, as a Chinese office
// prints (../shared/paper.md, "Faces"). pdfmake is one shared instance: the fonts and access policies are set
// right before each document (its printer copies them synchronously). No URL is ever fetched; only the four
// bundled font files may be read.
//
// The files are read once per process and handed to pdfmake from memory (its virtual file system): each
// document used to read the four files again (40 MB), and reading plus collecting that garbage was most of
// a summary's time once widow control lays it out twice (issue 10's bench: the packet's CPU time). The cost
// is the files kept in memory after the first PDF.
import { readFileSync, statSync } from 'node:fs';
import pdfMake from 'pdfmake';
import { type FontFiles, checkFontFiles, fontPaths } from './fonts';

const fileStamp = (path: string) => {
  const stat = statSync(path);
  return `${stat.size}:${stat.mtimeMs}`;
};

/** Body text: 宋体 style. */
export const SONG = 'Song';
/** Titles, headings, labels: 黑体 style. */
export const HEI = 'Hei';

/** pdfmake's virtual file system (not in its types): a font whose path is there is read from memory. */
interface VirtualFiles {
  existsSync(path: string): boolean;
  writeFileSync(path: string, content: Buffer): void;
}
const virtualFiles = (pdfMake as unknown as { virtualfs: VirtualFiles }).virtualfs;

/** Paths already in memory, with the size and time of the file they were read from. */
const loaded = new Map<string, string>();

/** Reads each font file into pdfmake's memory once (again when the file changed: a reinstalled package). */
function keepInMemory(paths: readonly string[]): void {
  for (const path of paths) {
    const stamp = fileStamp(path);
    if (loaded.get(path) === stamp && virtualFiles.existsSync(path)) continue;
    virtualFiles.writeFileSync(path, readFileSync(path));
    loaded.set(path, stamp);
  }
}

/** Checks the files, then hands pdfmake the two families (no italic face exists: italic is set upright). */
export function usePdfFonts(fonts: FontFiles): void {
  checkFontFiles(fonts);
  keepInMemory(fontPaths(fonts));
  const { serif } = fonts;
  pdfMake.setFonts({
    [SONG]: { normal: serif.regular, bold: serif.bold, italics: serif.regular, bolditalics: serif.bold },
    [HEI]: { normal: fonts.regular, bold: fonts.bold, italics: fonts.regular, bolditalics: fonts.bold },
  });
  const allowed = new Set(fontPaths(fonts));
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((path) => allowed.has(path));
}
