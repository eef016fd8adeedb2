// The form draft's content before layout: every profile and form field in its section, 待填写 exactly where
// the report says a required value is missing, 无 for the sections the online system wants filled, and
// never a made-up 个人承诺 or 核实意见: only the pasted wording, or an empty box with TitlePrep's own note.
import { describe, expect, it } from 'vitest';
import { getProgramme } from '../../../shared/programmes';
import { emptyForm } from '../../../shared/form/schema';
import { type FormSection, type GridLine, formContent } from '../../../shared/print/formContent';
import { type PrintValue, plainText } from '../../../shared/print/values';
import { PASTED_COMMITMENT, sampleApplicationFile, sampleForm } from '../../support/forms';
import { sampleProfile } from '../../support/profiles';

const section = <K extends FormSection['kind']>(sections: FormSection[], id: string, kind: K) => {
  const found = sections.find((entry) => entry.id === id);
  if (!found || found.kind !== kind) throw new Error(`no ${kind} section ${id}`);
  return found as Extract<FormSection, { kind: K }>;
};
const pairs = (lines: readonly GridLine[]) => new Map(lines.flat().map((pair) => [pair.label, pair.value]));
const text = (value: PrintValue | undefined) => (value ? plainText(value, true) : undefined);

describe('the sections of the draft', () => {
  it('follow the order of a Chinese 考核认定表, with neutral numbered titles', () => {
    const content = formContent(sampleApplicationFile());
    expect(content.sections.map((entry) => entry.title.zh)).toEqual([
      '一、基本情况',
      '二、申报信息',
      '三、学习经历（从高中起）',
      '四、工作经历',
      '五、境外职业资格',
      '六、业绩成果',
      '七、论文、著作',
      '八、专利',
      '九、标准',
      '十、获奖',
      '十一、专业技术工作总结',
      '十二、个人承诺',
      '十三、所在单位核实意见',
    ]);
    expect(content.title).toBe('考核认定表（草稿）');
  });

  it('basic details: the person, the employer as on its seal with its credit code, the insurance unit', () => {
    const basic = pairs(section(formContent(sampleApplicationFile()).sections, 'basic', 'grid').lines);
    expect(text(basic.get('姓名'))).toBe('张伟');
    expect(text(basic.get('性别'))).toBe('男');
    expect(text(basic.get('证件类型'))).toBe('护照');
    expect(text(basic.get('工作单位（与单位公章一致）'))).toBe('上海示例科技有限公司');
    expect(text(basic.get('单位统一社会信用代码'))).toBe('91350100M000100Y43');
    expect(text(basic.get('社会保险由本单位缴纳'))).toBe('是');
    // The employer pays the insurance: the other unit's fields print 无 (fields.json noneWhenEmpty).
    expect(text(basic.get('社会保险缴纳单位'))).toBe('无');
  });

  it('another unit paying the insurance is printed with its credit code', () => {
    const form = sampleForm();
    form.registration = { ...form.registration!, insuranceBySameEmployer: false, insuranceUnitName: '上海某人力资源有限公司', insuranceUnitCreditCode: '91350100M000100Y43' };
    const basic = pairs(section(formContent(sampleApplicationFile({ form })).sections, 'basic', 'grid').lines);
    expect(text(basic.get('社会保险由本单位缴纳'))).toBe('否');
    expect(text(basic.get('社会保险缴纳单位'))).toBe('上海某人力资源有限公司');
    expect(text(basic.get('缴纳单位统一社会信用代码'))).toBe('91350100M000100Y43');
  });

  it('registration: the programme, committee, specialty group, series and level with its title', () => {
    const registration = pairs(section(formContent(sampleApplicationFile()).sections, 'registration', 'grid').lines);
    // The user's override of the committee's name prints instead of the programme's.
    const overridden = sampleApplicationFile({ form: { ...sampleForm(), registration: { ...sampleForm().registration!, committee: '境外职业资格评委会' } } });
    expect(text(pairs(section(formContent(overridden).sections, 'registration', 'grid').lines).get('评委会'))).toBe('境外职业资格评委会');
    // Without an override, the programme's assessing body, in that one row (no second 考核认定机构 row).
    expect(text(registration.get('评委会'))).toBe(sampleApplicationFile().programme!.assessingBody.value!.zh);
    expect(registration.has('考核认定机构')).toBe(false);
    expect(text(registration.get('申报项目'))).toBe('上海市境外职业资格证书清单C类持证人员第三批职称考核认定（2025）');
    expect(text(registration.get('专业组'))).toBe('信息技术专业组');
    // Information technology → engineering series (programme data), intermediate → 工程师.
    expect(text(registration.get('申报系列'))).toBe('工程技术');
    expect(text(registration.get('申报级别'))).toBe('中级（工程师）');
  });

  it('no programme chosen: the programme and level are 待填写, no assessing body is made up', () => {
    const content = formContent(sampleApplicationFile({ programme: null, application: { programmeId: null, targetLevel: null } }));
    const registration = pairs(section(content.sections, 'registration', 'grid').lines);
    expect(registration.get('申报项目')).toEqual({ kind: 'missing' });
    expect(registration.get('申报级别')).toEqual({ kind: 'missing' });
    // One committee row; with no programme it holds only what the user typed, no name is made up.
    expect(registration.has('考核认定机构')).toBe(false);
    expect(text(registration.get('评委会'))).toBe(sampleForm().registration!.committee.trim());
    expect(content.subtitle).toBe('申报项目：待选择');
  });

  it('education from senior high school, sorted by start date, with the period and the mode', () => {
    const profile = sampleProfile();
    profile.education.push({ ...profile.education[0]!, id: '11111111-1111-4111-8111-111111111112', startDate: '2003-09-01', endDate: '2006-07-01', school: '上海市实验中学', major: '', degree: 'senior-high', degreeCertificateNumber: '' });
    const education = section(formContent(sampleApplicationFile({ profile })).sections, 'education', 'table');
    expect(education.rows.map((row) => row.map((value) => plainText(value, true)))).toEqual([
      ['2003年9月1日至2006年7月1日', '上海市实验中学', '', '高中', '', '全日制'],
      ['2006年9月1日至2010年7月1日', '同济大学', '计算机科学与技术', '本科（学士）', '1024712010000123', '全日制'],
    ]);
  });

  it('work history with its referee; an ongoing period reads 至今', () => {
    const work = section(formContent(sampleApplicationFile()).sections, 'work', 'table');
    expect(work.columns).toContain('证明人');
    expect(work.rows[0]!.map((value) => plainText(value, true))).toEqual(['2015年1月1日至今', '上海示例科技有限公司', '研发部', '软件工程师', '无', '李娜', '']);
  });

  it('certificates with renewals, list version and categories, field and verification', () => {
    const [certificate] = section(formContent(sampleApplicationFile()).sections, 'certificates', 'records').records;
    const fields = pairs(certificate!.lines);
    expect(text(fields.get('续期记录'))).toBe('2025年5月1日 续期，有效期至 2028年5月31日');
    expect(text(fields.get('清单版本'))).toBe('清单 2.0');
    expect(text(fields.get('清单类别'))).toBe('A 类、C 类');
    expect(text(fields.get('所属领域'))).toBe('信息技术');
    expect(text(fields.get('证书查验'))).toBe('已通过查验（2025年8月1日）');
  });

  it('achievements with period, role (主持/负责/参与), work, results and evidence', () => {
    const achievements = section(formContent(sampleApplicationFile()).sections, 'achievements', 'records');
    expect(achievements.records.map((record) => record.heading)).toEqual(['业绩 1', '业绩 2']);
    const first = pairs(achievements.records[0]!.lines);
    expect(text(first.get('起止时间'))).toBe('2021年3月1日至2023年6月30日');
    expect(text(first.get('本人角色'))).toBe('主持');
    expect(text(first.get('证明材料'))).toBe('项目验收报告、用户证明信');
    expect(text(pairs(achievements.records[1]!.lines).get('本人角色'))).toBe('负责');
  });

  it('papers, patents, standards and awards list every column', () => {
    const sections = formContent(sampleApplicationFile()).sections;
    expect(section(sections, 'patents', 'table').rows[0]!.map((value) => plainText(value, true))).toEqual(['一种设备告警数据的实时聚合方法', '发明专利', 'ZL202210123456.7', '2024年2月20日', '第一发明人']);
    expect(section(sections, 'standards', 'table').rows[0]![2]).toEqual({ kind: 'text', text: '团体标准' });
    expect(section(sections, 'awards', 'table').rows[0]![2]).toEqual({ kind: 'text', text: '省部级' });
    expect(section(sections, 'papers', 'table').rows[0]![4]).toEqual({ kind: 'text', text: 'ISSN\u00A01007-869X' });
  });

  it('the work summary: its 字数 against the target, and the attachment', () => {
    const summary = pairs(section(formContent(sampleApplicationFile()).sections, 'summary', 'grid').lines);
    expect(text(summary.get('字数'))).toBe('3,250 字（要求不少于 3,000 字）');
    expect(text(summary.get('附件'))).toBe('见附件：专业技术工作总结');
  });
});

