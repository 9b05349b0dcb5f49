import type { z } from 'zod';
import type { ApiError } from './api';

/**
 * What a server action hands back to its form (the `useActionState` state): a result, messages at the fields,
 * and the submitted values so the form can show them again.
 *
 *   const [state, action] = useActionState(createUserAction, initialFormState);
 *   <Input name="email" defaultValue={state.values?.email} error={state.fieldErrors?.email} />
 */
export type FormState = {
  status: 'idle' | 'success' | 'error';
  /** A message for the whole form (shown as a toast or above the fields). */
  message?: string;
  fieldErrors?: Partial<Record<string, string>>;
  values?: Partial<Record<string, string>>;
  /** Extra strings a successful action returns (e.g. a one-time link). */
  data?: Partial<Record<string, string>>;
  /** Unique per submission, so effects (toasts, closing a dialog) run once per result. */
  submissionId?: number;
};

export const initialFormState: FormState = { status: 'idle' };

/** Lookups in the `common` catalogue (`validation.*`, `errors.*`, `apiMessages.*`). */
type Translate = { t: (key: string, values?: Record<string, string | number>) => string; has: (key: string) => boolean };

/** Adapts a typed use-intl translator of the `common` namespace to the untyped lookups this module does. */
export function commonMessages(t: { (key: never): string; has(key: never): boolean }): Translate {
  const untyped = t as unknown as ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };
  return { t: (key, values) => untyped(key, values), has: (key) => untyped.has(key) };
}

const SECRET_FIELDS = /password/i;

/** The submitted text fields, minus secrets and React's internal `$ACTION_*` entries, to refill a form. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION') || SECRET_FIELDS.test(key)) continue;
    values[key] = value;
  }
  return values;
}

/** Reads a form into a plain object for zod (checkboxes: "on" when ticked, absent otherwise). */
export function formObject(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

/**
 * Finds the form field an API error path belongs to: the path itself ("phones.1.value"), else its closest
 * known parent ("inns.0" → "inns"). `aliases` renames API fields to form fields (e.g. typeId → type).
 */
export function formFieldForApiPath(
  path: string,
  fields: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): string | undefined {
  const segments = path.replace(/^input\./, '').split('.');
  for (let length = segments.length; length > 0; length -= 1) {
    const candidate = segments.slice(0, length).join('.');
    const field = aliases[candidate] ?? candidate;
    if (fields.includes(field)) return field;
  }
  return undefined;
}

function apiMessageKey(message: string): string {
  return `apiMessages.${message
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')}`;
}

/**
 * The API words its messages in English; known ones have a translation in `common.apiMessages`
 * (keyed by the message's slug), the rest are shown as they come.
 */
export function localizeApiMessage(error: ApiError, messages: Translate): string {
  const key = apiMessageKey(error.message);
  if (messages.has(key)) return messages.t(key);
  if (error.code === 'BAD_USER_INPUT') return error.message;
  if (error.code === 'RATE_LIMITED') {
    return messages.t('errors.RATE_LIMITED', { minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) });
  }
  return messages.t(`errors.${error.code}`);
}

type ErrorStateOptions = {
  messages: Translate;
  /** Names of the form's fields; an error on one of them is shown at that field. */
  fields: readonly string[];
  aliases?: Readonly<Record<string, string>>;
  values?: Record<string, string>;
};

/** Maps an API failure onto a form: BAD_USER_INPUT with a known field goes to the field, the rest to the form. */
export function apiErrorState(error: ApiError, { messages, fields, aliases, values }: ErrorStateOptions): FormState {
  const message = localizeApiMessage(error, messages);
  const field = error.field ? formFieldForApiPath(error.field, fields, aliases) : undefined;
  const base = { status: 'error' as const, values: values ?? {}, submissionId: Date.now() };
  if (field) return { ...base, fieldErrors: { [field]: message } };
  return { ...base, message };
}

/**
 * Maps zod issues to field messages. Schemas use `validation.*` keys of the `common` catalogue as their
 * messages (e.g. `z.string().min(1, 'required')`); anything else reads as "invalid value".
 */
export function validationErrorState(error: z.ZodError, messages: Translate, values?: Record<string, string>): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.');
    if (!field || fieldErrors[field]) continue;
    const key = `validation.${issue.message}`;
    fieldErrors[field] = messages.has(key) ? messages.t(key) : messages.t('validation.invalid');
  }
  return { status: 'error', fieldErrors, values: values ?? {}, submissionId: Date.now() };
}

export function successState(message?: string, data?: Record<string, string>): FormState {
  return { status: 'success', submissionId: Date.now(), ...(message ? { message } : {}), ...(data ? { data } : {}) };
}
