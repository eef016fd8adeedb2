// The main-process entry (built to out/main/index.js). Everything happens in app.ts; this file only
// supplies where the build lives and the real backend.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend } from '../backend';
import { runTitlePrep } from './app';

runTitlePrep({ mainDirectory: dirname(fileURLToPath(import.meta.url)), openBackend });
