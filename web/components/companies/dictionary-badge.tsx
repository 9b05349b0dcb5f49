import type { CSSProperties } from 'react';
import { Badge } from '@/components/ui/badge';
import styles from './dictionary-badge.module.css';

/** A status or sphere as an admin set it up: its name on a tint of its dictionary colour. */
export function DictionaryBadge({ name, color }: { name: string; color?: string | null }) {
  if (!color) return <Badge dot>{name}</Badge>;
  return (
    <span className={styles.wrap} style={{ '--dictionary-color': color } as CSSProperties}>
      <Badge dot className={styles.colored}>
        {name}
      </Badge>
    </span>
  );
}
