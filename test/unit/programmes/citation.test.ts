// Every source a user sees is cited as a person can look it up (policy.md, "How to cite a source to a user"):
// issuer, title, document number, date, section; file names stay machine references; TitlePrep's own defaults
// say so; an English quote is labelled 英文原文.
import { describe, expect, it } from 'vitest';
import { citedDocument, citeSource, holidayNoticeTitle, longDate } from '../../../shared/programmes/citation';
import { listProgrammes, type Source } from '../../../shared/programmes';

const FILE_NAME = /\d{3}_[0-9a-f]{16}\.txt|policy\.md|seeds?\b/;

/** Every Source object inside a programme (they sit at many depths). */
function sourcesOf(value: unknown, found: Source[] = []): Source[] {
  if (Array.isArray(value)) value.forEach((entry) => sourcesOf(entry, found));
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.type === 'string' && ['seed', 'web', 'project', 'user-entered'].includes(record.type) && ('section' in record || 'note' in record)) found.push(record as Source);
    else Object.values(record).forEach((entry) => sourcesOf(entry, found));
  }
  return found;
}

describe('citations', () => {
  it('round 2 is cited by its issuer, title, number, date and section', () => {
    const citation = citeSource({ type: 'seed', document: '003_01d9550f129ab042.txt', section: '三、考核认定条件', quote: '…', language: 'zh' });
    expect(citation.text.zh).toBe('上海市人力资源和社会保障局《关于开展境外职业资格证书清单项目持证人员第二批职称考核认定的通知》（沪人社专〔2024〕296号，2024年9月4日）三、考核认定条件');
    expect(citation.text.en).toBe('Shanghai Municipal Human Resources and Social Security Bureau, notice on the second round of title recognition for holders of listed overseas qualifications (沪人社专〔2024〕296号, 4 September 2024), section 三、考核认定条件');
    expect(citation.quoteLabel).toBeNull();
  });

  it('an English-only notice keeps its English quote, labelled 英文原文, under a Chinese title in the Chinese UI', () => {
    const citation = citeSource({ type: 'seed', document: '000_1b5f3424c279415a.txt', section: 'Contact', quote: '021-3251-1209', language: 'en' });
    expect(citation.text.zh).toContain('第三批境外职业资格证书持证人员职称考核认定通知（英文发布稿）');
    expect(citation.quoteLabel).toEqual({ zh: '英文原文', en: 'English original' });
    expect(citation.quote).toBe('021-3251-1209');
  });

  it("TitlePrep's own defaults say so, never a file of notes", () => {
    const citation = citeSource({ type: 'project', document: 'policy.md', section: 'Shanghai', note: 'Not in the sources.' });
    expect(citation.text).toEqual({ zh: 'TitlePrep 默认（通知未规定）', en: "TitlePrep's default (the notice does not say)" });
    expect(citation.quote).toBeNull();
  });

  it('every source of every shipped programme is a document the citation data knows, and no citation shows a file name', () => {
    for (const programme of listProgrammes()) {
      for (const source of sourcesOf(programme)) {
        if (source.type === 'seed' || source.type === 'web') expect(citedDocument(source), JSON.stringify(source)).not.toBeNull();
        const { text } = citeSource(source);
        expect(text.zh).not.toMatch(FILE_NAME);
        expect(text.en).not.toMatch(FILE_NAME);
      }
    }
  });

  it('the holiday data cites the State Council notices by title', () => {
    expect(holidayNoticeTitle(2025).zh).toBe('《国务院办公厅关于2025年部分节假日安排的通知》');
  });

  it('dates read as a person writes them', () => {
    expect(longDate('2025-09-19', 'zh')).toBe('2025年9月19日');
    expect(longDate('2025-09-19', 'en')).toBe('19 September 2025');
    expect(longDate('2025', 'zh')).toBe('2025年');
  });
});
