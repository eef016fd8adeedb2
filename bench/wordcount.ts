// Word-count figures of issue 4: the whole count of 100,000 mixed Chinese/English characters against the
// named peers (each with its agreement with the cases of wordcount.md), and the per-keystroke recount of a
// 20,000-字 document through the paragraph cache. Prints goals beside figures; never fails on time.
import { countWords as alfaazCountWords } from 'alfaaz';
import wordsCountExports from 'words-count';
import { createParagraphCounter } from '../shared/text/paragraphCounter';
import { countWords, splitParagraphs } from '../shared/text/wordcount';
import { referenceCount } from '../test/unit/text/referenceCount';
import { WORD_COUNT_CASES } from '../test/unit/text/wordcountCases';
import { randomSequence } from '../test/unit/summary/sampleDocument';
import { measure, report, type Timing } from './measure';

// words-count ships a webpack UMD bundle: under Node's ESM loader its default import is the exports object,
// not the function its typings promise (a bundler would unwrap it). Take whichever arrives.
const wordsCountModule: unknown = wordsCountExports;
const wordsCount =
  typeof wordsCountModule === 'function'
    ? (wordsCountModule as (text: string) => number)
    : (wordsCountModule as { wordsCount: (text: string) => number }).wordsCount;

// Intl.Segmenter is quadratic on long strings in Node 20 (design.md): segment one paragraph at a time.
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
function segmenterCount(text: string): number {
  let words = 0;
  for (const paragraph of splitParagraphs(text)) {
    for (const segment of segmenter.segment(paragraph)) if (segment.isWordLike) words += 1;
  }
  return words;
}


const SUBJECTS = ['本人', '项目组', '我所在的研发部', '课题组在我的带领下', '我作为技术负责人'];
const ACTIONS = ['主持完成了', '参与设计了', '负责实施了', '牵头研发了', '系统优化了', '独立编写了'];
const OBJECTS = [
  '城市轨道交通CBTC信号系统的改造',
  '大型公共建筑的BIM协同设计平台',
  '基于Python和SQL的生产数据分析流程',
  'PLC控制的自动化装配线',
  '符合ISO 9001:2015标准的质量管理体系',
  '高速公路桥梁结构健康监测系统',
  '5G基站的节能改造方案',
  '一套state-of-the-art的缺陷识别模型（CNN + Transformer）',
  '《钢结构工程施工规范》（GB 50755-2012）的企业实施细则',
];
const RESULTS = [
  '，节约成本约{n}万元',
  '，使检测效率提高了{p}%',
  '，获得{y}年度上海市科技进步二等奖',
  '，相关论文发表于《土木工程学报》{y}年第{m}期',
  '，并通过了TÜV Rheinland的第三方认证',
  '，累计处理数据{n} GB，故障率降至{p}‰',
  '，被评为“优秀项目”',
  '——这也是公司首个获得LEED Gold认证的项目',
];
const ENGLISH = [
  ' The system has run without unplanned downtime since Q3 {y}.',
  ' See the report at https://example.com/reports/{y}/summary.pdf for details.',
  ' Peak throughput reached {n} requests/s (p95 latency {m} ms).',
];

