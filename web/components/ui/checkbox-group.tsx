import type { CSSProperties, ReactNode } from 'react';
import { Icon } from './icon';
import styles from './checkbox-group.module.css';

export type CheckboxOption = { value: string; label: string; color?: string | null };

type CheckboxGroupProps = {
  legend: ReactNode;
  /** Form field name; every ticked option submits one `name=value` pair. */
  name: string;
  options: readonly CheckboxOption[];
  defaultValue?: readonly string[];
  hint?: ReactNode;
  error?: string | undefined;
};

/** A multi-select as toggle chips: a fieldset of real checkboxes, so it submits with the form and works by keyboard. */
export function CheckboxGroup({ legend, name, options, defaultValue = [], hint, error }: CheckboxGroupProps) {
  return (
    <fieldset className={styles.group} aria-invalid={error ? true : undefined}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.options}>
        {options.map((option) => (
          <label key={option.value} className={styles.option} style={option.color ? ({ '--swatch': option.color } as CSSProperties) : undefined}>
            <input type="checkbox" name={name} value={option.value} defaultChecked={defaultValue.includes(option.value)} />
            <span className={styles.swatch} aria-hidden />
            <Icon name="check" size={13} strokeWidth={2.4} className={styles.check} />
            {option.label}
          </label>
        ))}
      </div>
      {hint && !error && <p className={styles.hint}>{hint}</p>}
      {error && (
        <p className={styles.error} role="alert">
          <Icon name="alert" size={14} />
          {error}
        </p>
      )}
    </fieldset>
  );
}
