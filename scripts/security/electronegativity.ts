// `npm run security:scan`: Doyensec's Electronegativity over the Electron code (electron/main,
// electron/preload) and the page it loads (renderer/index.html, for the CSP), offline. Every finding must
// be listed, with the reason it is acceptable, in security/electronegativity-accepted.json; anything else
// fails the scan (exit code 1). A test runs this script, so CI does too.
//
// Offline: the tool downloads translations and Electron's release list when it starts. Its HTTP client
// (`got`) is replaced by one that refuses, and every socket to a non-loopback address is refused and
// counted, so the scan makes no request and says so. The release-list check (AvailableSecurityFixes…) is
// left out: without the list it has nothing to say, and the Electron version is pinned in package.json.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const ACCEPTED_FILE = join(root, 'security', 'electronegativity-accepted.json');
/** What is scanned, relative to the project root; findings name files by these paths. */
const SCANNED = ['electron/main', 'electron/preload', 'renderer/index.html'];
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

export interface Finding {
  check: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
  description: string;
}

export interface AcceptedFinding {
  check: string;
  file: string;
  reason: string;
}

interface ToolIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name?: string; value: number } | string;
  confidence: { name?: string; value: number } | string;
  description: string;
}

interface ToolResult {
  issues: ToolIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}

const networkAttempts: string[] = [];

/** No socket leaves the machine while the tool runs; each attempt is recorded (the scan then fails). */
function refuseNetwork(): void {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: unknown[]) {
    const first = args[0] as { host?: string; path?: string } | number | string | undefined;
    const host = typeof first === 'object' && first !== null ? (first.path === undefined ? (first.host ?? 'localhost') : 'ipc') : typeof args[1] === 'string' ? args[1] : 'localhost';
    if (!['ipc', 'localhost', '127.0.0.1', '::1'].includes(host)) {
      networkAttempts.push(host);
      throw new Error(`TitlePrep security scan: no network (refused a connection to ${host})`);
    }
    return (connect as (...rest: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
}

/** The tool's HTTP client, replaced before the tool loads: every download it tries fails at once. */
function stubHttpClient(toolRequire: NodeJS.Require): void {
  const refuse = (url: unknown) => {
    networkAttempts.push(`got ${String(url)} (not sent)`);
    return Promise.reject(new Error('offline'));
  };
  const gotPath = toolRequire.resolve('got');
  const stub = Object.assign(refuse, { head: refuse, get: refuse });
  toolRequire.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: stub } as unknown as NodeJS.Module;
}

const levelName = (level: ToolIssue['severity']) => (typeof level === 'string' ? level : (level.name ?? String(level.value)));

export async function scan(): Promise<{ findings: Finding[]; parseErrors: string[]; offlineDownloadsRefused: number }> {
  const toolRequire = createRequire(resolveFromProject('@doyensec/electronegativity/dist/runner.js'));
  refuseNetwork();
  stubHttpClient(toolRequire);
  // The tool's messages come from its bundled English file; without LANG it uses en-US.
  process.env.LANG = 'en-US';
  const run = toolRequire('./runner.js') as (options: Record<string, unknown>, forCli: boolean) => Promise<ToolResult>;
  const electronVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron;

  const staged = mkdtempSync(join(tmpdir(), 'titleprep-scan-'));
  try {
    for (const path of SCANNED) cpSync(join(root, path), join(staged, path), { recursive: true });
    const result = await run(
      { input: staged, isRelative: true, customScan: [], excludeFromScan: EXCLUDED_CHECKS, electronVersionOverride: electronVersion, parserPlugins: [] },
      false,
    );
    const findings = result.issues.map((issue) => ({
      check: issue.id,
      file: issue.file.replaceAll('\\', '/').replace(/^\/+/, ''),
      line: issue.location.line,
      severity: levelName(issue.severity),
      confidence: levelName(issue.confidence),
      description: issue.description,
    }));
    const parseErrors = result.errors.filter((error) => !error.tolerable).map((error) => `${error.file.slice(staged.length + 1)}: ${error.message}`);
    const refused = networkAttempts.filter((attempt) => attempt.startsWith('got ')).length;
    return { findings, parseErrors, offlineDownloadsRefused: refused };
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }
}

function resolveFromProject(specifier: string): string {
  return createRequire(join(root, 'package.json')).resolve(specifier);
}

export function readAccepted(): AcceptedFinding[] {
  return JSON.parse(readFileSync(ACCEPTED_FILE, 'utf8')) as AcceptedFinding[];
}

/** A finding is explained when an entry names its check and file (lines move as the code changes). */
export function isAccepted(finding: Finding, accepted: readonly AcceptedFinding[]): AcceptedFinding | undefined {
  return accepted.find((entry) => entry.check === finding.check && entry.file === finding.file);
}

async function main(): Promise<void> {
  const started = performance.now();
  const { findings, parseErrors, offlineDownloadsRefused } = await scan();
  const accepted = readAccepted();
  const unexplained = findings.filter((finding) => !isAccepted(finding, accepted));
  for (const finding of findings) {
    const entry = isAccepted(finding, accepted);
    const where = `${finding.file}:${finding.line}`;
    console.log(`${entry ? 'accepted' : 'NEW     '} ${finding.check} ${where} (${finding.severity}, ${finding.confidence})${entry ? '' : `: ${finding.description}`}`);
  }
  const unused = accepted.filter((entry) => !findings.some((finding) => isAccepted(finding, [entry])));
  for (const entry of unused) console.log(`note: the accepted ${entry.check} in ${entry.file} no longer occurs; remove it from security/electronegativity-accepted.json`);
  for (const error of parseErrors) console.log(`parse error: ${error}`);
  const socketAttempts = networkAttempts.filter((attempt) => !attempt.startsWith('got '));
  console.log(
    `Electronegativity: ${findings.length} findings, ${unexplained.length} unexplained, ${parseErrors.length} parse errors, ` +
      `${socketAttempts.length} network connections (${offlineDownloadsRefused} downloads refused before sending), ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  process.exit(unexplained.length === 0 && parseErrors.length === 0 && socketAttempts.length === 0 ? 0 : 1);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.dirname, 'electronegativity.ts')) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  });
}
