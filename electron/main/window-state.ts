// The window opens where the user left it: bounds saved as JSON in userData on close (written to a temp
// file and renamed, so a crash never leaves half a file), and on start clamped to the displays present
// now. Anything odd in the file (garbage, NaN, a monitor since unplugged) falls back to a centred window.
import * as fs from 'node:fs';
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}
/** Constructor options for the window; no x/y means "let the system centre it". */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;
/** A saved window must show at least this much of itself on a display to be put back there. */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

// Screens with scaling may report fractional pixels: round them. NaN, Infinity and absurd sizes are refused.
const coordinate = z.number().min(-100_000).max(100_000).transform(Math.round);
const length = z.number().min(1).max(100_000).transform(Math.round);
const windowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
});

export function parseWindowState(value: unknown): WindowState | null {
  const parsed = windowStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * Where to open the window. `workAreas` are the displays' usable areas, primary first. The size never
 * exceeds the chosen display nor goes below MIN_SIZE (unless the display itself is smaller).
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowPlacement {
  const primary = workAreas[0];
  if (primary === undefined) return { ...DEFAULT_SIZE, maximized: false };
  const fit = (size: { width: number; height: number }, area: Rectangle) => ({
    width: clamp(size.width, Math.min(MIN_SIZE.width, area.width), area.width),
    height: clamp(size.height, Math.min(MIN_SIZE.height, area.height), area.height),
  });
  if (saved === null) return { ...fit(DEFAULT_SIZE, primary), maximized: false };

  let best: Rectangle | undefined;
  let bestVisible = 0;
  for (const area of workAreas) {
    const shown = overlap(saved.bounds, area);
    if (shown.width >= MIN_VISIBLE.width && shown.height >= MIN_VISIBLE.height && shown.width * shown.height > bestVisible) {
      best = area;
      bestVisible = shown.width * shown.height;
    }
  }
  if (best === undefined) return { ...fit(saved.bounds, primary), maximized: saved.maximized };
  const size = fit(saved.bounds, best);
  return {
    x: clamp(saved.bounds.x, best.x, best.x + best.width - size.width),
    y: clamp(saved.bounds.y, best.y, best.y + best.height - size.height),
    ...size,
    maximized: saved.maximized,
  };
}

/** The file operations the state needs; node:fs by default, a fake in tests. */
export interface StateFileSystem {
  readFileSync(path: string, encoding: 'utf8'): string;
  writeFileSync(path: string, text: string, encoding: 'utf8'): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: true }): void;
}

export function readWindowState(file: string, files: StateFileSystem = fs): WindowState | null {
  try {
    return parseWindowState(JSON.parse(files.readFileSync(file, 'utf8')));
  } catch {
    return null; // no file yet, or unreadable: open centred
  }
}

/** Writes the state atomically; returns false (after cleaning up) when the disk refuses. */
export function writeWindowState(file: string, state: WindowState, files: StateFileSystem = fs): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    files.writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
    files.renameSync(temporary, file);
    return true;
  } catch {
    try {
      files.rmSync(temporary, { force: true });
    } catch {
      // the temp file stays behind; the real one is untouched either way
    }
    return false;
  }
}
