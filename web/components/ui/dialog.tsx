'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslations } from 'use-intl';
import { Button } from './button';
import styles from './dialog.module.css';

type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  /** `drawer` slides a full-height panel in from the `side`. */
  variant?: 'dialog' | 'drawer';
  side?: 'left' | 'right';
  children: ReactNode;
  testId?: string;
};

/**
 * A modal on the native <dialog>: the browser traps focus, Escape and a click on the backdrop close it.
 * Nothing is in the DOM while closed (a form inside starts fresh each time); focus returns to where it was.
 */
export function Dialog({ open, onClose, title, description, size = 'md', variant = 'dialog', side = 'left', children, testId }: DialogProps) {
  const t = useTranslations('common');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (previouslyFocused?.isConnected) previouslyFocused.focus();
    };
  }, [open]);

  // Portalled to <body>: a dialog opened from a table cell must not inherit its alignment or wrapping.
  if (!open || typeof document === 'undefined') return null;

  const className = [
    styles.dialog,
    size !== 'md' && styles[size],
    variant === 'drawer' && styles.drawer,
    variant === 'drawer' && side === 'right' && styles.right,
  ]
    .filter(Boolean)
    .join(' ');

  return createPortal(
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className={styles.header}>
        <div>
          <h2 id={titleId} className={styles.title}>
            {title}
          </h2>
          {description && (
            <p id={descriptionId} className={styles.description}>
              {description}
            </p>
          )}
        </div>
        <Button variant="ghost" size="sm" icon="close" iconOnly onClick={onClose}>
          {t('actions.close')}
        </Button>
      </div>
      {children}
    </dialog>,
    document.body,
  );
}

export function DialogBody({ children }: { children: ReactNode }) {
  return <div className={styles.body}>{children}</div>;
}

export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className={styles.footer}>{children}</div>;
}

/** A form that fills the dialog: fields scroll in the body, the footer stays put. */
export function DialogForm({ action, children, footer, testId }: { action: (formData: FormData) => void; children: ReactNode; footer: ReactNode; testId?: string }) {
  return (
    <form action={action} className={styles.form} noValidate data-testid={testId}>
      <DialogBody>{children}</DialogBody>
      <DialogFooter>{footer}</DialogFooter>
    </form>
  );
}
