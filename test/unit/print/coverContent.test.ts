// The cover sheet's content: the packet's parts, where each copy is signed and sealed, and a checklist.
// The number of copies and the notice length come from the programme data; the copies' rule is quoted.
import { describe, expect, it } from 'vitest';
import { coverContent } from '../../../shared/print/coverContent';
import { noticePeriod } from '../../../shared/print/noticePeriod';
import { chineseDate } from '../../../shared/print/values';
import { getProgramme } from '../../../shared/programmes';
import { sampleApplicationFile } from '../../support/forms';
import { sampleProfile } from '../../support/profiles';

const parts = [
  { title: '考核认定表（草稿）', pages: 3, copies: 3 },
  { title: '专业技术工作总结', pages: 6, copies: 3 },
  { title: '申报公示', pages: 1, copies: 1 },
];

describe('the cover sheet', () => {
  it('lists the parts with their pages and copies', () => {
    const content = coverContent(sampleApplicationFile(), { parts, officialFormUsed: true });
    expect(content.contents.rows).toEqual([['1', '考核认定表（草稿）', '3', '3'], ['2', '专业技术工作总结', '6', '3'], ['3', '申报公示', '1', '1']]);
  });

  it('one signing row per copy, each with the applicant\'s signature and the employer\'s seal', () => {
    const { signing } = coverContent(sampleApplicationFile(), { parts, officialFormUsed: true });
    expect(signing.copies.map((copy) => copy.zh)).toEqual(['第 1 份', '第 2 份', '第 3 份']);
    expect(signing.columns.map((column) => column.zh)).toEqual(['份次', '个人承诺', '所在单位核实意见']);
    expect(signing.places.map((place) => place.zh)).toEqual(['申报人签名，填写日期', '单位签署意见、签字，加盖公章']);
  });

  it('states the programme\'s number of copies with the notice\'s own words', () => {
    const file = sampleApplicationFile();
    const { signing } = coverContent(file, { parts, officialFormUsed: true });
    expect(file.programme!.printCopies.value).toBe(3);
    expect(signing.rule.text).toEqual({ zh: '打印一式三份', en: 'Print 3 copies' });
    expect(signing.rule.source?.quote).toContain('produce three copies');
  });

  it('lists the acknowledged review warnings under 已确认, and has no such section without any', () => {
    const acknowledged = [{ zh: '已确认：日期“2027年”晚于今天', en: 'Acknowledged: The date “2027年” is after today' }];
    expect(coverContent(sampleApplicationFile(), { parts, officialFormUsed: true, acknowledged }).acknowledged).toEqual({ heading: { zh: '已确认的审查提醒', en: 'Review warnings acknowledged' }, lines: acknowledged });
    expect(coverContent(sampleApplicationFile(), { parts, officialFormUsed: true, acknowledged: [] }).acknowledged).toBeNull();
    expect(coverContent(sampleApplicationFile(), { parts, officialFormUsed: true }).acknowledged).toBeNull();
  });

  it('a draft form in the packet is said to be a draft, not the official form', () => {
    expect(coverContent(sampleApplicationFile(), { parts, officialFormUsed: false }).signing.form).toMatchObject({ draft: true, text: { zh: expect.stringContaining('不是网上系统生成的正式版本') } });
    expect(coverContent(sampleApplicationFile(), { parts, officialFormUsed: true }).signing.form.draft).toBe(false);
  });

  it('the checklist: print, sign, seal, public notice of N working days, submit within the window', () => {
    const file = sampleApplicationFile();
    const steps = coverContent(file, { parts, officialFormUsed: true }).checklist.steps.map((step) => step.zh);
    expect(steps).toEqual([
      '打印全部材料，共 3 份',
      '申报人在每份的“个人承诺”处签名、填写日期',
      '单位在每份的“所在单位核实意见”处签署意见、签字并加盖公章',
      `单位在内部公示申报材料，不少于 ${file.programme!.publicNotice.value} 个工作日`,
      `在规定时间内提交全部材料（${chineseDate(file.programme!.dates.materialsWindow.value!.from)}至${chineseDate(file.programme!.dates.materialsWindow.value!.to)}）`,
    ]);
  });

  it('with the computed period, the checklist gives the notice\'s dates', () => {
    const file = sampleApplicationFile();
    const steps = coverContent(file, { parts, officialFormUsed: true, noticePeriod: noticePeriod(file) }).checklist.steps;
    expect(steps[3]!.zh).toBe('单位在内部公示申报材料：2025年9月1日至2025年9月5日（共5个工作日）');
  });

  it('English translations exist for every instruction', () => {
    const content = coverContent(sampleApplicationFile(), { parts, officialFormUsed: false });
    for (const text of [content.title, content.notPart, ...content.checklist.steps, ...content.signing.places, content.signing.form.text]) {
      expect(text.en).toMatch(/[A-Za-z]/);
      expect(text.en).not.toBe(text.zh);
    }
  });
});

