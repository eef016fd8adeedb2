// The public notice's content: the facts the notice asks the employer to show (policy.md; ../shared/paper.md,
// "The public notice"), one line per achievement, the period as "YYYY年M月D日至YYYY年M月D日（共N个工作日）",
// the contact for objections in the closing sentence, the 落款 with the employer's full name and the issue
// date, no source or file name on a noticeboard sheet, and a visible warning when the end date touched a year
// without holiday data.
import { describe, expect, it } from 'vitest';
import { noticeContent } from '../../../shared/print/noticeContent';
import { noticePeriod } from '../../../shared/print/noticePeriod';
import { plainText } from '../../../shared/print/values';
import { sampleApplicationFile, sampleForm } from '../../support/forms';

const rows = (content: ReturnType<typeof noticeContent>) => new Map(content.rows.map((row) => [row.label.zh, plainText(row.value, true)]));

describe('the public notice', () => {
  it('names the applicant, the post, what is applied for and the overseas qualification', () => {
    const file = sampleApplicationFile();
    const facts = rows(noticeContent(file, noticePeriod(file)));
    expect(facts.get('申报人')).toBe('张伟');
    expect(facts.get('所在部门及岗位')).toBe('研发部 / 高级软件工程师');
    expect(facts.get('申报项目')).toBe('上海市境外职业资格证书清单C类持证人员第三批职称考核认定（2025）');
    expect(facts.get('申报系列及级别')).toBe('工程技术 中级（工程师）');
    expect(facts.get('境外职业资格')).toBe('Certified Information Systems Security Professional（(ISC)²）');
    expect(facts.get('公示地点')).toBe('公司三楼公告栏及内网');
  });

  it('shows the education, the full years of relevant work up to the first day, and the main achievements one line each', () => {
    const file = sampleApplicationFile();
    const facts = rows(noticeContent(file, noticePeriod(file)));
    expect(facts.get('学历（学位）')).toBe('同济大学 计算机科学与技术 本科（学士）');
    // Relevant work since 2015-01-01, counted to the notice's first day (2025-09-01): ten full years.
    expect(facts.get('相关工作年限')).toBe('从事相关专业技术工作10年');
    expect(facts.get('主要业绩成果')!.split('\n')).toEqual([
      '1. 城市轨道交通信号系统数据平台',
      '2. 研发部代码质量改进',
      '3. 论文：基于流处理的轨道交通设备告警方法',
      '4. 专利：一种设备告警数据的实时聚合方法（ZL202210123456.7）',
      // The standard's number never breaks: its space is a no-break space.
      '5. 标准：T/SHXX\u00A0001-2024《轨道交通设备数据接口规范》',
      '6. 获奖：上海市科学技术奖',
    ]);
  });

  it('ends with the contact for objections, and the 落款: the employer as on its seal and the issue date', () => {
    const file = sampleApplicationFile();
    const content = noticeContent(file, noticePeriod(file));
    expect(plainText(content.objections, true)).toBe('公示期内如有异议，请以书面形式向王芳（联系电话：021-5555 0000）反映。');
    expect(content.closing).toEqual({ employer: { kind: 'text', text: '上海示例科技有限公司' }, date: '2025年9月1日' });
  });

  it('prints no source, file name, policy reference or English on the noticeboard sheet', () => {
    const file = sampleApplicationFile();
    const content = noticeContent(file, noticePeriod(file));
    const printed = JSON.stringify({ ...content, title: content.title.zh, intro: content.intro.zh, rows: content.rows.map((row) => [row.label.zh, row.value]) });
    expect(printed).not.toMatch(/来源|\.txt|\.md|policy|TitlePrep/);
    expect('basis' in content).toBe(false);
  });

  it('prints the period computed on the working calendar, with its number of working days', () => {
    const form = sampleForm();
    form.publicNotice!.startDate = '2025-09-28';
    const file = sampleApplicationFile({ form });
    const content = noticeContent(file, noticePeriod(file));
    expect(rows(content).get('公示期')).toBe('2025年9月28日至2025年10月10日（共5个工作日）');
    expect(content.warning).toBeNull();
  });

  it('a period reaching 2027 (no holiday data) carries a visible warning naming the year', () => {
    const form = sampleForm();
    form.publicNotice!.startDate = '2026-12-28';
    const file = sampleApplicationFile({ form });
    const content = noticeContent(file, noticePeriod(file));
    expect(rows(content).get('公示期')).toBe('2026年12月28日至2027年1月1日（共5个工作日）');
    expect(content.warning?.zh).toContain('2027 年');
    expect(content.warning?.zh).toContain('无法按官方日历计算');
  });

  it('no start date or contact: 待填写 in the period and in the closing sentence, the issue date left to write', () => {
    const form = sampleForm();
    form.publicNotice = { startDate: null, location: '', contactName: '', contactPhone: '', extraWorkdays: 0 };
    const file = sampleApplicationFile({ form });
    const content = noticeContent(file, noticePeriod(file));
    const facts = rows(content);
    expect(facts.get('公示期')).toBe('【待填写】');
    expect(plainText(content.objections, true)).toMatch(/【待填写】$/);
    // The place is not required: left blank for the employer to fill in.
    expect(facts.get('公示地点')).toBe('');
    expect(content.closing.date).toBe('　　　　年　　月　　日');
    // Without a first day the years of work are not counted against a guessed date.
    expect(facts.get('相关工作年限')).toBe('');
  });

  it('no programme: the programme is 待填写', () => {
    const file = sampleApplicationFile({ programme: null, application: { programmeId: null } });
    const content = noticeContent(file, noticePeriod(file));
    expect(rows(content).get('申报项目')).toBe('【待填写】');
    expect(rows(content).get('公示期')).toBe('2025年9月1日 【待填写】');
  });
});

describe('the notice names the procedure the programme uses', () => {
  it('Shanghai\'s levels are assessed (考核认定); Guangzhou\'s annual evaluation is 评审', async () => {
    const { getProgramme } = await import('../../../shared/programmes');
    const shanghai = sampleApplicationFile();
    expect(noticeContent(shanghai, noticePeriod(shanghai)).intro.zh).toBe('现将本单位以下人员的职称考核认定申报信息公示如下。');
    const guangzhou = getProgramme('guangzhou-2025');
    if (!guangzhou.ok) throw new Error('guangzhou-2025');
    const file = sampleApplicationFile({ programme: guangzhou.value, application: { programmeId: 'guangzhou-2025', catalogueLevel: 'intermediate' } });
    expect(noticeContent(file, noticePeriod(file)).intro.zh).toBe('现将本单位以下人员的职称评审申报信息公示如下。');
  });
});
