'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { isLocale } from '@/i18n/config';
import { getT } from '@/i18n/server';
import { tryGqlRequest } from '../api';
import { apiErrorState, commonMessages, formObject, formValues, successState, validationErrorState, type FormState } from '../forms';
import {
  ChangePasswordMutation,
  LoginMutation,
  LoginWithMagicLinkMutation,
  LogoutEverywhereMutation,
  LogoutMutation,
  UpdateMyLocaleMutation,
} from '../operations/auth';
import { endSession, hasSession, rememberLocale, startSession } from '../session/server';
import { safeRedirectPath } from '../url';

const loginSchema = z.object({
  email: z.string().trim().min(1, 'required').pipe(z.email('email')),
  password: z.string().min(1, 'required'),
});

export async function loginAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const messages = commonMessages(await getT('common'));
  const values = formValues(formData);
  const parsed = loginSchema.safeParse(formObject(formData));
  if (!parsed.success) return validationErrorState(parsed.error, messages, values);

  const result = await tryGqlRequest(LoginMutation, parsed.data, { anonymous: true, onUnauthenticated: 'throw' });
  if (!result.ok) {
    const { error } = result;
    if (error.code === 'RATE_LIMITED') {
      return { status: 'error', values, submissionId: Date.now(), data: { retryAfterSeconds: String(error.retryAfterSeconds ?? 900) } };
    }
    // Bad credentials are a message for the whole form, not for one field.
    return { ...apiErrorState(error, { messages, fields: [], values }), fieldErrors: {} };
  }
  const { login } = result.data;
  await startSession(login, isLocale(login.user.locale) ? login.user.locale : undefined);
  redirect(safeRedirectPath(formData.get('next')));
}

export async function loginWithMagicLinkAction(token: string, _previous: FormState): Promise<FormState> {
  const messages = commonMessages(await getT('common'));
  const result = await tryGqlRequest(LoginWithMagicLinkMutation, { token }, { anonymous: true, onUnauthenticated: 'throw' });
  if (!result.ok) return apiErrorState(result.error, { messages, fields: [] });
  const { loginWithMagicLink } = result.data;
  await startSession(loginWithMagicLink, isLocale(loginWithMagicLink.user.locale) ? loginWithMagicLink.user.locale : undefined);
  redirect('/');
}

/** Ends this session at the API (best effort: the cookies go either way) and returns to the login page. */
export async function logoutAction(): Promise<void> {
  await tryGqlRequest(LogoutMutation, {}, { onUnauthenticated: 'throw' });
  await endSession();
  redirect('/login');
}

export async function logoutEverywhereAction(): Promise<void> {
  await tryGqlRequest(LogoutEverywhereMutation, {}, { onUnauthenticated: 'throw' });
  await endSession();
  redirect('/login?signedOut=everywhere');
}

/** Switches the UI language: a cookie for this browser, and the profile when signed in. */
export async function setLocaleAction(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  await rememberLocale(locale);
  if (await hasSession()) await tryGqlRequest(UpdateMyLocaleMutation, { locale }, { onUnauthenticated: 'throw' });
  revalidatePath('/', 'layout');
}

const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'required'),
    newPassword: z.string().min(8, 'passwordLength').max(200, 'tooLong'),
    confirmPassword: z.string().min(1, 'required'),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ['confirmPassword'], message: 'passwordsDiffer' });

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const messages = commonMessages(await getT('common'));
  const parsed = changePasswordSchema.safeParse(formObject(formData));
  if (!parsed.success) return validationErrorState(parsed.error, messages);
  const { currentPassword, newPassword } = parsed.data;
  const result = await tryGqlRequest(ChangePasswordMutation, { currentPassword, newPassword });
  if (!result.ok) return apiErrorState(result.error, { messages, fields: ['currentPassword', 'newPassword'] });
  return successState((await getT('auth'))('changePassword.done'));
}
