import { useTranslations } from 'use-intl';
import type { SearchHit } from '@/lib/search/hits';
import { HighlightedText } from './highlighted-text';
import styles from './header-search.module.css';

/**
 * One company in the typeahead: the name, then what matched with the matching text (in the name itself for a
 * name match) and the INN at the end of the line, where it lines up from row to row.
 */
export function SearchHitContent({ hit }: { hit: SearchHit }) {
  const t = useTranslations('search');
  const { highlight, matchedOn } = hit;
  const inName = matchedOn === 'NAME' && highlight;
  const snippet = !inName && highlight;
  return (
    <>
      <span className={styles.hitName} data-testid="global-search-hit-name">
        {inName ? <HighlightedText segments={inName} /> : hit.name}
      </span>
      <span className={styles.hitMeta}>
        <span className={styles.chip}>{t(`matchedOn.${matchedOn}`)}</span>
        {snippet && (
          <span className={styles.snippet}>
            <HighlightedText segments={snippet} />
          </span>
        )}
        {hit.inn && matchedOn !== 'INN' && (
          <span className={styles.inn}>
            {t('inn')} {hit.inn}
          </span>
        )}
      </span>
    </>
  );
}
