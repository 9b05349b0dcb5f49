import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { z } from 'zod';
import { catalogues } from '@/i18n/catalogues';
import type { ApiError, ApiErrorCode } from './api';
import {
  apiErrorState,
  commonMessages,
  formFieldForApiPath,
  formObject,
  formValues,
  localizeApiMessage,
  successState,
  validationErrorState,
} from './forms';

/** The `common` lookups exactly as the server actions build them, over the real catalogue. */
const messagesIn = (locale: 'ru' | 'en') =>
  commonMessages(createTranslator({ locale, messages: catalogues[locale], namespace: 'common', timeZone: 'Europe/Moscow' }));
const ru = messagesIn('ru');
const en = messagesIn('en');

/** lib/api.ts is server-only; forms.ts needs only the shape of its errors. */
function apiError(code: ApiErrorCode, message: string, field?: string, retryAfterSeconds?: number): ApiError {
  return Object.assign(new Error(message), { name: 'ApiError', code, field, retryAfterSeconds });
}

function form(entries: Array<[string, string | Blob]>): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('formValues', () => {
  it('keeps text fields to refill the form, never passwords, React internals or files', () => {
    const data = form([
      ['$ACTION_ID_1', ''],
      ['email', 'ivanov@company.ru'],
      ['password', 'secret1234'],
      ['newPassword', 'secret5678'],
      ['confirmPASSWORD', 'secret5678'],
      ['avatar', new Blob(['x'])],
      ['note', ''],
    ]);
    expect(formValues(data)).toEqual({ email: 'ivanov@company.ru', note: '' });
  });

  it('a repeated name keeps its last value', () => {
    expect(formValues(form([['tag', 'a'], ['tag', 'b']]))).toEqual({ tag: 'b' });
  });
});

describe('formObject', () => {
  it('keeps every text field, passwords included (zod validates them), and drops React internals', () => {
    const data = form([['$ACTION_KEY', 'k'], ['email', 'a@b.ru'], ['password', 'secret1234'], ['isActive', 'on']]);
    expect(formObject(data)).toEqual({ email: 'a@b.ru', password: 'secret1234', isActive: 'on' });
  });

  it('an unticked checkbox is simply absent', () => {
    expect(formObject(form([['email', 'a@b.ru']]))).not.toHaveProperty('isActive');
  });
});

describe('formFieldForApiPath', () => {
  const fields = ['email', 'phones.1.value', 'inns', 'type'];

  it.each([
    ['email', 'email'],
    ['input.email', 'email'],
    ['input.phones.1.value', 'phones.1.value'],
    // The closest known parent when the exact path is not a field.
    ['inns.0', 'inns'],
    ['input.inns.3.value', 'inns'],
  ])('%s → %s', (path, expected) => {
    expect(formFieldForApiPath(path, fields)).toBe(expected);
  });

  it.each(['name', 'phones.0.value', 'phones', 'input', ''])('%j belongs to no field', (path) => {
    expect(formFieldForApiPath(path, fields)).toBeUndefined();
  });

  it('renames API fields through the aliases', () => {
    expect(formFieldForApiPath('input.typeId', fields, { typeId: 'type' })).toBe('type');
    expect(formFieldForApiPath('typeId', fields)).toBeUndefined();
  });
});

