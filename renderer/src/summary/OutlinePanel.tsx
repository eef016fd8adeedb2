// The sections of the summary as the editor holds them, with the outline's advice and suggested length
// (labelled as our suggestion) and each section's count; add, rename, reorder and remove from here, or by
// editing the headings in the text.
import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import type { Outline } from '../../../shared/summary/outline';
import { useI18n } from '../i18n';
import type { SectionStats } from './documentStats';
import { addSection, goToSection, moveSection, removeSection, renameSection } from './sectionCommands';

interface Props {
  editor: Editor;
  outline: Outline | null;
  sections: SectionStats[];
  includeHeadings: boolean;
}

function SectionItem({ editor, section, outline, index, total, includeHeadings }: { editor: Editor; section: SectionStats; outline: Outline | null; index: number; total: number; includeHeadings: boolean }) {
  const { t, pick, language } = useI18n();
  const [renaming, setRenaming] = useState<string | null>(null);
  const id = section.id ?? '';
  const planned = outline?.sections.find((item) => item.id === section.id);
  const words = section.body.words + (includeHeadings ? section.heading.words : 0);
  const title = section.title.trim() || t('sections.untitled');
  const labels = planned ? planned.addresses.map((criterion) => outline?.criteria.items.find((item) => item.id === criterion)?.label ?? '').join(' ') : '';
  const number = (value: number) => value.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB');
  if (section.id === null) {
    return (
      <li className="outline-section outline-preamble">
        <span className="muted">{t('sections.beforeFirst')}</span>
        <span className="outline-count">{t('sections.count', { count: number(words) })}</span>
      </li>
    );
  }
  return (
    <li className="outline-section" data-section-id={id}>
      <div className="outline-section-head">
        <button type="button" className="button-link outline-title" aria-label={t('sections.go', { title })} onClick={() => goToSection(editor, section.pos)}>
          {title}
        </button>
        <span className="outline-count">
          {t('sections.count', { count: number(words) })}
          {planned && <span className="muted"> · {t('sections.suggested', { count: number(planned.suggestedLength) })}</span>}
        </span>
      </div>
      {planned && labels && <p className="small muted">{t('sections.addresses', { labels })}</p>}
      {planned && (
        <details className="outline-advice small">
          <summary>{t('sections.advice')}</summary>
          <p>{pick(planned.advice)}</p>
        </details>
      )}
      {renaming !== null ? (
        <form
          className="outline-rename"
          onSubmit={(event) => {
            event.preventDefault();
            renameSection(editor, id, renaming.trim());
            setRenaming(null);
          }}
        >
          <input aria-label={t('sections.renameLabel')} value={renaming} maxLength={500} autoFocus onChange={(event) => setRenaming(event.target.value)} />
          <button type="submit">{t('sections.save')}</button>
          <button type="button" onClick={() => setRenaming(null)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <div className="outline-actions">
          <button type="button" className="button-small" onClick={() => setRenaming(section.title)}>
            {t('sections.rename')}
          </button>
          <button type="button" className="button-small" aria-label={`${t('sections.moveUp')}: ${title}`} disabled={index === 0} onClick={() => moveSection(editor, id, -1)}>
            ↑
          </button>
          <button type="button" className="button-small" aria-label={`${t('sections.moveDown')}: ${title}`} disabled={index === total - 1} onClick={() => moveSection(editor, id, 1)}>
            ↓
          </button>
          <button
            type="button"
            className="button-small button-danger"
            onClick={() => {
              if (words === 0 || window.confirm(t('sections.removeConfirm', { title }))) removeSection(editor, id);
            }}
          >
            {t('sections.remove')}
          </button>
        </div>
      )}
    </li>
  );
}

export function OutlinePanel({ editor, outline, sections, includeHeadings }: Props) {
  const { t, pick } = useI18n();
  const [title, setTitle] = useState('');
  const headings = sections.filter((section) => section.id !== null);
  const present = new Set(headings.map((section) => section.id));
  const missing = outline?.sections.filter((section) => !present.has(section.id)) ?? [];
  return (
    <section className="card side-card outline-panel" aria-labelledby="outline-heading">
      <h2 id="outline-heading">{t('sections.heading')}</h2>
      <p className="small muted">{t('sections.ourSuggestion')}</p>
      <ol className="outline-sections">
        {sections.map((section, index) => (
          <SectionItem
            key={section.id ?? 'preamble'}
            editor={editor}
            section={section}
            outline={outline}
            index={index - (sections.length - headings.length)}
            total={headings.length}
            includeHeadings={includeHeadings}
          />
        ))}
      </ol>
      {missing.length > 0 && (
        <div className="outline-missing">
          <h3>{t('sections.missing')}</h3>
          <ul>
            {missing.map((section) => (
              <li key={section.id}>
                <span>{pick(section.title)}</span>
                <button type="button" className="button-small" onClick={() => addSection(editor, pick(section.title), section.id)}>
                  {t('sections.addBack')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form
        className="outline-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (title.trim() === '') return;
          addSection(editor, title.trim());
          setTitle('');
        }}
      >
        <input aria-label={t('sections.addLabel')} placeholder={t('sections.addLabel')} value={title} maxLength={500} onChange={(event) => setTitle(event.target.value)} />
        <button type="submit">{t('sections.add')}</button>
      </form>
    </section>
  );
}
