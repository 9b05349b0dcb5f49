import type { ReactNode } from 'react';
import { Avatar } from '@/components/ui/avatar';
import styles from './user-cell.module.css';

export function UserCell({ fullName, email }: { fullName: string; email: string }) {
  return (
    <div className={styles.user}>
      <Avatar name={fullName} />
      <div className={styles.userText}>
        <span className={styles.name}>{fullName}</span>
        <span className={styles.email}>{email}</span>
      </div>
    </div>
  );
}

export function MutedText({ children }: { children: ReactNode }) {
  return <span className={styles.muted}>{children}</span>;
}
