import type { ReactNode } from 'react';
import { Logo } from '@/components/brand/logo';
import { LocaleSwitcher } from '@/components/auth/locale-switcher';
import { Icon, type IconName } from '@/components/ui/icon';
import { getLocale, getT } from '@/i18n/server';
import styles from './auth-frame.module.css';

const POINTS: readonly { key: 'tasks' | 'calls' | 'branches'; icon: IconName }[] = [
  { key: 'tasks', icon: 'tasks' },
  { key: 'calls', icon: 'phone' },
  { key: 'branches', icon: 'users' },
];

/** Sign-in pages: the product story on the left (wide screens), the form on the right. */
export async function AuthFrame({ children }: { children: ReactNode }) {
  const t = await getT('auth');
  const locale = await getLocale();
  return (
    <div className={styles.frame}>
      <aside className={styles.brand}>
        <Logo inverse />
        <div>
          <p className={styles.headline}>{t('brand.headline')}</p>
          <ul className={styles.points}>
            {POINTS.map((point) => (
              <li key={point.key} className={styles.point}>
                <span className={styles.pointIcon}>
                  <Icon name={point.icon} size={16} />
                </span>
                {t(`brand.points.${point.key}`)}
              </li>
            ))}
          </ul>
        </div>
        <p className={styles.footer}>{t('brand.footer')}</p>
      </aside>
      <div className={styles.main}>
        <div className={styles.topbar}>
          <span className={styles.mobileLogo}>
            <Logo />
          </span>
          <LocaleSwitcher current={locale} />
        </div>
        <main className={styles.content}>
          <div className={styles.panel}>{children}</div>
        </main>
      </div>
    </div>
  );
}
