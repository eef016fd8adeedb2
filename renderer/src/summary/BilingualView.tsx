// Writing from English: every block of the summary as a row, its English source beside its Chinese text
// (side by side on a wide window, stacked on a narrow one), with its state, the English difference of a stale
// block and "mark checked". The Chinese lives in the editor's document (bilingualEdits.ts): this view edits it
// one block at a time, so a keystroke costs the block it changes; rows of unchanged blocks keep their
// objects and do not re-render.
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { memo, startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
import { type BlockState, blockState, englishChange, tallyStates } from '../../../shared/summary/bilingual';
import { useI18n } from '../i18n';
import type { SummaryDocument } from '../../../shared/summary/document';
import { EnglishChange } from './EnglishChange';
import { TranslationBar } from './TranslationBar';
import { type BilingualRow, type BilingualRows, insertBlockAfter, readRows, markChecked, selectInBlock, oneLine, removeEmptyBlock, setChinese, setEnglish } from './bilingualEdits';

type Side = 'english' | 'chinese';
interface FocusRequest {
  id: string;
  side: Side;
  atEnd?: boolean;
  /** Where the caret goes (the editor's selection in the block), when not at the start or end. */
  from?: number;
  to?: number;
}

interface Actions {
  edit(id: string | null, index: number, side: Side, value: string): void;
  check(id: string | null, index: number): void;
  add(id: string | null, index: number, side: Side): void;
  remove(id: string | null, index: number): boolean;
  /** The box's selection made the editor's, so the toolbar and Ctrl+B/Ctrl+I format this block. */
  select(id: string | null, index: number, side: Side, from: number, to: number): void;
  format(mark: 'bold' | 'italic'): void;
  /** The block made a heading, a bulleted or a numbered item (or back), as the toolbar does. */
  blockType(kind: 'heading' | 'bullet' | 'numbered'): void;
  focus: MutableRefObject<FocusRequest | null>;
}

/** An uncontrolled box kept in step with the document when it changes from elsewhere (undo, an import). */
function SideBox({ row, index, side, actions, label, placeholder }: { row: BilingualRow; index: number; side: Side; actions: Actions; label: string; placeholder: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const value = side === 'english' ? (row.english ?? '') : row.text;
  const composing = useRef(false);

  useEffect(() => {
    const box = ref.current;
    // The box being typed in is ahead of the document's last render: never write over it.
    if (box && box.value !== value && document.activeElement !== box) box.value = value;
  }, [value]);

  // Before paint: the next key typed after Enter must land in the new block's box.
  useLayoutEffect(() => {
    const request = actions.focus.current;
    if (request && request.id === row.id && request.side === side && ref.current) {
      actions.focus.current = null;
      ref.current.focus();
      ref.current.scrollIntoView({ block: 'nearest' });
      const end = request.atEnd ? ref.current.value.length : (request.from ?? 0);
      ref.current.setSelectionRange(end, request.to ?? end);
    }
  });

  const select = (box: HTMLTextAreaElement) => {
    // The English has no marks: a block's place (heading, list) is still set from either box.
    if (side === 'chinese') actions.select(row.id, index, side, box.selectionStart, box.selectionEnd);
    else actions.select(row.id, index, side, 0, 0);
  };

  // A selection made by the keyboard or the mouse reaches React's onSelect; one set by a script (or by
  // Chromium for a double click) may only fire the native select and selectionchange events.
  const latestSelect = useRef(select);
  latestSelect.current = select;
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const onNative = () => {
      if (!composing.current && document.activeElement === box) latestSelect.current(box);
    };
    box.addEventListener('select', onNative);
    box.addEventListener('selectionchange', onNative);
    return () => {
      box.removeEventListener('select', onNative);
      box.removeEventListener('selectionchange', onNative);
    };
  }, []);

  const apply = (box: HTMLTextAreaElement) => {
    const line = oneLine(box.value);
    if (line !== box.value) {
      const caret = box.selectionStart;
      box.value = line;
      box.setSelectionRange(caret, caret);
    }
    actions.edit(row.id, index, side, line);
  };

  return (
    <textarea
      ref={ref}
      className={`bilingual-box bilingual-box-${side}`}
      lang={side === 'english' ? 'en' : 'zh-CN'}
      aria-label={label}
      placeholder={placeholder}
      defaultValue={value}
      rows={1}
      spellCheck={side === 'english'}
      data-side={side}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={(event) => {
        composing.current = false;
        apply(event.currentTarget);
      }}
      onChange={(event) => {
        // Pinyin being composed is not text yet; the composition's end applies it.
        if (!composing.current) apply(event.currentTarget);
      }}
      onFocus={(event) => select(event.currentTarget)}
      onSelect={(event) => {
        if (!composing.current) select(event.currentTarget);
      }}
      onBlur={(event) => {
        if (event.currentTarget.value !== value) event.currentTarget.value = value;
      }}
      onKeyDown={(event) => {
        if (composing.current || event.nativeEvent.isComposing) return;
        const key = event.key.toLowerCase();
        if (side === 'chinese' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && (key === 'b' || key === 'i')) {
          event.preventDefault();
          // A plain box cannot show a mark waiting for the next letter: only selected words are formatted.
          if (event.currentTarget.selectionStart === event.currentTarget.selectionEnd) return;
          select(event.currentTarget);
          actions.format(key === 'b' ? 'bold' : 'italic');
          return;
        }
        // The toolbar's shortcuts for a block's type work in either box (event.code: the key, whatever the layout).
        const mod = event.ctrlKey || event.metaKey;
        const kind = mod && event.altKey && !event.shiftKey && event.code === 'Digit2' ? 'heading' : mod && event.shiftKey && !event.altKey && event.code === 'Digit8' ? 'bullet' : mod && event.shiftKey && !event.altKey && event.code === 'Digit7' ? 'numbered' : null;
        if (kind) {
          event.preventDefault();
          select(event.currentTarget);
          actions.blockType(kind);
          return;
        }
        if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
          event.preventDefault();
          actions.add(row.id, index, side);
        } else if (event.key === 'Backspace' && event.currentTarget.value === '' && row.text === '' && (row.english ?? '') === '') {
          if (actions.remove(row.id, index)) event.preventDefault();
        }
      }}
    />
  );
}

