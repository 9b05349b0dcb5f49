'use client';

import { useEffect, useRef } from 'react';
import { useToast } from '@/components/ui/toast';
import type { FormState } from './forms';

/**
 * Runs once per action result: a success toasts its message and calls `onSuccess` (e.g. to close a dialog);
 * a form-level error (one not shown at a field) toasts as an error.
 */
export function useFormFeedback(state: FormState, { onSuccess, toastSuccess = true }: { onSuccess?: (state: FormState) => void; toastSuccess?: boolean } = {}) {
  const { toast } = useToast();
  const handled = useRef<number | undefined>(undefined);
  const onSuccessRef = useRef(onSuccess);
  onSuccessRef.current = onSuccess;

  useEffect(() => {
    if (state.submissionId === undefined || handled.current === state.submissionId) return;
    handled.current = state.submissionId;
    if (state.status === 'success') {
      if (toastSuccess && state.message) toast({ tone: 'success', title: state.message });
      onSuccessRef.current?.(state);
    } else if (state.status === 'error' && state.message) {
      toast({ tone: 'error', title: state.message });
    }
  }, [state, toast, toastSuccess]);
}
