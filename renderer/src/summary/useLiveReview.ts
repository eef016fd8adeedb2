// The review of the text being written, off the keystroke path: a document change schedules one review for
// when typing pauses (never while an input-method composition is open); the reviewer re-reads only the
// paragraphs whose text changed (shared/review caches each paragraph's facts by its text), and the result is
// a transition, so the panel never delays a keystroke's paint.
import type { Editor } from '@tiptap/core';
import { startTransition, useEffect, useState } from 'react';
import { type ReviewFinding, createReviewer } from '../../../shared/review';
import { type ReviewContext, reviewInputOf } from '../../../shared/review/fromApplication';
import { today } from '../today';
import type { WordCount } from '../../../shared/text/wordcount';

/** How long typing must pause before the review runs. */
const PAUSE_MS = 250;

function paragraphsOf(editor: Editor): string[] {
  const paragraphs: string[] = [];
  editor.state.doc.descendants((node) => {
    if (!node.isTextblock) return true;
    paragraphs.push(node.textContent);
    return false;
  });
  return paragraphs;
}

/** `count`: the editor's paragraph counter (the count panel's cache), so no paragraph is counted twice. */
export function useLiveReview(editor: Editor, context: ReviewContext | null, count: (text: string) => WordCount): ReviewFinding[] | null {
  const [reviewer] = useState(() => createReviewer(count));
  const [findings, setFindings] = useState<ReviewFinding[] | null>(null);

  useEffect(() => {
    if (!context) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let composing = false;
    const run = () => {
      timer = undefined;
      if (composing || editor.isDestroyed) return;
      const paragraphs = paragraphsOf(editor);
      const result = reviewer.review(reviewInputOf(context, paragraphs, today()), paragraphs);
      startTransition(() => setFindings(result));
    };
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(run, PAUSE_MS);
    };
    const dom = editor.view.dom;
    const onStart = () => {
      composing = true;
    };
    const onEnd = () => {
      composing = false;
      schedule();
    };
    editor.on('update', schedule);
    dom.addEventListener('compositionstart', onStart);
    dom.addEventListener('compositionend', onEnd);
    run();
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      editor.off('update', schedule);
      dom.removeEventListener('compositionstart', onStart);
      dom.removeEventListener('compositionend', onEnd);
    };
  }, [editor, context, reviewer]);

  return findings;
}
