// Writing the summary from English: each block's Chinese text beside the English it says, kept honest.
// TitlePrep translates nothing; it records, per block, the English source (`english`) and the English the
// Chinese was written or last checked against (`writtenAgainst`), and from those two tells the user which
// blocks are still to translate and which may have gone stale. Pure: the editor, the hand-out/take-back and
// the review copy all read their states from here.
import { type Segment, diffText } from './diff';
import type { Block } from './document';

export const BLOCK_STATES = [
  'empty', // neither side written yet
  'english-only', // to translate
  'translated', // the Chinese was written (or checked) against the English as it is now
  'stale', // the English changed (or came) after the Chinese was written: the Chinese may no longer say it
  'chinese-only', // no English source: a block written in Chinese directly
] as const;
export type BlockState = (typeof BLOCK_STATES)[number];

/** The two sides of a block as far as the states care (a model block, or an editor node's attributes). */
export interface Sides {
  text: string;
  english?: string | undefined;
  writtenAgainst?: string | undefined;
}

const written = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

export function blockState(block: Sides): BlockState {
  const chinese = block.text.trim() !== '';
  const english = written(block.english);
  if (!english) return chinese ? 'chinese-only' : 'empty';
  if (!chinese) return 'english-only';
  return block.writtenAgainst === block.english ? 'translated' : 'stale';
}

/**
 * What changed in the English since the Chinese was written: the word-by-word difference from the English
 * it was written against to the English now. Null unless the block is stale. When no English was recorded
 * (the Chinese came first, the English later) the whole English is new.
 */
export function englishChange(block: Sides): Segment[] | null {
  if (blockState(block) !== 'stale') return null;
  return diffText(block.writtenAgainst ?? '', block.english ?? '');
}

type SourceFields = Pick<Sides, 'english' | 'writtenAgainst'>;

/** The fields after the English is edited: the record of what the Chinese was written against stays, so a
 * translated block turns stale the moment its English changes. */
export function afterEnglishEdit(block: Sides, english: string): SourceFields {
  return tidy({ text: block.text, english, writtenAgainst: block.writtenAgainst });
}

/**
 * The fields after the Chinese is edited. Chinese written where none was records the English it was written
 * against; editing an existing translation never clears a stale mark (fixing a typo is not checking the
 * meaning: only "mark checked" does that).
 */
export function afterChineseEdit(block: Sides, text: string): SourceFields {
  const firstWritten = block.text.trim() === '' || block.writtenAgainst === undefined;
  const writtenAgainst = firstWritten && written(block.english) ? block.english : block.writtenAgainst;
  return tidy({ text, english: block.english, writtenAgainst });
}

/** "Checked": the Chinese says the English as it is now. Recorded only when both sides are written. */
export function afterMarkChecked(block: Sides): SourceFields {
  if (blockState(block) === 'english-only' || blockState(block) === 'empty') return tidy(block);
  return tidy({ ...block, writtenAgainst: block.english });
}

/** A record without Chinese, or without English, means nothing: dropped, so equal states store equally. */
function tidy(block: Sides): SourceFields {
  const english = block.english === '' ? undefined : block.english;
  const keep = block.text.trim() !== '' && written(english);
  return { english, writtenAgainst: keep ? block.writtenAgainst : undefined };
}

/** Applies source fields to a model block, leaving absent ones out (a Chinese-only block stays as it was). */
export function withSources<T extends Block>(block: T, fields: SourceFields): T {
  const { english: _english, writtenAgainst: _against, ...rest } = block;
  return {
    ...rest,
    ...(fields.english !== undefined ? { english: fields.english } : {}),
    ...(fields.writtenAgainst !== undefined ? { writtenAgainst: fields.writtenAgainst } : {}),
  } as T;
}

/**
 * Every block with an id, unique in the document: missing or repeated paragraph ids get a fresh one from
 * `fresh` (the renderer passes a random one; tests a counter). Headings keep their section ids.
 */
export function ensureBlockIds(blocks: readonly Block[], fresh: () => string): Block[] {
  const used = new Set<string>();
  for (const block of blocks) if (block.type === 'heading') used.add(block.id);
  const seen = new Set<string>();
  return blocks.map((block) => {
    if (block.type === 'heading') return block;
    if (block.id !== undefined && !seen.has(block.id) && !used.has(block.id)) {
      seen.add(block.id);
      return block;
    }
    let id = fresh();
    while (used.has(id) || seen.has(id)) id = fresh();
    seen.add(id);
    return { ...block, id };
  });
}

export interface StateTally {
  empty: number;
  'english-only': number;
  translated: number;
  stale: number;
  'chinese-only': number;
}

export function tallyStates(blocks: readonly Sides[]): StateTally {
  const tally: StateTally = { empty: 0, 'english-only': 0, translated: 0, stale: 0, 'chinese-only': 0 };
  for (const block of blocks) tally[blockState(block)] += 1;
  return tally;
}

/**
 * A short fingerprint of an English text (FNV-1a, 32 bits, hex): handed out beside the block id, so a file
 * taken back tells whether the English it was translated from is the English the block has now.
 */
export function englishFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
