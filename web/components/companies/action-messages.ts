import 'server-only';
import { getMessages, getT } from '@/i18n/server';
import { ApiError } from '@/lib/api';
import { apiErrorState, commonMessages, type FormState } from '@/lib/forms';
import { formPathForApiPath, type ClientIssues } from '@/lib/reshape/company-input';

type Translate = ReturnType<typeof commonMessages>;

/**
 * The `common` lookups of lib/forms, taught the companies module's API messages. The API words a field
 * problem as "<what>: <reason>" (e.g. "INN checksum does not match"); the reason alone is enough to translate,
 * so a message is matched by its slug's ending too.
 */
export async function companyFormMessages(): Promise<Translate> {
  const common = commonMessages(await getT('common'));
  const ownMessages: Record<string, string> = (await getMessages()).companies.apiMessages;
  const ownKey = (key: string): string | undefined => {
    if (!key.startsWith('apiMessages.')) return undefined;
    const slug = key.slice('apiMessages.'.length);
    if (ownMessages[slug]) return slug;
    return Object.keys(ownMessages).find((known) => slug.endsWith(`_${known}`));
  };
  const companies = await getT('companies');
  // "legalName must be at most 500 characters" and the like, whatever the field and the limit.
  const tooLong = (key: string) => /_must_be_at_most_(\d+)_characters$/.exec(key)?.[1];
  return {
    t: (key, values) => {
      const max = tooLong(key);
      if (max) return companies('apiMessages.too_long', { max: Number(max) });
      const own = ownKey(key);
      // Own messages are plain sentences (only too_long has an argument), so they need no formatting.
      return own ? (ownMessages[own] ?? key) : common.t(key, values);
    },
    has: (key) => tooLong(key) !== undefined || ownKey(key) !== undefined || common.has(key),
  };
}

/** An API failure as form state, with error paths of compacted rows moved onto the rows the user filled. */
export async function apiFailureState(
  error: ApiError,
  { fields, rowPaths = {} }: { fields: readonly string[]; rowPaths?: Readonly<Record<string, string>> },
): Promise<FormState> {
  const messages = await companyFormMessages();
  const located = error.field
    ? new ApiError(error.code, error.message, formPathForApiPath(error.field, rowPaths), error.retryAfterSeconds)
    : error;
  return apiErrorState(located, { messages, fields });
}

/** Problems found before asking the API, shown at their fields with `validation.*` messages. */
export async function clientIssuesState(issues: ClientIssues): Promise<FormState | null> {
  const entries = Object.entries(issues);
  if (entries.length === 0) return null;
  const messages = commonMessages(await getT('common'));
  const fieldErrors = Object.fromEntries(
    entries.map(([field, key]) => [field, messages.has(`validation.${key}`) ? messages.t(`validation.${key}`) : messages.t('validation.invalid')]),
  );
  return { status: 'error', fieldErrors, submissionId: Date.now() };
}
