// design.md's dependency rule: a check that fails when an import crosses a line, run on the real tree
// and on crafted files that break each rule (so the check itself is proven able to fail).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findViolations } from '../../scripts/check-layers';

const root = resolve(import.meta.dirname, '..', '..');

function rulesBroken(path: string, text: string): string[] {
  return findViolations(root, [[path, text]]).map((violation) => violation.specifier);
}

describe('layering', () => {
  it('the project tree has no import that crosses a line', () => {
    expect(findViolations(root)).toEqual([]);
  });

  it('shared/ may not import Node, Electron, the DOM-side or backend code, or packages other than zod', () => {
    expect(rulesBroken('shared/x.ts', "import fs from 'node:fs';")).toEqual(['node:fs']);
    expect(rulesBroken('shared/x.ts', "import { join } from 'path';")).toEqual(['path']);
    expect(rulesBroken('shared/x.ts', "import { app } from 'electron';")).toEqual(['electron']);
    expect(rulesBroken('shared/x.ts', "import x from '../electron/backend/backend';")).toEqual(['../electron/backend/backend']);
    expect(rulesBroken('shared/x.ts', "import React from 'react';")).toEqual(['react']);
    expect(rulesBroken('shared/x.ts', "import { z } from 'zod'; import p from '../templates/programmes/a.json';")).toEqual([]);
  });

  it('electron/backend never imports electron, nor main, preload or renderer code', () => {
    expect(rulesBroken('electron/backend/x.ts', "import { app } from 'electron';")).toEqual(['electron']);
    expect(rulesBroken('electron/backend/x.ts', "const e = require('electron');")).toEqual(['electron']);
    expect(rulesBroken('electron/backend/x.ts', "import '../main/index';")).toEqual(['../main/index']);
    expect(rulesBroken('electron/backend/x.ts', "import fs from 'node:fs';")).toEqual([]);
  });

  it('renderer imports neither electron nor any electron/ code, even type-only, nor Node', () => {
    expect(rulesBroken('renderer/src/x.ts', "import { ipcRenderer } from 'electron';")).toEqual(['electron']);
    expect(rulesBroken('renderer/src/x.ts', "import type { Backend } from '../../electron/backend';")).toEqual(['../../electron/backend']);
    expect(rulesBroken('renderer/src/x.ts', "export * from '../../electron/main/index';")).toEqual(['../../electron/main/index']);
    expect(rulesBroken('renderer/src/x.ts', "const m = await import('node:fs');")).toEqual(['node:fs']);
    expect(rulesBroken('renderer/src/x.ts', "import { contract } from '../../shared/contract/channels';")).toEqual([]);
  });

  it('electron/main holds no SQL driver and no renderer code', () => {
    expect(rulesBroken('electron/main/x.ts', "import Database from 'better-sqlite3';")).toEqual(['better-sqlite3']);
    expect(rulesBroken('electron/main/x.ts', "import { openBackend } from '../backend';")).toEqual([]);
  });
});
