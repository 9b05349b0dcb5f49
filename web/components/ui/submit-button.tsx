'use client';

import { useFormStatus } from 'react-dom';
import { Button, type ButtonProps } from './button';

/** A submit button that shows a spinner while its form's action runs. */
export function SubmitButton({ variant = 'primary', ...props }: Omit<ButtonProps, 'type' | 'loading'>) {
  const { pending } = useFormStatus();
  return <Button type="submit" variant={variant} loading={pending} {...props} />;
}
