// The demo applicant of `npm run demo`: a fictional engineer, every name, number and date made up, each
// labelled 虚构 / fictional where it is printed. Wordings that only the online system can give (the personal
// commitment, the employer's verification) are placeholders that say so: TitlePrep never invents them.
import type { Application } from '../../shared/application/schema';
import type { AssessmentFormInput } from '../../shared/form/schema';
import type { ProfileInput } from '../../shared/profile/schema';

export const DEMO_NAMES = { nameZh: '演示申请人（虚构）', nameLatin: 'DEMO APPLICANT (FICTIONAL)' };
export const DEMO_PROGRAMME = 'shanghai-c-r3';
export const DEMO_PROGRAMMES = ['shanghai-c-r3', 'guangzhou-2025'] as const;
export type DemoProgramme = (typeof DEMO_PROGRAMMES)[number];
export const DEMO_EMPLOYER_KINDS = ['enterprise', 'public-institution'] as const;
export type DemoEmployerKind = (typeof DEMO_EMPLOYER_KINDS)[number];

/** Who the demo applicant is: the Shanghai round 3 enterprise engineer by default; Guangzhou or a 事业单位 on request. */
export interface DemoVariant {
  programmeId: DemoProgramme;
  employerKind: DemoEmployerKind;
}
export const DEFAULT_VARIANT: DemoVariant = { programmeId: DEMO_PROGRAMME, employerKind: 'enterprise' };
export const DEMO_EMPLOYER = '上海演示楼宇科技有限公司（虚构）';

/** Fixed row ids: the demo's output is the same from one run to the next. */
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function demoProfile(variant: DemoVariant = DEFAULT_VARIANT): ProfileInput {
  const profile = baseProfile();
  const guangzhou = variant.programmeId === 'guangzhou-2025';
  if (guangzhou) profile.person = { ...profile.person, targetCity: 'guangzhou', employerName: '广州演示楼宇科技有限公司（虚构）' };
  // A 事业单位's engineer with a junior title, the supervising authority having agreed: applies one level up.
  if (variant.employerKind === 'public-institution') {
    profile.person = { ...profile.person, employerName: guangzhou ? '广州演示建筑研究院（虚构）' : '上海演示建筑研究院（虚构）', employerKind: 'public-institution', supervisorConsent: true, currentTitleLevel: 'junior' };
  }
  return profile;
}

function baseProfile(): ProfileInput & { person: NonNullable<ProfileInput['person']> } {
  return {
    person: {
      ...DEMO_NAMES,
      gender: 'female',
      birthDate: '1986-06-18',
      nationality: '德国（虚构）',
      idType: 'passport',
      idNumber: 'C00000000',
      phone: '+86 21 5555 0100',
      email: 'demo.applicant@example.com',
      employerName: DEMO_EMPLOYER,
      employerCreditCode: '91350100M000100Y43',
      department: '系统架构组',
      post: '系统架构组组长',
      targetCity: 'shanghai',
      employerKind: 'enterprise',
      supervisorConsent: null,
      currentTitleLevel: null,
    },
    education: [
      {
        id: id(1),
        startDate: '2006-10-01',
        endDate: '2010-07-31',
        school: '演示应用技术大学（虚构）',
        major: '电气工程',
        degree: 'bachelor',
        degreeCertificateNumber: 'DEMO-B-2010-0001',
        fullTime: true,
        scienceOrEngineering: true,
      },
      {
        id: id(2),
        startDate: '2010-10-01',
        endDate: '2012-09-30',
        school: '演示应用技术大学（虚构）',
        major: '自动化',
        degree: 'master',
        degreeCertificateNumber: 'DEMO-M-2012-0001',
        fullTime: true,
        scienceOrEngineering: true,
      },
    ],
    workPeriods: [
      {
        id: id(11),
        startDate: '2012-10-01',
        endDate: '2015-03-31',
        employer: 'Demo Building Automation GmbH (fictional)',
        department: 'Controls Software',
        position: '控制软件工程师',
        titleHeld: '无',
        referee: '演示证明人甲（虚构）',
        relevant: true,
        inCity: false,
        overseas: true,
      },
      {
        id: id(12),
        startDate: '2015-05-01',
        endDate: null,
        employer: DEMO_EMPLOYER,
        department: '系统架构组',
        position: '软件工程师、系统架构组组长',
        titleHeld: '无',
        referee: '演示证明人乙（虚构）',
        relevant: true,
        inCity: true,
        overseas: false,
      },
    ],
    certificates: [
      {
        id: id(21),
        name: 'Demo Building Automation Engineer Certificate (fictional)',
        issuingBody: 'Demo Certification Board (fictional)',
        number: 'DEMO-CERT-0001',
        obtainedOn: '2014-06-30',
        validUntil: '2027-06-30',
        renewals: [],
        // Round 3 accepts only Category C holders of List 2.0 (seed 000: "Category C certificates listed in the
        // Shanghai List … (2.0)"); one certificate may sit in several categories.
        listVersion: '2.0',
        categories: ['A', 'C'],
        field: 'engineering',
        verifiedOn: '2025-08-15',
        verificationStatus: 'verified',
      },
    ],
  };
}

