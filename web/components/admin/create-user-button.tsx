'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import type { UserFormOptions } from './types';
import { UserFormDialog } from './user-form-dialog';

export function CreateUserButton({ options }: { options: UserFormOptions }) {
  const t = useTranslations('admin');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="primary" icon="plus" onClick={() => setOpen(true)}>
        {t('users.new')}
      </Button>
      <UserFormDialog open={open} onClose={() => setOpen(false)} user={null} options={options} />
    </>
  );
}