describe('无 where the online system wants a value and there is none', () => {
  it.each(['achievements', 'papers', 'patents', 'standards', 'awards'])('an empty %s section prints 无', (id) => {
    const sections = formContent(sampleApplicationFile({ form: { ...sampleForm(), [id]: [] } })).sections;
    const found = sections.find((entry) => entry.id === id)!;
    expect(found.kind === 'table' || found.kind === 'records').toBe(true);
    if (found.kind !== 'table' && found.kind !== 'records') return;
    expect(found.kind === 'table' ? found.rows : found.records).toHaveLength(0);
    expect(found.empty).toEqual({ kind: 'none' });
  });
});

describe('待填写 exactly where the report says a required value is missing', () => {
  const sparse = () => {
    const profile = sampleProfile();
    profile.person.idNumber = '';
    profile.workPeriods[0]!.referee = '';
    profile.person.department = '';
    const form = { ...emptyForm(), registration: { ...emptyForm().registration, insuranceBySameEmployer: false } };
    return formContent(sampleApplicationFile({ profile, form, summaryWords: 1200 }));
  };

  it('a missing required profile value is missing; an empty optional one is blank', () => {
    const basic = pairs(section(sparse().sections, 'basic', 'grid').lines);
    expect(basic.get('证件号码')).toEqual({ kind: 'missing' });
    // The department is not required by the report: it stays blank, not 待填写.
    expect(basic.get('所在部门')).toEqual({ kind: 'blank' });
    // Another unit pays the insurance: no notice requires its name (TitlePrep suggests it), so it stays blank, never 无.
    expect(basic.get('社会保险缴纳单位')).toEqual({ kind: 'blank' });
  });

  it('a work period without a referee (a suggestion: blank), a blank committee, a short summary', () => {
    const content = sparse();
    expect(section(content.sections, 'work', 'table').rows[0]![5]).toEqual({ kind: 'blank' });
    // A blank committee is the programme's assessing body (one fact); only without a named body is it 待填写.
    expect(text(pairs(section(content.sections, 'registration', 'grid').lines).get('评委会'))).toBe('上海市专业技术人才职称考核认定委员会（境外职业资格）');
    const guangzhou = getProgramme('guangzhou-2025');
    if (!guangzhou.ok) throw new Error('guangzhou-2025');
    const unnamed = formContent(sampleApplicationFile({ programme: guangzhou.value, form: { ...emptyForm(), registration: { ...emptyForm().registration } } }));
    // Guangzhou's catalogue names no committee and no form: TitlePrep's sheet has no committee row to fill in.
    expect(pairs(section(unnamed.sections, 'registration', 'grid').lines).has('评委会')).toBe(false);
    const words = pairs(section(content.sections, 'summary', 'grid').lines).get('字数')!;
    expect(plainText(words, true)).toBe('1,200 字（要求不少于 3,000 字） 【待填写】');
    expect(plainText(words, false)).toBe('1,200 字（要求不少于 3,000 字）');
  });

  it('plainText prints 【待填写】 only when marking is asked for', () => {
    expect(plainText({ kind: 'missing' }, true)).toBe('【待填写】');
    expect(plainText({ kind: 'missing' }, false)).toBe('');
  });

  it('a missing row field of an achievement is marked in that achievement only', () => {
    const form = sampleForm();
    form.achievements![1]!.work = '';
    const achievements = section(formContent(sampleApplicationFile({ form })).sections, 'achievements', 'records');
    expect(pairs(achievements.records[1]!.lines).get('本人完成的工作')).toEqual({ kind: 'missing' });
    expect(pairs(achievements.records[0]!.lines).get('本人完成的工作')).toMatchObject({ kind: 'text' });
  });
});

