// The window reopens where it was closed, but only onto a display that exists now, at a size that fits;
// a damaged state file opens a centred window; the file is replaced atomically.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  parseWindowState,
  placeWindow,
  readWindowState,
  writeWindowState,
  type StateFileSystem,
} from '../../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const rightMonitor = { x: 1440, y: -200, width: 2560, height: 1400 };
const saved = (x: number, y: number, width: number, height: number, maximized = false) => ({ bounds: { x, y, width, height }, maximized });

describe('placing the window', () => {
  it('opens centred at the default size the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('goes back where it was, on the display it was on', () => {
    expect(placeWindow(saved(1600, 0, 1200, 900, true), [laptop, rightMonitor])).toEqual({ x: 1600, y: 0, width: 1200, height: 900, maximized: true });
  });

  it('opens centred on the primary display when its monitor has been unplugged', () => {
    expect(placeWindow(saved(1600, 0, 1200, 800), [laptop])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('is pulled fully onto the display when it hung over an edge', () => {
    expect(placeWindow(saved(-300, 500, 1000, 700), [laptop])).toEqual({ x: 0, y: 160, width: 1000, height: 700, maximized: false });
  });

  it('shrinks to the display and never below the minimum size', () => {
    expect(placeWindow(saved(0, 0, 5000, 5000), [laptop])).toMatchObject({ width: laptop.width, height: laptop.height });
    expect(placeWindow(saved(10, 10, 200, 100), [laptop])).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });

  it('fits on a display smaller than the minimum size', () => {
    const tiny = { x: 0, y: 0, width: 640, height: 480 };
    expect(placeWindow(saved(0, 0, 1000, 800), [tiny])).toEqual({ x: 0, y: 0, width: 640, height: 480, maximized: false });
  });

  it('opens at the default size when no display is reported', () => {
    expect(placeWindow(saved(0, 0, 1000, 800), [])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });
});

describe('the saved state', () => {
  it('is read back as written, rounding fractional pixels', () => {
    expect(parseWindowState(saved(10.4, 20.6, 1000.5, 700, true))).toEqual(saved(10, 21, 1001, 700, true));
  });

  it.each([
    null,
    'garbage',
    42,
    [],
    {},
    { bounds: { x: 0, y: 0, width: 800 }, maximized: false },
    saved(Number.NaN, 0, 800, 600),
    saved(0, Number.POSITIVE_INFINITY, 800, 600),
    saved(0, 0, -800, 600),
    saved(0, 0, 0, 600),
    saved(0, 0, 1e9, 600),
    saved(-1e9, 0, 800, 600),
    { bounds: { x: '0', y: 0, width: 800, height: 600 }, maximized: false },
    { bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: 'yes' },
  ])('is rejected when it is garbage: %j', (value) => {
    expect(parseWindowState(value)).toBeNull();
  });
});

describe('the state file', () => {
  let folder: string | null = null;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });
  const tempFolder = () => (folder = mkdtempSync(join(tmpdir(), 'titleprep-window-state-')));

  it('round-trips through disk and leaves no temporary file behind', () => {
    const file = join(tempFolder(), 'window-state.json');
    expect(writeWindowState(file, saved(5, 6, 900, 700, true))).toBe(true);
    expect(readWindowState(file)).toEqual(saved(5, 6, 900, 700, true));
    expect(readdirSync(folder ?? '')).toEqual(['window-state.json']);
  });

  it('reads as no state when missing, empty, truncated or not JSON', () => {
    const file = join(tempFolder(), 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    for (const text of ['', '{"bounds":{"x":1', 'not json', '"x"', '\u0000\u0000']) {
      writeFileSync(file, text);
      expect(readWindowState(file)).toBeNull();
    }
  });

  it('is replaced by rename, so a failed write keeps the old file intact and removes the temporary one', () => {
    const file = join(tempFolder(), 'window-state.json');
    writeWindowState(file, saved(1, 2, 900, 700));
    const failingRename: StateFileSystem = {
      readFileSync: (path, encoding) => readFileSync(path, encoding),
      writeFileSync: (path, text, encoding) => writeFileSync(path, text, encoding),
      renameSync: () => {
        throw new Error('EXDEV');
      },
      rmSync: (path, options) => rmSync(path, options),
    };
    expect(writeWindowState(file, saved(9, 9, 999, 999), failingRename)).toBe(false);
    expect(readWindowState(file)).toEqual(saved(1, 2, 900, 700));
    expect(readdirSync(folder ?? '')).toEqual(['window-state.json']);
  });

  it('reports a disk that refuses the write instead of throwing', () => {
    const file = join(tempFolder(), 'no-such-folder', 'window-state.json');
    expect(writeWindowState(file, saved(1, 2, 900, 700))).toBe(false);
  });
});
