'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/** On narrow screens the tab row scrolls sideways: keep the current tab in view. */
export function TabsScroller({ className, children }: { className: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const row = ref.current;
    const current = row?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!row || !current) return;
    if (current.offsetLeft + current.offsetWidth > row.clientWidth + row.scrollLeft || current.offsetLeft < row.scrollLeft) {
      row.scrollTo({ left: current.offsetLeft - 16 });
    }
  });
  return (
    <div ref={ref} className={className}>
      {children}
    </div>
  );
}
