'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import styles from './app-shell.module.css';
import { NavLinks, type NavSection } from './nav-links';

/** Below 960 px the sidebar folds away; this button opens the same navigation in a drawer. */
export function MobileNav({ sections }: { sections: readonly NavSection[] }) {
  const t = useTranslations('shell');
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <span className={styles.menuButton}>
        <Button variant="ghost" icon="menu" iconOnly onClick={() => setOpen(true)} aria-expanded={open}>
          {t('menu.open')}
        </Button>
      </span>
      <Dialog open={open} onClose={close} title={t('menu.title')} variant="drawer">
        <div className={styles.drawerNav}>
          <NavLinks sections={sections} label={t('nav.label')} tone="light" onNavigate={close} />
        </div>
      </Dialog>
    </>
  );
}
