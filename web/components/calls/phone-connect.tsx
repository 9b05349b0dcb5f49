'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { useLiveSubscription } from '@/components/live/live-provider';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { createPhoneLoginCodeAction, type PhoneLoginCode } from '@/lib/actions/calls';
import { formatDuration } from '@/lib/calls/duration';
import { PhoneDeviceRegisteredSubscription } from '@/lib/operations/calls';
import styles from './phone-connect.module.css';

type Code = Extract<PhoneLoginCode, { ok: true }>;

/** Seconds until `expiresAt`, ticking once a second while the code is shown. */
function useSecondsLeft(expiresAt: string | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!expiresAt) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [expiresAt]);
  return expiresAt ? Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000)) : 0;
}

/**
 * The phone sign-in QR code: made on request (a mutation), drawn as SVG by the server, with a countdown to its
 * expiry and a button for a new one. When a phone of the user signs in (`phoneDeviceRegistered`) the spent code
 * is taken away, the phone is named and the device list re-read; when the code runs out the list is re-read too.
 */
export function PhoneConnect() {
  const t = useTranslations('calls');
  const router = useRouter();
  const [code, setCode] = useState<Code | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [connected, setConnected] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const secondsLeft = useSecondsLeft(code?.expiresAt ?? null);
  const expired = code !== null && secondsLeft === 0;

  useEffect(() => {
    if (expired) router.refresh();
  }, [expired, router]);

  useLiveSubscription(PhoneDeviceRegisteredSubscription, ({ phoneDeviceRegistered }) => {
    setCode(null);
    setConnected(phoneDeviceRegistered.name);
    router.refresh();
  });

  const generate = () =>
    startTransition(async () => {
      const result = await createPhoneLoginCodeAction();
      if (result.ok) {
        setCode(result);
        setConnected(null);
        setError(null);
      } else setError(result.message);
    });

  return (
    <Card padded className={styles.connect}>
      <ol className={styles.steps}>
        <li>{t('phone.stepInstall')}</li>
        <li>{t('phone.stepScan')}</li>
      </ol>
      <div className={styles.codeArea}>
        {code && !expired ? (
          <>
            {/* The server drew this SVG from the code alone (lib/actions/calls.ts); it holds no script. */}
            <div className={styles.qr} role="img" aria-label={t('phone.qrLabel')} data-testid="phone-qr" dangerouslySetInnerHTML={{ __html: code.svg }} />
            <p className={styles.countdown} aria-live="off" data-testid="phone-qr-countdown">
              {t('phone.expiresIn', { time: formatDuration(secondsLeft) })}
            </p>
            <p className={styles.muted}>{t('phone.oneTime')}</p>
            <div className={styles.link}>
              <span className={styles.muted}>{t('phone.link')}:</span>
              <code className={styles.url} data-testid="phone-qr-url">
                {code.url}
              </code>
              <CopyButton value={code.url} label={t('phone.link')} copiedMessage={t('phone.linkCopied')} />
            </div>
          </>
        ) : connected ? (
          <p className={styles.connected} role="status" data-testid="phone-connected">
            {t('phone.connected', { name: connected })}
          </p>
        ) : (
          expired && (
            <p className={styles.expired} role="status">
              {t('phone.expired')}
            </p>
          )
        )}
        {error && (
          <p className={styles.error} role="alert">
            {error}
          </p>
        )}
        <Button variant={code && !expired ? 'secondary' : 'primary'} icon={code ? 'refresh' : undefined} loading={pending} onClick={generate} data-testid="phone-qr-generate">
          {code ? t('phone.regenerate') : t('phone.show')}
        </Button>
      </div>
    </Card>
  );
}
