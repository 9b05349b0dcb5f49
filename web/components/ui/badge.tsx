import type { ReactNode } from 'react';
import { Icon, type IconName } from './icon';
import styles from './badge.module.css';

export type BadgeTone = 'neutral' | 'primary' | 'success' | 'warning' | 'danger' | 'info';

type BadgeProps = { tone?: BadgeTone; dot?: boolean; icon?: IconName; children: ReactNode; className?: string };

export function Badge({ tone = 'neutral', dot, icon, children, className }: BadgeProps) {
  return (
    <span className={[styles.badge, styles[tone], dot && styles.dot, className].filter(Boolean).join(' ')}>
      {icon && <Icon name={icon} size={12} strokeWidth={2.2} />}
      {children}
    </span>
  );
}
