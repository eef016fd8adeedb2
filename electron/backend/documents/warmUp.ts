// The first .docx export took about 3 s and the next ones 0.1 s: the docx library and the zip writer under
// it are compiled and set up on first use. Building one small document in the background, soon after
// start, moves that cost out of the user's way, so the first export is as quick as the next (issue 12).
import type { Block } from '../../../shared/summary/document';
import { buildSummaryDocx } from './export/summaryDocx';
import { summaryPrintText } from './export/summaryText';

/** Every kind of block and mark the exporter writes, so that each of its code paths runs once. */
const SAMPLE: readonly Block[] = [
  { type: 'heading', id: 'warm-up', text: '一、工作概况 Overview' },
  { type: 'paragraph', text: '本人主持 signalling 改造。', marks: [{ type: 'bold', from: 0, to: 4 }, { type: 'italic', from: 5, to: 15 }] },
  { type: 'listItem', list: 'bullet', level: 0, text: '要点', marks: [] },
  { type: 'listItem', list: 'numbered', level: 1, text: '第一', marks: [] },
];

const SAMPLE_TEXT = summaryPrintText('—');

/** Builds the sample document (twice: the second run meets the optimised code); resolves to its bytes. */
export async function warmUpDocumentExport(): Promise<number> {
  await buildSummaryDocx(SAMPLE, SAMPLE_TEXT);
  return (await buildSummaryDocx(SAMPLE, SAMPLE_TEXT)).length;
}

/**
 * Runs the warm-up once, `delayMs` after start (the first screen loads first); the timer does not keep
 * the process alive, and a failure is only logged: the real export reports its own errors. `done` tells
 * whether the warm-up ran (false when cancelled first, or when it failed).
 */
export function scheduleDocumentWarmUp(log: (message: string, error: unknown) => void, delayMs = 1500): { cancel(): void; done: Promise<boolean> } {
  let cancel = () => undefined as void;
  const done = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      warmUpDocumentExport().then(
        () => resolve(true),
        (error: unknown) => {
          log('TitlePrep backend: warming up the .docx export failed', error);
          resolve(false);
        },
      );
    }, delayMs);
    timer.unref();
    cancel = () => {
      clearTimeout(timer);
      resolve(false);
    };
  });
  return { cancel: () => cancel(), done };
}
