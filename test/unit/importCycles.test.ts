// Imports run one way: the check that fails on an import circle, run on the real tree and on crafted
// circles (so the check itself is proven able to fail).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, projectFiles } from '../../scripts/check-cycles';

const root = resolve(import.meta.dirname, '..', '..');

describe('import circles', () => {
  it('the project tree has no import circle', () => {
    expect(findCycles(projectFiles(root))).toEqual([]);
  });

  it('a circle of two modules is found, type-only imports included', () => {
    const cycles = findCycles([
      ['electron/backend/handlers.ts', "import { formHandlers } from './form/handlers';"],
      ['electron/backend/form/handlers.ts', "import type { Handlers } from '../handlers';"],
    ]);
    expect(cycles).toEqual([['electron/backend/form/handlers.ts', 'electron/backend/handlers.ts', 'electron/backend/form/handlers.ts']]);
  });

  it('a longer circle through an index module is named file by file', () => {
    const cycles = findCycles([
      ['shared/contract/channels.ts', "export { x } from './tracker';"],
      ['shared/contract/tracker.ts', "import { y } from '../tracker';"],
      ['shared/tracker/index.ts', "import type { Language } from '../contract/channels';"],
    ]);
    expect(cycles).toEqual([['shared/contract/channels.ts', 'shared/contract/tracker.ts', 'shared/tracker/index.ts', 'shared/contract/channels.ts']]);
  });

  it('imports that run one way, and package imports, are no circle', () => {
    expect(
      findCycles([
        ['shared/i18n/core.ts', "import type { Language } from './language'; import { z } from 'zod';"],
        ['shared/contract/channels.ts', "import { LANGUAGES } from '../i18n/language'; import '../i18n/core';"],
        ['shared/i18n/language.ts', 'export const LANGUAGES = [];'],
      ]),
    ).toEqual([]);
  });
});
