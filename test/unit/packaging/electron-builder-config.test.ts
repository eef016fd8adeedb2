// The installers' configuration (electron-builder.yml). Packaging downloads Electron, so it never runs in
// the tests; this checks what can be checked offline: electron-builder loads the file and its own schema
// accepts it, every path it names exists, the targets and fuses are the ones promised, and nothing rebuilds
// native modules at install time.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as fileMatcher from 'app-builder-lib/out/fileMatcher';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');

/** electron-builder's filter of node_modules files (exported, but marked internal, so not in its types). */
type NodeModuleMatcher = (
  appDir: string,
  destination: string,
  macroExpander: (pattern: string) => string,
  platformOptions: object,
  packager: { config: Configuration; debugLogger: DebugLogger },
) => fileMatcher.FileMatcher;
const { getNodeModuleFileMatcher } = fileMatcher as unknown as { getNodeModuleFileMatcher: NodeModuleMatcher };

interface PackageJson {
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
}
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(root, null, null);
});

/** The glob patterns of a files-like option, which electron-builder normalises to [{ filter: [...] }]. */
const patterns = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).flatMap((entry: unknown) => {
    if (typeof entry === 'string') return [entry];
    if (typeof entry === 'object' && entry !== null && 'filter' in entry && !('from' in entry)) return patterns(entry.filter);
    return [];
  });
const targetsOf = (platform: { target?: unknown } | null | undefined): string[] =>
  patterns(platform?.target)
    .concat((Array.isArray(platform?.target) ? platform.target : []).flatMap((entry: unknown) => (typeof entry === 'object' && entry !== null && 'target' in entry ? [String(entry.target)] : [])))
    .sort();

describe('electron-builder.yml', () => {
  it('is the configuration electron-builder finds and loads', () => {
    expect(existsSync(join(root, 'electron-builder.yml'))).toBe(true);
    expect(config.appId).toBe('app.titleprep.desktop');
    expect(config.productName).toBe('TitlePrep');
  });

  it('passes electron-builder’s own schema (app-builder-lib/scheme.json)', async () => {
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('the schema check is live: a misspelt key is refused', async () => {
    const misspelt = { ...structuredClone(config), electronFusez: { runAsNode: false } } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFusez/);
  });

  it('builds NSIS for Windows, dmg for macOS, AppImage and deb for Linux', () => {
    expect(targetsOf(config.win as { target?: unknown })).toEqual(['nsis']);
    expect(targetsOf(config.mac as { target?: unknown })).toEqual(['dmg']);
    expect(targetsOf(config.linux as { target?: unknown })).toEqual(['AppImage', 'deb']);
  });

  it('sets the Electron fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The renderer is served from titleprep://, so file:// keeps no extra privileges.
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('unpacks only native binaries (better-sqlite3\'s .node) from the asar and leaves native rebuilds to the packaging script', () => {
    expect(config.asar).toBe(true);
    // Anything else unpacked would escape the asar integrity check: scripts beside the app, editable.
    expect(patterns(config.asarUnpack)).toEqual(['**/*.node']);
    expect(existsSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'))).toBe(true);
    expect(packageJson.dependencies['better-sqlite3']).toBeDefined();
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
  });

  it('signs macOS builds with entitlements that keep library validation (no disable-library-validation)', () => {
    const mac = config.mac as { entitlements?: string; entitlementsInherit?: string; hardenedRuntime?: boolean };
    expect(mac.hardenedRuntime).toBe(true);
    for (const file of [mac.entitlements, mac.entitlementsInherit]) {
      expect(file).toBe('packaging/entitlements.mac.plist');
      const plist = readFileSync(join(root, file ?? ''), 'utf8');
      expect(plist).toContain('com.apple.security.cs.allow-jit');
      expect(plist).not.toContain('disable-library-validation');
    }
  });

  it('ships templates/ as resources', () => {
    const resources = (Array.isArray(config.extraResources) ? config.extraResources : []) as { from?: string; to?: string }[];
    expect(resources).toContainEqual(expect.objectContaining({ from: 'templates', to: 'templates' }));
    for (const resource of resources) expect(existsSync(join(root, resource.from ?? '')), `extraResources from ${resource.from}`).toBe(true);
  });

  it('packages the three bundles electron-vite builds, including the entry package.json names', () => {
    const included = patterns(config.files).filter((pattern) => !pattern.startsWith('!'));
    const viteConfig = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8');
    for (const bundle of ['out/main', 'out/preload', 'out/renderer']) {
      expect(included).toContain(`${bundle}/**`);
      expect(viteConfig, `electron.vite.config.ts builds into ${bundle}`).toContain(`'${bundle}'`);
    }
    expect(included.some((pattern) => packageJson.main.startsWith(pattern.replace('/**', '/')))).toBe(true);
    // After a build (npm test builds first) the folders are there too.
    if (existsSync(join(root, 'out'))) for (const bundle of ['out/main', 'out/preload', 'out/renderer']) expect(existsSync(join(root, bundle)), bundle).toBe(true);
  });

  it.each([
    { family: 'noto-sans-sc', faces: ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'] },
    { family: 'noto-serif-sc', faces: ['400Regular/NotoSerifSC_400Regular.ttf', '700Bold/NotoSerifSC_700Bold.ttf'] },
  ])('keeps only the regular and bold faces of $family, the two the PDFs use (electron-builder’s own filter)', ({ family, faces }) => {
    const fontPackage = join(root, 'node_modules', '@expo-google-fonts', family);
    // The matcher electron-builder applies to node_modules, built from this configuration.
    const matcher = getNodeModuleFileMatcher(root, join(root, 'dist', 'check'), (pattern) => pattern, {}, { config, debugLogger: new DebugLogger(false) });
    const packaged = matcher.createFilter();
    const kept: string[] = [];
    let keptBytes = 0;
    let installedBytes = 0;
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        const stat = statSync(path);
        if (entry.isDirectory()) {
          walk(path);
          continue;
        }
        installedBytes += stat.size;
        if (!packaged(path, stat)) continue;
        keptBytes += stat.size;
        if (path.endsWith('.ttf')) kept.push(relative(fontPackage, path));
      }
    };
    walk(fontPackage);
    expect(kept.sort()).toEqual(faces);
    // Two faces of the eight or nine the package installs.
    expect(keptBytes).toBeLessThan(installedBytes / 3);
    // …and they are the files the PDFs load.
    const fonts = readFileSync(join(root, 'electron', 'backend', 'documents', 'fonts.ts'), 'utf8');
    for (const file of kept) expect(fonts).toContain(file);
  });
});

describe('package.json', () => {
  it('rebuilds no native module when installing (no postinstall, install or prepare step that does)', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
      expect(packageJson.scripts[hook] ?? '', hook).not.toMatch(/rebuild|install-app-deps|electron-builder/);
    }
    expect(packageJson.scripts.postinstall).toBeUndefined();
  });

  it('has one packaging command per system, all through scripts/package.ts', () => {
    for (const platform of ['win', 'mac', 'linux']) expect(packageJson.scripts[`package:${platform}`]).toBe(`tsx scripts/package.ts ${platform}`);
    expect(existsSync(join(root, 'scripts', 'package.ts'))).toBe(true);
    expect(existsSync(join(root, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js'))).toBe(true);
    expect(existsSync(join(root, 'node_modules', 'electron-builder', 'cli.js'))).toBe(true);
  });
});
