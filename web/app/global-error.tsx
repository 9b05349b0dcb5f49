'use client';

import en from '@/messages/en/common.json';
import ru from '@/messages/ru/common.json';

/**
 * Last resort when the root layout itself fails: no provider or locale is known here, so the page speaks
 * both languages, Russian first.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ru">
      <body style={{ margin: 0, minHeight: '100vh', display: 'grid', placeItems: 'center', fontFamily: 'system-ui, sans-serif', color: '#101828' }}>
        <main style={{ maxWidth: 460, padding: 24, textAlign: 'center' }}>
          <h1 style={{ fontSize: 22, margin: '0 0 8px' }}>{ru.pages.errorTitle}</h1>
          <p style={{ color: '#667085', margin: '0 0 4px' }}>{ru.pages.errorHint}</p>
          <p lang="en" style={{ color: '#667085', margin: 0 }}>
            {en.pages.errorTitle}. {en.pages.errorHint}
          </p>
          {error.digest && <p style={{ fontFamily: 'monospace', fontSize: 12, color: '#667085' }}>{error.digest}</p>}
          <button type="button" onClick={reset} style={{ marginTop: 16, padding: '8px 16px', cursor: 'pointer' }}>
            {ru.actions.retry} / {en.actions.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