/** Chinese paragraphs with English terms, numbers and punctuation, cut at `codePoints` code points. */
export function sampleText(codePoints: number, seed: number): string {
  const random = randomSequence(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const fill = (template: string) =>
    template
      .replaceAll('{n}', String(Math.floor(random() * 900) + 12))
      .replaceAll('{p}', (random() * 60 + 5).toFixed(1))
      .replaceAll('{y}', String(2012 + Math.floor(random() * 13)))
      .replaceAll('{m}', String(Math.floor(random() * 12) + 1));
  const paragraphs: string[] = [];
  let length = 0;
  while (length < codePoints) {
    let paragraph = '';
    const sentences = 3 + Math.floor(random() * 6);
    for (let sentence = 0; sentence < sentences; sentence += 1) {
      paragraph += `${pick(SUBJECTS)}${pick(ACTIONS)}${pick(OBJECTS)}${fill(pick(RESULTS))}${random() < 0.15 ? '……' : '。'}`;
      if (random() < 0.12) paragraph += fill(pick(ENGLISH));
    }
    paragraphs.push(paragraph);
    length += [...paragraph].length + 1;
  }
  return [...paragraphs.join('\n')].slice(0, codePoints).join('');
}

function agreement(counter: (text: string) => number): string {
  const agreed = WORD_COUNT_CASES.filter(({ text, words }) => counter(text) === words).length;
  return `agrees with ${agreed}/${WORD_COUNT_CASES.length} cases`;
}

async function timed(counter: (text: string) => number, text: string, runs: number): Promise<Timing> {
  for (let warm = 0; warm < (runs >= 100 ? 20 : 1); warm += 1) counter(text); // let the JIT settle
  return measure(runs, () => counter(text));
}

const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
const thousands = (value: number) => value.toLocaleString('en-US');

export async function benchWordCount(): Promise<void> {
  const text = sampleText(100_000, 4);
  const ours = countWords(text);
  console.log(
    `\nWord count: whole count of ${thousands([...text].length)} characters (${thousands(splitParagraphs(text).length)} paragraphs, Chinese with English terms); this counter says ${thousands(ours.words)} 字`,
  );

  // This counter first, on a clean heap; then the peers, fastest first (the slow ones leave garbage behind).
  const ownCounter = (sample: string) => countWords(sample).words;
  const timing = await timed(ownCounter, text, 200);
  const peers = [
    { name: 'alfaaz 1.1.0', counter: alfaazCountWords, runs: 200 },
    { name: 'Intl.Segmenter (per paragraph)', counter: segmenterCount, runs: 10 },
    { name: 'words-count 2.0.2', counter: wordsCount, runs: 5 },
  ];
  const peerRows = [];
  for (const { name, counter, runs } of peers) {
    const peerTiming = await timed(counter, text, runs);
    peerRows.push({ name: `${name}: ${agreement(counter)}, counts ${thousands(counter(text))}`, timing: peerTiming });
  }
  const fastestPeer = Math.min(...peerRows.map((row) => row.timing.p50));
  const exact =
    WORD_COUNT_CASES.every((example) => countWords(example.text).words === example.words) &&
    JSON.stringify(referenceCount(text)) === JSON.stringify(ours);
  const goal = `exact (${met(exact)}), ≤ 3 ms (${met(timing.p50 <= 3)}), ≤ 2× fastest peer = ${(2 * fastestPeer).toFixed(3)} ms (${met(timing.p50 <= 2 * fastestPeer)})`;
  report([{ name: `this counter: ${agreement(ownCounter)}, counts ${thousands(ours.words)}`, timing, goal }, ...peerRows]);

  await benchKeystroke();
}

async function benchKeystroke(): Promise<void> {
  // Grow a document to 20,000 字, then type into one of its middle paragraphs.
  const paragraphs = splitParagraphs(sampleText(40_000, 7));
  let words = 0;
  let kept = 0;
  while (words < 20_000 && kept < paragraphs.length) words += countWords(paragraphs[kept++] ?? '').words;
  const document = paragraphs.slice(0, kept);
  const target = Math.floor(document.length / 2);
  const original = document[target] ?? '';
  const typed = '我们通过BIM技术优化了设计流程，节省工期15%。';
  const middle = Math.floor(original.length / 2);
  const keystrokes = Array.from(typed, (_, index) => original.slice(0, middle) + typed.slice(0, index + 1) + original.slice(middle));

  console.log(`\nWord count: recount per keystroke in a ${thousands(words)}-字 document of ${document.length} paragraphs`);
  const counter = createParagraphCounter();
  counter.count(document);
  const cached = await measure(2000, (index) => {
    document[target] = keystrokes[index % keystrokes.length] ?? original;
    return counter.count(document);
  });
  const exact = JSON.stringify(counter.count(document)) === JSON.stringify(countWords(document.join('\n')));
  const wholeText = document.join('\n');
  const uncached = await measure(2000, () => countWords(wholeText));
  report([
    { name: 'paragraph cache', timing: cached, goal: `≤ 0.2 ms (p95 ${met(cached.p95 <= 0.2)}), exact (${met(exact)})` },
    { name: 'baseline: whole document recounted', timing: uncached },
  ]);
}
