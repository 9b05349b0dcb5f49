'use client';

import { useTranslations } from 'use-intl';
import { Button, type ButtonProps } from './button';
import { useToast } from './toast';

type CopyButtonProps = Omit<ButtonProps, 'onClick' | 'children'> & {
  value: string;
  /** Accessible name of the button, e.g. "Copy number". */
  label: string;
  /** Toast title after copying; "Copied" unless given. */
  copiedMessage?: string;
};

/** Copies `value` to the clipboard and confirms with a toast. Icon-only unless `iconOnly={false}`. */
export function CopyButton({ value, label, copiedMessage, iconOnly = true, variant = 'ghost', size = 'sm', ...rest }: CopyButtonProps) {
  const t = useTranslations('common');
  const { toast } = useToast();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      toast({ tone: 'success', title: copiedMessage ?? t('actions.copied') });
    } catch {
      // Without clipboard permission (plain http, old browsers) selecting the text is the fallback.
      toast({ tone: 'info', title: value });
    }
  };
  return (
    <Button icon="copy" iconOnly={iconOnly} variant={variant} size={size} onClick={copy} {...rest}>
      {label}
    </Button>
  );
}
