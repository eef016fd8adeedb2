// The public notice's content: the facts policy.md lists, the period as "YYYY年M月D日至YYYY年M月D日（共N个工作日）",
// the programme's own quoted basis with its source (never TitlePrep's wording of the rule), and a visible
// warning when the end date touched a year without holiday data.
import { describe, expect, it } from 'vitest';
import { noticeContent } from '../../../shared/print/noticeContent';
import { noticePeriod } from '../../../shared/print/noticePeriod';
import { plainText } from '../../../shared/print/values';
import { sampleApplicationFile, sampleForm } from '../../support/forms';

const rows = (content: ReturnType<typeof noticeContent>) => new Map(content.rows.map((row) => [row.label.zh, plainText(row.value, true)]));

describe('the public notice', () => {
  it('names the employer, the applicant, the post, what is applied for and the overseas qualification', () => {
    const file = sampleApplicationFile();
    const facts = rows(noticeContent(file, noticePeriod(file)));
    expect(facts.get('单位名称')).toBe('上海示例科技有限公司');
    expect(facts.get('申报人')).toBe('张伟');
    expect(facts.get('所在部门及岗位')).toBe('研发部 / 高级软件工程师');
    expect(facts.get('申报项目')).toBe('上海市境外职业资格证书清单C类持证人员第三批职称考核认定（2025）');
    expect(facts.get('申报系列及级别')).toBe('工程技术 中级（工程师）');
    expect(facts.get('境外职业资格')).toBe('Certified Information Systems Security Professional（(ISC)²）');
    expect(facts.get('公示地点')).toBe('公司三楼公告栏及内网');
    expect(facts.get('异议受理')).toBe('联系人：王芳　联系电话：021-5555 0000');
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

  it('quotes the programme\'s own words as the basis, cited as a person can look it up (never a file name), labelled 英文原文', () => {
    const file = sampleApplicationFile();
    const { basis } = noticeContent(file, noticePeriod(file));
    const source = file.programme!.publicNotice.source;
    if (source.type !== 'seed') throw new Error('the round-3 notice length is quoted from a seed');
    expect(basis?.source.quote).toBe(`“${source.quote}”`);
    expect(basis?.source.quoteNote?.zh).toBe('（英文原文）');
    expect(basis?.source.origin.zh).toBe(`来源：上海市人力资源和社会保障局第三批境外职业资格证书持证人员职称考核认定通知（英文发布稿）（2025年）“${source.section}”部分`);
    expect(basis?.source.origin.zh).not.toContain(source.document);
  });

  it('no start date or contact: 待填写 in their rows', () => {
    const form = sampleForm();
    form.publicNotice = { startDate: null, location: '', contactName: '', contactPhone: '', extraWorkdays: 0 };
    const file = sampleApplicationFile({ form });
    const facts = rows(noticeContent(file, noticePeriod(file)));
    expect(facts.get('公示期')).toBe('【待填写】');
    expect(facts.get('异议受理')).toBe('【待填写】');
    // The place is not required: left blank for the employer to fill in.
    expect(facts.get('公示地点')).toBe('');
  });

  it('no programme: no basis is invented, the programme is 待填写', () => {
    const file = sampleApplicationFile({ programme: null, application: { programmeId: null } });
    const content = noticeContent(file, noticePeriod(file));
    expect(content.basis).toBeNull();
    expect(rows(content).get('申报项目')).toBe('【待填写】');
    expect(rows(content).get('公示期')).toBe('2025年9月1日 【待填写】');
  });
});
