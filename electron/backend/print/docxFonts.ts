// The fonts of every Word file TitlePrep writes (form draft, public notice, result record, work summary),
// named as a Chinese PC has them (../shared/paper.md, "Faces"): 宋体 (SimSun) for body text, 黑体 (SimHei)
// for headings and table headers, 仿宋 (FangSong) for the public notice's body; Latin letters and digits in
// Times New Roman. The docx library writes an empty font table, so Word and WPS would know nothing of these
// fonts but their names: fontTable.xml is rewritten with each font's panose, charset (GB2312) and English
// alternative name, which Word uses to find SimSun on an English Windows and to substitute faithfully elsewhere.
import { strToU8, unzipSync, zipSync } from 'fflate';

const LATIN = 'Times New Roman';

export const DOCX_SONG = { ascii: LATIN, hAnsi: LATIN, eastAsia: '宋体', cs: LATIN } as const;
export const DOCX_HEI = { ascii: LATIN, hAnsi: LATIN, eastAsia: '黑体', cs: LATIN } as const;
export const DOCX_FANGSONG = { ascii: LATIN, hAnsi: LATIN, eastAsia: '仿宋', cs: LATIN } as const;
/** The run language: Latin text English, East Asian text Simplified Chinese (w:lang w:eastAsia="zh-CN"). */
export const DOCX_LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const;

interface FontEntry {
  name: string;
  altName?: string;
  panose: string;
  charset: string;
  family: 'roman' | 'modern' | 'swiss';
  pitch: 'variable' | 'fixed';
}

/** Windows' own font table entries for these fonts (as Word writes them on a Chinese Windows). */
const FONTS: readonly FontEntry[] = [
  { name: LATIN, panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
  { name: '宋体', altName: 'SimSun', panose: '02010600030101010101', charset: '86', family: 'roman', pitch: 'variable' },
  { name: '黑体', altName: 'SimHei', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '仿宋', altName: 'FangSong', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
];

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function fontTableXml(): string {
  const entries = FONTS.map((font) => [
    `<w:font w:name="${escapeXml(font.name)}">`,
    font.altName ? `<w:altName w:val="${escapeXml(font.altName)}"/>` : '',
    `<w:panose1 w:val="${font.panose}"/><w:charset w:val="${font.charset}"/><w:family w:val="${font.family}"/><w:pitch w:val="${font.pitch}"/>`,
    '</w:font>',
  ].join(''));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries.join('')}</w:fonts>`;
}

/** The .docx with its font table filled in; every other part is kept byte for byte. */
export function withFontTable(docx: Uint8Array): Buffer {
  const parts = unzipSync(docx);
  if (!parts['word/fontTable.xml']) throw new Error('the .docx has no word/fontTable.xml to fill in');
  parts['word/fontTable.xml'] = strToU8(fontTableXml());
  return Buffer.from(zipSync(parts, { level: 6 }));
}
