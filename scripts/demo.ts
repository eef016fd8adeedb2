// `npm run demo -- --out DIR [--lang en]`: writes the files TitlePrep makes for a fictional demo applicant
// (the print packet, the summary, the form, the public notice) into DIR and lists them. Exit code 1 with a
// one-line message on any failure; nothing half-written is left in DIR.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = 'Usage: npm run demo -- --out DIR [--lang zh|en] [--programme shanghai-c-r3|guangzhou-2025] [--employer enterprise|public-institution] [--copies N]';
const PROGRAMMES = ['shanghai-c-r3', 'guangzhou-2025'] as const;
const EMPLOYERS = ['enterprise', 'public-institution'] as const;

function fail(message: string): never {
  console.error(`TitlePrep demo: ${message}`);
  process.exit(1);
}

let values: { out?: string; lang?: string; programme?: string; employer?: string; copies?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { out: { type: 'string' }, lang: { type: 'string' }, programme: { type: 'string' }, employer: { type: 'string' }, copies: { type: 'string' }, help: { type: 'boolean' } } }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.out) fail(`--out DIR is required.\n${USAGE}`);
const language = values.lang ?? 'zh';
if (language !== 'zh' && language !== 'en') fail(`--lang must be zh or en.\n${USAGE}`);
const programmeId = values.programme ?? 'shanghai-c-r3';
if (!(PROGRAMMES as readonly string[]).includes(programmeId)) fail(`--programme must be one of ${PROGRAMMES.join(', ')}.\n${USAGE}`);
const employerKind = values.employer ?? 'enterprise';
if (!(EMPLOYERS as readonly string[]).includes(employerKind)) fail(`--employer must be one of ${EMPLOYERS.join(', ')}.\n${USAGE}`);
// Guangzhou publishes no number of copies: the app asks the user; the demo prints 3 unless told otherwise.
const copies = values.copies === undefined ? (programmeId === 'guangzhou-2025' ? 3 : undefined) : Number(values.copies);
if (copies !== undefined && !(Number.isInteger(copies) && copies >= 1 && copies <= 20)) fail(`--copies must be a whole number from 1 to 20.\n${USAGE}`);

const outDir = resolve(values.out);
// Loaded after the arguments are checked: a wrong call answers at once, without loading the backend.
const { runDemo } = await import('./demo/run');
try {
  const started = performance.now();
  const variant = { programmeId: programmeId as (typeof PROGRAMMES)[number], employerKind: employerKind as (typeof EMPLOYERS)[number] };
  const result = await runDemo({ outDir, language, variant, ...(copies ? { copies } : {}) });
  const width = Math.max(...result.files.map((file) => file.name.length));
  console.log(`TitlePrep demo: ${result.applicant} — a fictional applicant, summary of ${result.summaryWords.toLocaleString('en-US')} 字, programme ${programmeId}, employer ${employerKind}${copies ? `, ${copies} copies` : ''}.`);
  console.log(`Wrote ${result.files.length} files to ${outDir}:`);
  for (const file of result.files) {
    const pages = file.pages === null ? '' : `, ${file.pages} page${file.pages === 1 ? '' : 's'}`;
    console.log(`  ${file.name.padEnd(width)}  ${(file.bytes / 1024).toFixed(0).padStart(5)} KB${pages}`);
  }
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
