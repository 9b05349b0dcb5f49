import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors';
import { normalizeCompanyInput } from './company-input';
import type { UpdateCompanyInput } from './company.inputs';

const failure = (input: Partial<UpdateCompanyInput>) => {
  try {
    normalizeCompanyInput(input as UpdateCompanyInput);
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, field: error.extensions.field, message: error.message };
    throw error;
  }
  throw new Error('expected a failure');
};

describe('normalizeCompanyInput', () => {
  it('trims text, empties to null, strips spaces from requisites and normalises phones', () => {
    const write = normalizeCompanyInput({
      name: '  Ромашка ',
      legalName: '   ',
      kpp: '7736 01 001',
      inns: [' 7707 083 893 '],
      ogrn: null,
      sphereIds: ['a', 'a', 'b'],
      phones: [{ value: '8 (912) 345-67-89 доб. 7', type: null, comment: '  ' }],
      emails: [{ email: ' Info@Romashka.ru ' }],
    } as UpdateCompanyInput);
    expect(write.columns).toEqual({ name: 'Ромашка', legalName: null, kpp: '773601001', inns: ['7707083893'], ogrn: null });
    expect(write.sphereIds).toEqual(['a', 'b']);
    expect(write.channels.phones).toEqual([
      { e164: '+79123456789', raw: '8 (912) 345-67-89 доб. 7', extension: '7', type: 'WORK', comment: null, sortOrder: 0, isColdCall: false },
    ]);
    expect(write.channels.emails).toEqual([{ email: 'Info@Romashka.ru', type: 'WORK', comment: null, sortOrder: 0 }]);
  });

  it('leaves omitted fields and lists out, so that an update keeps them', () => {
    expect(normalizeCompanyInput({ website: 'romashka.ru' } as UpdateCompanyInput)).toEqual({
      columns: { website: 'romashka.ru' },
      sphereIds: undefined,
      channels: { phones: undefined, emails: undefined },
    });
  });

  it('reads null lists as empty and null custom fields as an empty object', () => {
    const write = normalizeCompanyInput({ inns: null, phones: null, customFields: null } as unknown as UpdateCompanyInput);
    expect(write.columns).toEqual({ inns: [], customFields: {} });
    expect(write.channels.phones).toEqual([]);
  });

  it.each([
    ['a bad INN checksum', { inns: ['7707083893', '7707083894'] }, 'inns.1', /checksum/],
    ['an INN listed twice', { inns: ['7707083893', '7707 083 893'] }, 'inns.1', /already/],
    ['a bad KPP', { kpp: '77360100' }, 'kpp', /KPP must be 9 characters/],
    ['a bad OGRN', { ogrn: '1027700132196' }, 'ogrn', /OGRN checksum/],
    ['a null name', { name: null }, 'name', /empty/],
    ['a null responsible user', { responsibleId: null }, 'responsibleId', /empty/],
    ['a malformed phone', { phones: [{ value: '+7 912 345' }] }, 'phones.0.value', /phone number is malformed/],
    ['the same number twice', { phones: [{ value: '+79123456789' }, { value: '8 912 345-67-89' }] }, 'phones.1.value', /already/],
    ['the same e-mail twice', { emails: [{ email: 'a@b.ru' }, { email: 'A@B.ru' }] }, 'emails.1.email', /already/],
    ['custom fields over 16 KB', { customFields: { x: 'y'.repeat(16 * 1024) } }, 'customFields', /16 KB/],
  ])('rejects %s at its field', (_label, input, field, message) => {
    const error = failure(input as Partial<UpdateCompanyInput>);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toMatch(message);
  });
});
