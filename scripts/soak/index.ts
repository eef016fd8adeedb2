// `npm run soak -- --kills N [--seed S] [--max-delay MS] [--data DIR]`: the crash soak (see run.ts).
// Ends with `N kills, 0 corrupt, 0 lost` and exit code 0 when every acknowledged save survived; otherwise
// the same line with the counts, the problems above it, and exit code 1. Bad options: exit code 2.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type SoakProgress, runSoak, soakPassed, soakSummary } from './run';

function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    console.error(`${name} must be a whole number of at least 1, not "${value}".`);
    process.exit(2);
  }
  return parsed;
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({ options: { kills: { type: 'string' }, seed: { type: 'string' }, 'max-delay': { type: 'string' }, data: { type: 'string' } } }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  const kills = positiveInteger(values.kills, '--kills', 20);
  const seed = positiveInteger(values.seed, '--seed', Math.floor(Math.random() * 2 ** 31) + 1);
  const maxDelayMs = positiveInteger(values['max-delay'], '--max-delay', 400);
  console.log(`Crash soak: ${kills} kills, seed ${seed}, kills up to ${maxDelayMs} ms after the saver is ready`);

  const every = Math.max(1, Math.round(kills / 10));
  const progress = (state: SoakProgress) => {
    if (state.kills % every === 0 || state.corrupt > 0 || state.lost > 0) {
      console.log(
        `  ${state.kills}/${kills} kills, ${state.acknowledged} saves acknowledged, ${state.attachmentsRead} attachments read back whole, ` +
          `${state.deletionsChecked} deletions confirmed, ${state.corrupt} corrupt, ${state.lost} lost`,
      );
    }
  };
  const result = await runSoak({ kills, seed, maxDelayMs, dataDirectory: values.data === undefined ? undefined : resolve(values.data), onProgress: progress });

  for (const problem of result.problems.slice(0, 50)) console.log(`  problem: ${problem}`);
  if (result.problems.length > 50) console.log(`  … and ${result.problems.length - 50} more`);
  const passed = soakPassed(result);
  console.log(
    `Attachments: ${result.uploadsAcknowledged} uploads and ${result.deletesAcknowledged} deletes acknowledged; at the last check ` +
      `${result.attachmentsRead} read back whole (${result.chunkedReads} in several chunks), ${result.deletionsChecked} deletions confirmed, ${result.storedFilesHashed} stored files matched their hashes, ` +
      `${result.unfinishedUploads} unfinished uploads left by kills (ignored)`,
  );
  console.log(`${result.acknowledged} saves acknowledged in ${result.seconds.toFixed(1)} s${passed ? '' : `; data kept in ${result.dataDirectory}`}`);
  console.log(soakSummary(result));
  process.exit(passed ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
