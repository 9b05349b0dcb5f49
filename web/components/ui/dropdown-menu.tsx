'use client';

import Link from 'next/link';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Icon, type IconName } from './icon';
import styles from './dropdown-menu.module.css';

export type MenuEntry =
  | { kind: 'link'; label: string; href: string; icon?: IconName }
  | { kind: 'button'; label: string; onSelect: () => void; icon?: IconName; danger?: boolean; testId?: string }
  | { kind: 'radio'; label: string; checked: boolean; onSelect: () => void; icon?: IconName }
  | { kind: 'label'; label: string }
  | { kind: 'separator' };

type DropdownMenuProps = {
  /** Renders the trigger; spread the given props onto a <button>. */
  trigger: (props: TriggerProps) => ReactNode;
  entries: readonly MenuEntry[];
  /** Non-interactive content at the top (e.g. who is signed in). */
  header?: ReactNode;
  align?: 'start' | 'end';
  label: string;
};

export type TriggerProps = {
  id: string;
  'aria-haspopup': 'menu';
  'aria-expanded': boolean;
  'aria-controls': string;
  onClick: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  ref: (element: HTMLButtonElement | null) => void;
};

const GAP_PX = 4;
const EDGE_PX = 8;

/** Where the menu goes: under the trigger (above it when there is no room), aligned to its start or end. */
function menuPosition(trigger: DOMRect, menu: { width: number; height: number }, align: 'start' | 'end'): CSSProperties {
  const below = trigger.bottom + GAP_PX;
  const top = below + menu.height > window.innerHeight - EDGE_PX && trigger.top - GAP_PX - menu.height > EDGE_PX ? trigger.top - GAP_PX - menu.height : below;
  const left = align === 'end' ? trigger.right - menu.width : trigger.left;
  return { top, left: Math.max(EDGE_PX, Math.min(left, window.innerWidth - menu.width - EDGE_PX)) };
}

/**
 * A menu button (WAI-ARIA pattern): arrows move, Home/End jump, Escape closes and returns focus. The menu is
 * portalled and fixed-positioned, so scrolling tables and cards never clip it.
 */
export function DropdownMenu({ trigger, entries, header, align = 'end', label }: DropdownMenuProps) {
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<CSSProperties>({ visibility: 'hidden' });
  const rootRef = useRef<HTMLDivElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const triggerId = useId();
  const menuId = useId();

  const items = () => Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) triggerRef.current?.focus();
  }, []);

  useLayoutEffect(() => {
    if (!open) return setPosition({ visibility: 'hidden' });
    const place = () => {
      const trigger = triggerRef.current?.getBoundingClientRect();
      const menu = menuRef.current;
      if (trigger && menu) setPosition(menuPosition(trigger, { width: menu.offsetWidth, height: menu.offsetHeight }, align));
    };
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [open, align]);

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus({ preventScroll: true });
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!rootRef.current?.contains(target) && !menuRef.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, close]);

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    const focusAt = (next: number) => list[(next + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        focusAt(index - 1);
        break;
      case 'Home':
        event.preventDefault();
        focusAt(0);
        break;
      case 'End':
        event.preventDefault();
        focusAt(list.length - 1);
        break;
      case 'Escape':
        event.preventDefault();
        close(true);
        break;
      case 'Tab':
        close(false);
        break;
    }
  };

  const select = (onSelect: () => void) => {
    close(true);
    onSelect();
  };

  return (
    <div className={styles.root} ref={rootRef}>
      {trigger({
        id: triggerId,
        'aria-haspopup': 'menu',
        'aria-expanded': open,
        'aria-controls': menuId,
        onClick: () => setOpen((value) => !value),
        onKeyDown: (event) => {
          if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            setOpen(true);
          }
        },
        ref: (element) => {
          triggerRef.current = element;
        },
      })}
      {open &&
        createPortal(
          <div
            ref={menuRef}
            id={menuId}
            role="menu"
            aria-label={label}
            className={styles.menu}
            style={position}
            onKeyDown={onMenuKeyDown}
          >
            {header && <div className={styles.header}>{header}</div>}
            {entries.map((entry, index) => {
              switch (entry.kind) {
                case 'separator':
                  return <div key={index} role="separator" className={styles.separator} />;
                case 'label':
                  return (
                    <div key={index} role="presentation" className={styles.label}>
                      {entry.label}
                    </div>
                  );
                case 'link':
                  return (
                    <Link key={index} role="menuitem" tabIndex={-1} href={entry.href} className={styles.item} onClick={() => close(false)}>
                      {entry.icon && <Icon name={entry.icon} size={16} />}
                      {entry.label}
                    </Link>
                  );
                case 'radio':
                  return (
                    <button
                      key={index}
                      type="button"
                      role="menuitemradio"
                      aria-checked={entry.checked}
                      tabIndex={-1}
                      className={styles.item}
                      onClick={() => select(entry.onSelect)}
                    >
                      {entry.icon && <Icon name={entry.icon} size={16} />}
                      {entry.label}
                      {entry.checked && <Icon name="check" size={16} className={styles.check} />}
                    </button>
                  );
                case 'button':
                  return (
                    <button
                      key={index}
                      type="button"
                      role="menuitem"
                      tabIndex={-1}
                      className={[styles.item, entry.danger && styles.danger].filter(Boolean).join(' ')}
                      onClick={() => select(entry.onSelect)}
                      data-testid={entry.testId}
                    >
                      {entry.icon && <Icon name={entry.icon} size={16} />}
                      {entry.label}
                    </button>
                  );
              }
            })}
          </div>,
          document.body,
        )}
    </div>
  );
}
