// The summary editor: Tiptap 3 on ProseMirror. Chosen over Lexical and CodeMirror 6 because ProseMirror
// (1) leaves input-method composition to the browser and only reads the DOM when it ends, which is what
// Chinese IMEs need; (2) parses pastes through the schema, so restricting the schema to our nodes and marks
// and transforming the pasted HTML is all it takes to drop foreign styles yet keep paragraphs and lists;
// (3) has a strict, typed schema that maps one to one onto the shared summary model (documentConvert.ts).
import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import type { SummaryDocument } from '../../../shared/summary/document';
import { useI18n } from '../i18n';
import { editorContentFromDocument } from './documentConvert';
import { MAX_PASTE_CHARS, SECTION_HINT_REFRESH, summaryExtensions } from './editorSchema';

/** The editor, created once per loaded summary (the page gives each load a new workspace). */
export function useSummaryEditor(initial: SummaryDocument, onPasteRefused: (characters: number) => void): Editor {
  const refused = useRef(onPasteRefused);
  refused.current = onPasteRefused;
  const { t } = useI18n();
  // The hint under an empty section is read when drawn: a change of language redraws it (below).
  const hint = useRef(t('editor.sectionHint'));
  hint.current = t('editor.sectionHint');
  const editor = useEditor({
    extensions: summaryExtensions({ onRefused: (characters) => refused.current(characters), hint: () => hint.current }),
    content: editorContentFromDocument(initial),
    immediatelyRender: true,
    // The CSP forbids inline <style>: the few rules Tiptap would inject are in summary.css.
    injectCSS: false,
    // The toolbar and sidebar subscribe to what they need; the editor itself never re-renders per key.
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { 'aria-label': t('editor.label'), 'aria-multiline': 'true', role: 'textbox', class: 'summary-editor-content', spellcheck: 'false' },
    },
  });
  const shownHint = hint.current;
  useEffect(() => {
    if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(SECTION_HINT_REFRESH, true));
  }, [editor, shownHint]);
  return editor;
}

function ToolButton({ label, active, disabled, onClick, children }: { label: string; active?: boolean; disabled?: boolean; onClick(): void; children: string }) {
  return (
    <button
      type="button"
      className="tool-button"
      title={label}
      aria-label={label}
      aria-pressed={active === undefined ? undefined : active}
      disabled={disabled}
      // Keep the editor's selection: a click on the toolbar must not blur the text first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {/* The glyph is a picture of the action, drawn by CSS from data-glyph: the button's name is its label
          alone (a "1." in the text would be read as part of the name, WCAG 2.5.3). */}
      <span className="tool-glyph" data-glyph={children} aria-hidden="true" />
    </button>
  );
}

/**
 * The editor's toolbar. `fromEnglish`: the side-by-side view is shown and the editor hidden; the buttons act
 * on the editor's selection, which follows the box being written in, and leave the focus in that box (a
 * block's type change asks the view to put the caret back, as it may get a new row).
 */
export function EditorToolbar({ editor, fromEnglish = false, children }: { editor: Editor; fromEnglish?: boolean; children?: React.ReactNode }) {
  const { t } = useI18n();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      heading: current.isActive('heading'),
      bullet: current.isActive('bulletList'),
      numbered: current.isActive('orderedList'),
      empty: current.state.selection.empty,
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  // A plain box cannot show a mark waiting for the next letter: in the view, bold and italic need words selected.
  const noSelection = fromEnglish && state.empty;
  const chain = () => (fromEnglish ? editor.chain() : editor.chain().focus());
  const blockChain = () => (fromEnglish ? editor.chain().scrollIntoView() : editor.chain().focus());
  return (
    <div className="summary-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {
        <>
          <ToolButton label={t('editor.bold')} active={state.bold} disabled={state.heading || noSelection} onClick={() => chain().toggleBold().run()}>
            B
          </ToolButton>
          <ToolButton label={t('editor.italic')} active={state.italic} disabled={state.heading || noSelection} onClick={() => chain().toggleItalic().run()}>
            I
          </ToolButton>
          <ToolButton label={t('editor.heading')} active={state.heading} onClick={() => blockChain().toggleSectionHeading().run()}>
            H
          </ToolButton>
          <ToolButton label={t('editor.bulletList')} active={state.bullet} onClick={() => blockChain().toggleBulletList().run()}>
            •≡
          </ToolButton>
          <ToolButton label={t('editor.numberedList')} active={state.numbered} onClick={() => blockChain().toggleOrderedList().run()}>
            1.≡
          </ToolButton>
          <span className="tool-separator" aria-hidden="true" />
        </>
      }
      <ToolButton label={t('editor.undo')} disabled={!state.canUndo} onClick={() => chain().undo().run()}>
        ↶
      </ToolButton>
      <ToolButton label={t('editor.redo')} disabled={!state.canRedo} onClick={() => chain().redo().run()}>
        ↷
      </ToolButton>
      <span className="tool-spacer" />
      {children}
    </div>
  );
}

export function SummaryText({ editor }: { editor: Editor }) {
  return <EditorContent editor={editor} className="summary-editor" />;
}

export const PASTE_LIMIT = MAX_PASTE_CHARS;
