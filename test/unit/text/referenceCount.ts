// A slow counter written straight from wordcount.md's sentences, to check the fast one's state machine:
// code points first, invisible ones dropped, ambiguous runs resolved by their neighbours, then runs split.
import { AMBIGUOUS, ASIAN, BREAK, HAN, IGNORED, OTHER, SPACE, codePointClass } from '../../../shared/text/charClass';
import { type WordCount } from '../../../shared/text/wordcount';

export function referenceCount(text: string): WordCount {
  const classes = Array.from(text, (character) => codePointClass(character.codePointAt(0) ?? 0));
  const visible = classes.filter((charClass) => charClass !== IGNORED);

  // “”‘’…—·: Asian when the visible character on either side of their run is Asian.
  const isAsian = (charClass: number | undefined) => charClass === ASIAN || charClass === HAN;
  const resolved: number[] = [...visible];
  for (let start = 0; start < visible.length; start += 1) {
    if (visible[start] !== AMBIGUOUS) continue;
    let end = start;
    while (visible[end] === AMBIGUOUS) end += 1;
    const asian = isAsian(visible[start - 1]) || isAsian(visible[end]);
    resolved.fill(asian ? ASIAN : OTHER, start, end);
    start = end - 1;
  }

  let nonAsianWords = 0;
  for (let index = 0; index < resolved.length; index += 1) {
    if (resolved[index] === OTHER && resolved[index - 1] !== OTHER) nonAsianWords += 1;
  }
  const asianChars = resolved.filter(isAsian).length;
  const charsNoSpaces = visible.filter((charClass) => charClass !== SPACE && charClass !== BREAK).length;
  return {
    words: asianChars + nonAsianWords,
    asianChars,
    nonAsianWords,
    hanChars: visible.filter((charClass) => charClass === HAN).length,
    charsNoSpaces,
    charsWithSpaces: charsNoSpaces + visible.filter((charClass) => charClass === SPACE).length,
    uncertainChars: visible.filter((charClass) => charClass === AMBIGUOUS).length,
  };
}
