// Markdown drafts: headings become sections, lists keep kind and level, **bold** and *italic* become marks.
import { describe, expect, it } from 'vitest';
import { importSummary } from '../../../electron/backend/documents/import';
import { parseInline } from '../../../electron/backend/documents/import/markdownInline';

const importMarkdown = async (text: string) => (await importSummary('draft.md', Buffer.from(text)));

describe('Markdown inline syntax', () => {
  it('**bold**, __bold__, *italic* and _italic_ become marks on the plain text', () => {
    expect(parseInline('本人**主持**了*CBTC*改造')).toEqual({
      text: '本人主持了CBTC改造',
      marks: [{ type: 'bold', from: 2, to: 4 }, { type: 'italic', from: 5, to: 9 }],
      images: 0,
      links: 0,
    });
    expect(parseInline('__粗__ 与 _斜_').marks).toEqual([{ type: 'bold', from: 0, to: 1 }, { type: 'italic', from: 4, to: 5 }]);
  });

  it('***both*** gives bold and italic over the same text', () => {
    const parsed = parseInline('***重点***');
    expect(parsed.text).toBe('重点');
    expect(parsed.marks).toEqual(expect.arrayContaining([{ type: 'bold', from: 0, to: 2 }, { type: 'italic', from: 0, to: 2 }]));
  });

  it('unmatched stars, snake_case, escapes and 2 * 3 stay literal', () => {
    expect(parseInline('a * b and snake_case_name').text).toBe('a * b and snake_case_name');
    expect(parseInline('\\*not italic\\*').text).toBe('*not italic*');
    expect(parseInline('**open only').text).toBe('**open only');
  });

  it('links keep their text, pictures go, code keeps its text', () => {
    expect(parseInline('见[官网](https://example.org)与![图](a.png)和`npm ci`')).toMatchObject({ text: '见官网与和npm ci', images: 1, links: 1 });
  });
});

