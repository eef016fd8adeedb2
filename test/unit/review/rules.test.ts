// The review across the documents, rule by rule: each rule with a case where an assessor would object and
// one where they would not.
import { describe, expect, it } from 'vitest';
import { type ReviewFinding, type ReviewInput, createReviewer, reviewApplication } from '../../../shared/review';

const BODY = '本人自2019年3月起在上海示例科技有限公司从事软件架构设计工作，主持完成了多个核心系统的研发。';

function input(overrides: Partial<ReviewInput> = {}): ReviewInput {
  return {
    summaryText: BODY,
    summaryMinimum: null,
    employerName: '上海示例科技有限公司',
    workPeriods: [{ employer: '上海示例科技有限公司', start: '2019-03-01', end: null }],
    items: [],
    today: '2026-12-06',
    ...overrides,
  };
}

const rules = (findings: ReviewFinding[]) => findings.map((finding) => finding.rule);
const only = (findings: ReviewFinding[], rule: ReviewFinding['rule']) => findings.filter((finding) => finding.rule === rule);

describe('a clean application', () => {
  it('gives no finding', () => {
    expect(reviewApplication(input())).toEqual([]);
  });
});

describe('placeholder-left (error)', () => {
  it('finds 【待填写】, TODO and XXX with the paragraph they are in', () => {
    const findings = only(reviewApplication(input({ summaryText: `${BODY}\n项目名称：【待填写】\n成果：TODO\n在XXX公司任职` })), 'placeholder-left');
    expect(findings.map((finding) => [finding.text, finding.paragraph, finding.severity])).toEqual([
      ['【待填写】', 1, 'error'],
      ['TODO', 2, 'error'],
      ['XXX', 3, 'error'],
    ]);
  });

  it('finds 20XX年, ××, bare 请填写 and blanks of underscores', () => {
    const text = '于20XX年加入××公司\n请填写项目\n签名：______';
    expect(only(reviewApplication(input({ summaryText: text })), 'placeholder-left').map((finding) => finding.text)).toEqual(['XX', '××', '请填写', '______']);
  });

  it('leaves bracketed headings, 〇 as a digit and words containing x alone', () => {
    const text = '【项目背景】二〇二〇年完成了Linux内核的Xen虚拟化适配，支持x86平台。';
    expect(only(reviewApplication(input({ summaryText: text })), 'placeholder-left')).toEqual([]);
  });
});

describe('too-short (error) and much-longer (warning), in Word 字数', () => {
  it('is too short below the minimum, with the count and the minimum', () => {
    const [finding] = only(reviewApplication(input({ summaryText: '字'.repeat(2999), summaryMinimum: 3000 })), 'too-short');
    expect(finding).toMatchObject({ severity: 'error', params: { words: 2999, minimum: 3000 } });
  });

  it('counts as Word does: Chinese characters one each, an English word one', () => {
    // 2,998 Han + "Hello World" (2 words) = 3,000 字: not short.
    expect(rules(reviewApplication(input({ summaryText: `${'字'.repeat(2998)} Hello World`, summaryMinimum: 3000 })))).not.toContain('too-short');
  });

  it('says nothing about length when the programme gives no minimum', () => {
    expect(rules(reviewApplication(input({ summaryText: '短', summaryMinimum: null })))).toEqual([]);
  });

  it('is much longer above twice the minimum, and not at twice', () => {
    expect(only(reviewApplication(input({ summaryText: '字'.repeat(6001), summaryMinimum: 3000 })), 'much-longer')[0]?.severity).toBe('warning');
    expect(rules(reviewApplication(input({ summaryText: '字'.repeat(6000), summaryMinimum: 3000 })))).toEqual([]);
  });
});

