import type { HighlightSegment } from '@/lib/search/highlight';
import styles from './header-search.module.css';

/** Highlight runs as React text: the marked ones in <mark>, nothing parsed as HTML. */
export function HighlightedText({ segments }: { segments: readonly HighlightSegment[] }) {
  return segments.map((segment, index) =>
    segment.marked ? (
      <mark key={index} className={styles.mark}>
        {segment.text}
      </mark>
    ) : (
      <span key={index}>{segment.text}</span>
    ),
  );
}
