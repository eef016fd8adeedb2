// A complete, valid profile in Chinese, used by the integration and end-to-end tests.
import type { ProfileInput } from '../../shared/profile/schema';

export const SAMPLE_IDS = {
  education: '11111111-1111-4111-8111-111111111111',
  work: '22222222-2222-4222-8222-222222222222',
  certificate: '33333333-3333-4333-8333-333333333333',
};

export function sampleProfile(): ProfileInput {
  return {
    person: {
      nameZh: '张伟',
      nameLatin: 'ZHANG WEI',
      gender: 'male',
      birthDate: '1988-03-14',
      nationality: '中国',
      idType: 'passport',
      idNumber: 'E12345678',
      phone: '+86 138 0000 0000',
      email: 'zhang.wei@example.com',
      employerName: '上海示例科技有限公司',
      employerCreditCode: '91350100M000100Y43',
      department: '研发部',
      post: '高级软件工程师',
      targetCity: 'shanghai',
      employerKind: 'enterprise',
      supervisorConsent: null,
      currentTitleLevel: null,
    },
    education: [
      {
        id: SAMPLE_IDS.education,
        startDate: '2006-09-01',
        endDate: '2010-07-01',
        school: '同济大学',
        major: '计算机科学与技术',
        degree: 'bachelor',
        degreeCertificateNumber: '1024712010000123',
        fullTime: true,
        scienceOrEngineering: true,
      },
    ],
    workPeriods: [
      {
        id: SAMPLE_IDS.work,
        startDate: '2015-01-01',
        endDate: null,
        employer: '上海示例科技有限公司',
        department: '研发部',
        position: '软件工程师',
        titleHeld: '无',
        referee: '李娜',
        relevant: true,
        inCity: true,
        overseas: false,
      },
    ],
    certificates: [
      {
        id: SAMPLE_IDS.certificate,
        name: 'Certified Information Systems Security Professional',
        issuingBody: '(ISC)²',
        number: '123456',
        obtainedOn: '2019-05-20',
        validUntil: '2025-05-31',
        renewals: [{ renewedOn: '2025-05-01', validUntil: '2028-05-31' }],
        // Round 3 names List 2.0 (seed 000): the categories are recorded under that list.
        listVersion: '2.0',
        categories: ['A', 'C'],
        field: 'information-technology',
        verifiedOn: '2025-08-01',
        verificationStatus: 'verified',
      },
    ],
  };
}
