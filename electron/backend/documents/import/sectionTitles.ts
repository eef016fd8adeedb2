// Chinese drafts written without heading styles still number their sections "一、工作概况" or "第二部分 …".
// Such a line, short and not ending like a sentence, is taken as a section heading, and the user is told.
const NUMBERED_TITLE = /^(?:[一二三四五六七八九十]{1,3}\s*[、．.]|第[一二三四五六七八九十]{1,3}[章节部分篇])/u;
const SENTENCE_END = /[。；;，,：:！!？?]$/u;
const MAX_TITLE_LENGTH = 40;

export function looksLikeSectionTitle(text: string): boolean {
  const trimmed = text.trim();
  return NUMBERED_TITLE.test(trimmed) && [...trimmed].length <= MAX_TITLE_LENGTH && !SENTENCE_END.test(trimmed);
}
