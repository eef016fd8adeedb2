// Imported first by main.tsx. zod 4 probes once whether `new Function` works, to compile fast validators; the
// CSP forbids eval, so the probe only produces a CSP violation report. Jitless mode skips the probe.
import { z } from 'zod';

z.config({ jitless: true });