describe('item-not-mentioned (warning)', () => {
  const items: ReviewInput['items'] = [{ kind: 'paper', title: '《基于深度学习的图像识别方法》' }];

  it('finds a paper of the form the summary never names', () => {
    const [finding] = only(reviewApplication(input({ items })), 'item-not-mentioned');
    expect(finding).toMatchObject({ severity: 'warning', item: 0, target: { page: 'form', kind: 'paper', itemIndex: 0 } });
  });

  it('tolerates other quotes, spacing and punctuation around and inside the title', () => {
    const text = `${BODY}\n发表论文“基于深度学习的 图像识别方法”一篇。`;
    expect(only(reviewApplication(input({ summaryText: text, items })), 'item-not-mentioned')).toEqual([]);
  });

  it('finds the title without a qualifier the form adds after it, but not a title cut short', () => {
    const text = `${BODY}\n发表论文《基于深度学习的图像识别方法》。`;
    const qualified: ReviewInput['items'] = [{ kind: 'paper', title: '基于深度学习的图像识别方法（第一作者）' }];
    expect(only(reviewApplication(input({ summaryText: text, items: qualified })), 'item-not-mentioned')).toEqual([]);
    const longer: ReviewInput['items'] = [{ kind: 'paper', title: '基于深度学习的图像识别方法及系统' }];
    expect(only(reviewApplication(input({ summaryText: text, items: longer })), 'item-not-mentioned')).toHaveLength(1);
  });

  it('matches English titles whatever their case and width', () => {
    const text = `${BODY}\n论文 A  NOVEL Approach to Ｃaching 已发表。`;
    expect(only(reviewApplication(input({ summaryText: text, items: [{ kind: 'paper', title: 'A novel approach to caching' }] })), 'item-not-mentioned')).toEqual([]);
  });
});

describe('future-date (warning)', () => {
  it('finds a year, a month and a day after today, with the paragraph', () => {
    const text = `${BODY}\n预计2027年上线。\n于2026年12月完成\n2026-12-07验收`;
    const findings = only(reviewApplication(input({ summaryText: text })), 'future-date');
    expect(findings.map((finding) => [finding.text, finding.paragraph])).toEqual([
      ['2027年', 1],
      ['2026-12-07', 3],
    ]);
  });

  it('does not judge a year against today when the year is this year, nor a past date', () => {
    const text = '2026年完成了迁移，2025年9月1日通过验收，2026.12.06发布。';
    expect(only(reviewApplication(input({ summaryText: text })), 'future-date')).toEqual([]);
  });

  it('reads the far end of a bare range (2024-2028) as a year', () => {
    expect(only(reviewApplication(input({ summaryText: '负责2024-2028规划的编制。' })), 'future-date').map((finding) => finding.text)).toEqual(['2028']);
  });

  it('takes no number for a year: 20000 units, version 2030.5.1 of a product are not dates', () => {
    expect(only(reviewApplication(input({ summaryText: '处理20000条记录，型号A2030x。' })), 'future-date')).toEqual([]);
  });
});

describe('item-future-date (warning)', () => {
  it('finds an item of the form dated after today, and not one dated today', () => {
    const items: ReviewInput['items'] = [
      { kind: 'patent', title: '一种缓存方法', date: '2027-01-01' },
      { kind: 'award', title: '科技进步奖', date: '2026-12-06' },
    ];
    const findings = only(reviewApplication(input({ summaryText: `${BODY}一种缓存方法，科技进步奖`, items })), 'item-future-date');
    expect(findings.map((finding) => finding.item)).toEqual([0]);
  });
});

describe('mostly-latin (warning)', () => {
  it('finds a summary whose English words outnumber its Chinese characters', () => {
    const text = 'I designed the data platform and led a team of eight engineers，负责架构。';
    expect(only(reviewApplication(input({ summaryText: text })), 'mostly-latin')[0]?.params).toEqual({ latinWords: 12, chineseChars: 4 });
  });

  it('lets a Chinese summary name English terms and products', () => {
    expect(only(reviewApplication(input({ summaryText: `${BODY}采用Kubernetes与PostgreSQL构建平台。` })), 'mostly-latin')).toEqual([]);
  });
});

