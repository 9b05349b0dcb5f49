import type { HTMLAttributes, ReactNode } from 'react';
import styles from './card.module.css';

type CardProps = HTMLAttributes<HTMLElement> & { padded?: boolean; as?: 'section' | 'div' | 'article' };

export function Card({ padded = false, as: Tag = 'section', className, ...rest }: CardProps) {
  return <Tag className={[styles.card, padded && styles.padded, className].filter(Boolean).join(' ')} {...rest} />;
}

export function CardHeader({ title, description, actions }: { title: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  return (
    <header className={styles.header}>
      <div>
        <h2 className={styles.title}>{title}</h2>
        {description && <p className={styles.description}>{description}</p>}
      </div>
      {actions}
    </header>
  );
}

export function CardBody({ className, ...rest }: HTMLAttributes<HTMLDivElement>) {
  return <div className={[styles.body, className].filter(Boolean).join(' ')} {...rest} />;
}
