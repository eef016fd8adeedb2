// The live review of issue 13: per keystroke in a 20,000-字 summary, through the reviewer's paragraph cache,
// against the baseline of a fresh review of the whole text (every paragraph read again). Never fails on time.
import { type ReviewInput, createReviewer, reviewApplication } from '../shared/review';
import { countWords, splitParagraphs } from '../shared/text/wordcount';
import { measure, report } from './measure';
import { sampleText } from './wordcount';

const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

export async function benchReview(): Promise<void> {
  const paragraphs = splitParagraphs(sampleText(40_000, 11));
  let words = 0;
  let kept = 0;
  while (words < 20_000 && kept < paragraphs.length) words += countWords(paragraphs[kept++] ?? '').words;
  const document = paragraphs.slice(0, kept);
  // A form with the lists an applicant of many years fills: 40 items, half of them named in the text.
  const items: ReviewInput['items'] = Array.from({ length: 40 }, (_, index) => ({
    kind: (['achievement', 'paper', 'patent', 'standard', 'award'] as const)[index % 5]!,
    title: index % 2 === 0 ? `《第${index}号研究课题的阶段成果》` : '高速公路桥梁结构健康监测系统',
    date: `20${10 + (index % 15)}-06-01`,
  }));
  const base: Omit<ReviewInput, 'summaryText'> = {
    summaryMinimum: 3000,
    employerName: '上海示例工程有限公司',
    workPeriods: [
      { employer: '甲设计院', start: '2012-07-01', end: '2018-06-30' },
      { employer: '上海示例工程有限公司', start: '2018-07-01', end: null },
    ],
    items,
    today: '2026-12-06',
    appliedTitle: '高级工程师',
    knownTitles: ['助理工程师', '工程师', '高级工程师'],
  };
  const target = Math.floor(document.length / 2);
  const original = document[target] ?? '';
  const typed = '2019年至今在上海示例工程有限公司负责【待填写】项目，申报高级工程师。';
  const middle = Math.floor(original.length / 2);
  const keystrokes = Array.from(typed, (_, index) => original.slice(0, middle) + typed.slice(0, index + 1) + original.slice(middle));

  console.log(`\nReview: per keystroke in a ${words.toLocaleString('en-US')}-字 summary of ${document.length} paragraphs, ${items.length} items of the form`);
  const reviewer = createReviewer();
  reviewer.review({ ...base, summaryText: '' }, document);
  let findings = 0;
  const cached = await measure(2000, (index) => {
    document[target] = keystrokes[index % keystrokes.length] ?? original;
    findings = reviewer.review({ ...base, summaryText: '' }, document).length;
  });
  const wholeText = document.join('\n');
  const same = JSON.stringify(reviewer.review({ ...base, summaryText: wholeText })) === JSON.stringify(reviewApplication({ ...base, summaryText: wholeText }));
  const fresh = await measure(200, () => reviewApplication({ ...base, summaryText: wholeText }));
  report([
    { name: `paragraph cache (${findings} findings)`, timing: cached, goal: `p95 ≤ 5 ms (${met(cached.p95 <= 5)}), same as a fresh review (${met(same)})` },
    { name: 'baseline: fresh review of the whole text', timing: fresh },
  ]);
}
