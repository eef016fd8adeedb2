// The parser process's first file would otherwise pay for compiling the readers: V8 compiles a function
// when it first runs, and mammoth, the .docx check and pdf-lib are large (a first .docx took 100–250 ms
// more than the next ones). At start, before any file arrives, the process reads two files of its own making
// through the same readers: a small Word document (headings, a list, bold) and a one-page PDF, and a
// scan's header. The process stays up between files, so the compiled code stays warm.
import { strToU8, zipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { importSummary } from '../documents/import';
import { checkOfficialPdf } from '../print/officialPdf';
import { checkScanBytes } from './jobs';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const paragraph = (text: string, style?: string, bold = false, listed = false) =>
  `<w:p>${style || listed ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${listed ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ''}</w:pPr>` : ''}<w:r>${bold ? '<w:rPr><w:b/><w:i/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const notes = (kind: 'footnote' | 'endnote') =>
  `<?xml version="1.0" encoding="UTF-8"?><w:${kind}s ${W}><w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}><w:${kind} w:id="1">${paragraph('注释。')}</w:${kind}></w:${kind}s>`;

/**
 * A Word document with the parts TitlePrep's own export has (styles with a title, headings, a numbered
 * list, notes, a footer), small: what a real draft makes mammoth run through.
 */
export function warmUpDocx(): Buffer {
  const body = [
    paragraph('个人专业技术工作总结', 'Title'),
    paragraph('一、主要工作', 'Heading1'),
    paragraph('负责系统的总体设计。'),
    paragraph('主要成果', 'Heading2', true),
    paragraph('交易延迟降低 40%。', undefined, true, true),
    paragraph('系统可用性达到 99.99%。', undefined, false, true),
    `<w:p><w:r><w:t>见注</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>`,
    `<w:sectPr><w:footerReference w:type="default" r:id="rId5" xmlns:r="${RELATIONSHIP}"/></w:sectPr>`,
  ].join('');
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIP}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${RELATIONSHIP}/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${RELATIONSHIP}/footnotes" Target="footnotes.xml"/><Relationship Id="rId4" Type="${RELATIONSHIP}/endnotes" Target="endnotes.xml"/><Relationship Id="rId5" Type="${RELATIONSHIP}/footer" Target="footer1.xml"/></Relationships>`,
    ),
    'word/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`,
    ),
    'word/numbering.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    ),
    'word/footnotes.xml': strToU8(notes('footnote')),
    'word/endnotes.xml': strToU8(notes('endnote')),
    'word/footer1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:ftr ${W}>${paragraph('第 1 页')}</w:ftr>`),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  return Buffer.from(zipSync(files, { level: 6 }));
}

async function warmUpPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage([595.28, 841.89]).drawText('TitlePrep');
  return document.save();
}

/** A PNG's signature and header (1 × 1): the scan check reads no more. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4ee0000000049454e44ae426082', 'hex');

const WARM_ROUNDS = 3;

/** Runs each reader on files of its own; false (a failure) only means the first real file pays the compile. */
export async function warmUpReaders(): Promise<boolean> {
  try {
    const docx = warmUpDocx();
    const pdf = await warmUpPdf();
    // A few times over: V8 moves code that keeps running to its faster tiers.
    for (let round = 0; round < WARM_ROUNDS; round += 1) {
      await importSummary('warm-up.docx', docx);
      const verdicts = [await checkOfficialPdf(pdf), await checkScanBytes(PNG)];
      if (verdicts.some((verdict) => !verdict.ok)) return false;
    }
    return true;
  } catch {
    // Nothing to report: the readers still work, only cold.
    return false;
  }
}