describe('employer-name-differs (warning)', () => {
  it('finds a current employer in the work history named otherwise than on the seal', () => {
    const [finding] = only(reviewApplication(input({ workPeriods: [{ employer: '上海示例科技公司', start: '2019-03-01', end: null }] })), 'employer-name-differs');
    expect(finding).toMatchObject({ severity: 'warning', target: { page: 'profile', path: ['workPeriods', 0, 'employer'] } });
  });

  it('treats full-width and half-width brackets and spacing as the same name, and ignores past employers', () => {
    const findings = reviewApplication(
      input({
        employerName: '示例科技（上海）有限公司',
        workPeriods: [
          { employer: '示例科技(上海) 有限公司', start: '2019-03-01', end: null },
          { employer: '另一家公司', start: '2015-01-01', end: '2019-02-28' },
        ],
        summaryText: '本人在示例科技（上海）有限公司工作。',
      }),
    );
    expect(only(findings, 'employer-name-differs')).toEqual([]);
  });
});

describe('period-contradicts-history (warning)', () => {
  const workPeriods = [
    { employer: '甲公司', start: '2015-07-01', end: '2019-02-28' },
    { employer: '上海示例科技有限公司', start: '2019-03-01', end: null },
  ];

  it('finds a period at a named employer outside the work history', () => {
    const text = `${BODY}\n2013年至2019年在甲公司担任工程师。`;
    const [finding] = only(reviewApplication(input({ summaryText: text, workPeriods })), 'period-contradicts-history');
    expect(finding).toMatchObject({ paragraph: 1, text: '2013年至2019年', params: { employer: '甲公司' } });
  });

  it('finds 至今 at an employer the history says was left', () => {
    expect(only(reviewApplication(input({ summaryText: '2016年至今在甲公司工作。', workPeriods })), 'period-contradicts-history')).toHaveLength(1);
  });

  it('accepts periods within the history, as precisely as the text gives them', () => {
    const text = '2015年至2019年在甲公司工作；2019年3月至今就职于上海示例科技有限公司。';
    expect(only(reviewApplication(input({ summaryText: text, workPeriods })), 'period-contradicts-history')).toEqual([]);
  });

  it('does not judge a period whose sentence names no employer of the history, or two', () => {
    const text = '2010年至2012年在乙公司实习。2010年至2020年先后在甲公司和上海示例科技有限公司工作。';
    expect(only(reviewApplication(input({ summaryText: text, workPeriods })), 'period-contradicts-history')).toEqual([]);
  });
});

describe('title-differs (warning)', () => {
  const knownTitles = ['助理工程师', '工程师', '高级工程师', '高级经济师'];

  it('finds a title applied for in the summary other than the one of the application', () => {
    const [finding] = only(reviewApplication(input({ summaryText: `${BODY}\n现申报高级工程师职称。`, appliedTitle: '工程师', knownTitles })), 'title-differs');
    expect(finding).toMatchObject({ paragraph: 1, params: { named: '高级工程师', applied: '工程师' } });
  });

  it('accepts the title applied for, and a title held that is not applied for', () => {
    const text = '本人2018年取得助理工程师资格，现申请认定工程师职称。';
    expect(only(reviewApplication(input({ summaryText: text, appliedTitle: '工程师', knownTitles })), 'title-differs')).toEqual([]);
  });

  it('judges nothing when the application names no title', () => {
    expect(only(reviewApplication(input({ summaryText: '申报高级工程师', appliedTitle: null, knownTitles })), 'title-differs')).toEqual([]);
  });
});

describe('the reviewer', () => {
  it('reads only the paragraphs that changed, and finds the same as a fresh review', () => {
    const reviewer = createReviewer();
    const paragraphs = Array.from({ length: 50 }, (_, index) => `第${index}段：${BODY}`);
    reviewer.review(input(), paragraphs);
    const before = reviewer.read;
    paragraphs[7] = '此处【待填写】';
    const findings = reviewer.review(input({ summaryText: paragraphs.join('\n') }), paragraphs);
    expect(reviewer.read - before).toBe(1);
    expect(findings).toEqual(reviewApplication(input({ summaryText: paragraphs.join('\n') })));
  });

  it('gives every warning a key that does not depend on where the text stands', () => {
    const a = only(reviewApplication(input({ summaryText: '预计2027年上线' })), 'future-date')[0]!;
    const b = only(reviewApplication(input({ summaryText: '前言\n预计2027年上线' })), 'future-date')[0]!;
    expect(a.key).toBe(b.key);
    expect(a.paragraph).not.toBe(b.paragraph);
  });
});
