import { IntentLink } from './intent-link';
import styles from './tabs.module.css';
import { TabsScroller } from './tabs-scroller';

export type TabItem = { href: string; label: string; active: boolean; count?: number | undefined; tone?: 'danger'; testId?: string };

/** Navigation tabs whose state lives in the URL (filters, sub-pages); prefetched on intent (IntentLink), not on sight. */
export function Tabs({ items, label }: { items: readonly TabItem[]; label: string }) {
  return (
    <nav aria-label={label}>
      <TabsScroller className={styles.tabs}>
        {items.map((item) => (
          <IntentLink
            key={item.href}
            href={item.href}
            className={[styles.tab, item.tone === 'danger' && item.count ? styles.danger : undefined].filter(Boolean).join(' ')}
            aria-current={item.active ? 'page' : undefined}
            data-testid={item.testId}
            scroll={false}
          >
            {item.label}
            {item.count !== undefined && item.count > 0 && <span className={styles.count}>{item.count}</span>}
          </IntentLink>
        ))}
      </TabsScroller>
    </nav>
  );
}
