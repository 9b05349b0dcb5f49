'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { describedBy, FormField, controlClassName } from './form-field';
import { Icon } from './icon';
import styles from './combobox.module.css';

export type ComboboxOption = { value: string; label: string; description?: string | null };

type ComboboxProps = {
  label: ReactNode;
  /** Form field name of the hidden input that submits the chosen option's value. */
  name: string;
  loadOptions: (query: string) => Promise<ComboboxOption[]>;
  defaultValue?: ComboboxOption | null;
  placeholder?: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Shown while searching and when nothing matches. */
  messages: { loading: string; empty: string; clear: string };
  minQueryLength?: number;
  id?: string;
};

const DEBOUNCE_MS = 250;

/**
 * A searchable single choice (WAI-ARIA combobox with a listbox popup): typing asks `loadOptions`, arrows move,
 * Enter picks, Escape closes. The choice is submitted through a hidden input named `name`.
 */
export function Combobox({ label, name, loadOptions, defaultValue = null, placeholder, hint, error, messages, minQueryLength = 2, id }: ComboboxProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const listboxId = `${inputId}-listbox`;
  const [selected, setSelected] = useState<ComboboxOption | null>(defaultValue);
  const [query, setQuery] = useState(defaultValue?.label ?? '');
  const [options, setOptions] = useState<ComboboxOption[]>([]);
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [active, setActive] = useState(-1);
  const rootRef = useRef<HTMLDivElement>(null);
  const request = useRef(0);

  useEffect(() => {
    if (!open) return;
    const text = query.trim();
    if (text.length < minQueryLength || text === selected?.label) {
      setOptions([]);
      return;
    }
    const ticket = ++request.current;
    setLoading(true);
    const timer = window.setTimeout(async () => {
      const found = await loadOptions(text).catch(() => []);
      if (ticket !== request.current) return;
      setOptions(found);
      setActive(found.length ? 0 : -1);
      setLoading(false);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query, open, loadOptions, minQueryLength, selected]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  });

  function close() {
    setOpen(false);
    setActive(-1);
    setQuery(selected?.label ?? '');
  }

  function pick(option: ComboboxOption | null) {
    setSelected(option);
    setQuery(option?.label ?? '');
    setOptions([]);
    setOpen(false);
    setActive(-1);
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(options.length - 1, index + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === 'Enter' && open && active >= 0 && options[active]) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };

  const text = query.trim();
  const showList = open && text.length >= minQueryLength && text !== selected?.label;

  return (
    <FormField id={inputId} label={label} hint={hint} error={error}>
      <div className={styles.root} ref={rootRef}>
        <input type="hidden" name={name} value={selected?.value ?? ''} />
        <div className={styles.inputWrap}>
          <input
            id={inputId}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={showList}
            aria-controls={listboxId}
            aria-activedescendant={showList && active >= 0 ? `${listboxId}-${active}` : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(inputId, hint, error)}
            className={`${controlClassName} ${styles.input}`}
            placeholder={placeholder}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setOpen(true);
              if (!event.target.value) setSelected(null);
            }}
            onFocus={() => setOpen(true)}
            onKeyDown={onKeyDown}
          />
          {(selected || query) && (
            <button type="button" className={styles.clear} onClick={() => pick(null)} aria-label={messages.clear}>
              <Icon name="close" size={14} />
            </button>
          )}
        </div>
        {showList && (
          <ul id={listboxId} role="listbox" className={styles.listbox}>
            {loading && options.length === 0 ? (
              <li className={styles.status} role="presentation">
                {messages.loading}
              </li>
            ) : options.length === 0 ? (
              <li className={styles.status} role="presentation">
                {messages.empty}
              </li>
            ) : (
              options.map((option, index) => (
                <li
                  key={option.value}
                  id={`${listboxId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={styles.option}
                  onPointerDown={(event) => event.preventDefault()}
                  onClick={() => pick(option)}
                  onPointerEnter={() => setActive(index)}
                >
                  <span className={styles.optionLabel}>{option.label}</span>
                  {option.description && <span className={styles.optionDescription}>{option.description}</span>}
                </li>
              ))
            )}
          </ul>
        )}
      </div>
    </FormField>
  );
}
