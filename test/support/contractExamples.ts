// A valid request for each channel of the contract, for tests that start from something valid and break it
// (the contract fuzz). Derived from the channel's zod schema where that gives a value the schema accepts
// (minimal: required fields only, ids from the seeded database); a small table covers the channels whose
// schema a walk cannot satisfy (patterns, refinements). A channel added later is derived automatically,
// or has no example, which `exampleRequest` reports as undefined and the fuzz test names.
import type { z } from 'zod';
import { type Channel, contract } from '../../shared/contract/channels';
import { emptyForm } from '../../shared/form/schema';
import { sampleProfile } from './profiles';

/** Ids of rows the test created, so that an example reaches its handler's real work. */
export interface ExampleSeeds {
  applicantId: string;
  snapshotId: number;
  programmeId: string;
}

const SMALL_TEXT_BASE64 = Buffer.from('工作总结\n本人主持了信号系统的改造。\n', 'utf8').toString('base64');

const HANDOUT_TEXT_BASE64 = Buffer.from('[#0a1b2c3d-4e5f6a7b]\nEN: One.\nZH: 一。\n', 'utf8').toString('base64');
const BILINGUAL_DOCUMENT = {
  format: 1,
  writeFromEnglish: true,
  blocks: [{ type: 'paragraph', id: 'b-1', text: '', marks: [], english: 'I led the upgrade.' }],
};

/** Requests a schema walk cannot make (patterns, cross-field refinements, meaningful content). */
const TABLE: Partial<Record<Channel, (seeds: ExampleSeeds) => unknown>> = {
  'applicants.create': () => ({ nameZh: '李娜', nameLatin: 'LI NA' }),
  'applicants.rename': ({ applicantId }) => ({ id: applicantId, nameZh: '张伟', nameLatin: 'ZHANG WEI' }),
  'profile.save': ({ applicantId }) => ({ applicantId, profile: sampleProfile(), baseRevision: 1 }),
  'summary.save': ({ applicantId, programmeId }) => ({
    applicantId,
    programmeId,
    baseRevision: 1,
    document: { format: 1, blocks: [{ type: 'heading', id: 'projects', text: '主持的重大项目' }, { type: 'paragraph', text: '本人主持了改造。', marks: [] }] },
  }),
  'summary.snapshots.create': ({ applicantId, programmeId }) => ({ applicantId, programmeId, name: '提交前' }),
  'calendar.saveYear': () => ({ year: 2031, daysOff: [{ from: '2031-01-01', to: '2031-01-01' }], adjustedWorkdays: [], source: '国务院办公厅通知', userEntered: true }),
  'rounds.create': ({ programmeId }) => ({ baseId: programmeId, edits: { id: 'fuzz-round', name: { zh: '测试轮次', en: 'Test round' } } }),
  'documents.importSummary': () => ({ fileName: 'summary.txt', contentBase64: SMALL_TEXT_BASE64 }),
  'documents.importHandout': () => ({ fileName: 'back.txt', contentBase64: HANDOUT_TEXT_BASE64 }),
  'documents.exportHandout': ({ applicantId, programmeId }) => ({ applicantId, programmeId, format: 'txt', document: BILINGUAL_DOCUMENT }),
  'documents.exportReviewCopy': ({ applicantId, programmeId }) => ({ applicantId, programmeId, format: 'docx', document: BILINGUAL_DOCUMENT }),
  'form.save': ({ applicantId }) => ({ applicantId, form: emptyForm(), baseRevision: 0 }),
  'review.acknowledge': ({ applicantId }) => ({ applicantId, key: 'future-date:2027年', acknowledged: true }),
  'backups.restore': () => ({ name: 'titleprep-backup-20261123T080000000Z-00-manual.sqlite3' }),
  // Hand-over transfers: the seeded applicant's id stands in for an upload's or export's (valid, unknown).
  'handover.export': ({ applicantId }) => ({ applicantId }),
  'handover.export.read': ({ applicantId }) => ({ exportId: applicantId, offset: 0 }),
  'handover.upload.begin': () => ({ fileName: '申报资料交接包_张伟_2026-11-23.titleprep', bytes: 4096 }),
  'handover.upload.chunk': ({ applicantId }) => ({ uploadId: applicantId, index: 0, contentBase64: Buffer.from('PK\u0003\u0004').toString('base64') }),
  'handover.upload.abort': ({ applicantId }) => ({ uploadId: applicantId }),
  'handover.inspect': ({ applicantId }) => ({ uploadId: applicantId }),
  'handover.import': ({ applicantId }) => ({ uploadId: applicantId, onExisting: 'refuse' }),
};

