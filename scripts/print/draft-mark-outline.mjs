// Writes templates/print/draft-mark.json: the outlines of 草稿 in Noto Sans SC Bold (SIL OFL 1.1), as SVG
// path data in font units (y up). The form draft draws its faint diagonal 草稿 mark from these outlines,
// beneath the content: as vectors, not text, it never enters a text extraction (pdftotext would otherwise
// read its two glyphs in the middle of the table rows). Run after a font update:
//   node scripts/print/draft-mark-outline.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
// fontkit is pdfkit's (pdfmake's) own font reader; this script is its only direct user.
const fontkit = require('fontkit');
const TEXT = '草稿';
const file = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');
const font = fontkit.openSync(file);
const run = font.layout(TEXT);
let advance = 0;
const paths = [];
run.glyphs.forEach((glyph, index) => {
  paths.push(glyph.path.translate(advance, 0).toSVG());
  advance += run.positions[index].xAdvance;
});
const bbox = run.bbox;
const data = {
  $comment: `Outlines of "${TEXT}" in Noto Sans SC Bold (SIL Open Font License 1.1), SVG path data in font units with y up, written by scripts/print/draft-mark-outline.mjs. The form draft's diagonal mark, drawn as vectors beneath the content so that no text extraction reads it.`,
  text: TEXT,
  unitsPerEm: font.unitsPerEm,
  box: { minX: bbox.minX, minY: bbox.minY, maxX: bbox.maxX, maxY: bbox.maxY },
  path: paths.join(' '),
};
writeFileSync(join(import.meta.dirname, '..', '..', 'templates', 'print', 'draft-mark.json'), `${JSON.stringify(data, null, 2)}\n`);
console.log(`draft-mark.json: ${data.path.length} characters of path data`);
