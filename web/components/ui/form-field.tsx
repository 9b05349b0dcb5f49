import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { Icon } from './icon';
import styles from './form-field.module.css';

type FieldChrome = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Hides the label visually while keeping it for assistive technology. */
  hideLabel?: boolean;
};

type FormFieldProps = FieldChrome & {
  id: string;
  required?: boolean | undefined;
  className?: string | undefined;
  children: ReactNode;
};

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** Label, control, hint and server/field error in one consistent block. */
export function FormField({ id, label, hint, error, required, hideLabel, className, children }: FormFieldProps) {
  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : styles.label}>
        {label}
        {required && (
          <span className={styles.required} aria-hidden>
            *
          </span>
        )}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={styles.error} role="alert">
          <Icon name="alert" size={14} />
          {error}
        </p>
      )}
    </div>
  );
}

function useFieldId(id: string | undefined): string {
  const generated = useId();
  return id ?? generated;
}

export type InputProps = FieldChrome & InputHTMLAttributes<HTMLInputElement> & { fieldClassName?: string };

export function Input({ id, label, hint, error, hideLabel, fieldClassName, className, ...rest }: InputProps) {
  const fieldId = useFieldId(id);
  return (
    <FormField id={fieldId} label={label} hint={hint} error={error} required={rest.required} hideLabel={hideLabel} className={fieldClassName}>
      <input
        id={fieldId}
        className={[styles.control, className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        {...rest}
      />
    </FormField>
  );
}

export type TextareaProps = FieldChrome & TextareaHTMLAttributes<HTMLTextAreaElement> & { fieldClassName?: string };

export function Textarea({ id, label, hint, error, hideLabel, fieldClassName, className, ...rest }: TextareaProps) {
  const fieldId = useFieldId(id);
  return (
    <FormField id={fieldId} label={label} hint={hint} error={error} required={rest.required} hideLabel={hideLabel} className={fieldClassName}>
      <textarea
        id={fieldId}
        className={[styles.control, styles.textarea, className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        {...rest}
      />
    </FormField>
  );
}

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = FieldChrome &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: readonly SelectOption[];
    /** Adds an empty first option with this text. */
    placeholder?: string;
    fieldClassName?: string;
  };

export function Select({ id, label, hint, error, hideLabel, options, placeholder, fieldClassName, className, ...rest }: SelectProps) {
  const fieldId = useFieldId(id);
  return (
    <FormField id={fieldId} label={label} hint={hint} error={error} required={rest.required} hideLabel={hideLabel} className={fieldClassName}>
      <select
        id={fieldId}
        className={[styles.control, styles.select, className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        {...rest}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}

export type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
};

export function Checkbox({ id, label, hint, error, className, ...rest }: CheckboxProps) {
  const fieldId = useFieldId(id);
  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')}>
      <label htmlFor={fieldId} className={styles.checkboxRow}>
        <input
          id={fieldId}
          type="checkbox"
          className={styles.checkbox}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(fieldId, hint, error)}
          {...rest}
        />
        <span className={styles.checkboxText}>
          <span>{label}</span>
          {hint && (
            <span id={`${fieldId}-hint`} className={styles.hint}>
              {hint}
            </span>
          )}
        </span>
      </label>
      {error && (
        <p id={`${fieldId}-error`} className={styles.error} role="alert">
          <Icon name="alert" size={14} />
          {error}
        </p>
      )}
    </div>
  );
}

/** The raw control class, for custom controls (e.g. the header search box) that should look like inputs. */
export const controlClassName = styles.control;
