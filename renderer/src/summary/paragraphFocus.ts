// Bringing the user to a paragraph of the summary (a link of the review): the n-th text block of the editor
// (headings and list items count, as in the review's paragraphs), with the text the finding names selected
// so that typing replaces it, or the cursor at the paragraph's start.
import type { Editor } from '@tiptap/core';

/** The document position of the n-th text block's content, and its text; null when there is no such block. */
function textblockAt(editor: Editor, index: number): { from: number; text: string } | null {
  let seen = 0;
  let found: { from: number; text: string } | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found) return false;
    if (!node.isTextblock) return true;
    if (seen === index) found = { from: pos + 1, text: node.textContent };
    seen += 1;
    return false;
  });
  return found;
}

export function focusParagraph(editor: Editor, index: number, text?: string): boolean {
  const block = textblockAt(editor, index);
  if (!block) return false;
  // Text offsets equal document offsets inside a text block of plain text (marks take no positions).
  const at = text ? block.text.indexOf(text) : -1;
  const selection = at >= 0 ? { from: block.from + at, to: block.from + at + text!.length } : { from: block.from, to: block.from };
  editor.chain().focus().setTextSelection(selection).scrollIntoView().run();
  return true;
}
