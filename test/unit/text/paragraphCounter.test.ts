// The editor's per-keystroke count: only changed paragraphs are recounted, and the total never depends on
// what the cache held before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createParagraphCounter } from '../../../shared/text/paragraphCounter';
import { countWords } from '../../../shared/text/wordcount';

const document = ['一、个人基本情况', '我于2015年毕业于Technische Universität München，获得硕士学位。', '', '二、专业技术工作'];

describe('the paragraph counter', () => {
  it('counts a document as the whole text with paragraph breaks would count', () => {
    const counter = createParagraphCounter();
    expect(counter.count(document)).toEqual(countWords(document.join('\n')));
  });

  it('a keystroke recounts only the paragraph it changed', () => {
    const counter = createParagraphCounter();
    counter.count(document);
    const before = counter.recounted;
    const edited = document.map((text, index) => (index === 1 ? `${text}我` : text));
    expect(counter.count(edited)).toEqual(countWords(edited.join('\n')));
    expect(counter.recounted - before).toBe(1);
  });

  it('an unchanged document is not recounted at all', () => {
    const counter = createParagraphCounter();
    counter.count(document);
    const before = counter.recounted;
    counter.count([...document]);
    expect(counter.recounted).toBe(before);
  });

  it('identical paragraphs are counted once and summed each time they occur', () => {
    const counter = createParagraphCounter();
    const repeated = ['同一段落。', '同一段落。', '同一段落。'];
    expect(counter.count(repeated).words).toBe(3 * countWords('同一段落。').words);
    expect(counter.recounted).toBe(1);
  });

  it('forgets paragraphs that left the document, so a long session does not grow the cache without bound', () => {
    const counter = createParagraphCounter();
    let text = '';
    for (let keystroke = 0; keystroke < 2000; keystroke += 1) {
      text += '字';
      counter.count(['标题', text]);
    }
    expect(counter.cached).toBeLessThanOrEqual(2 * 2 + 256);
  });

  it('a cached count cannot be changed by the caller', () => {
    const counter = createParagraphCounter();
    const count = counter.paragraph('中文');
    expect(() => Object.assign(count, { words: 99 })).toThrow(TypeError);
    expect(counter.paragraph('中文').words).toBe(2);
  });

  it('the total is independent of how the cache was warmed', () => {
    const paragraph = fc.array(fc.constantFrom('中', 'a', ' ', '“', '…', '𠀀', '、', '1', '\u200B'), { maxLength: 12 }).map((pieces) => pieces.join(''));
    const documentArbitrary = fc.array(paragraph, { maxLength: 10 });
    fc.assert(
      fc.property(fc.array(documentArbitrary, { maxLength: 6 }), documentArbitrary, (history, current) => {
        const counter = createParagraphCounter();
        for (const earlier of history) counter.count(earlier);
        expect(counter.count(current)).toEqual(countWords(current.join('\n')));
      }),
    );
  });
});
