// Three builds: main (Node + Electron), preload (sandboxed, so CommonJS in one file), renderer (DOM only).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // parserProcess: the separate process that reads files from outside (electron/main/parser-launcher.ts).
      rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts'), parserProcess: resolve(root, 'electron/backend/untrusted/processEntry.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload cannot require() anything but a few Electron modules: bundle it whole, as CJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
