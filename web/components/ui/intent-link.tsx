'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

type IntentLinkProps = Omit<ComponentProps<typeof Link>, 'prefetch' | 'href'> & { href: string };

/**
 * A link that is prefetched when the user shows intent to follow it — the pointer over it, keyboard focus, a
 * touch — instead of whenever it scrolls into view. Next.js prefetches every visible link by default: each is a
 * server render (and often an API read) the user mostly never asks for, which bench:load measured as tripling
 * the web server's CPU. Hovering gives the prefetch the ~100–300 ms before the click, so the page still opens at once.
 */
export function IntentLink({ href, onMouseEnter, onFocus, onTouchStart, ...rest }: IntentLinkProps) {
  const router = useRouter();
  const warm = () => router.prefetch(href);
  return (
    <Link
      {...rest}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        warm();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        warm();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        warm();
        onTouchStart?.(event);
      }}
    />
  );
}
