// A word-by-word difference of two English texts, readable without colour: removed words struck (−),
// added words underlined (+). The stale mark of a block written from English, and the comparison of versions.
import type { Segment } from '../../../shared/summary/diff';

export function EnglishChange({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.op === 'equal' ? (
          <span key={index}>{segment.text}</span>
        ) : segment.op === 'delete' ? (
          <del key={index} data-marker="−">
            {segment.text}
          </del>
        ) : (
          <ins key={index} data-marker="+">
            {segment.text}
          </ins>
        ),
      )}
    </>
  );
}

