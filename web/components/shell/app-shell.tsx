import type { ReactNode } from 'react';
import { Logo } from '@/components/brand/logo';
import { CallActivityProvider } from '@/components/calls/call-activity';
import { LiveProvider } from '@/components/live/live-provider';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { HeaderSearch } from '@/components/search/header-search';
import { Icon } from '@/components/ui/icon';
import { IntentLink } from '@/components/ui/intent-link';
import { getLocale, getT } from '@/i18n/server';
import { liveSocketSpec } from '@/lib/live/socket-origin';
import type { UnreadState } from '@/lib/notifications/unread';
import { isAdmin } from '@/lib/roles';
import type { Viewer } from '@/lib/viewer';
import styles from './app-shell.module.css';
import { MobileNav } from './mobile-nav';
import { NavLinks, type NavSection } from './nav-links';
import { UserMenu } from './user-menu';

async function navSections(viewer: Viewer): Promise<NavSection[]> {
  const t = await getT('shell');
  const sections: NavSection[] = [
    {
      items: [
        { href: '/', label: t('nav.home'), icon: 'home', exact: true },
        { href: '/companies', label: t('nav.companies'), icon: 'building' },
        { href: '/tasks', label: t('nav.tasks'), icon: 'tasks' },
        { href: '/analytics', label: t('nav.analytics'), icon: 'chart' },
      ],
    },
  ];
  if (isAdmin(viewer.role)) {
    sections.push({
      label: t('nav.admin'),
      items: [
        { href: '/admin/users', label: t('nav.users'), icon: 'users' },
        { href: '/admin/branches', label: t('nav.branches'), icon: 'branch' },
      ],
    });
  }
  return sections;
}

/**
 * Sidebar navigation, a top bar with search, notifications and the user menu, and the page in the middle.
 * `unread` is the bell's count as the page is rendered (null: the bell asks itself).
 */
export async function AppShell({ viewer, unread, children }: { viewer: Viewer; unread: UnreadState | null; children: ReactNode }) {
  const [t, tCommon, locale, sections] = await Promise.all([getT('shell'), getT('common'), getLocale(), navSections(viewer)]);
  return (
    <LiveProvider socket={liveSocketSpec}>
      <CallActivityProvider>
        <div className={styles.shell}>
          <a href="#content" className="skip-link">
            {t('skipToContent')}
          </a>
          <aside className={styles.sidebar}>
            <div className={styles.sidebarInner}>
              <div className={styles.sidebarLogo}>
                <IntentLink href="/" aria-label={tCommon('appName')}>
                  <Logo inverse />
                </IntentLink>
              </div>
              <div className={styles.sidebarNav}>
                <NavLinks sections={sections} label={t('nav.label')} />
              </div>
              {viewer.branch && (
                <div className={styles.sidebarFooter}>
                  <Icon name="branch" size={15} />
                  {viewer.branch.name}
                </div>
              )}
            </div>
          </aside>
          <div className={styles.column}>
            <header className={styles.topbar}>
              <MobileNav sections={sections} />
              <IntentLink href="/" className={styles.topbarLogo} aria-label={tCommon('appName')}>
                <Logo />
              </IntentLink>
              <div className={styles.search}>
                <HeaderSearch />
              </div>
              <div className={styles.spacer} />
              <NotificationBell initialUnread={unread} />
              <UserMenu
                locale={locale}
                viewer={{
                  fullName: viewer.fullName,
                  email: viewer.email,
                  roleLabel: tCommon(`roles.${viewer.role}`),
                  branchName: viewer.branch?.name ?? null,
                }}
              />
            </header>
            <main id="content" className={styles.main} tabIndex={-1}>
              {children}
            </main>
          </div>
        </div>
      </CallActivityProvider>
    </LiveProvider>
  );
}
