import styles from './skeleton.module.css';

type SkeletonProps = { width?: number | string; height?: number | string; variant?: 'block' | 'text' | 'circle'; className?: string };

export function Skeleton({ width = '100%', height, variant = 'block', className }: SkeletonProps) {
  return (
    <span
      aria-hidden
      className={[styles.skeleton, variant !== 'block' && styles[variant], className].filter(Boolean).join(' ')}
      style={{ width, height: height ?? (variant === 'text' ? undefined : 16) }}
    />
  );
}
