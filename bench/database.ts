// Database figures of issue 2: open + migrate, profile save p50/p95 against a raw insert, the list of 200.
import { join } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { openBackend } from '../electron/backend';
import { openDatabase } from '../electron/backend/database/open';
import type { ApplicantSummary } from '../shared/contract/channels';
import { sampleProfile } from '../test/support/profiles';
import { makeTempDir } from '../test/support/tempDir';
import { measure, report } from './measure';

export async function benchDatabase(): Promise<void> {
  const dir = makeTempDir('titleprep-bench-');
  try {
    console.log('\nDatabase (real files in a temporary folder, synchronous=FULL)');

    const openAndMigrate = await measure(20, (index) => openDatabase(join(dir.path, `open-${index}.sqlite3`)).close());
    const reopen = await measure(20, () => openDatabase(join(dir.path, 'open-0.sqlite3')).close());

    // Baseline: one raw better-sqlite3 insert of a comparable row per transaction, same pragmas.
    const raw = new DatabaseConstructor(join(dir.path, 'raw.sqlite3'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
    const insert = raw.prepare('INSERT INTO t (body) VALUES (?)');
    const body = JSON.stringify(sampleProfile());
    const rawInsert = await measure(1000, () => insert.run(body));
    raw.close();

    const backend = openBackend({ dataDirectory: join(dir.path, 'app'), transport: 'browser', appVersion: 'bench' });
    const created = await backend.invoke('applicants.create', { nameZh: '张伟', nameLatin: '' });
    if (!created.ok) throw new Error(created.error.message);
    const applicantId = (created.value as ApplicantSummary).id;
    const profile = sampleProfile();
    let revision = 0;
    const save = await measure(1000, async (index) => {
      profile.person.department = `研发部 ${index}`;
      const result = await backend.invoke('profile.save', { applicantId, profile, baseRevision: revision });
      if (!result.ok) throw new Error(result.error.message);
      revision += 1;
    });

    for (let index = 1; index < 200; index += 1) {
      await backend.invoke('applicants.create', { nameZh: `申请人${index}`, nameLatin: `APPLICANT ${index}` });
    }
    const list = await measure(200, async () => {
      const result = await backend.invoke('applicants.list', {});
      if (!result.ok || (result.value as unknown[]).length !== 200) throw new Error('expected 200 applicants');
    });
    backend.close();

    report([
      { name: 'open + migrate a new database', timing: openAndMigrate },
      { name: 'open an existing database', timing: reopen },
      { name: 'baseline: raw better-sqlite3 insert', timing: rawInsert },
      { name: 'profile.save (validate + transaction)', timing: save },
      { name: 'applicants.list, 200 applicants', timing: list, goal: '≤ 50 ms' },
    ]);
    console.log(`  profile.save p50 is ${(save.p50 / rawInsert.p50).toFixed(1)}× the raw insert's p50`);
  } finally {
    dir.remove();
  }
}
