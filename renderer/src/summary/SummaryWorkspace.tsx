// One loaded summary: the editor with its toolbar and save state, and beside it the count, the outline,
// the criteria and the history. Owns the wiring between them: every document change feeds the count and
// the autosave (not while an IME composition is open), leaving the editor flushes, restoring reloads.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReplyOf } from '../../../shared/contract/channels';
import type { SnapshotEntry, StoredSummary } from '../../../shared/contract/summaryChannels';
import type { SummaryDocument } from '../../../shared/summary/document';
import type { Outline } from '../../../shared/summary/outline';
import { call } from '../api';
import { useI18n } from '../i18n';
import { useToast } from '../toasts';
import { BilingualView } from './BilingualView';
import { giveBlockIds } from './bilingualEdits';
import { CountPanel } from './CountPanel';
import { CriteriaPanel } from './CriteriaPanel';
import { DiffView } from './DiffView';
import { HistoryPanel, type VersionRef, snapshotLabel } from './HistoryPanel';
import { documentFromEditorContent, editorContentFromDocument } from './documentConvert';
import { ImportExportBar } from './ImportExportBar';
import { OutlinePanel } from './OutlinePanel';
import { SaveStatus } from '../SaveStatus';
import { EditorToolbar, PASTE_LIMIT, SummaryText, useSummaryEditor } from './SummaryEditor';
import { useDocumentStats } from './useDocumentStats';
import { useSummarySaver } from './useSummarySaver';
import { SummaryReview } from './SummaryReview';

const HEADINGS_KEY = 'titleprep.summary.countHeadings';

interface Props {
  applicantId: string;
  programmeId: string;
  stored: StoredSummary;
  /** What the editor opens with: the saved text, or the outline's headings for a new summary. */
  initial: SummaryDocument;
  outline: Outline | null;
  target: number;
  targetIsDefault: boolean;
  onConflict(): void;
  /** Load the saved summary again (after a restore replaced it). */
  onReload(): void;
  /** A paragraph to put the cursor in (a link of the review). */
  paragraph?: number;
}

// The versions themselves, named when shown (their times follow a change of language).
type Comparison = { reply: ReplyOf<'summary.snapshots.compare'>; versions: [SnapshotEntry, SnapshotEntry | null] };

