'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Dialog, DialogBody, DialogFooter } from '@/components/ui/dialog';
import { controlClassName } from '@/components/ui/form-field';
import { Icon } from '@/components/ui/icon';
import { useToast } from '@/components/ui/toast';
import styles from './magic-link-dialog.module.css';

/** Shows a freshly issued one-time link once, with a copy button. */
export function MagicLinkDialog({ link, name, onClose }: { link: { url: string; expiresAt: string } | null; name: string; onClose: () => void }) {
  const t = useTranslations('admin');
  const tCommon = useTranslations('common');
  const { toast } = useToast();
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
      toast({ tone: 'success', title: t('users.magic.copied') });
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): select the text for a manual copy.
      document.querySelector<HTMLInputElement>('[data-testid="magic-link-url"]')?.select();
    }
  };

  return (
    <Dialog open={link !== null} onClose={onClose} title={t('users.magic.title')} description={t('users.magic.description', { name })} testId="magic-link-dialog">
      {link && (
        <>
          <DialogBody>
            <div className={styles.field}>
              <input
                className={`${controlClassName} ${styles.url}`}
                value={link.url}
                readOnly
                aria-label={t('users.magic.url')}
                onFocus={(event) => event.currentTarget.select()}
                data-testid="magic-link-url"
              />
              <Button variant="primary" icon={copied ? 'check' : 'copy'} onClick={copy}>
                {copied ? tCommon('actions.copied') : t('users.magic.copy')}
              </Button>
            </div>
            <p className={styles.expires}>{t('users.magic.expires', { date: link.expiresAt })}</p>
            <p className={styles.warning}>
              <Icon name="lock" size={16} />
              {t('users.magic.warning')}
            </p>
          </DialogBody>
          <DialogFooter>
            <Button onClick={onClose}>{tCommon('actions.close')}</Button>
          </DialogFooter>
        </>
      )}
    </Dialog>
  );
}
