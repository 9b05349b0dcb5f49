'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { isLocale } from '@/i18n/config';
import { getFormatter, getT } from '@/i18n/server';
import { tryGqlRequest } from '../api';
import { apiErrorState, commonMessages, formObject, formValues, successState, validationErrorState, type FormState } from '../forms';
import type { Role } from '../gql/graphql';
import { CreateBranchMutation, CreateMagicLinkMutation, CreateUserMutation, UpdateBranchMutation, UpdateUserMutation } from '../operations/admin';
import { ROLES } from '../roles';
import { getViewer } from '../viewer';
import { forgetCompanyDictionaries } from '@/components/companies/dictionaries';

const USER_FIELDS = ['email', 'fullName', 'role', 'branchId', 'locale', 'timeZone', 'password', 'isActive', 'emailSignature'] as const;

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);

const userSchema = z.object({
  email: z.string().trim().min(1, 'required').pipe(z.email('email')),
  fullName: z.string().trim().min(2, 'required').max(200, 'tooLong'),
  role: z.string().refine((value): value is Role => (ROLES as readonly string[]).includes(value), 'required'),
  branchId: optionalText,
  locale: z.string().refine(isLocale, 'invalid'),
  timeZone: z.string().min(1, 'timeZone'),
  password: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.string().min(8, 'passwordLength').max(200, 'tooLong').optional()),
  isActive: z.string().optional(),
  emailSignature: z.string().max(2000, 'tooLong').optional(),
});

/** Creates a user (no id) or saves an existing one; errors land at the field the API names. */
export async function saveUserAction(userId: string | null, _previous: FormState, formData: FormData): Promise<FormState> {
  const messages = commonMessages(await getT('common'));
  const t = await getT('admin');
  const values = formValues(formData);
  const parsed = userSchema.safeParse(formObject(formData));
  if (!parsed.success) return validationErrorState(parsed.error, messages, values);
  const { email, fullName, role, branchId, locale, timeZone, password, isActive, emailSignature } = parsed.data;
  const common = { email, fullName, role: role as Role, locale: locale as 'ru' | 'en', timeZone, ...(password ? { password } : {}) };

  const result = userId
    ? await tryGqlRequest(UpdateUserMutation, {
        id: userId,
        input: { ...common, branchId: branchId ?? null, isActive: isActive === 'on', emailSignature: emailSignature?.trim() || null },
      })
    : await tryGqlRequest(CreateUserMutation, { input: { ...common, ...(branchId ? { branchId } : {}) } });
  if (!result.ok) return apiErrorState(result.error, { messages, fields: USER_FIELDS, values });
  revalidatePath('/admin/users');
  forgetCompanyDictionaries();
  return successState(userId ? t('users.form.saved') : t('users.form.created', { name: fullName }));
}

export async function setUserActiveAction(userId: string, name: string, isActive: boolean): Promise<FormState> {
  const messages = commonMessages(await getT('common'));
  const t = await getT('admin');
  const result = await tryGqlRequest(UpdateUserMutation, { id: userId, input: { isActive } });
  if (!result.ok) return apiErrorState(result.error, { messages, fields: [] });
  revalidatePath('/admin/users');
  forgetCompanyDictionaries();
  return successState(isActive ? t('users.toggle.activated', { name }) : t('users.toggle.deactivated', { name }));
}

/** The sign-in page of this very web app, whatever origin the API was configured with. */
async function webOrigin(): Promise<string> {
  const incoming = await headers();
  const host = incoming.get('x-forwarded-host') ?? incoming.get('host') ?? 'localhost:3000';
  const protocol = incoming.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${protocol.split(',')[0]}://${host.split(',')[0]}`;
}

export async function issueMagicLinkAction(userId: string): Promise<FormState> {
  const messages = commonMessages(await getT('common'));
  const result = await tryGqlRequest(CreateMagicLinkMutation, { userId });
  if (!result.ok) return apiErrorState(result.error, { messages, fields: [] });
  const { token, expiresAt } = result.data.createMagicLink;
  const viewer = await getViewer();
  const format = await getFormatter(viewer.timeZone);
  return successState(undefined, {
    url: `${await webOrigin()}/magic/${encodeURIComponent(token)}`,
    expiresAt: format.dateTime(new Date(expiresAt), { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }),
  });
}

const branchSchema = z.object({
  code: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().min(1, 'required').regex(/^[A-Z0-9-]{2,16}$/, 'branchCode')),
  name: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  timeZone: z.string().min(1, 'timeZone'),
});

export async function saveBranchAction(branchId: string | null, _previous: FormState, formData: FormData): Promise<FormState> {
  const messages = commonMessages(await getT('common'));
  const t = await getT('admin');
  const values = formValues(formData);
  const parsed = branchSchema.safeParse(formObject(formData));
  if (!parsed.success) return validationErrorState(parsed.error, messages, values);
  const result = branchId
    ? await tryGqlRequest(UpdateBranchMutation, { id: branchId, input: parsed.data })
    : await tryGqlRequest(CreateBranchMutation, { input: parsed.data });
  if (!result.ok) return apiErrorState(result.error, { messages, fields: ['code', 'name', 'timeZone'], values });
  revalidatePath('/admin/branches');
  revalidatePath('/admin/users');
  forgetCompanyDictionaries();
  return successState(branchId ? t('branches.form.saved') : t('branches.form.created', { name: parsed.data.name }));
}
