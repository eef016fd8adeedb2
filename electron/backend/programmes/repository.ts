// User-created rounds, user-entered holiday years and each applicant's application, in SQLite. Stored JSON
// is validated again when read: a row that no longer validates is reported, never used half-way.
import type { Database } from 'better-sqlite3';
import { type Application, applicationSchema, emptyApplication } from '../../../shared/application/schema';
import { type HolidayYear, holidayYearSchema } from '../../../shared/calendar/holidayYear';
import { type Programme, parseUserRound } from '../../../shared/programmes';

export interface StoredRound {
  id: string;
  round: Programme | null;
  /** Why a stored round could not be read (it is then left out of lists). */
  problem: string | null;
}

export function createProgrammeRepository(db: Database) {
  const statements = {
    rounds: db.prepare('SELECT id, data FROM user_round ORDER BY created_at, id'),
    round: db.prepare('SELECT id, data FROM user_round WHERE id = ?'),
    insertRound: db.prepare('INSERT INTO user_round (id, based_on, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'),
    updateRound: db.prepare('UPDATE user_round SET data = ?, updated_at = ? WHERE id = ?'),
    deleteRound: db.prepare('DELETE FROM user_round WHERE id = ?'),
    applicantsUsing: db.prepare(`SELECT count(*) AS n FROM application a JOIN applicant p ON p.id = a.applicant_id
      WHERE a.programme_id = ? AND p.deleted_at IS NULL`),
    years: db.prepare('SELECT data FROM holiday_year ORDER BY year'),
    upsertYear: db.prepare(`INSERT INTO holiday_year (year, data, updated_at) VALUES (?, ?, ?)
      ON CONFLICT (year) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`),
    deleteYear: db.prepare('DELETE FROM holiday_year WHERE year = ?'),
    application: db.prepare('SELECT * FROM application WHERE applicant_id = ?'),
    upsertApplication: db.prepare(`INSERT INTO application (applicant_id, programme_id, series, earlier_rounds,
      count_overseas, catalogue_level, target_level, updated_at) VALUES (@applicant_id, @programme_id, @series, @earlier_rounds,
      @count_overseas, @catalogue_level, @target_level, @updated_at) ON CONFLICT (applicant_id) DO UPDATE SET
      programme_id = excluded.programme_id, series = excluded.series, earlier_rounds = excluded.earlier_rounds,
      count_overseas = excluded.count_overseas, catalogue_level = excluded.catalogue_level,
      target_level = excluded.target_level, updated_at = excluded.updated_at`),
  };

  function readRound(row: { id: string; data: string }): StoredRound {
    const parsed = parseUserRound(JSON.parse(row.data));
    return parsed.ok ? { id: row.id, round: parsed.value, problem: null } : { id: row.id, round: null, problem: parsed.error.message };
  }

  return {
    rounds(): StoredRound[] {
      return (statements.rounds.all() as { id: string; data: string }[]).map(readRound);
    },
    round(id: string): StoredRound | null {
      const row = statements.round.get(id) as { id: string; data: string } | undefined;
      return row ? readRound(row) : null;
    },
    insertRound(round: Programme, now: string): void {
      statements.insertRound.run(round.id, round.basedOn ?? '', JSON.stringify(round), now, now);
    },
    updateRound(round: Programme, now: string): boolean {
      return statements.updateRound.run(JSON.stringify(round), now, round.id).changes > 0;
    },
    deleteRound(id: string): boolean {
      return statements.deleteRound.run(id).changes > 0;
    },
    applicantsUsing(programmeId: string): number {
      return (statements.applicantsUsing.get(programmeId) as { n: number }).n;
    },
    /** Valid stored years; a row that no longer validates is skipped (and reported by `invalidYears`). */
    years(): { valid: HolidayYear[]; invalid: number } {
      const valid: HolidayYear[] = [];
      let invalid = 0;
      for (const row of statements.years.all() as { data: string }[]) {
        const parsed = holidayYearSchema.safeParse(JSON.parse(row.data));
        if (parsed.success) valid.push(parsed.data);
        else invalid += 1;
      }
      return { valid, invalid };
    },
    saveYear(year: HolidayYear, now: string): void {
      statements.upsertYear.run(year.year, JSON.stringify(year), now);
    },
    deleteYear(year: number): boolean {
      return statements.deleteYear.run(year).changes > 0;
    },
    application(applicantId: string): Application {
      const row = statements.application.get(applicantId) as
        | {
            programme_id: string | null;
            series: string | null;
            earlier_rounds: string;
            count_overseas: number;
            catalogue_level: string | null;
            target_level: string | null;
          }
        | undefined;
      if (!row) return emptyApplication();
      const parsed = applicationSchema.safeParse({
        programmeId: row.programme_id,
        series: row.series,
        earlierRounds: JSON.parse(row.earlier_rounds),
        countOverseas: row.count_overseas === 1,
        catalogueLevel: row.catalogue_level,
        targetLevel: row.target_level,
      });
      return parsed.success ? parsed.data : emptyApplication();
    },
    saveApplication(applicantId: string, application: Application, now: string): void {
      statements.upsertApplication.run({
        applicant_id: applicantId,
        programme_id: application.programmeId,
        series: application.series,
        earlier_rounds: JSON.stringify(application.earlierRounds),
        count_overseas: application.countOverseas ? 1 : 0,
        catalogue_level: application.catalogueLevel,
        target_level: application.targetLevel,
        updated_at: now,
      });
    },
  };
}

export type ProgrammeRepository = ReturnType<typeof createProgrammeRepository>;
