'use client';

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

type Selection = {
  selected: ReadonlySet<string>;
  /** Rows on this page the viewer may select (those he may transfer). */
  selectable: readonly string[];
  toggle: (id: string, on: boolean) => void;
  setAll: (on: boolean) => void;
  clear: () => void;
};

const SelectionContext = createContext<Selection | null>(null);

/** Which companies of the current page are ticked for a bulk action. Resets when the page's rows change. */
export function CompanySelectionProvider({ selectable, children }: { selectable: readonly string[]; children: ReactNode }) {
  const [state, setState] = useState<{ page: string; ids: Set<string> }>({ page: selectable.join(), ids: new Set() });
  const page = selectable.join();
  const selected = state.page === page ? state.ids : new Set<string>();

  const toggle = useCallback(
    (id: string, on: boolean) =>
      setState((current) => {
        const ids = new Set(current.page === page ? current.ids : []);
        if (on) ids.add(id);
        else ids.delete(id);
        return { page, ids };
      }),
    [page],
  );
  const setAll = useCallback((on: boolean) => setState({ page, ids: new Set(on ? selectable : []) }), [page, selectable]);
  const clear = useCallback(() => setState({ page, ids: new Set() }), [page]);

  const value = useMemo(() => ({ selected, selectable, toggle, setAll, clear }), [selected, selectable, toggle, setAll, clear]);
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useCompanySelection(): Selection {
  const context = useContext(SelectionContext);
  if (!context) throw new Error('useCompanySelection must be used inside <CompanySelectionProvider>');
  return context;
}

export function SelectRowCheckbox({ id, label, disabled, disabledHint }: { id: string; label: string; disabled?: boolean; disabledHint?: string }) {
  const { selected, toggle } = useCompanySelection();
  return (
    <input
      type="checkbox"
      aria-label={label}
      title={disabled ? disabledHint : undefined}
      disabled={disabled}
      checked={selected.has(id)}
      onChange={(event) => toggle(id, event.target.checked)}
      data-testid="company-select"
    />
  );
}

export function SelectAllCheckbox({ label }: { label: string }) {
  const { selected, selectable, setAll } = useCompanySelection();
  const all = selectable.length > 0 && selectable.every((id) => selected.has(id));
  const some = !all && selectable.some((id) => selected.has(id));
  return (
    <input
      type="checkbox"
      aria-label={label}
      disabled={selectable.length === 0}
      checked={all}
      ref={(element) => {
        if (element) element.indeterminate = some;
      }}
      onChange={(event) => setAll(event.target.checked)}
      data-testid="company-select-all"
    />
  );
}
