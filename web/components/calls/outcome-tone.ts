import type { BadgeTone } from '@/components/ui/badge';
import type { CallOutcome } from '@/lib/gql/graphql';

/** How a call's outcome is coloured wherever it is shown (call buttons, the company's calls, the dashboard). */
export const OUTCOME_TONE: Record<CallOutcome, BadgeTone> = {
  CONNECTED: 'success',
  NO_ANSWER: 'warning',
  BUSY: 'warning',
  REJECTED: 'warning',
  FAILED: 'danger',
  UNKNOWN: 'neutral',
};