/** Key names whose value the walk takes from the seeds rather than making one up. */
function hint(key: string | null, seeds: ExampleSeeds): unknown {
  switch (key) {
    case 'applicantId':
      return seeds.applicantId;
    case 'programmeId':
    case 'baseId':
      return seeds.programmeId;
    case 'snapshotId':
      return seeds.snapshotId;
    case 'fromId':
    case 'toId':
      return 'current';
    default:
      return undefined;
  }
}

interface Def {
  type: string;
  [key: string]: unknown;
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The smallest value the walk can make for `schema` (undefined for an optional field it leaves out). */
function walk(schema: unknown, key: string | null, seeds: ExampleSeeds, depth = 0): unknown {
  if (depth > 20) return undefined;
  const hinted = hint(key, seeds);
  if (hinted !== undefined && (schema as z.ZodType).safeParse(hinted).success) return hinted;
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const value: Record<string, unknown> = {};
      for (const [name, field] of Object.entries(shape)) {
        const fieldValue = walk(field, name, seeds, depth + 1);
        if (fieldValue !== undefined) value[name] = fieldValue;
      }
      return value;
    }
    case 'string': {
      if (def.format === 'uuid') return seeds.applicantId;
      const candidates = ['x', 'example', 'AAAA', 'summary.txt', '2026-01-05', seeds.programmeId, 'zh'];
      return candidates.find((candidate) => (schema as z.ZodType).safeParse(candidate).success) ?? 'x';
    }
    case 'number': {
      const candidates = [0, 1, 2026, 20];
      return candidates.find((candidate) => (schema as z.ZodType).safeParse(candidate).success) ?? 0;
    }
    case 'boolean':
      return false;
    case 'literal':
      return (def.values as unknown[])[0];
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'nullable':
      return null;
    case 'optional':
    case 'default':
    case 'prefault':
      return undefined;
    case 'array':
      return [];
    case 'record':
      return {};
    case 'tuple':
      return (def.items as unknown[]).map((item) => walk(item, null, seeds, depth + 1));
    case 'union':
      for (const option of def.options as unknown[]) {
        const value = walk(option, key, seeds, depth + 1);
        if ((option as z.ZodType).safeParse(value).success) return value;
      }
      return walk((def.options as unknown[])[0], key, seeds, depth + 1);
    case 'intersection': {
      const left = walk(def.left, key, seeds, depth + 1);
      const right = walk(def.right, key, seeds, depth + 1);
      return typeof left === 'object' && typeof right === 'object' ? { ...left, ...right } : left;
    }
    case 'pipe':
      return walk(def.in, key, seeds, depth + 1);
    case 'lazy':
      return walk((def.getter as () => unknown)(), key, seeds, depth + 1);
    default:
      return undefined;
  }
}

/** A request the channel's schema accepts, or undefined when neither the table nor the walk has one. */
export function exampleRequest(channel: Channel, seeds: ExampleSeeds): unknown {
  const schema = contract[channel].request as z.ZodType;
  const fromTable = TABLE[channel]?.(seeds);
  if (fromTable !== undefined) {
    // A table entry the schema refuses is a stale example: say so rather than fuzz from it.
    if (!schema.safeParse(fromTable).success) throw new Error(`The example request of ${channel} no longer passes its schema`);
    return fromTable;
  }
  const derived = walk(schema, null, seeds);
  return derived !== undefined && schema.safeParse(derived).success ? derived : undefined;
}

export const EXAMPLE_TABLE_CHANNELS = Object.keys(TABLE);
