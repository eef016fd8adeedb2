// Timing helpers for `npm run bench`. Benchmarks print figures next to a baseline from the same run
// and never fail on time: machines differ, and tests assert behaviour, not speed.
import { performance } from 'node:perf_hooks';

export interface Timing {
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

export async function measure(runs: number, work: (index: number) => unknown): Promise<Timing> {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await work(index);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { runs, p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times[times.length - 1] ?? Number.NaN };
}

const ms = (value: number) => `${value.toFixed(3)} ms`;

export function report(rows: { name: string; timing: Timing; goal?: string }[]): void {
  const width = Math.max(...rows.map((row) => row.name.length));
  for (const { name, timing, goal } of rows) {
    console.log(
      `  ${name.padEnd(width)}  p50 ${ms(timing.p50).padStart(11)}  p95 ${ms(timing.p95).padStart(11)}  max ${ms(timing.max).padStart(11)}  (${timing.runs} runs)${goal ? `  goal: ${goal}` : ''}`,
    );
  }
}
