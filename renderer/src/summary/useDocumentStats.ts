// The editor's counts as React state: recounted on every document change except while an input-method
// composition is open (the pinyin being typed is not text yet), and at the composition's end. The state
// update is a transition, so a keystroke paints before the sidebar re-renders.
import type { Editor } from '@tiptap/core';
import { startTransition, useEffect, useState } from 'react';
import type { WordCount } from '../../../shared/text/wordcount';
import { type DocumentStats, type StatsCounter, createStatsCounter, selectionCount } from './documentStats';

export interface LiveStats {
  stats: DocumentStats;
  /** The paragraph counter behind `stats`: the live review counts through it. */
  counter: StatsCounter;
  selection: WordCount | null;
  composing: boolean;
}

export function useDocumentStats(editor: Editor): LiveStats {
  const [counter] = useState(createStatsCounter);
  const [live, setLive] = useState<LiveStats>(() => ({ stats: counter.stats(editor.state.doc), counter, selection: null, composing: false }));

  useEffect(() => {
    let composing = false;
    const recount = () => {
      if (composing) return;
      const stats = counter.stats(editor.state.doc);
      startTransition(() => setLive((current) => ({ ...current, stats, composing: false })));
    };
    const onSelection = () => {
      const selection = selectionCount(editor.state);
      setLive((current) => (current.selection === null && selection === null ? current : { ...current, selection }));
    };
    const dom = editor.view.dom;
    const onStart = () => {
      composing = true;
      setLive((current) => ({ ...current, composing: true }));
    };
    const onEnd = () => {
      composing = false;
      // ProseMirror applies the composed text around compositionend: count once it has.
      setTimeout(recount, 0);
    };
    editor.on('update', recount);
    editor.on('selectionUpdate', onSelection);
    dom.addEventListener('compositionstart', onStart);
    dom.addEventListener('compositionend', onEnd);
    recount();
    return () => {
      editor.off('update', recount);
      editor.off('selectionUpdate', onSelection);
      dom.removeEventListener('compositionstart', onStart);
      dom.removeEventListener('compositionend', onEnd);
    };
  }, [editor, counter]);

  return live;
}