export function SummaryWorkspace({ applicantId, programmeId, stored, initial, outline, target, targetIsDefault, onConflict, onReload, paragraph }: Props) {
  const i18n = useI18n();
  const { t, issue } = i18n;
  const toast = useToast();
  const [historyKey, setHistoryKey] = useState(0);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [includeHeadings, setIncludeHeadings] = useState(() => localStorage.getItem(HEADINGS_KEY) !== 'false');
  const editor = useSummaryEditor(initial, (characters) =>
    toast({ message: (i18n) => i18n.t('summary.pasteRefused', { characters: characters.toLocaleString(), max: PASTE_LIMIT.toLocaleString() }), duration: 12_000 }),
  );
  const { saver, state, invalid } = useSummarySaver({ applicantId, programmeId, stored, onConflict, onSnapshotTaken: () => setHistoryKey((key) => key + 1) });
  const live = useDocumentStats(editor);
  const [writeFromEnglish, setWriteFromEnglish] = useState(initial.writeFromEnglish === true);
  const fromEnglish = useRef(writeFromEnglish);
  fromEnglish.current = writeFromEnglish;
  /** The document to save: the editor's blocks, and the switch (kept in the document, so it travels with it). */
  const readDocument = useCallback((): SummaryDocument => {
    const document = documentFromEditorContent(editor.getJSON());
    return fromEnglish.current ? { ...document, writeFromEnglish: true } : document;
  }, [editor]);

  const switchWriteFromEnglish = (on: boolean) => {
    if (on) {
      // Every block needs its id before it can be handed out and taken back.
      const tr = giveBlockIds(editor.state);
      if (tr) editor.view.dispatch(tr);
    }
    fromEnglish.current = on;
    setWriteFromEnglish(on);
    saver.edit(readDocument);
  };

  useEffect(() => {
    const read = readDocument;
    // Mid-composition text (pinyin not yet turned into characters) is not saved; its end is an edit.
    const onUpdate = () => {
      if (!editor.view.composing) saver.edit(read);
    };
    const onCompositionEnd = () => setTimeout(() => saver.edit(read), 0);
    const onBlur = () => void saver.flush();
    editor.on('update', onUpdate);
    editor.on('blur', onBlur);
    editor.view.dom.addEventListener('compositionend', onCompositionEnd);
    return () => {
      editor.off('update', onUpdate);
      editor.off('blur', onBlur);
      editor.view.dom.removeEventListener('compositionend', onCompositionEnd);
    };
  }, [editor, saver, readDocument]);

  const flush = useCallback(() => saver.flush(), [saver]);

  const compare = async (fromId: VersionRef, toId: VersionRef, versions: [SnapshotEntry, SnapshotEntry | null]) => {
    await saver.flush();
    const result = await call('summary.snapshots.compare', { applicantId, programmeId, fromId, toId });
    if (result.ok) setComparison({ reply: result.value, versions });
    else toast({ message: (i18n) => i18n.error(result.error) });
  };

  /** An imported draft replaces the text only after the text it replaces is kept as a named snapshot. */
  const importDocument = async (document: SummaryDocument) => {
    await saver.flush();
    const current = documentFromEditorContent(editor.getJSON());
    const hasText = current.blocks.some((block) => block.type !== 'heading' && block.text.trim() !== '');
    if (hasText) {
      const snapshot = await call('summary.snapshots.create', { applicantId, programmeId, name: t('summary.beforeImport') });
      if (!snapshot.ok) {
        toast({ message: (i18n) => i18n.error(snapshot.error) });
        return;
      }
      setHistoryKey((key) => key + 1);
    }
    editor.commands.setContent(editorContentFromDocument(document));
    saver.edit(readDocument);
    void saver.flush();
  };

  const restore = async (snapshot: SnapshotEntry) => {
    await saver.flush();
    const result = await call('summary.snapshots.restore', { applicantId, programmeId, snapshotId: snapshot.id, baseRevision: saver.baseRevision });
    if (result.ok) {
      // The editor's text is now stale: nothing of it may be saved over the restored version.
      saver.stop();
      toast({ message: (i18n) => i18n.t('history.restored', { time: i18n.formatDateTime(snapshot.createdAt) }) });
      onReload();
    } else if (result.error.code === 'conflict') onConflict();
    else toast({ message: (i18n) => i18n.error(result.error) });
  };

  return (
    <div className="summary-layout">
      <div className="summary-main">
        <EditorToolbar editor={editor} fromEnglish={writeFromEnglish}>
          <ImportExportBar
            applicantId={applicantId}
            programmeId={programmeId}
            getDocument={() => documentFromEditorContent(editor.getJSON())}
            onImported={(document) => void importDocument(document)}
          />
          <SaveStatus
            state={state}
            onRetry={() => void saver.flush()}
            invalidText={t('summary.invalid', { message: invalid ? issue(invalid.key, invalid.params) : t('field.invalid') })}
          />
        </EditorToolbar>
        {comparison && <DiffView comparison={comparison.reply} fromLabel={snapshotLabel(comparison.versions[0], i18n)} toLabel={comparison.versions[1] ? snapshotLabel(comparison.versions[1], i18n) : t('history.current')} onClose={() => setComparison(null)} />}
        <div className="bilingual-switch">
          <label>
            <input type="checkbox" checked={writeFromEnglish} onChange={(event) => switchWriteFromEnglish(event.currentTarget.checked)} /> {t('bilingual.switch')}
          </label>
          <p className="small muted">{t('bilingual.switchHint')}</p>
        </div>
        {writeFromEnglish && <BilingualView editor={editor} applicantId={applicantId} programmeId={programmeId} getDocument={readDocument} />}
        {/* The editor holds the document in both modes; writing from English edits it through the view above. */}
        <div hidden={writeFromEnglish}>
          <SummaryText editor={editor} />
        </div>
      </div>
      <aside className="summary-aside">
        <CountPanel
          live={live}
          target={target}
          targetIsDefault={targetIsDefault}
          includeHeadings={includeHeadings}
          onIncludeHeadings={(value) => {
            localStorage.setItem(HEADINGS_KEY, String(value));
            setIncludeHeadings(value);
          }}
        />
        <SummaryReview editor={editor} applicantId={applicantId} paragraph={paragraph} count={live.counter.paragraph} />
        <OutlinePanel editor={editor} outline={outline} sections={live.stats.sections} includeHeadings={includeHeadings} />
        {outline && <CriteriaPanel outline={outline} sections={live.stats.sections} programmeId={programmeId} />}
        <HistoryPanel applicantId={applicantId} programmeId={programmeId} refreshKey={historyKey} flush={flush} onCompare={(from, to, versions) => void compare(from, to, versions)} onRestore={restore} />
      </aside>
    </div>
  );
}
