import styles from './logo.module.css';

/** The product mark (a pulse line) with the wordmark beside it unless `markOnly`. */
export function Logo({ markOnly = false, inverse = false }: { markOnly?: boolean; inverse?: boolean }) {
  return (
    <span className={[styles.logo, inverse && styles.inverse].filter(Boolean).join(' ')}>
      <svg width="28" height="28" viewBox="0 0 32 32" fill="none" aria-hidden>
        <rect width="32" height="32" rx="8" fill="#2f5bea" />
        <path d="M5 17h5l2.5-6 4 12 3-9 1.5 3H27" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {markOnly ? <span className="visually-hidden">Pulse CRM</span> : <span className={styles.word}>Pulse CRM</span>}
    </span>
  );
}
