'use client';

import { usePathname } from 'next/navigation';
import { Icon, type IconName } from '@/components/ui/icon';
import { IntentLink } from '@/components/ui/intent-link';
import styles from './nav-links.module.css';

export type NavItem = { href: string; label: string; icon: IconName; exact?: boolean };
export type NavSection = { label?: string; items: readonly NavItem[] };

function isActive(pathname: string, item: NavItem): boolean {
  return item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
}

export function NavLinks({ sections, label, tone = 'dark', onNavigate }: { sections: readonly NavSection[]; label: string; tone?: 'dark' | 'light'; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className={tone === 'light' ? styles.light : undefined}>
      {sections.map((section, index) => (
        <div key={section.label ?? index}>
          {section.label && <p className={styles.section}>{section.label}</p>}
          <ul className={styles.list}>
            {section.items.map((item) => (
              <li key={item.href}>
                <IntentLink href={item.href} className={styles.link} aria-current={isActive(pathname, item) ? 'page' : undefined} onClick={onNavigate}>
                  <Icon name={item.icon} size={18} />
                  {item.label}
                </IntentLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
