'use client';

import Link from 'next/link';
import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cancelCallRequestAction, requestCallAction } from '@/lib/actions/calls';
import { formatDuration } from '@/lib/calls/duration';
import { type CallItem, type CallRequestItem, isFinal, useCallActivity } from './call-activity';
import styles from './call-button.module.css';
import { OUTCOME_TONE } from './outcome-tone';

type CallButtonProps = {
  /** The number to dial, E.164. */
  phone: string;
  /** The number as the row shows it, for the button's accessible name. */
  display: string;
  companyId: string | null;
  contactId?: string | null;
  /** In a narrow cell the status goes on its own line under the number (the parent must be a wrapping flex row). */
  stacked?: boolean;
};


type Shown = { key: string; tone: BadgeTone; text: string; connectLink?: boolean };

/**
 * "Call" beside a phone number: sends it to the viewer's own phone (requestCall) and follows the request live —
 * sent, delivered, dialling, then the outcome with the talk time, or expired / no phone connected.
 */
export function CallButton({ phone, display, companyId, contactId = null, stacked = false }: CallButtonProps) {
  const t = useTranslations('calls');
  const activity = useCallActivity();
  const [requestId, setRequestId] = useState<string | null>(null);
  const [noDevice, setNoDevice] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const request = requestId ? activity.request(requestId) : undefined;
  const call = requestId ? activity.callFor(requestId) : undefined;
  const shown = error ? { key: 'error', tone: 'danger' as const, text: error } : request ? describe(request, call, noDevice, t) : null;
  const cancellable = request !== undefined && (request.status === 'PENDING' || request.status === 'DELIVERED');

  const send = () =>
    startTransition(async () => {
      setError(null);
      const result = await requestCallAction({ phone, companyId, contactId });
      if (!result.ok) return setError(result.message);
      activity.track(result.request);
      setRequestId(result.request.id);
      setNoDevice(!result.hasDevice);
    });

  const cancel = () =>
    startTransition(async () => {
      if (!requestId) return;
      const result = await cancelCallRequestAction(requestId);
      if (result.ok) activity.track(result.request);
      else setError(result.message);
    });

  return (
    <span className={[styles.call, stacked && styles.stacked].filter(Boolean).join(' ')} data-testid="call-control" data-phone={phone}>
      <span role="status" className={styles.status}>
        {shown && (
          <>
            <Badge tone={shown.tone} dot={!request || !isFinal(request.status) || undefined}>
              <span data-testid="call-status" data-status={shown.key}>
                {shown.text}
              </span>
            </Badge>
            {shown.connectLink && (
              <Link href="/phone" className={styles.connect}>
                {t('status.connect')}
              </Link>
            )}
          </>
        )}
      </span>
      {cancellable && (
        <Button size="sm" variant="ghost" icon="close" iconOnly onClick={cancel} disabled={pending} data-testid="call-cancel">
          {t('button.cancel')}
        </Button>
      )}
      {/* The number is in the accessible name only (aria-label), not in the text: the row shows it already. */}
      <Button
        size="sm"
        variant="ghost"
        icon="phone"
        iconOnly
        onClick={send}
        loading={pending && !cancellable}
        aria-label={t('button.call', { phone: display })}
        data-testid="call-button"
      >
        {t('button.callShort')}
      </Button>
    </span>
  );
}

function describe(request: CallRequestItem, call: CallItem | undefined, noDevice: boolean, t: ReturnType<typeof useTranslations<'calls'>>): Shown {
  if (call) {
    const duration = call.durationSeconds > 0 ? ` · ${formatDuration(call.durationSeconds)}` : '';
    return { key: call.outcome, tone: OUTCOME_TONE[call.outcome], text: `${t(`outcome.${call.outcome}`)}${duration}` };
  }
  if (noDevice && !isFinal(request.status)) return { key: 'noDevice', tone: 'warning', text: t('status.noDevice'), connectLink: true };
  const tone: BadgeTone = request.status === 'EXPIRED' ? 'warning' : request.status === 'CANCELLED' ? 'neutral' : 'info';
  return { key: request.status, tone, text: t(`status.${request.status}`), connectLink: request.status === 'EXPIRED' && noDevice };
}