describe('the 个人承诺 and the 所在单位核实意见 are never written by TitlePrep', () => {
  it('the pasted commitment wording is printed as pasted, with the signing date', () => {
    const commitment = section(formContent(sampleApplicationFile()).sections, 'commitment', 'statement');
    expect(commitment.wording).toEqual({ kind: 'text', text: PASTED_COMMITMENT });
    expect(commitment.note).toBeNull();
    expect(commitment.lines.map((line) => [line.label, plainText(line.value, true)])).toEqual([['申报人签名：', ''], ['日期：', '2025年9月1日']]);
  });

  it('no pasted wording: an empty box, 待填写, and TitlePrep\'s own instruction to paste it', () => {
    const form = sampleForm();
    form.commitment = { wording: '', signedOn: null };
    const commitment = section(formContent(sampleApplicationFile({ form })).sections, 'commitment', 'statement');
    expect(commitment.wording).toEqual({ kind: 'missing' });
    expect(commitment.note?.zh).toBe('请粘贴系统生成表中的个人承诺原文');
    // A blank date to fill in by hand.
    expect(plainText(commitment.lines[1]!.value, true)).toMatch(/^\s+年\s+月\s+日$/);
  });

  it('the employer\'s box: blank space without wording, the signatory, the seal line with the date under it, and no TitlePrep record where the seal goes', () => {
    const verification = section(formContent(sampleApplicationFile()).sections, 'employerVerification', 'statement');
    expect(verification.wording).toEqual({ kind: 'blank' });
    expect(plainText(verification.lines[0]!.value, true)).toBe('王芳（人力资源部经理）');
    expect(verification.seal).toEqual({ label: '单位（盖章）', date: '　　　　年　　月　　日' });
    expect(JSON.stringify(verification)).not.toMatch(/TitlePrep|盖章\s*记录|尚未盖章/);
    const form = sampleForm();
    form.employerVerification = { wording: '经核实，……（单位填写）', signatory: '王芳', signedOn: '2025-09-08', sealApplied: true };
    const sealed = section(formContent(sampleApplicationFile({ form })).sections, 'employerVerification', 'statement');
    expect(sealed.wording).toEqual({ kind: 'text', text: '经核实，……（单位填写）' });
    expect(sealed.seal?.date).toBe('2025年9月8日');
  });
});

