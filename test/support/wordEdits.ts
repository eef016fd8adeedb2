// A hand-out .docx edited as a user in Word would edit it: Chinese typed into the third cell of each row
// (with Word's own run properties), rows moved, all in word/document.xml. For the take-back tests.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** Word's way of writing a cell: its own run properties, the text in w:t. */
export const wordCell = (text: string) =>
  `<w:tc><w:tcPr><w:tcW w:w="3900" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:pPr>${text === '' ? '' : `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>${text}</w:t></w:r>`}</w:p></w:tc>`;

/** Fills each row's Chinese cell with `chinese(english of the row)`, then lets `reorder` move the rows. */
export function editInWord(docx: Uint8Array, chinese: (english: string) => string, reorder: (rows: string[]) => string[] = (rows) => rows): Uint8Array {
  const files = unzipSync(new Uint8Array(docx));
  const xml = strFromU8(files['word/document.xml']!);
  const rows = xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
  const [header, ...body] = rows;
  const filled = body.map((row) => {
    const cells = row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    const english = (cells[1]?.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('');
    return row.replace(cells[2] ?? '', wordCell(chinese(english)));
  });
  files['word/document.xml'] = strToU8(xml.replace(rows.join(''), [header ?? '', ...reorder(filled)].join('')));
  return zipSync(files);
}