const Row = memo(function Row({ row, index, actions }: { row: BilingualRow; index: number; actions: Actions }) {
  const { t } = useI18n();
  const number = index + 1;
  const state: BlockState = blockState(row);
  const change = useMemo(() => (state === 'stale' ? englishChange(row) : null), [row, state]);
  return (
    <li className={`bilingual-row bilingual-row-${row.kind} bilingual-state-${state}`} data-block-id={row.id ?? undefined}>
      <div className="bilingual-row-head">
        <span className="bilingual-number">{row.kind === 'heading' ? `${t('bilingual.heading')} · ${t('bilingual.block', { number })}` : t('bilingual.block', { number })}</span>
        <span className={`bilingual-badge bilingual-badge-${state}`}>{t(`bilingual.state.${state}`)}</span>
        {state === 'stale' && (
          <button type="button" className="button-link" aria-label={t('bilingual.markCheckedOf', { number })} onClick={() => actions.check(row.id, index)}>
            {t('bilingual.markChecked')}
          </button>
        )}
        <button type="button" className="button-link bilingual-add" aria-label={t('bilingual.addAfterOf', { number })} onClick={() => actions.add(row.id, index, 'english')}>
          {t('bilingual.addAfter')}
        </button>
      </div>
      <div className="bilingual-sides">
        {/* Stacked on a narrow window, each box says which side it is (the column heads are gone). */}
        <span className="bilingual-side-label" aria-hidden="true">
          {t('bilingual.englishPlaceholder')}
        </span>
        <SideBox row={row} index={index} side="english" actions={actions} label={t('bilingual.englishOf', { number })} placeholder={t('bilingual.englishPlaceholder')} />
        <span className="bilingual-side-label" aria-hidden="true">
          {t('bilingual.chinesePlaceholder')}
        </span>
        <SideBox row={row} index={index} side="chinese" actions={actions} label={t('bilingual.chineseOf', { number })} placeholder={t('bilingual.chinesePlaceholder')} />
      </div>
      {row.formatted && (
        <p className="bilingual-formatted" lang="zh-CN">
          <span className="bilingual-change-label">{t('bilingual.formatted')}</span>{' '}
          {row.formatted.map((run, at) => {
            const text = run.italic ? <em>{run.text}</em> : run.text;
            return <span key={at}>{run.bold ? <strong>{text}</strong> : text}</span>;
          })}
        </p>
      )}
      {change && row.writtenAgainst === undefined && <p className="bilingual-change">{t('bilingual.englishAfter')}</p>}
      {change && row.writtenAgainst !== undefined && (
        <p className="bilingual-change">
          <span className="bilingual-change-label">{t('bilingual.englishChange')}</span> <EnglishChange segments={change} />
        </p>
      )}
    </li>
  );
});

