// Deterministic summaries of a given length (字数), Chinese with English terms, for tests and benchmarks.
import { countWords } from '../../../shared/text/wordcount';
import type { Block, SummaryDocument } from '../../../shared/summary/document';

const SUBJECTS = ['本人', '项目组', '我所在的研发部', '课题组在我的带领下', '我作为技术负责人'];
const ACTIONS = ['主持完成了', '参与设计了', '负责实施了', '牵头研发了', '系统优化了'];
const OBJECTS = ['城市轨道交通CBTC信号系统的改造', '大型公共建筑的BIM协同设计平台', '基于Python和SQL的生产数据分析流程', 'PLC控制的自动化装配线', '符合ISO 9001:2015标准的质量管理体系'];
const RESULTS = ['，节约成本约{n}万元', '，使检测效率提高了{n}%', '，获得年度上海市科技进步二等奖', '，并通过了TÜV Rheinland的第三方认证'];

/** mulberry32: the same sequence on every run. */
export function randomSequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleParagraph(random: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  let text = '';
  const sentences = 3 + Math.floor(random() * 5);
  for (let index = 0; index < sentences; index += 1) {
    text += `${pick(SUBJECTS)}${pick(ACTIONS)}${pick(OBJECTS)}${pick(RESULTS).replace('{n}', String(Math.floor(random() * 900) + 10))}。`;
  }
  return text;
}

/** A document of about `words` 字: a heading every 12 paragraphs, paragraphs of 100–300 字. */
export function sampleDocument(words: number, seed = 1): SummaryDocument {
  const random = randomSequence(seed);
  const blocks: Block[] = [];
  let total = 0;
  while (total < words) {
    if (blocks.length % 13 === 0) {
      const text = `第${blocks.length / 13 + 1}部分 主要业绩`;
      blocks.push({ type: 'heading', id: `section-${blocks.length}`, text });
      total += countWords(text).words;
      continue;
    }
    const text = sampleParagraph(random);
    blocks.push({ type: 'paragraph', text, marks: random() < 0.2 ? [{ type: 'bold', from: 0, to: 2 }] : [] });
    total += countWords(text).words;
  }
  return { format: 1, blocks };
}

/** The document with `edits` paragraphs rewritten in place (a day's work, about the same length), chosen by `seed`. */
export function editDocument(document: SummaryDocument, edits: number, seed: number): SummaryDocument {
  const random = randomSequence(seed);
  const blocks = [...document.blocks];
  for (let edit = 0; edit < edits; edit += 1) {
    const index = Math.floor(random() * blocks.length);
    const block = blocks[index];
    if (block?.type === 'paragraph') blocks[index] = { ...block, text: `${block.text.slice(0, 20)}（修订${seed}-${edit}）${sampleParagraph(random)}${sampleParagraph(random)}`.slice(0, block.text.length) };
  }
  return { format: document.format, blocks };
}
