'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslations } from 'use-intl';
import { controlClassName } from '@/components/ui/form-field';
import { Icon } from '@/components/ui/icon';
import { allResultsHref, SEARCH_MAX_LENGTH, SEARCH_MIN_LENGTH, type SearchHit } from '@/lib/search/hits';
import { SearchHitContent } from './search-hit-option';
import { useCompanySearch } from './use-company-search';
import styles from './header-search.module.css';

const NO_HITS: readonly SearchHit[] = [];
/** Keep in step with the media query in header-search.module.css. */
const OVERLAY_MEDIA = '(max-width: 640px)';

/** "/" anywhere outside a text field starts a search, as on GitHub or Slack. */
function useSlashShortcut(onSlash: () => void) {
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog[open]')) return;
      event.preventDefault();
      onSlash();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onSlash]);
}

/**
 * The header's company search (WAI-ARIA combobox with a listbox popup): typing shows up to eight hits with what
 * matched, ↑/↓ move, Enter opens the chosen company or, with none chosen, the full list of results; Escape
 * closes. Below 640 px the field folds into a button that opens it as a full-screen overlay.
 */
export function HeaderSearch() {
  const t = useTranslations('search');
  const router = useRouter();
  const listboxId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const search = useCompanySearch(query);
  const hits = search.status === 'done' ? search.hits : search.status === 'loading' ? (search.hits ?? NO_HITS) : NO_HITS;
  // The chosen row belongs to one answer: new hits start with nothing chosen.
  const [choice, setChoice] = useState<{ hits: readonly SearchHit[]; index: number }>({ hits: NO_HITS, index: -1 });
  const active = choice.hits === hits ? choice.index : -1;
  const text = query.trim();
  const showPopup = open && text.length >= SEARCH_MIN_LENGTH;
  const allResultsIndex = hits.length;
  const optionId = (index: number) => `${listboxId}-${index}`;

  const focusSearch = useCallback(() => {
    setExpanded(window.matchMedia(OVERLAY_MEDIA).matches);
    setOpen(true);
    inputRef.current?.focus();
  }, []);
  useSlashShortcut(focusSearch);
  useEffect(() => {
    if (expanded) inputRef.current?.focus();
  }, [expanded]);

  function finish(href: string) {
    setQuery('');
    setOpen(false);
    setExpanded(false);
    inputRef.current?.blur();
    router.push(href);
  }

  function openOption(index: number) {
    const hit = hits[index];
    if (hit) finish(`/companies/${hit.id}`);
    else if (text) finish(allResultsHref(text));
  }

  const move = (step: 1 | -1) => {
    setOpen(true);
    const next = Math.max(-1, Math.min(allResultsIndex, active + step));
    setChoice({ hits, index: next });
    if (next >= 0) document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (text.length >= SEARCH_MIN_LENGTH) move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (showPopup) setOpen(false);
      else if (expanded) setExpanded(false);
      else setQuery('');
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    openOption(showPopup ? active : -1);
  };

  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    // The overlay on phones stays until closed; the desktop popup goes when focus leaves the search.
    if (!expanded && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };

  const status =
    search.status === 'failed'
      ? t('failed')
      : search.status === 'loading' && hits.length === 0
        ? t('loading')
        : search.status === 'done' && hits.length === 0
          ? t('nothingFound', { query: text })
          : null;

  return (
    <div className={styles.root} data-expanded={expanded || undefined}>
      <button type="button" className={styles.trigger} onClick={focusSearch} aria-label={t('open')} data-testid="global-search-open">
        <Icon name="search" size={18} />
      </button>
      <form role="search" aria-label={t('label')} className={styles.form} onSubmit={onSubmit} onBlur={onBlur}>
        <div className={styles.field}>
          <Icon name="search" size={16} className={styles.icon} />
          <input
            ref={inputRef}
            type="search"
            name="search"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={showPopup}
            aria-controls={listboxId}
            aria-activedescendant={showPopup && active >= 0 ? optionId(active) : undefined}
            aria-keyshortcuts="/"
            aria-label={t('label')}
            className={`${controlClassName} ${styles.input}`}
            placeholder={t('placeholder')}
            value={query}
            maxLength={SEARCH_MAX_LENGTH}
            onChange={(event) => {
              setQuery(event.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onKeyDown={onKeyDown}
            enterKeyHint="search"
            autoComplete="off"
            spellCheck={false}
            data-testid="global-search"
          />
          {search.status === 'loading' ? (
            <span className={styles.spinner} aria-hidden="true" />
          ) : (
            !query && (
              <kbd className={styles.kbd} title={t('shortcut')}>
                /
              </kbd>
            )
          )}
          <button type="button" className={styles.close} onClick={() => setExpanded(false)} aria-label={t('close')}>
            <Icon name="close" size={18} />
          </button>
        </div>
        <div className={styles.popup} hidden={!showPopup} data-testid="global-search-popup">
          {status && (
            <p className={styles.status} data-testid="global-search-status">
              {status}
            </p>
          )}
          <ul id={listboxId} role="listbox" aria-label={t('results')} className={styles.listbox} aria-busy={search.status === 'loading'}>
            {hits.map((hit, index) => (
              <li
                key={hit.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={styles.option}
                onPointerDown={(event) => event.preventDefault()}
                onPointerMove={() => index !== active && setChoice({ hits, index })}
                onClick={() => openOption(index)}
                data-testid="global-search-hit"
              >
                <SearchHitContent hit={hit} />
              </li>
            ))}
            <li
              id={optionId(allResultsIndex)}
              role="option"
              aria-selected={active === allResultsIndex}
              className={`${styles.option} ${styles.allResults}`}
              onPointerDown={(event) => event.preventDefault()}
              onPointerMove={() => active !== allResultsIndex && setChoice({ hits, index: allResultsIndex })}
              onClick={() => openOption(allResultsIndex)}
              aria-label={t('allResultsFor', { query: text })}
              data-testid="global-search-all"
            >
              <Icon name="search" size={15} />
              {t('allResults')}
              <Icon name="chevronRight" size={15} className={styles.allResultsArrow} />
            </li>
          </ul>
          <p className="visually-hidden" aria-live="polite">
            {search.status === 'done' ? t('found', { count: hits.length }) : ''}
          </p>
        </div>
      </form>
    </div>
  );
}