export function demoApplication(variant: DemoVariant = DEFAULT_VARIANT): Application {
  return {
    programmeId: variant.programmeId,
    series: 'engineering',
    earlierRounds: [],
    countOverseas: true,
    // Guangzhou: the catalogue benchmarks the certificate to a level (工程师 here).
    catalogueLevel: variant.programmeId === 'guangzhou-2025' ? 'intermediate' : null,
    targetLevel: 'intermediate',
  };
}

export function demoForm(variant: DemoVariant = DEFAULT_VARIANT): AssessmentFormInput {
  // Guangzhou's catalogue names no committee and no specialty group: the demo leaves them empty there.
  const shanghai = variant.programmeId !== 'guangzhou-2025';
  return {
    registration: {
      // The real assessing body of the round (沪人社专〔2024〕296号 一; seed 000 names it too).
      committee: shanghai ? '上海市专业技术人才职称考核认定委员会（境外职业资格）' : '',
      specialtyGroup: shanghai ? '（演示）建筑智能化专业组（虚构）' : '',
      insuranceBySameEmployer: true,
      insuranceUnitName: '',
      insuranceUnitCreditCode: '',
    },
    achievements: [
      {
        id: id(31),
        title: '某产业园区（虚构）综合能源管理平台',
        startDate: '2019-03-01',
        endDate: '2021-06-30',
        role: 'lead',
        work: '作为技术负责人完成总体架构、协议适配层与统一点位模型的设计，编写点位命名规则和数据质量检查程序，带领六人团队完成约四万个点位的接入、清洗和建模，组织现场联调和竣工验收。',
        results: '能耗数据完整率由约70%提高到98%以上；空调系统第一年用电量较上年同期下降约11%（业主计量数据，已扣除气温影响）；方案推广到公司后续四个园区项目。',
        evidence: '竣工验收报告、业主用电量对比报告（演示，均为虚构）',
      },
      {
        id: id(32),
        title: '冷水机组群控策略优化',
        startDate: '2021-07-01',
        endDate: '2021-12-31',
        role: 'responsible',
        work: '分析三个月分钟级运行数据，查明加减机判据与末端变流量调节相互作用的原因；提出滑动平均负荷判据、最短运行和停机时间、末端协调三项改进，经仿真回放和单机试运行后全面启用。',
        results: '机组日均启停由十余次降至三次以内；供水温度波动由±1.5 ℃收窄到±0.5 ℃以内。',
        evidence: '调试报告、运行数据对比（演示，均为虚构）',
      },
      {
        id: id(33),
        title: '某医院（虚构）门急诊楼能源计量与运行优化',
        startDate: '2022-02-01',
        endDate: '2022-11-30',
        role: 'lead',
        work: '制定分区域、分时段的实施计划，先试点后推广，重点医疗区域只监测不调整；负责计量方案、平台配置和优化策略。',
        results: '分项计量覆盖率100%；空调系统年用电量下降约7%；改造期间未发生运行异常。',
        evidence: '项目验收意见（演示，虚构）',
      },
    ],
    papers: [
      {
        id: id(41),
        title: '基于语义模型的建筑能耗数据质量检查方法（虚构）',
        venue: '演示建筑科技期刊（虚构）',
        publishedOn: '2021-09-15',
        authorship: '第一作者',
        identifier: 'ISSN 0000-0000（虚构）',
      },
    ],
    patents: [
      {
        id: id(51),
        title: '一种冷水机组群控加减机的判定方法（虚构）',
        kind: 'invention',
        number: 'ZL 2099 0 0000000.0（虚构）',
        grantedOn: '2023-04-18',
        inventorship: '第一发明人',
      },
    ],
    standards: [
      {
        id: id(61),
        title: '建筑能源管理平台数据接口技术规程（虚构）',
        number: 'T/DEMO 001—2024（虚构）',
        level: 'group',
        publishedOn: '2024-05-20',
        role: '主要起草人（排名第3）',
      },
    ],
    awards: [
      {
        id: id(71),
        name: '演示行业协会科技进步奖（虚构）',
        grantedBy: '演示行业协会（虚构）',
        level: 'industry',
        awardedOn: '2023-12-01',
        rank: '二等奖，排名第2',
      },
    ],
    commitment: {
      wording: '（演示：此处粘贴系统生成表中的个人承诺原文。TitlePrep 不提供、也不编写承诺的文字。）',
      signedOn: null,
    },
    employerVerification: {
      wording: '（演示：此处粘贴单位核实意见原文。TitlePrep 不编写单位意见。）',
      signatory: '演示人事负责人（虚构），人力资源部经理',
      signedOn: null,
      sealApplied: false,
    },
    publicNotice: {
      // Round 3's materials window opens on 2025-09-01: the notice runs its first five working days.
      startDate: '2025-09-01',
      location: '公司一楼公告栏及内部网站（演示）',
      contactName: '演示联系人（虚构）',
      contactPhone: '021-5555 0199',
      extraWorkdays: 0,
    },
  };
}
