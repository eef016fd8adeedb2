// Writing from English: handing the English out and taking the Chinese back, pasting a translation without
// ids, and the review copy. The take-back and the paste change the editor in one step each, reported (what
// matched, what is left, what did not fit) with a button that puts the blocks back as they were.
import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { useRef, useState, type ChangeEvent } from 'react';
import { IMPORT_MAX_BYTES } from '../../../shared/contract/documentChannels';
import { td } from '../../../shared/i18n/documents';
import type { SummaryDocument } from '../../../shared/summary/document';
import { type AlignedPair, type TakeBackReport, alignPasted, takeBack } from '../../../shared/summary/handout';
import { call } from '../api';
import { useI18n } from '../i18n';
import { type BlockSnapshot, type ChineseUpdate, applyChineseUpdates, restoreBlocks } from './bilingualEdits';
import { describeDocumentsError, downloadFile, readFileAsBase64 } from './ImportExportFiles';

interface Props {
  editor: Editor;
  applicantId: string;
  programmeId: string;
  getDocument(): SummaryDocument;
}

type Panel =
  | { kind: 'none' }
  | { kind: 'message'; tone: 'info' | 'error'; text: string }
  | { kind: 'report'; report: TakeBackReport; before: BlockSnapshot[] }
  | { kind: 'paste'; text: string; pairs: AlignedPair[] | null; leftOver: string[]; ticked: Set<string> };

/** Block numbers as a list, in the interface language's way. */
const numbers = (list: readonly number[], language: string) => list.join(language === 'zh' ? '、' : ', ');

export function TranslationBar({ editor, applicantId, programmeId, getDocument }: Props) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  /** The updates in one undo step; the report keeps what they replaced. */
  function apply(updates: ChineseUpdate[], report: TakeBackReport) {
    const made = applyChineseUpdates(editor.state, updates);
    if (made) editor.view.dispatch(closeHistory(made.tr));
    setPanel({ kind: 'report', report, before: made?.before ?? [] });
  }

  async function run(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }

  const exportHandout = (format: 'docx' | 'txt') =>
    run(async () => {
      const result = await call('documents.exportHandout', { applicantId, programmeId, document: getDocument(), format, language });
      if (!result.ok) {
        setPanel({ kind: 'message', tone: result.error.code === 'validation' ? 'info' : 'error', text: describeDocumentsError(result.error, i18n) });
        return;
      }
      downloadFile(result.value.fileName, result.value.mimeType, result.value.contentBase64);
      setPanel({ kind: 'message', tone: 'info', text: t('bilingual.bar.exported', { rows: result.value.rows, file: result.value.fileName }) });
    });

  const exportReview = (format: 'pdf' | 'docx') =>
    run(async () => {
      const result = await call('documents.exportReviewCopy', { applicantId, programmeId, document: getDocument(), format, language });
      if (!result.ok) setPanel({ kind: 'message', tone: 'error', text: describeDocumentsError(result.error, i18n) });
      else downloadFile(result.value.fileName, result.value.mimeType, result.value.contentBase64);
    });

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    await run(async () => {
      if (file.size > IMPORT_MAX_BYTES) {
        setPanel({ kind: 'message', tone: 'error', text: td(language, 'documents.import.fileTooLarge', { maxMb: IMPORT_MAX_BYTES / 1_000_000 }) });
        return;
      }
      let contentBase64: string;
      try {
        contentBase64 = await readFileAsBase64(file);
      } catch {
        setPanel({ kind: 'message', tone: 'error', text: td(language, 'documents.bar.readFailed') });
        return;
      }
      const result = await call('documents.importHandout', { fileName: file.name, contentBase64 });
      if (!result.ok) {
        setPanel({ kind: 'message', tone: 'error', text: describeDocumentsError(result.error, i18n) });
        return;
      }
      // Matched against the editor's blocks as they are now (the English may have changed since the hand-out).
      const { updates, report } = takeBack(getDocument().blocks, result.value.rows);
      apply(updates, report);
    });
  }

  function undo(before: BlockSnapshot[]) {
    const tr = restoreBlocks(editor.state, before);
    if (tr) editor.view.dispatch(closeHistory(tr));
    setPanel({ kind: 'message', tone: 'info', text: t('bilingual.report.undone') });
  }

  function confirmPaste(paste: Extract<Panel, { kind: 'paste' }>) {
    const pairs = (paste.pairs ?? []).filter((pair) => paste.ticked.has(pair.id));
    const updates = pairs.map((pair) => ({ id: pair.id, text: pair.chinese, writtenAgainst: pair.english }));
    const document = getDocument();
    const taken = new Set(pairs.map((pair) => pair.id));
    const left: number[] = [];
    document.blocks.forEach((block, index) => {
      if (block.english && block.english.trim() !== '' && block.text.trim() === '' && !(block.id && taken.has(block.id))) left.push(index + 1);
    });
    apply(updates, { matched: pairs.map((pair) => pair.number), left, unfit: [] });
  }

  return (
    <div className="translation-bar" role="group" aria-label={t('bilingual.bar.label')} aria-busy={busy}>
      <div className="translation-actions">
        <button type="button" disabled={busy} onClick={() => void exportHandout('docx')}>
          {t('bilingual.bar.exportDocx')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportHandout('txt')}>
          {t('bilingual.bar.exportText')}
        </button>
        <input
          ref={input}
          type="file"
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          onChange={(event) => void importFile(event)}
          data-testid="translation-import-input"
        />
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          {t('bilingual.bar.import')}
        </button>
        <button type="button" disabled={busy} onClick={() => setPanel({ kind: 'paste', text: '', pairs: null, leftOver: [], ticked: new Set() })}>
          {t('bilingual.bar.paste')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportReview('pdf')}>
          {t('bilingual.bar.reviewPdf')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportReview('docx')}>
          {t('bilingual.bar.reviewDocx')}
        </button>
      </div>
      {panel.kind === 'message' && (
        <div className={`banner ${panel.tone === 'error' ? 'banner-error' : ''}`} role={panel.tone === 'error' ? 'alert' : 'status'}>
          <p>{panel.text}</p>
          <button type="button" className="button-link" onClick={() => setPanel({ kind: 'none' })}>
            {t('bilingual.report.close')}
          </button>
        </div>
      )}
      {panel.kind === 'report' && <Report report={panel.report} onUndo={() => undo(panel.before)} onClose={() => setPanel({ kind: 'none' })} />}
      {panel.kind === 'paste' && <PasteAlign panel={panel} onChange={setPanel} onConfirm={() => confirmPaste(panel)} getDocument={getDocument} />}
    </div>
  );
}

