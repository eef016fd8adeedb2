// A complete, valid assessment form in Chinese (every section filled), and an in-memory ApplicationFile
// built from it with the sample profile and the Shanghai round-3 programme, so the print builders can be
// tested without a database. The packet's tests reuse both.
import { applicationSchema, type Application } from '../../shared/application/schema';
import { type AssessmentForm, type AssessmentFormInput, formSchema } from '../../shared/form/schema';
import { reportForPrinting } from '../../shared/form/validation';
import { type Profile, type ProfileInput, profileSchema } from '../../shared/profile/schema';
import { getProgramme } from '../../shared/programmes';
import type { Programme } from '../../shared/programmes/schema';
import { summaryTarget } from '../../shared/summary/target';
import type { ApplicationFile } from '../../electron/backend/form/load';
import { sampleProfile } from './profiles';

export const FORM_IDS = {
  achievement: '44444444-4444-4444-8444-444444444441',
  achievement2: '44444444-4444-4444-8444-444444444442',
  paper: '55555555-5555-4555-8555-555555555555',
  patent: '66666666-6666-4666-8666-666666666666',
  standard: '77777777-7777-4777-8777-777777777777',
  award: '88888888-8888-4888-8888-888888888888',
};

/** The commitment's wording as a user would paste it: test text, deliberately not the official wording. */
export const PASTED_COMMITMENT = '【测试用粘贴文本】本人已阅读网上系统生成表中的承诺内容（此处为测试文字，非官方原文）。';

export function sampleForm(): AssessmentFormInput {
  return {
    registration: {
      committee: '上海市专业技术人才职称考核认定委员会（境外职业资格）',
      specialtyGroup: '信息技术专业组',
      insuranceBySameEmployer: true,
      insuranceUnitName: '',
      insuranceUnitCreditCode: '',
    },
    achievements: [
      {
        id: FORM_IDS.achievement,
        title: '城市轨道交通信号系统数据平台',
        startDate: '2021-03-01',
        endDate: '2023-06-30',
        role: 'lead',
        work: '主持平台的总体设计，负责数据采集、清洗和实时告警模块的开发，组织 8 人团队完成上线。',
        results: '告警平均响应时间由 15 分钟缩短到 2 分钟；每年节约运维成本约 120 万元。',
        evidence: '项目验收报告、用户证明信',
      },
      {
        id: FORM_IDS.achievement2,
        title: '研发部代码质量改进',
        startDate: '2024-01-01',
        endDate: null,
        role: 'responsible',
        work: '建立代码评审和自动化测试流程。',
        results: '缺陷率下降 40%。',
        evidence: '内部质量报告',
      },
    ],
    papers: [
      {
        id: FORM_IDS.paper,
        title: '基于流处理的轨道交通设备告警方法',
        venue: '城市轨道交通研究',
        publishedOn: '2023-05-15',
        authorship: '第一作者',
        identifier: 'ISSN 1007-869X',
      },
    ],
    patents: [
      {
        id: FORM_IDS.patent,
        title: '一种设备告警数据的实时聚合方法',
        kind: 'invention',
        number: 'ZL202210123456.7',
        grantedOn: '2024-02-20',
        inventorship: '第一发明人',
      },
    ],
    standards: [
      {
        id: FORM_IDS.standard,
        title: '轨道交通设备数据接口规范',
        number: 'T/SHXX 001-2024',
        level: 'group',
        publishedOn: '2024-06-01',
        role: '主要起草人（排名第2）',
      },
    ],
    awards: [
      {
        id: FORM_IDS.award,
        name: '上海市科学技术奖',
        grantedBy: '上海市人民政府',
        level: 'provincial',
        awardedOn: '2024-05-30',
        rank: '三等奖，排名第3',
      },
    ],
    commitment: { wording: PASTED_COMMITMENT, signedOn: '2025-09-01' },
    employerVerification: { wording: '', signatory: '王芳（人力资源部经理）', signedOn: null, sealApplied: false },
    publicNotice: { startDate: '2025-09-01', location: '公司三楼公告栏及内网', contactName: '王芳', contactPhone: '021-5555 0000', extraWorkdays: 0 },
  };
}

export interface FileParts {
  profile?: ProfileInput;
  form?: AssessmentFormInput;
  application?: Partial<Application>;
  /** null: no summary written; a number: its 字数. */
  summaryWords?: number | null;
  programme?: Programme | null;
}

function programmeR3(): Programme {
  const programme = getProgramme('shanghai-c-r3');
  if (!programme.ok) throw new Error(programme.error.message);
  return programme.value;
}

/** An ApplicationFile as electron/backend/form/load.ts makes it, from the samples unless told otherwise. */
export function sampleApplicationFile(parts: FileParts = {}): ApplicationFile {
  const profile: Profile = profileSchema.parse(parts.profile ?? sampleProfile());
  const form: AssessmentForm = formSchema.parse(parts.form ?? sampleForm());
  const application = applicationSchema.parse({
    programmeId: 'shanghai-c-r3',
    series: null,
    earlierRounds: [],
    countOverseas: true,
    catalogueLevel: null,
    targetLevel: 'intermediate',
    ...parts.application,
  });
  const programme = parts.programme === undefined ? programmeR3() : parts.programme;
  const words = parts.summaryWords === undefined ? 3250 : parts.summaryWords;
  const target = summaryTarget(programme).words;
  const summary = words === null ? null : { document: { format: 1 as const, blocks: [] }, words, target };
  const report = reportForPrinting({ profile, application, form, summary: summary && { words: summary.words, target }, programme });
  return {
    stored: { applicantId: '99999999-9999-4999-8999-999999999999', profile, revision: 1, updatedAt: '2025-09-01T02:00:00.000Z' },
    application,
    programme,
    form,
    summary,
    report,
  };
}
