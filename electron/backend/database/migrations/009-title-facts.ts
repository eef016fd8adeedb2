// Schema version 9: the facts the public-institution rule needs (沪人社专〔2024〕296号 二: 事业单位工作人员…经上级主管
// 部门同意后，可在现有职称基础上申请参加高一级职称): the kind of employer, the supervising authority's consent and the
// title already held. Null in every existing row: the eligibility engine reads null as "not entered" (unknown).
import type { Migration } from './migration';

export const migration009: Migration = {
  version: 9,
  description: 'employer kind, supervising authority consent, title held',
  up(db) {
    db.exec(`
      ALTER TABLE applicant ADD COLUMN employer_kind TEXT
        CHECK (employer_kind IS NULL OR employer_kind IN ('enterprise', 'public-institution', 'social-organization', 'individual-business'));
      ALTER TABLE applicant ADD COLUMN supervisor_consent INTEGER CHECK (supervisor_consent IS NULL OR supervisor_consent IN (0, 1));
      ALTER TABLE applicant ADD COLUMN current_title_level TEXT
        CHECK (current_title_level IS NULL OR current_title_level IN ('junior', 'intermediate', 'associate-senior'));
    `);
  },
};