describe('Guangzhou on paper: no Shanghai sections, no 3,000-字 requirement (issue 11)', () => {
  const guangzhou = (() => {
    const result = getProgramme('guangzhou-2025');
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  })();

  it('has no 个人承诺 or 所在单位核实意见 section, and shows the summary length without a requirement', () => {
    const content = formContent(sampleApplicationFile({ programme: guangzhou, application: { programmeId: 'guangzhou-2025' }, summaryWords: 1200 }));
    expect(content.sections.map((entry) => entry.id)).not.toContain('commitment');
    expect(content.sections.map((entry) => entry.id)).not.toContain('employerVerification');
    const words = pairs(section(content.sections, 'summary', 'grid').lines).get('字数')!;
    expect(plainText(words, true)).toBe('1,200 字');
  });

  it('is TitlePrep\'s sheet of the details, titled as such and saying it is not an official form: no 考核认定表, no online-system fields', () => {
    const content = formContent(sampleApplicationFile({ programme: guangzhou, application: { programmeId: 'guangzhou-2025' } }));
    expect(content.title).toBe('申报信息汇总（草稿）');
    expect(content.note).toContain('不是官方格式');
    expect(JSON.stringify(content)).not.toContain('考核认定表');
    const labels = content.sections.flatMap((entry) => (entry.kind === 'grid' ? entry.lines.flat().map((pair) => pair.label) : []));
    for (const shanghaiField of ['社会保险由本单位缴纳', '社会保险缴纳单位', '专业组', '考核认定机构']) expect(labels).not.toContain(shanghaiField);
  });

  it('a Guangzhou applicant at a 事业单位 gets no Shanghai post confirmation either', () => {
    const profile = sampleProfile();
    profile.person = { ...profile.person!, employerKind: 'public-institution' };
    const content = formContent(sampleApplicationFile({ programme: guangzhou, application: { programmeId: 'guangzhou-2025' }, profile }));
    expect(content.sections.filter((entry) => entry.kind === 'statement')).toEqual([]);
  });

  it('Shanghai keeps both sections and its requirement', () => {
    const content = formContent(sampleApplicationFile({ summaryWords: 3250 }));
    expect(content.sections.map((entry) => entry.id)).toEqual(expect.arrayContaining(['commitment', 'employerVerification']));
    expect(plainText(pairs(section(content.sections, 'summary', 'grid').lines).get('字数')!, false)).toBe('3,250 字（要求不少于 3,000 字）');
  });
});

describe('staff of a 事业单位: the supervising authority confirms the post on the form (沪人社专〔2024〕296号 四（三）)', () => {
  const atPublicInstitution = () => {
    const profile = sampleProfile();
    profile.person = { ...profile.person!, employerKind: 'public-institution' };
    return formContent(sampleApplicationFile({ profile }));
  };

  it('a section 事业单位岗位情况 after the employer\'s, with room for the authority\'s seal and no made-up wording', () => {
    const content = atPublicInstitution();
    expect(content.sections.slice(-3).map((entry) => entry.title.zh)).toEqual(['十二、个人承诺', '十三、所在单位核实意见', '十四、事业单位岗位情况（主管部门确认）']);
    const post = section(content.sections, 'postConfirmation', 'statement');
    expect(post.wording).toEqual({ kind: 'blank' });
    expect(post.note?.zh).toContain('通知未公布本栏的措辞');
    expect(post.seal?.label).toBe('主管部门（盖章）');
  });

  it('an enterprise\'s employee, or an employer kind not entered, has no such section', () => {
    expect(formContent(sampleApplicationFile()).sections.map((entry) => entry.id)).not.toContain('postConfirmation');
    const profile = sampleProfile();
    profile.person = { ...profile.person!, employerKind: null };
    expect(formContent(sampleApplicationFile({ profile })).sections.map((entry) => entry.id)).not.toContain('postConfirmation');
  });
});