interface ViewProps {
  editor: Editor;
  applicantId: string;
  programmeId: string;
  getDocument(): SummaryDocument;
}

export function BilingualView({ editor, applicantId, programmeId, getDocument }: ViewProps) {
  const { t } = useI18n();
  const [cache] = useState(() => new WeakMap());
  const [initial] = useState(() => readRows(editor.state.doc, cache));
  const [rows, setRows] = useState<BilingualRow[]>(initial.rows);
  /** The rows of the editor's current document and where they are: edits are made there (the rendered rows may lag). */
  const current = useRef<BilingualRows>(initial);
  const focus = useRef<FocusRequest | null>(null);
  /** The side last written in: a block's type changed from its English box leaves the caret there. */
  const lastSide = useRef<Side>('chinese');

  useEffect(() => {
    /**
     * The outline, the review, a new section and the toolbar (a block made a heading or a list item) move
     * the editor's cursor and ask for it to be shown (they scroll it into view): here the editor is hidden,
     * so the block's Chinese box takes the focus instead, with the editor's selection in it. A block that got
     * a new row (a heading's id is its section's) is focused when its row is drawn.
     */
    const placeCaret = ({ rows: rowsNow, positions }: BilingualRows) => {
      const at = editor.state.selection.from;
      let index = -1;
      while (index + 1 < positions.length && (positions[index + 1] as number) < at) index += 1;
      const id = rowsNow[index]?.id;
      if (!id) return;
      // The toolbar or a shortcut used from an English box (still focused, or lost with its redrawn row)
      // leaves the caret in the English; the outline and the review go to the Chinese.
      const active = document.activeElement;
      const fromView = active === document.body || (active instanceof HTMLTextAreaElement && active.closest('.bilingual-view') !== null);
      const side: Side = fromView && lastSide.current === 'english' ? 'english' : 'chinese';
      const box = document.querySelector<HTMLTextAreaElement>(`.bilingual-row[data-block-id="${CSS.escape(id)}"] textarea[data-side="${side}"]`);
      const pos = positions[index] as number;
      const from = Math.max(0, editor.state.selection.from - pos - 1);
      const to = Math.max(from, editor.state.selection.to - pos - 1);
      if (box && side === 'english') {
        if (active !== box) box.focus();
      } else if (box) {
        box.focus();
        box.setSelectionRange(from, to);
        // A jump from the outline brings the block to the middle; a heading made in place does not scroll.
        const { top, bottom } = box.getBoundingClientRect();
        if (top < 0 || bottom > window.innerHeight) box.scrollIntoView({ block: 'center' });
      } else focus.current = side === 'english' ? { id, side, atEnd: true } : { id, side, from, to };
    };
    const onUpdate = (event?: { transaction: Transaction }) => {
      const next = readRows(editor.state.doc, cache);
      current.current = next;
      if (event?.transaction.scrolledIntoView) placeCaret(next);
      // A focus request must land in the same render as its new row.
      if (focus.current) setRows(next.rows);
      else startTransition(() => setRows(next.rows));
    };
    const onSelection = ({ transaction }: { transaction: Transaction }) => {
      // A change of the text is placed by onUpdate, once the rows are read.
      if (transaction.scrolledIntoView && !transaction.docChanged) placeCaret(readRows(editor.state.doc, cache));
    };
    onUpdate();
    editor.on('update', onUpdate);
    editor.on('selectionUpdate', onSelection);
    return () => {
      editor.off('update', onUpdate);
      editor.off('selectionUpdate', onSelection);
    };
  }, [editor, cache]);

  /** The block now at `index` if it is still block `id`, else the one with that id (blocks moved above it). */
  const rowOf = useCallback((id: string | null, index: number): { id: string | null; pos: number; index: number } | undefined => {
    const { rows: rowsNow, positions } = current.current;
    let at = rowsNow[index]?.id === id ? index : -1;
    if (at < 0 && id !== null) at = rowsNow.findIndex((row) => row.id === id);
    return at < 0 ? undefined : { id, pos: positions[at] as number, index: at };
  }, []);

  const dispatch = useCallback((tr: Transaction | null) => {
    if (tr) editor.view.dispatch(tr);
    return tr !== null;
  }, [editor]);

  const actions = useMemo<Actions>(
    () => ({
      focus,
      edit(id, index, side, value) {
        const row = rowOf(id, index);
        if (!row) return;
        dispatch(side === 'english' ? setEnglish(editor.state, row.pos, row.id, value) : setChinese(editor.state, row.pos, row.id, value));
      },
      select(id, index, side, from, to) {
        lastSide.current = side;
        const row = rowOf(id, index);
        if (row) dispatch(selectInBlock(editor.state, row.pos, row.id, from, to));
      },
      format(mark) {
        if (mark === 'bold') editor.commands.toggleBold();
        else editor.commands.toggleItalic();
      },
      blockType(kind) {
        const chain = editor.chain().scrollIntoView();
        if (kind === 'heading') chain.toggleSectionHeading().run();
        else if (kind === 'bullet') chain.toggleBulletList().run();
        else chain.toggleOrderedList().run();
      },
      check(id, index) {
        const row = rowOf(id, index);
        if (row) dispatch(markChecked(editor.state, row.pos, row.id));
      },
      add(id, index, side) {
        const row = rowOf(id, index);
        const made = row ? insertBlockAfter(editor.state, row.pos, row.id) : null;
        if (!made) return;
        focus.current = { id: made.id, side };
        dispatch(made.tr);
      },
      remove(id, index) {
        const row = rowOf(id, index);
        if (!row) return false;
        const previous = current.current.rows[row.index - 1];
        if (previous?.id) focus.current = { id: previous.id, side: 'chinese', atEnd: true };
        const removed = dispatch(removeEmptyBlock(editor.state, row.pos, row.id));
        if (!removed) focus.current = null;
        return removed;
      },
    }),
    [editor, rowOf, dispatch],
  );

  const tally = useMemo(() => tallyStates(rows), [rows]);

  return (
    <section className="bilingual-view" aria-label={t('bilingual.view')}>
      <TranslationBar editor={editor} applicantId={applicantId} programmeId={programmeId} getDocument={getDocument} />
      <p className="bilingual-tally" role="status">
        {t('bilingual.tally', { translated: tally.translated, englishOnly: tally['english-only'], stale: tally.stale, chineseOnly: tally['chinese-only'] })}
      </p>
      <p className="small muted">{t('bilingual.keys')}</p>
      <div className="bilingual-columns" aria-hidden="true">
        <span>{t('bilingual.englishPlaceholder')}</span>
        <span>{t('bilingual.chinesePlaceholder')}</span>
      </div>
      <ol className="bilingual-rows">
        {rows.map((row, index) => (
          <Row key={row.id ?? `at-${index}`} row={row} index={index} actions={actions} />
        ))}
      </ol>
    </section>
  );
}
