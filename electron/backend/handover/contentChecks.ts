// The documents inside a package's rows, validated as the app validates them on every save: the profile,
// the application, each summary and every snapshot (and each stored block against its hash, which later
// snapshots use to find it), the assessment form, the official PDF, the user rounds. SQLite's constraints
// have already checked types and references; these check meaning. Runs on the scratch copy, at this
// TitlePrep's schema. Throws HandoverRefusal('contentInvalid').
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { applicationSchema } from '../../../shared/application/schema';
import { profileSchema } from '../../../shared/profile/schema';
import { programmeId } from '../../../shared/programmes/schema';
import { createApplicantRepository } from '../applicants/repository';
import { createFormRepository } from '../form/repository';
import { createProgrammeRepository } from '../programmes/repository';
import { createSummaryRepository } from '../summary/repository';
import { refuse } from './refusal';

type What = 'profile' | 'application' | 'summary' | 'form' | 'officialForm' | 'round';

function check(what: What, run: () => string | null): void {
  let problem: string | null;
  try {
    problem = run();
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (problem !== null) refuse('contentInvalid', `${what}: ${problem.slice(0, 300)}`, { what });
}

const firstIssue = (error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) =>
  error.issues[0] ? `${error.issues[0].path.map(String).join('.')}: ${error.issues[0].message}` : 'invalid';

export function checkContent(scratch: Database, applicantId: string): void {
  check('profile', () => {
    const stored = createApplicantRepository(scratch).getProfile(applicantId);
    if (!stored) return 'no profile';
    const parsed = profileSchema.safeParse(stored.profile);
    return parsed.success ? null : firstIssue(parsed.error);
  });

  check('application', () => {
    const row = scratch.prepare('SELECT * FROM application WHERE applicant_id = ?').get(applicantId) as Record<string, unknown> | undefined;
    if (!row) return null;
    const parsed = applicationSchema.safeParse({
      programmeId: row.programme_id,
      series: row.series,
      earlierRounds: JSON.parse(String(row.earlier_rounds)),
      countOverseas: row.count_overseas === 1,
      catalogueLevel: row.catalogue_level,
      targetLevel: row.target_level,
    });
    return parsed.success ? null : firstIssue(parsed.error);
  });

  check('summary', () => {
    const summaries = createSummaryRepository(scratch);
    const programmes = scratch.prepare('SELECT programme_id FROM summary WHERE applicant_id = ?').pluck().all(applicantId) as string[];
    for (const programme of programmes) {
      if (!programmeId.safeParse(programme).success) return `programme id ${JSON.stringify(programme.slice(0, 60))}`;
      // Reading is validating: the document, and each snapshot rebuilt from its blocks.
      summaries.get(applicantId, programme);
      for (const entry of summaries.listSnapshots(applicantId, programme)) summaries.getSnapshot(applicantId, programme, entry.id);
    }
    const blocks = scratch.prepare('SELECT hash, content FROM summary_block').all() as { hash: Buffer; content: string }[];
    for (const block of blocks) {
      if (!createHash('sha256').update(block.content).digest().subarray(0, 16).equals(block.hash)) return 'a block whose hash does not match its text';
    }
    return null;
  });

  check('form', () => {
    createFormRepository(scratch).get(applicantId);
    return null;
  });

  check('officialForm', () => {
    const row = scratch.prepare('SELECT content, sha256 FROM official_form WHERE applicant_id = ?').get(applicantId) as { content: Buffer; sha256: string } | undefined;
    if (!row) return null;
    if (createHash('sha256').update(row.content).digest('hex') !== row.sha256) return 'the PDF does not match its hash';
    return row.content.subarray(0, 5).toString('latin1') === '%PDF-' ? null : 'not a PDF';
  });

  check('round', () => {
    for (const round of createProgrammeRepository(scratch).rounds()) {
      if (round.problem !== null) return `${round.id}: ${round.problem}`;
      if (round.round?.id !== round.id) return `${round.id}: the stored round has another id`;
    }
    return null;
  });
}
