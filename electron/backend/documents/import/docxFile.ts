// Word drafts through mammoth: heading styles become sections (Word stores the built-in names in English,
// "heading 1", whatever the UI language; WPS's own "标题 1" is mapped too), lists stay lists, bold and
// italic stay marks. Pictures are dropped without being unpacked, and nothing outside the file is read.
import mammoth from 'mammoth';
import type { Draft } from './draft';
import { FURNITURE_CLASS, mammothHtmlDraft } from './mammothHtml';
import { ImportRefusal } from './refusal';
import { checkedDocx } from './zipCheck';

const STYLE_MAP = [
  ...[1, 2, 3, 4, 5, 6].flatMap((level) => [`p[style-name='标题 ${level}'] => h${level}:fresh`, `p[style-name='标题${level}'] => h${level}:fresh`]),
  // The title and applicant lines of TitlePrep's own export: re-importing an exported file must not
  // add them to the text (the export adds them again). Other text in these styles is kept.
  `p[style-name='Title'] => p.${FURNITURE_CLASS}:fresh`,
  `p[style-name='Summary Applicant'] => p.${FURNITURE_CLASS}:fresh`,
];

/** The picture is neither read nor unpacked: the import keeps text only and counts what it left out. */
const dropImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function docxDraft(bytes: Buffer): Promise<Draft> {
  const { mediaEntries, archive } = checkedDocx(bytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: archive }, { styleMap: STYLE_MAP, convertImage: dropImage, externalFileAccess: false });
    html = result.value;
  } catch (error) {
    throw new ImportRefusal('documents.import.unreadable', `mammoth failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const draft = mammothHtmlDraft(html);
  // Floating pictures and shapes do not always reach the HTML; the archive's media folder counts them all.
  draft.counters.images = Math.max(draft.counters.images, mediaEntries);
  return draft;
}
