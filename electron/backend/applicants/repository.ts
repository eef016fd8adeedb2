// Applicants and their profiles in SQLite. Every write is one transaction: a profile is never half-written.
import type { Database } from 'better-sqlite3';
import type { ApplicantSummary, StoredProfile } from '../../../shared/contract/channels';
import type { Person, Profile } from '../../../shared/profile/schema';
import { emptyPerson } from '../../../shared/profile/defaults';
import {
  type ApplicantRow,
  type CertificateRow,
  type EducationRow,
  type WorkPeriodRow,
  certificateFromRow,
  certificateToColumns,
  educationFromRow,
  educationToColumns,
  personFromRow,
  personToColumns,
  workPeriodFromRow,
  workPeriodToColumns,
} from './rows';

export class StaleRevisionError extends Error {
  constructor(readonly current: number) {
    super(`The profile changed since it was read (now at revision ${current}).`);
    this.name = 'StaleRevisionError';
  }
}

function toSummary(row: Pick<ApplicantRow, 'id' | 'name_zh' | 'name_latin' | 'target_city' | 'created_at' | 'updated_at'>): ApplicantSummary {
  return {
    id: row.id,
    nameZh: row.name_zh,
    nameLatin: row.name_latin,
    targetCity: row.target_city as ApplicantSummary['targetCity'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const SUMMARY_COLUMNS = 'id, name_zh, name_latin, target_city, created_at, updated_at';

export function createApplicantRepository(db: Database) {
  const statements = {
    list: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM applicant WHERE deleted_at IS NULL ORDER BY created_at, id`),
    summary: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM applicant WHERE id = ? AND deleted_at IS NULL`),
    full: db.prepare('SELECT * FROM applicant WHERE id = ? AND deleted_at IS NULL'),
    exists: db.prepare('SELECT 1 FROM applicant WHERE id = ? AND deleted_at IS NULL'),
    insert: db.prepare(`INSERT INTO applicant (id, created_at, updated_at, name_zh, name_latin)
      VALUES (@id, @now, @now, @name_zh, @name_latin)`),
    rename: db.prepare(`UPDATE applicant SET name_zh = @name_zh, name_latin = @name_latin, updated_at = @now,
      revision = revision + 1 WHERE id = @id AND deleted_at IS NULL`),
    softDelete: db.prepare('UPDATE applicant SET deleted_at = @now WHERE id = @id AND deleted_at IS NULL'),
    restore: db.prepare('UPDATE applicant SET deleted_at = NULL, updated_at = @now WHERE id = @id AND deleted_at IS NOT NULL'),
    updatePerson: db.prepare(`UPDATE applicant SET
      name_zh = @name_zh, name_latin = @name_latin, gender = @gender, birth_date = @birth_date,
      nationality = @nationality, id_type = @id_type, id_number = @id_number, phone = @phone, email = @email,
      employer_name = @employer_name, employer_credit_code = @employer_credit_code, department = @department,
      post = @post, target_city = @target_city, employer_kind = @employer_kind, supervisor_consent = @supervisor_consent,
      current_title_level = @current_title_level, updated_at = @now, revision = revision + 1
      WHERE id = @id`),
    education: db.prepare('SELECT * FROM education WHERE applicant_id = ? ORDER BY position'),
    workPeriods: db.prepare('SELECT * FROM work_period WHERE applicant_id = ? ORDER BY position'),
    certificates: db.prepare('SELECT * FROM certificate WHERE applicant_id = ? ORDER BY position'),
    renewals: db.prepare(`SELECT r.certificate_id, r.renewed_on, r.valid_until FROM certificate_renewal r
      JOIN certificate c ON c.id = r.certificate_id WHERE c.applicant_id = ? ORDER BY r.certificate_id, r.position`),
    deleteEducation: db.prepare('DELETE FROM education WHERE applicant_id = ?'),
    deleteWorkPeriods: db.prepare('DELETE FROM work_period WHERE applicant_id = ?'),
    deleteCertificates: db.prepare('DELETE FROM certificate WHERE applicant_id = ?'),
    insertEducation: db.prepare(`INSERT INTO education (id, applicant_id, position, start_date, end_date, school, major,
      degree, degree_certificate_number, full_time, science_or_engineering) VALUES (@id, @applicant_id, @position,
      @start_date, @end_date, @school, @major, @degree, @degree_certificate_number, @full_time, @science_or_engineering)`),
    insertWorkPeriod: db.prepare(`INSERT INTO work_period (id, applicant_id, position, start_date, end_date, employer,
      department, job_position, title_held, referee, relevant, in_city, overseas) VALUES (@id, @applicant_id, @position,
      @start_date, @end_date, @employer, @department, @job_position, @title_held, @referee, @relevant, @in_city, @overseas)`),
    insertCertificate: db.prepare(`INSERT INTO certificate (id, applicant_id, position, name, issuing_body, number,
      obtained_on, valid_until, list_version, categories, field, verified_on, verification_status) VALUES (@id,
      @applicant_id, @position, @name, @issuing_body, @number, @obtained_on, @valid_until, @list_version, @categories,
      @field, @verified_on, @verification_status)`),
    insertRenewal: db.prepare(`INSERT INTO certificate_renewal (certificate_id, position, renewed_on, valid_until)
      VALUES (?, ?, ?, ?)`),
  };

  function getProfile(id: string): StoredProfile | null {
    const row = statements.full.get(id) as ApplicantRow | undefined;
    if (!row) return null;
    const renewalsByCertificate = new Map<string, Profile['certificates'][number]['renewals']>();
    for (const renewal of statements.renewals.all(id) as { certificate_id: string; renewed_on: string | null; valid_until: string | null }[]) {
      const list = renewalsByCertificate.get(renewal.certificate_id) ?? [];
      list.push({ renewedOn: renewal.renewed_on, validUntil: renewal.valid_until });
      renewalsByCertificate.set(renewal.certificate_id, list);
    }
    return {
      applicantId: row.id,
      revision: row.revision,
      updatedAt: row.updated_at,
      profile: {
        person: personFromRow(row),
        education: (statements.education.all(id) as EducationRow[]).map(educationFromRow),
        workPeriods: (statements.workPeriods.all(id) as WorkPeriodRow[]).map(workPeriodFromRow),
        certificates: (statements.certificates.all(id) as CertificateRow[]).map((certificate) =>
          certificateFromRow(certificate, renewalsByCertificate.get(certificate.id) ?? []),
        ),
      },
    };
  }

  const saveProfile = db.transaction((id: string, profile: Profile, baseRevision: number, now: string) => {
    const row = statements.full.get(id) as ApplicantRow | undefined;
    if (!row) return null;
    if (row.revision !== baseRevision) throw new StaleRevisionError(row.revision);
    statements.updatePerson.run({ id, now, ...personToColumns(profile.person) });
    statements.deleteEducation.run(id);
    statements.deleteWorkPeriods.run(id);
    statements.deleteCertificates.run(id); // renewals follow through ON DELETE CASCADE
    profile.education.forEach((entry, position) =>
      statements.insertEducation.run({ applicant_id: id, position, ...educationToColumns(entry) }),
    );
    profile.workPeriods.forEach((entry, position) =>
      statements.insertWorkPeriod.run({ applicant_id: id, position, ...workPeriodToColumns(entry) }),
    );
    profile.certificates.forEach((entry, position) => {
      statements.insertCertificate.run({ applicant_id: id, position, ...certificateToColumns(entry) });
      entry.renewals.forEach((renewal, index) =>
        statements.insertRenewal.run(entry.id, index, renewal.renewedOn, renewal.validUntil),
      );
    });
    return { revision: row.revision + 1, updatedAt: now };
  });

  return {
    list(): ApplicantSummary[] {
      return (statements.list.all() as ApplicantRow[]).map(toSummary);
    },
    create(id: string, names: Pick<Person, 'nameZh' | 'nameLatin'>, now: string): ApplicantSummary {
      const person = { ...emptyPerson(), ...names };
      statements.insert.run({ id, now, name_zh: person.nameZh, name_latin: person.nameLatin });
      return toSummary(statements.summary.get(id) as ApplicantRow);
    },
    rename(id: string, names: Pick<Person, 'nameZh' | 'nameLatin'>, now: string): ApplicantSummary | null {
      const { changes } = statements.rename.run({ id, now, name_zh: names.nameZh, name_latin: names.nameLatin });
      return changes === 0 ? null : toSummary(statements.summary.get(id) as ApplicantRow);
    },
    softDelete(id: string, now: string): boolean {
      return statements.softDelete.run({ id, now }).changes > 0;
    },
    restore(id: string, now: string): ApplicantSummary | null {
      const { changes } = statements.restore.run({ id, now });
      return changes === 0 ? null : toSummary(statements.summary.get(id) as ApplicantRow);
    },
    getProfile,
    exists(id: string): boolean {
      return statements.exists.get(id) !== undefined;
    },
    /** Returns null for an unknown applicant; throws StaleRevisionError when `baseRevision` is not current. */
    saveProfile(id: string, profile: Profile, baseRevision: number, now: string) {
      return saveProfile.immediate(id, profile, baseRevision, now);
    },
  };
}

export type ApplicantRepository = ReturnType<typeof createApplicantRepository>;
