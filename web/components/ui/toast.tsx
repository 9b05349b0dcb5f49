'use client';

import Link from 'next/link';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { Icon } from './icon';
import styles from './toast.module.css';

export type ToastTone = 'success' | 'error' | 'info';
export type ToastInput = {
  title: string;
  description?: string;
  tone?: ToastTone;
  /** Makes the whole toast a link; `onOpen` runs when it is followed. */
  href?: string;
  onOpen?: () => void;
};
type ToastItem = ToastInput & { id: number; tone: ToastTone };

const ToastContext = createContext<{ toast: (input: ToastInput) => void } | null>(null);

const DURATION_MS: Record<ToastTone, number> = { success: 4500, info: 4500, error: 8000 };
const ICONS = { success: 'checkCircle', error: 'alert', info: 'info' } as const;

export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useTranslations('common');
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setItems((current) => current.filter((item) => item.id !== id)), []);

  const toast = useCallback(
    (input: ToastInput) => {
      const item: ToastItem = { ...input, tone: input.tone ?? 'info', id: nextId.current++ };
      setItems((current) => [...current.slice(-3), item]);
      window.setTimeout(() => dismiss(item.id), DURATION_MS[item.tone]);
    },
    [dismiss],
  );

  const value = useMemo(() => ({ toast }), [toast]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className={styles.region} role="region" aria-label={t('notifications')}>
        <div className={styles.list} aria-live="polite" aria-atomic="false">
          {items.map((item) => (
            <div key={item.id} className={[styles.toast, styles[item.tone], item.href && styles.linked].filter(Boolean).join(' ')} role={item.tone === 'error' ? 'alert' : 'status'} data-testid="toast">
              <Icon name={ICONS[item.tone]} size={18} className={styles.icon} />
              <div className={styles.text}>
                <p className={styles.title}>
                  {item.href ? (
                    <Link
                      href={item.href}
                      className={styles.link}
                      onClick={() => {
                        dismiss(item.id);
                        item.onOpen?.();
                      }}
                    >
                      {item.title}
                    </Link>
                  ) : (
                    item.title
                  )}
                </p>
                {item.description && <p className={styles.description}>{item.description}</p>}
              </div>
              <button type="button" className={styles.close} onClick={() => dismiss(item.id)} aria-label={t('actions.close')}>
                <Icon name="close" size={14} />
              </button>
            </div>
          ))}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

export function useToast() {
  const context = useContext(ToastContext);
  if (!context) throw new Error('useToast must be used inside <ToastProvider>');
  return context;
}
