// Reading a hand-out taken back, inside the parser process (the file came from outside). A .docx goes through
// the same checks and mammoth as a draft import; its tables are read row by row, each row's id found in
// whichever cell holds one, the English and the Chinese in the two cells after it. A row of header cells is
// skipped. A .txt is decoded as a draft is (UTF-8, UTF-16, GB18030) and read by its id lines.
import mammoth from 'mammoth';
import type { ReturnedRow } from '../../../../shared/summary/handout';
import { HANDOUT_ID, parseHandoutText } from '../../../../shared/summary/handout';
import { decodeEntities } from '../import/mammothHtml';
import { ImportRefusal } from '../import/refusal';
import { decodeText } from '../import/textFile';
import { checkedDocx } from '../import/zipCheck';

export type HandoutFormat = 'docx' | 'txt';

export interface ReturnedFile {
  format: HandoutFormat;
  rows: ReturnedRow[];
}

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?>|([^<]+)/g;

/** The rows of every table of mammoth's HTML: each cell's paragraphs joined by line breaks. */
export function tableRows(html: string): { header: boolean; cells: string[] }[] {
  const rows: { header: boolean; cells: string[] }[] = [];
  let row: { header: boolean; cells: string[] } | null = null;
  let cellText: string | null = null;
  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawTag, text] = match;
    if (text !== undefined) {
      if (cellText !== null) cellText += decodeEntities(text);
      continue;
    }
    const tag = (rawTag as string).toLowerCase();
    if (tag === 'tr') {
      if (!closing) row = { header: false, cells: [] };
      else if (row) {
        rows.push(row);
        row = null;
      }
    } else if ((tag === 'td' || tag === 'th') && row) {
      if (!closing) {
        cellText = '';
        if (tag === 'th') row.header = true;
      } else if (cellText !== null) {
        row.cells.push(cellText.trim());
        cellText = null;
      }
    } else if ((tag === 'p' || tag === 'br') && cellText !== null && cellText !== '' && (closing || tag === 'br')) cellText += '\n';
  }
  return rows;
}

export async function readReturnedDocx(bytes: Buffer): Promise<ReturnedRow[]> {
  const { archive } = checkedDocx(bytes);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: archive }, { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), externalFileAccess: false })).value;
  } catch (error) {
    throw new ImportRefusal('documents.import.unreadable', `mammoth failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const rows: ReturnedRow[] = [];
  for (const row of tableRows(html)) {
    const idIndex = row.cells.findIndex((cell) => HANDOUT_ID.test(cell));
    if (idIndex < 0 && row.header) continue;
    const position = rows.length + 1;
    if (idIndex < 0) {
      rows.push({ position, idText: null, english: row.cells[1] ?? '', chinese: row.cells[2] ?? '' });
      continue;
    }
    rows.push({ position, idText: row.cells[idIndex] as string, english: row.cells[idIndex + 1] ?? '', chinese: row.cells[idIndex + 2] ?? '' });
  }
  return rows;
}

export async function readReturnedFile(fileName: string, bytes: Buffer): Promise<ReturnedFile> {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'docx') return { format: 'docx', rows: await readReturnedDocx(bytes) };
  if (extension === 'txt') return { format: 'txt', rows: parseHandoutText(decodeText(bytes).text) };
  throw new ImportRefusal('documents.import.unsupportedExtension', `not a hand-out: .${extension}`, { extension });
}