function Report({ report, onUndo, onClose }: { report: TakeBackReport; onUndo(): void; onClose(): void }) {
  const { t, language } = useI18n();
  const none = t('bilingual.report.none');
  return (
    <div className="banner banner-info translation-report" role="status" aria-labelledby="translation-report-title">
      <p id="translation-report-title">
        <strong>{t('bilingual.report.title')}</strong>
      </p>
      <ul>
        <li data-report="matched">{t('bilingual.report.matched', { count: report.matched.length, numbers: numbers(report.matched, language) || none })}</li>
        <li data-report="left">{t('bilingual.report.left', { count: report.left.length, numbers: numbers(report.left, language) || none })}</li>
        {report.unfit.length > 0 && (
          <li data-report="unfit">
            {t('bilingual.report.unfit', { count: report.unfit.length })}
            <ul>
              {report.unfit.map((row) => (
                <li key={`${row.position}-${row.reason}`}>
                  {t(`bilingual.report.reason.${row.reason}`, { position: row.position })}
                  {row.sample !== '' && <span className="muted">{language === 'zh' ? '：' : ': '}{row.sample}</span>}
                </li>
              ))}
            </ul>
          </li>
        )}
      </ul>
      <div className="form-actions">
        {report.matched.length > 0 && (
          <button type="button" onClick={onUndo}>
            {t('bilingual.report.undo')}
          </button>
        )}
        <button type="button" className="button-link" onClick={onClose}>
          {t('bilingual.report.close')}
        </button>
      </div>
    </div>
  );
}

function PasteAlign({
  panel,
  onChange,
  onConfirm,
  getDocument,
}: {
  panel: Extract<Panel, { kind: 'paste' }>;
  onChange(panel: Panel): void;
  onConfirm(): void;
  getDocument(): SummaryDocument;
}) {
  const { t } = useI18n();
  const ticked = panel.pairs?.filter((pair) => panel.ticked.has(pair.id)).length ?? 0;
  return (
    <div className="banner banner-info translation-paste" role="group" aria-labelledby="translation-paste-title">
      <p id="translation-paste-title">
        <strong>{t('bilingual.paste.title')}</strong>
      </p>
      <p className="small">{t('bilingual.paste.how')}</p>
      <label className="translation-paste-label">
        {t('bilingual.paste.label')}
        <textarea lang="zh-CN" rows={6} value={panel.text} onChange={(event) => onChange({ ...panel, text: event.currentTarget.value, pairs: null })} />
      </label>
      <div className="form-actions">
        <button
          type="button"
          disabled={panel.text.trim() === ''}
          onClick={() => {
            const { pairs, leftOver } = alignPasted(getDocument().blocks, panel.text);
            onChange({ ...panel, pairs, leftOver, ticked: new Set(pairs.map((pair) => pair.id)) });
          }}
        >
          {t('bilingual.paste.align')}
        </button>
        <button type="button" className="button-link" onClick={() => onChange({ kind: 'none' })}>
          {t('bilingual.paste.cancel')}
        </button>
      </div>
      {panel.pairs && panel.pairs.length === 0 && <p>{t('bilingual.paste.none')}</p>}
      {panel.pairs && panel.pairs.length > 0 && (
        <>
          <ol className="translation-pairs">
            {panel.pairs.map((pair) => (
              <li key={pair.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={panel.ticked.has(pair.id)}
                    onChange={(event) => {
                      const next = new Set(panel.ticked);
                      if (event.currentTarget.checked) next.add(pair.id);
                      else next.delete(pair.id);
                      onChange({ ...panel, ticked: next });
                    }}
                  />{' '}
                  <strong>{t('bilingual.paste.pair', { number: pair.number })}</strong>
                </label>
                <span className="translation-pair-english" lang="en">
                  {pair.english}
                </span>
                <span className="translation-pair-chinese" lang="zh-CN">
                  {pair.chinese}
                </span>
              </li>
            ))}
          </ol>
          {panel.leftOver.length > 0 && <p className="small">{t('bilingual.paste.leftOver', { count: panel.leftOver.length })}</p>}
          <button type="button" className="button-primary" disabled={ticked === 0} onClick={onConfirm}>
            {t('bilingual.paste.apply', { count: ticked })}
          </button>
        </>
      )}
    </div>
  );
}
