// pdfmake's line breaking, observed: for the text nodes of one build that carry a recorded id, the text of
// each line and the page it went on. pdfmake tells its page-break callback where a node starts, never where
// its lines fall, and widow control (no last line alone at the top of a page) needs exactly that. The hook
// also justifies the last line of a node marked `justifyLastLine`: the first part of a paragraph split at a
// page end is a full line, not a paragraph's end. pdfmake is pinned (package.json): the hook wraps one method
// of its layout builder and changes nothing else.
import { createRequire } from 'node:module';

interface LaidLine {
  inlines: { text: string }[];
  lastLineInParagraph?: boolean;
}

interface LaidTextNode {
  id?: unknown;
  justifyLastLine?: unknown;
  positions?: { pageNumber: number }[];
}

interface LayoutBuilderClass {
  prototype: { buildNextLine(this: unknown, node: LaidTextNode): LaidLine | null };
}

/** One paragraph as laid out: its lines' text and their pages (1-based), in order. */
export interface LaidParagraph {
  lines: string[];
  pages: number[];
}

interface Entry {
  node: LaidTextNode;
  lines: string[];
}

const builds = new Map<string, Map<string, Entry>>();
let nextBuild = 0;
let installed = false;

/** The build an id belongs to: ids are `<build>/<rest>`. */
const buildOf = (id: string) => id.slice(0, id.indexOf('/'));

function install(): void {
  if (installed) return;
  const LayoutBuilder = (createRequire(import.meta.url)('pdfmake/js/LayoutBuilder.js') as { default: LayoutBuilderClass }).default;
  const original = LayoutBuilder.prototype.buildNextLine;
  LayoutBuilder.prototype.buildNextLine = function (this: unknown, node: LaidTextNode) {
    const line = original.call(this, node);
    if (line === null) return line;
    if (node.justifyLastLine === true) line.lastLineInParagraph = false;
    const id = node.id;
    const build = typeof id === 'string' ? builds.get(buildOf(id)) : undefined;
    if (build !== undefined && typeof id === 'string') {
      let entry = build.get(id);
      if (entry === undefined || entry.node !== node) {
        entry = { node, lines: [] };
        build.set(id, entry);
      }
      // Called before the line is placed: the lines already placed are this one's index. A new layout pass
      // (pdfmake lays out again after a page-break decision) starts again at 0 and overwrites.
      entry.lines[node.positions?.length ?? 0] = line.inlines.map((inline) => inline.text).join('');
    }
    return line;
  };
  installed = true;
}

export interface LineRecorder {
  /** The id to give a text node whose lines are wanted. */
  id(name: string): string;
  /** The lines of the last layout of the node with this id, or undefined when it was not laid out. */
  paragraph(id: string): LaidParagraph | undefined;
  /** Forget this build (call when done). */
  close(): void;
}

export function recordLines(): LineRecorder {
  install();
  const name = `lines${nextBuild++}`;
  const entries = new Map<string, Entry>();
  builds.set(name, entries);
  return {
    id: (node) => `${name}/${node}`,
    paragraph: (id) => {
      const entry = entries.get(id);
      const positions = entry?.node.positions;
      if (entry === undefined || positions === undefined) return undefined;
      return { lines: entry.lines.slice(0, positions.length), pages: positions.map((position) => position.pageNumber) };
    },
    close: () => {
      builds.delete(name);
    },
  };
}

/** The paragraph's last line stands alone at the top of a page: a widow. */
export function endsInWidow({ pages }: LaidParagraph): boolean {
  return pages.length >= 2 && pages.at(-1) !== pages.at(-2);
}
