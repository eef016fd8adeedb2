// Handing the English out and taking the Chinese back. The blocks to translate (English only) or to check
// again (stale) go out with an id each; the file that comes back (a .docx table edited in Word or WPS, or
// run through a translation tool, or the plain text) is matched to the blocks by that id alone, never by
// its row's place, so a reordered row still finds its block. Pure: the backend builds and reads the files,
// the renderer applies the result to the editor as one undoable step.
//
// The id written out is `#KKKKKKKK-FFFFFFFF`: K the block's key (a fingerprint of its id, hex, so a
// translation tool has no word in it to translate), F the fingerprint of the English handed out. Taking
// back, F tells whether the English is still what was translated; when it is not, the block is stale at once.
import { type BlockState, blockState, englishFingerprint } from './bilingual';
import { type Block, paragraphsFromPlainText } from './document';

export const HANDOUT_ID = /#?\s*([0-9a-fA-F]{8})\s*[-‐‑–—－_]\s*([0-9a-fA-F]{8})/u;

export const blockKey = (id: string): string => englishFingerprint(`block:${id}`);

export interface HandoutRow {
  /** The block's number in the document (1-based), as the editor shows it. */
  number: number;
  id: string;
  handoutId: string;
  kind: Block['type'];
  state: BlockState;
  english: string;
  /** The Chinese it has now (a stale block's translation, to revise); empty for a block to translate. */
  chinese: string;
}

export type HandoutChoice = 'pending' | 'all';

/** The blocks to hand out: those with English still to translate or to check again, or every block with English. */
export function handoutRows(blocks: readonly Block[], choice: HandoutChoice = 'pending'): HandoutRow[] {
  const rows: HandoutRow[] = [];
  blocks.forEach((block, index) => {
    const state = blockState(block);
    if (block.id === undefined || block.english === undefined || block.english.trim() === '') return;
    if (choice === 'pending' && state !== 'english-only' && state !== 'stale') return;
    rows.push({
      number: index + 1,
      id: block.id,
      handoutId: `#${blockKey(block.id)}-${englishFingerprint(block.english)}`,
      kind: block.type,
      state,
      english: block.english,
      chinese: block.text,
    });
  });
  return rows;
}

/** One row of a file taken back, as read (position is its place in the file, 1-based). */
export interface ReturnedRow {
  position: number;
  /** The id cell's text as found (null when the row had none). */
  idText: string | null;
  english: string;
  chinese: string;
}

export type UnfitReason = 'no-id' | 'unknown-id' | 'empty' | 'duplicate';

export interface BlockUpdate {
  id: string;
  text: string;
  writtenAgainst: string;
}

export interface TakeBackReport {
  /** Block numbers that took a Chinese text. */
  matched: number[];
  /** Block numbers still to translate or to check after the take-back (nothing usable came for them). */
  left: number[];
  /** Rows of the file that fitted no block, and why. */
  unfit: { position: number; reason: UnfitReason; sample: string }[];
}

/** More Han characters than Latin letters: the text is Chinese. */
function mostlyHan(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 0 && han >= latin;
}

/** The start of the row's text, for the report: enough to find the row in the file. */
function sampleOf(row: ReturnedRow): string {
  const characters = [...(row.chinese || row.english || row.idText || '').trim()];
  return characters.length > 30 ? `${characters.slice(0, 30).join('').trimEnd()}…` : characters.join('');
}

/** A cell's text as one block's text: line breaks inside a cell join (without a space between Han
 * characters, with one between other words). */
export function oneBlockText(text: string): string {
  return paragraphsFromPlainText(text)
    .map((paragraph) => paragraph.text.trim())
    .reduce((joined, part) => (joined === '' ? part : /[\p{Script=Han}，。；：！？、）」』]$/u.test(joined) || /^\p{Script=Han}/u.test(part) ? joined + part : `${joined} ${part}`), '');
}

/**
 * Matches a returned file's rows to the blocks by id. The Chinese replaces the block's text; the English
 * it was written against is the one handed out when the file still carries it (its fingerprint matches),
 * so a block whose English changed since the hand-out comes back stale; a row naming no block, repeating
 * one, or with an empty Chinese cell changes nothing and is reported.
 */
