import { getT } from '@/i18n/server';
import { PAGE_SIZE, pageLinks, readPageState } from '@/lib/pagination';
import type { SearchParams } from '@/lib/url';
import { buttonClassName, ButtonLink } from './button';
import { Icon } from './icon';
import styles from './pagination.module.css';

type PaginationProps = {
  pathname: string;
  searchParams: SearchParams;
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
  /** The API counted roughly (large searches): shown as "≈ N". */
  totalIsEstimate?: boolean;
  itemCount: number;
  pageSize?: number;
};

/** Cursor paging in the URL: `?after=` moves forward, a `prev` stack remembers the way back. */
export async function Pagination({
  pathname,
  searchParams,
  hasNextPage,
  endCursor,
  totalCount,
  totalIsEstimate = false,
  itemCount,
  pageSize = PAGE_SIZE,
}: PaginationProps) {
  const t = await getT('common');
  const { pageNumber } = readPageState(searchParams);
  const links = pageLinks(pathname, searchParams, { hasNextPage, endCursor });
  if (!links.previous && !links.next) {
    return totalCount > 0 ? (
      <div className={styles.pagination}>
        <p className={styles.summary}>{t(totalIsEstimate ? 'pagination.totalEstimate' : 'pagination.total', { count: totalCount })}</p>
      </div>
    ) : null;
  }
  const from = (pageNumber - 1) * pageSize + 1;
  const to = from + itemCount - 1;
  return (
    <nav className={styles.pagination} aria-label={t('pagination.label')}>
      <p className={styles.summary}>{t(totalIsEstimate ? 'pagination.rangeEstimate' : 'pagination.range', { from, to, total: totalCount })}</p>
      <div className={styles.controls}>
        {links.first && (
          <ButtonLink href={links.first} size="sm" variant="ghost" icon="chevronsLeft" iconOnly>
            {t('pagination.first')}
          </ButtonLink>
        )}
        {links.previous ? (
          <ButtonLink href={links.previous} size="sm" icon="chevronLeft" rel="prev">
            {t('pagination.previous')}
          </ButtonLink>
        ) : (
          <span className={`${buttonClassName({ size: 'sm' })} ${styles.disabled}`} aria-disabled="true">
            <Icon name="chevronLeft" size={15} />
            {t('pagination.previous')}
          </span>
        )}
        {links.next ? (
          <ButtonLink href={links.next} size="sm" rel="next">
            {t('pagination.next')}
            <Icon name="chevronRight" size={15} />
          </ButtonLink>
        ) : (
          <span className={`${buttonClassName({ size: 'sm' })} ${styles.disabled}`} aria-disabled="true">
            {t('pagination.next')}
            <Icon name="chevronRight" size={15} />
          </span>
        )}
      </div>
    </nav>
  );
}