describe('importing a .md draft', () => {
  it('headings, paragraphs joined across lines, nested bullet and numbered lists', async () => {
    const result = await importMarkdown([
      '# 专业技术工作总结',
      '',
      '## 一、工作概况',
      '本人自2015年起',
      '从事 **信号系统** 设计。',
      'Worked on',
      'CBTC.',
      '',
      '- 要点一',
      '  - 子要点',
      '- 要点二',
      '',
      '1. 第一',
      '2) 第二',
      '',
      '二、业绩',
      '=====',
    ].join('\n'));
    expect(result.document.blocks).toEqual([
      { type: 'heading', id: 'import-1', text: '专业技术工作总结' },
      { type: 'heading', id: 'import-2', text: '一、工作概况' },
      { type: 'paragraph', text: '本人自2015年起从事 信号系统 设计。Worked on CBTC.', marks: [{ type: 'bold', from: 12, to: 16 }] },
      { type: 'listItem', list: 'bullet', level: 0, text: '要点一', marks: [] },
      { type: 'listItem', list: 'bullet', level: 1, text: '子要点', marks: [] },
      { type: 'listItem', list: 'bullet', level: 0, text: '要点二', marks: [] },
      { type: 'listItem', list: 'numbered', level: 0, text: '第一', marks: [] },
      { type: 'listItem', list: 'numbered', level: 0, text: '第二', marks: [] },
      { type: 'heading', id: 'import-3', text: '二、业绩' },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('tables become one paragraph per row, code blocks keep their lines, rules go', async () => {
    const result = await importMarkdown(['| 项目 | 角色 |', '| --- | --- |', '| CBTC | 主持 |', '', '```', 'const a = 1;', '```', '', '---', '结束']. join('\n'));
    expect(result.document.blocks.map((block) => block.text)).toEqual(['项目｜角色', 'CBTC｜主持', 'const a = 1;', '结束']);
    expect(result.warnings).toContainEqual({ key: 'documents.import.warning.tables', params: { count: 1 } });
  });

  it('a list nested deeper than the model allows is kept at the deepest level, with a warning', async () => {
    const result = await importMarkdown(['- 0', '  - 1', '    - 2', '      - 3', '        - 4'].join('\n'));
    expect(result.document.blocks.map((block) => (block.type === 'listItem' ? block.level : -1))).toEqual([0, 1, 2, 3, 3]);
    expect(result.warnings).toContainEqual({ key: 'documents.import.warning.deepLists', params: { count: 1, max: 4 } });
  });
});

// CommonMark cases the line-by-line reader got wrong: markdown-it reads them as the specification says.
describe('importing a .md draft: CommonMark cases', () => {
  const blocksOf = async (lines: string[]) => (await importMarkdown(lines.join('\n'))).document.blocks;

  it('nested lists: a numbered list inside a bullet item, four-space indents, an item holding only a sub-list', async () => {
    const blocks = await blocksOf(['- 项目', '    1. 设计', '    2. 调试', '- ', '  - 只有子项', '* 另一列表']);
    expect(blocks.map((block) => (block.type === 'listItem' ? [block.list, block.level, block.text] : block.text))).toEqual([
      ['bullet', 0, '项目'],
      ['numbered', 1, '设计'],
      ['numbered', 1, '调试'],
      ['bullet', 1, '只有子项'],
      ['bullet', 0, '另一列表'],
    ]);
  });

  it('a loose item keeps its first paragraph as the item and later ones as paragraphs', async () => {
    const blocks = await blocksOf(['1. 第一段', '', '   续段', '2. 第二']);
    expect(blocks.map((block) => [block.type, block.text])).toEqual([['listItem', '第一段'], ['paragraph', '续段'], ['listItem', '第二']]);
  });

  it('emphasis across lines marks the joined text', async () => {
    const [block] = await blocksOf(['Some *emphasis', 'across lines* and **加粗', '跨行**结束']);
    expect(block).toEqual({
      type: 'paragraph',
      text: 'Some emphasis across lines and 加粗跨行结束',
      marks: [{ type: 'bold', from: 31, to: 35 }, { type: 'italic', from: 5, to: 26 }],
    });
  });

  it('bold next to Chinese quotation marks is bold (a Chinese neighbour is a word boundary)', async () => {
    const [block] = await blocksOf(['本人**主持了“CBTC”**改造，*“重点”*项目']);
    expect(block).toMatchObject({ text: '本人主持了“CBTC”改造，“重点”项目', marks: [{ type: 'bold', from: 2, to: 11 }, { type: 'italic', from: 14, to: 18 }] });
  });

  it('HTML blocks and inline HTML are kept as literal text, never markup; comments go', async () => {
    const blocks = await blocksOf(['<div class="x">', '<b>粗</b>', '</div>', '', '正文 <span>内联</span> &amp; 完', '', '<!-- 备注 -->', '', '<script>alert(1)</script>']);
    expect(blocks.map((block) => block.text)).toEqual(['<div class="x">', '<b>粗</b>', '</div>', '正文 <span>内联</span> & 完', '<script>alert(1)</script>']);
    expect(blocks.every((block) => block.type !== 'paragraph' || block.marks.length === 0)).toBe(true);
  });

  it('tables: marks inside cells follow the cell, escaped pipes stay in the cell, empty rows go', async () => {
    const result = await importMarkdown(['| 项目 | **角色** |', '|:---|---:|', '| a\\|b | |', '| | |', '', '正文'].join('\n'));
    expect(result.document.blocks).toEqual([
      { type: 'paragraph', text: '项目｜角色', marks: [{ type: 'bold', from: 3, to: 5 }] },
      { type: 'paragraph', text: 'a|b', marks: [] },
      { type: 'paragraph', text: '正文', marks: [] },
    ]);
    expect(result.warnings).toContainEqual({ key: 'documents.import.warning.tables', params: { count: 1 } });
  });

  it('block quotes keep their text; indented code keeps its lines', async () => {
    const blocks = await blocksOf(['> 引用', '> 续行', '', '    code line', '    second', '', '正文']);
    expect(blocks.map((block) => block.text)).toEqual(['引用续行', 'code line', 'second', '正文']);
  });
});
