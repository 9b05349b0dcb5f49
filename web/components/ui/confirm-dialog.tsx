'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from './button';
import { Dialog, DialogBody, DialogFooter } from './dialog';

type ConfirmDialogProps = {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
  title: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  pending?: boolean;
};

/** "Are you sure?" for destructive actions: what will happen, Cancel, and the action itself. */
export function ConfirmDialog({ open, onClose, onConfirm, title, children, confirmLabel, tone = 'danger', pending }: ConfirmDialogProps) {
  const t = useTranslations('common');
  return (
    <Dialog open={open} onClose={onClose} size="sm" title={title} testId="confirm-dialog">
      {children && <DialogBody>{children}</DialogBody>}
      <DialogFooter>
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button variant={tone} loading={pending} onClick={onConfirm} data-testid="confirm">
          {confirmLabel}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