export function takeBack(blocks: readonly Block[], rows: readonly ReturnedRow[]): { updates: BlockUpdate[]; report: TakeBackReport } {
  const byKey = new Map<string, { block: Block; number: number }>();
  blocks.forEach((block, index) => {
    if (block.id !== undefined) byKey.set(blockKey(block.id), { block, number: index + 1 });
  });
  const updates: BlockUpdate[] = [];
  const matched: number[] = [];
  const unfit: TakeBackReport['unfit'] = [];
  const taken = new Set<string>();
  for (const row of rows) {
    const found = row.idText === null ? null : HANDOUT_ID.exec(row.idText);
    if (!found) {
      // A row with nothing in it at all (a blank line of the table) is not worth reporting.
      if (row.english.trim() !== '' || row.chinese.trim() !== '') unfit.push({ position: row.position, reason: 'no-id', sample: sampleOf(row) });
      continue;
    }
    const key = (found[1] as string).toLowerCase();
    const fingerprint = (found[2] as string).toLowerCase();
    const target = byKey.get(key);
    if (!target || target.block.id === undefined) {
      unfit.push({ position: row.position, reason: 'unknown-id', sample: sampleOf(row) });
      continue;
    }
    let chinese = oneBlockText(row.chinese);
    let returnedEnglish = oneBlockText(row.english);
    // A translation tool that translates the document in place leaves the Chinese in the English column.
    if (chinese === '' && mostlyHan(returnedEnglish)) {
      chinese = returnedEnglish;
      returnedEnglish = '';
    }
    if (chinese === '') {
      unfit.push({ position: row.position, reason: 'empty', sample: sampleOf(row) });
      continue;
    }
    if (taken.has(key)) {
      unfit.push({ position: row.position, reason: 'duplicate', sample: sampleOf(row) });
      continue;
    }
    taken.add(key);
    const english = target.block.english ?? '';
    // What the translator saw: the English now, if unchanged since the hand-out; else the English cell of
    // the file if it is what was handed out; else unknown (recorded as nothing, so the block is stale).
    const writtenAgainst =
      englishFingerprint(english) === fingerprint ? english : englishFingerprint(returnedEnglish) === fingerprint ? returnedEnglish : '';
    updates.push({ id: target.block.id, text: chinese, writtenAgainst });
    matched.push(target.number);
  }
  const updated = new Set(updates.map((update) => update.id));
  const left: number[] = [];
  blocks.forEach((block, index) => {
    const state = blockState(block);
    if ((state === 'english-only' || state === 'stale') && !(block.id !== undefined && updated.has(block.id))) left.push(index + 1);
  });
  return { updates, report: { matched: matched.sort((a, b) => a - b), left, unfit } };
}

// ---------- plain text ----------

const TEXT_ID_LINE = /^\s*\[\s*(#?\s*[0-9a-fA-F]{8}\s*[-‐‑–—－_]\s*[0-9a-fA-F]{8})\s*\]\s*$/u;
const EN_LINE = /^\s*EN\s*[:：]\s?(.*)$/u;
const ZH_LINE = /^\s*(?:ZH|中文)\s*[:：]\s?(.*)$/u;

/**
 * The plain-text hand-out: a short head (each line starting with "//"), then per block its id line in
 * brackets, "EN: " and the English, "ZH: " and the Chinese (empty, or the stale translation to revise).
 */
export function handoutText(rows: readonly HandoutRow[], head: readonly string[]): string {
  const lines = head.map((line) => `// ${line}`);
  for (const row of rows) lines.push('', `[${row.handoutId}]`, `EN: ${row.english}`, `ZH: ${row.chinese}`);
  return `${lines.join('\r\n')}\r\n`;
}

/** Reads a plain-text file taken back: the Chinese of a block runs from "ZH:" to the next id line. */
export function parseHandoutText(text: string): ReturnedRow[] {
  const rows: ReturnedRow[] = [];
  let current: ReturnedRow | null = null;
  let side: 'english' | 'chinese' | null = null;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)) {
    if (line.trimStart().startsWith('//')) continue;
    const id = TEXT_ID_LINE.exec(line);
    if (id) {
      current = { position: rows.length + 1, idText: id[1] as string, english: '', chinese: '' };
      rows.push(current);
      side = null;
      continue;
    }
    if (!current) continue;
    const english = EN_LINE.exec(line);
    const chinese = ZH_LINE.exec(line);
    if (english) {
      side = 'english';
      current.english = english[1] as string;
    } else if (chinese) {
      side = 'chinese';
      current.chinese = chinese[1] as string;
    } else if (side && line.trim() !== '') current[side] += `\n${line}`;
  }
  return rows;
}

// ---------- pasted Chinese without ids ----------

export interface AlignedPair {
  id: string;
  number: number;
  english: string;
  chinese: string;
}

/**
 * A pasted Chinese text, paragraph by paragraph, proposed for the blocks in order: for every block with
 * English when the counts agree (a whole translation), else for the blocks still to translate or check.
 * The user confirms each pair; paragraphs beyond the blocks are returned as left over.
 */
export function alignPasted(blocks: readonly Block[], pasted: string): { pairs: AlignedPair[]; leftOver: string[] } {
  const paragraphs = paragraphsFromPlainText(pasted).map((paragraph) => paragraph.text.trim());
  const withEnglish = blocks.flatMap((block, index) =>
    block.id !== undefined && block.english !== undefined && block.english.trim() !== '' ? [{ block, number: index + 1 }] : [],
  );
  const pending = withEnglish.filter(({ block }) => {
    const state = blockState(block);
    return state === 'english-only' || state === 'stale';
  });
  const targets = paragraphs.length === withEnglish.length ? withEnglish : pending;
  const pairs = targets.slice(0, paragraphs.length).map(({ block, number }, index) => ({
    id: block.id as string,
    number,
    english: block.english as string,
    chinese: paragraphs[index] as string,
  }));
  return { pairs, leftOver: paragraphs.slice(pairs.length) };
}
