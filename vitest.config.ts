import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // No test may load the real Electron (it would try to download its binary): main-process glue is
    // tested against this stub. The Electron end-to-end test launches the binary itself, or skips.
    alias: { electron: resolve(root, 'test/stubs/electron.ts') },
    // Property tests draw from a fixed seed (FC_SEED overrides it): see the file.
    setupFiles: ['test/support/propertySeed.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser end-to-end tests start Chromium: on two cores, run files one at a time.
    fileParallelism: false,
    reporters: ['default', './test/support/summaryReporter.ts'],
  },
});