describe('localizeApiMessage', () => {
  it('translates a known API message by its slug, in either language', () => {
    const error = apiError('UNAUTHENTICATED', 'Wrong e-mail or password');
    expect(localizeApiMessage(error, ru)).toBe('Неверный e-mail или пароль');
    expect(localizeApiMessage(error, en)).toBe('Wrong e-mail or password');
    expect(localizeApiMessage(apiError('BAD_USER_INPUT', 'email must be an email address', 'email'), ru)).toBe('Введите корректный e-mail');
  });

  it('shows an unknown bad-input message as the API wrote it (it names the problem)', () => {
    expect(localizeApiMessage(apiError('BAD_USER_INPUT', 'kpp must be 9 characters', 'kpp'), ru)).toBe('kpp must be 9 characters');
  });

  it.each([
    ['FORBIDDEN', 'Недостаточно прав для этого действия'],
    ['NOT_FOUND', 'Запись не найдена — возможно, её уже удалили'],
    ['CONFLICT', 'Данные изменились, обновите страницу и повторите'],
    ['UNAUTHENTICATED', 'Сессия истекла — войдите снова'],
    ['INTERNAL_SERVER_ERROR', 'На сервере что-то пошло не так. Мы уже знаем об ошибке — попробуйте ещё раз'],
    ['UNAVAILABLE', 'Сервер CRM недоступен. Проверьте соединение и попробуйте ещё раз'],
  ] as const)('other codes use the catalogue’s sentence (%s), never the API’s English', (code, expected) => {
    expect(localizeApiMessage(apiError(code, 'Internal detail: relation "x" does not exist'), ru)).toBe(expected);
  });

  it.each([
    [undefined, 1],
    [0, 1],
    [59, 1],
    [60, 1],
    [61, 2],
    [900, 15],
  ])('RATE_LIMITED after %j s says %d min', (seconds, minutes) => {
    expect(localizeApiMessage(apiError('RATE_LIMITED', 'Too many requests', undefined, seconds), ru)).toBe(
      `Слишком много попыток. Повторите через ${minutes} мин.`,
    );
  });
});

describe('apiErrorState', () => {
  it('puts an error on a known field at that field, keeping the values', () => {
    const state = apiErrorState(apiError('CONFLICT', 'A user with this e-mail already exists', 'input.email'), {
      messages: ru,
      fields: ['email', 'fullName'],
      values: { email: 'a@b.ru' },
    });
    expect(state).toMatchObject({
      status: 'error',
      fieldErrors: { email: 'Пользователь с таким e-mail уже есть' },
      values: { email: 'a@b.ru' },
    });
    expect(state.message).toBeUndefined();
    expect(typeof state.submissionId).toBe('number');
  });

  it('puts an error without a known field on the whole form', () => {
    const state = apiErrorState(apiError('BAD_USER_INPUT', 'branchId must be a branch', 'branchId'), { messages: en, fields: ['email'] });
    expect(state).toMatchObject({ status: 'error', message: 'branchId must be a branch', values: {} });
    expect(state.fieldErrors).toBeUndefined();
  });
});

describe('validationErrorState', () => {
  const schema = z.object({
    email: z.email('email'),
    fullName: z.string().min(1, 'required').max(5, 'tooLong'),
    timeZone: z.string().min(1, 'no_such_key'),
    address: z.object({ city: z.string().min(1, 'required') }),
  });

  it('maps each field’s first issue to its validation message; unknown keys read as “invalid”', () => {
    const result = schema.safeParse({ email: 'nope', fullName: '', timeZone: '', address: { city: '' } });
    expect(result.success).toBe(false);
    if (result.success) return;
    const state = validationErrorState(result.error, ru, { email: 'nope' });
    expect(state).toMatchObject({
      status: 'error',
      values: { email: 'nope' },
      fieldErrors: {
        email: 'Введите корректный e-mail, например ivanov@company.ru',
        fullName: 'Заполните это поле',
        timeZone: 'Проверьте значение',
        'address.city': 'Заполните это поле',
      },
    });
  });

  it('a refinement with a path lands on that field', () => {
    const passwords = z
      .object({ newPassword: z.string(), confirmPassword: z.string() })
      .refine((value) => value.newPassword === value.confirmPassword, { path: ['confirmPassword'], message: 'passwordsDiffer' });
    const result = passwords.safeParse({ newPassword: 'a', confirmPassword: 'b' });
    if (result.success) throw new Error('expected a mismatch');
    expect(validationErrorState(result.error, en).fieldErrors).toEqual({ confirmPassword: 'Passwords do not match' });
  });
});

describe('successState', () => {
  it('carries the message and data only when given', () => {
    expect(successState()).toEqual({ status: 'success', submissionId: expect.any(Number) });
    expect(successState('Сохранено', { id: 'c1' })).toEqual({ status: 'success', submissionId: expect.any(Number), message: 'Сохранено', data: { id: 'c1' } });
  });
});