describe('how to print', () => {
  it('says double-sided with blank backs by default, single-sided when asked, to staple each copy, where each copy is signed, and that the summary\'s copies are TitlePrep\'s default', () => {
    const file = sampleApplicationFile();
    const parts = [{ title: '考核认定表（草稿）', pages: 5, copies: 3 }];
    const duplex = coverContent(file, { parts, officialFormUsed: false, signingPages: [{ page: 4, what: 'commitment' }, { page: 5, what: 'employerVerification' }, { page: 10, what: 'summarySignature' }] });
    const lines = duplex.printing.lines.map((line) => line.zh);
    expect(lines[0]).toContain('双面打印');
    expect(lines[0]).toContain('（此页无正文）');
    expect(lines).toContain('每份单独装订（左侧或左上角），公示单独张贴，不与各份装订在一起。');
    expect(lines).toContain('每份需签名、盖章的页：第 4 页（个人承诺）、第 5 页（所在单位核实意见）、第 10 页（专业技术工作总结）。');
    expect(lines.at(-1)).toContain('TitlePrep 的默认做法');
    const simplex = coverContent(file, { parts, officialFormUsed: false, duplex: false });
    expect(simplex.printing.lines[0]!.zh).toBe('单面打印。');
  });
});

describe('where to sign follows the programme\'s form (applicationForm)', () => {
  it('a 事业单位 applicant: a third column and a checklist step for the supervising authority\'s confirmation', () => {
    const profile = sampleProfile();
    profile.person = { ...profile.person!, employerKind: 'public-institution' };
    const content = coverContent(sampleApplicationFile({ profile }), { parts, officialFormUsed: false });
    expect(content.signing.columns.map((column) => column.zh)).toEqual(['份次', '个人承诺', '所在单位核实意见', '事业单位岗位情况（主管部门确认）']);
    expect(content.signing.places.map((place) => place.zh)).toContain('主管部门确认岗位情况，加盖公章');
    expect(content.checklist.steps.map((step) => step.zh)).toContain('所在单位主管部门在每份的“事业单位岗位情况”处确认并加盖公章');
  });

  it('Guangzhou: no Shanghai sign or seal columns, no 考核认定表; it says the catalogue publishes neither', () => {
    const guangzhou = getProgramme('guangzhou-2025');
    if (!guangzhou.ok) throw new Error('guangzhou-2025');
    const content = coverContent(sampleApplicationFile({ programme: guangzhou.value, application: { programmeId: 'guangzhou-2025' } }), { parts, officialFormUsed: false });
    expect(content.signing.columns).toEqual([]);
    expect(content.signing.places).toEqual([]);
    expect(content.signing.none?.zh).toBe('该申报项目未公布申报材料的格式，也未公布在何处签字、盖章：请按评审通知办理。');
    expect(content.signing.form).toEqual({ text: expect.objectContaining({ zh: expect.stringContaining('申报信息汇总') }), draft: false });
    const printed = JSON.stringify([content.signing, content.checklist, content.printing]);
    for (const shanghai of ['个人承诺', '所在单位核实意见', '考核认定表']) expect(printed).not.toContain(shanghai);
  });
});
