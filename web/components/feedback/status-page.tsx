import type { ReactNode } from 'react';
import { Icon, type IconName } from '@/components/ui/icon';
import styles from './status-page.module.css';

type StatusPageProps = {
  code?: string;
  icon?: IconName;
  title: ReactNode;
  hint: ReactNode;
  reference?: ReactNode;
  actions?: ReactNode;
  fullscreen?: boolean;
};

/** 403 / 404 / error pages: a code or an icon, what happened, what to do next. */
export function StatusPage({ code, icon, title, hint, reference, actions, fullscreen }: StatusPageProps) {
  return (
    <main className={[styles.page, fullscreen && styles.fullscreen].filter(Boolean).join(' ')}>
      <div className={styles.card}>
        {code && (
          <p className={styles.code} aria-hidden>
            {code}
          </p>
        )}
        {icon && (
          <span className={styles.icon}>
            <Icon name={icon} size={28} />
          </span>
        )}
        <h1 className={styles.title}>{title}</h1>
        <p className={styles.hint}>{hint}</p>
        {reference && <p className={styles.reference}>{reference}</p>}
        {actions && <div className={styles.actions}>{actions}</div>}
      </div>
    </main>
  );
}
