import { describe, expect, it } from 'vitest';
import type { CompanyFormQuery } from '@/lib/gql/graphql';
import { formFieldForApiPath } from '@/lib/forms';
import {
  companyFormValues,
  emptyCompanyFormValues,
  formFieldNames,
  formPathForApiPath,
  parseAmount,
  readCompanyForm,
  readEmails,
  readInns,
  readPhones,
} from './company-input';

/** A FormData as the browser submits it: entries in document order, repeated names allowed. */
function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('readInns', () => {
  it('drops blank rows, strips spaces inside, and maps the compacted rows back to the form rows', () => {
    const rows = readInns(form([['inns.0', '  '], ['inns.1', ' 7701 234 567 '], ['inns.2', ''], ['inns.3', '660000000000']]));
    expect(rows.items).toEqual(['7701234567', '660000000000']);
    expect(rows.rowPaths).toEqual({ 'inns.0': 'inns.1', 'inns.1': 'inns.3' });
  });

  it('orders rows by their number, not as strings (10 after 2)', () => {
    const rows = readInns(form([['inns.10', '10'], ['inns.2', '2'], ['inns.1', '1']]));
    expect(rows.items).toEqual(['1', '2', '10']);
    expect(rows.rowPaths).toEqual({ 'inns.0': 'inns.1', 'inns.1': 'inns.2', 'inns.2': 'inns.10' });
  });

  it('ignores fields that only start like a row (innsX.0, inns.x)', () => {
    expect(readInns(form([['innsX.0', '1'], ['inns.x', '2'], ['inns', '3']])).items).toEqual([]);
  });
});

describe('readPhones', () => {
  it('reads value, type and comment; empty comment → null; unknown or missing type → WORK', () => {
    const rows = readPhones(
      form([
        ['phones.0.value', ' +7 912 345-67-89 '],
        ['phones.0.type', 'MOBILE'],
        ['phones.0.comment', '  '],
        ['phones.1.value', '8 343 123-45-67 доб. 12'],
        ['phones.1.type', 'PAGER'],
        ['phones.1.comment', ' секретарь '],
        ['phones.2.value', '+7 343 000-00-00'],
      ]),
    );
    expect(rows.items).toEqual([
      { value: '+7 912 345-67-89', type: 'MOBILE', comment: null },
      { value: '8 343 123-45-67 доб. 12', type: 'WORK', comment: 'секретарь' },
      { value: '+7 343 000-00-00', type: 'WORK', comment: null },
    ]);
  });

  it('drops a row without a number even when its type or comment is filled', () => {
    const rows = readPhones(
      form([
        ['phones.0.value', ''],
        ['phones.0.type', 'FAX'],
        ['phones.0.comment', 'old'],
        ['phones.1.value', '+79123456789'],
        ['phones.1.type', 'FAX'],
      ]),
    );
    expect(rows.items).toEqual([{ value: '+79123456789', type: 'FAX', comment: null }]);
    expect(rows.rowPaths).toEqual({ 'phones.0': 'phones.1' });
  });

  it('leaves isColdCall out unless the form has the boxes; with them an unticked box is false', () => {
    const data = form([
      ['phones.0.value', '+79120000001'],
      ['phones.0.isColdCall', 'on'],
      ['phones.1.value', '+79120000002'],
    ]);
    expect(readPhones(data).items.map((phone) => 'isColdCall' in phone)).toEqual([false, false]);
    expect(readPhones(data, { withColdCall: true }).items.map((phone) => phone.isColdCall)).toEqual([true, false]);
  });
});

describe('readEmails', () => {
  it('keeps filled rows with their type (WORK when unknown) and comment', () => {
    const rows = readEmails(
      form([
        ['emails.0.email', ''],
        ['emails.1.email', ' sales@example.ru '],
        ['emails.1.type', 'PERSONAL'],
        ['emails.1.comment', ''],
        ['emails.2.email', 'boss@example.ru'],
        ['emails.2.type', 'work'],
        ['emails.2.comment', 'директор'],
      ]),
    );
    expect(rows.items).toEqual([
      { email: 'sales@example.ru', type: 'PERSONAL', comment: null },
      { email: 'boss@example.ru', type: 'WORK', comment: 'директор' },
    ]);
    expect(rows.rowPaths).toEqual({ 'emails.0': 'emails.1', 'emails.1': 'emails.2' });
  });
});

describe('parseAmount', () => {
  it.each([
    ['1 500 000,50', 1500000.5],
    ['1500000.5', 1500000.5],
    ['1\u00a0500\u00a0000 ₽', 1500000],
    ['1\u202f500', 1500],
    ['0', 0],
    ['  42,1 ', 42.1],
  ])('%j → %d', (value, expected) => {
    expect(parseAmount(value)).toBe(expected);
  });

  it.each(['', '   ', '₽'])('%j (nothing) → null', (value) => {
    expect(parseAmount(value)).toBeNull();
  });

  it.each(['abc', '-5', '1,5,0', '1.234', '1e6', '.5', '1 500,5 руб'])('%j → NaN', (value) => {
    expect(parseAmount(value)).toBeNaN();
  });
});

describe('formFieldNames', () => {
  it('lists each submitted name once, without React’s $ACTION entries', () => {
    const data = form([['$ACTION_ID_abc', ''], ['name', 'x'], ['sphereIds', '1'], ['sphereIds', '2'], ['$ACTION_REF_1', '']]);
    expect(formFieldNames(data)).toEqual(['name', 'sphereIds']);
  });
});

/** The company form as the browser submits it with every field left as the page renders it empty. */
const EMPTY_FORM: Array<[string, string]> = [
  ['name', ''],
  ['legalName', ''],
  ['inns.0', ''],
  ['kpp', ''],
  ['ogrn', ''],
  ['phones.0.value', ''],
  ['phones.0.type', 'WORK'],
  ['phones.0.comment', ''],
  ['address', ''],
  ['regionId', ''],
  ['statusId', ''],
  ['sphereIds', ''],
  ['responsibleId', ''],
  ['headCompanyId', ''],
  ['contractType', ''],
  ['contractEndDate', ''],
  ['contractAmount', ''],
  ['website', ''],
  ['activityKind', ''],
  ['employeeCount', ''],
  ['workingHours', ''],
  ['timeZone', ''],
];

function companyForm(values: Record<string, string | string[]>, extra: Array<[string, string]> = []): FormData {
  const entries = EMPTY_FORM.filter(([name]) => !(name in values));
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) entries.push([name, item]);
  }
  return form([...entries, ...extra]);
}

describe('readCompanyForm', () => {
  it('sends empty text fields as null (clearing them on update), empty lists as [], and asks for a name', () => {
    const { input, issues } = readCompanyForm(companyForm({}));
    expect(issues).toEqual({ name: 'required' });
    expect(input).toEqual({
      name: '',
      legalName: null,
      inns: [],
      kpp: null,
      ogrn: null,
      address: null,
      regionId: null,
      website: null,
      activityKind: null,
      employeeCount: null,
      workingHours: null,
      timeZone: null,
      statusId: null,
      sphereIds: [],
      headCompanyId: null,
      contractType: null,
      contractEndDate: null,
      contractAmount: null,
      isColdCall: false,
      phones: [],
      emails: [],
    });
  });

  it('reads a filled form into the API input', () => {
    const { input, issues, fields } = readCompanyForm(
      companyForm(
        {
          name: '  ООО «Ромашка» ',
          legalName: 'Общество с ограниченной ответственностью «Ромашка»',
          'inns.0': '7701234567',
          kpp: '770101001',
          ogrn: '1027700132195',
          'phones.0.value': '+7 912 345-67-89',
          'phones.0.type': 'MOBILE',
          'phones.0.comment': 'Иван',
          'phones.0.isColdCall': 'on',
          regionId: '66',
          statusId: 's1',
          sphereIds: ['', 'sp1', 'sp2'],
          responsibleId: 'u7',
          headCompanyId: 'c9',
          contractType: 'TENDER',
          contractEndDate: '2026-12-31',
          contractAmount: '1 200 000,50',
          website: 'romashka.ru',
          employeeCount: '120',
          timeZone: 'Asia/Yekaterinburg',
          isColdCall: 'on',
        },
        [
          ['emails.0.email', 'info@romashka.ru'],
          ['emails.0.type', 'WORK'],
          ['emails.0.comment', ''],
        ],
      ),
    );
    expect(issues).toEqual({});
    expect(input).toMatchObject({
      name: 'ООО «Ромашка»',
      legalName: 'Общество с ограниченной ответственностью «Ромашка»',
      inns: ['7701234567'],
      kpp: '770101001',
      ogrn: '1027700132195',
      regionId: '66',
      statusId: 's1',
      sphereIds: ['sp1', 'sp2'],
      responsibleId: 'u7',
      headCompanyId: 'c9',
      contractType: 'TENDER',
      contractEndDate: '2026-12-31',
      contractAmount: 1200000.5,
      website: 'romashka.ru',
      employeeCount: 120,
      timeZone: 'Asia/Yekaterinburg',
      isColdCall: true,
      phones: [{ value: '+7 912 345-67-89', type: 'MOBILE', comment: 'Иван', isColdCall: true }],
      emails: [{ email: 'info@romashka.ru', type: 'WORK', comment: null }],
    });
    expect(fields).toContain('phones.0.value');
    expect(fields).toContain('emails.0.email');
  });

  it('omits responsibleId when none is chosen, so the API keeps (update) or defaults (create) it', () => {
    expect('responsibleId' in readCompanyForm(companyForm({ name: 'A' })).input).toBe(false);
  });

  it('never sends fields the form does not edit (customFields, externalId, source, branchId)', () => {
    // Sending them would overwrite what an import stored; absent means "unchanged" on update.
    const { input } = readCompanyForm(companyForm({ name: 'A' }, [['customFields', '{"x":1}'], ['source', 'AMOCRM']]));
    for (const key of ['customFields', 'externalId', 'source', 'branchId']) expect(input).not.toHaveProperty(key);
  });

  it.each([
    ['employeeCount', '12.5'],
    ['employeeCount', '-3'],
    ['employeeCount', '12345678'],
    ['contractAmount', 'много'],
    ['contractAmount', '10,999'],
  ])('%s %j is a client issue and is sent as null', (field, value) => {
    const { input, issues } = readCompanyForm(companyForm({ name: 'A', [field]: value }));
    expect(issues).toEqual({ [field]: 'invalid' });
    expect(input[field as 'employeeCount' | 'contractAmount']).toBeNull();
  });

  it.each([
    ['120', 120],
    ['1 200', 1200],
    ['1\u00a0200', 1200],
    ['0', 0],
  ])('employeeCount %j → %d (thousands may be grouped with spaces, as on the company page)', (value, expected) => {
    const { input, issues } = readCompanyForm(companyForm({ name: 'A', employeeCount: value }));
    expect(issues).toEqual({});
    expect(input.employeeCount).toBe(expected);
  });

  it('an unknown contract type is sent as null', () => {
    expect(readCompanyForm(companyForm({ name: 'A', contractType: 'BARTER' })).input.contractType).toBeNull();
  });

  it('an error the API reports on a compacted row lands on the row the user filled', () => {
    const data = companyForm({ name: 'A', 'inns.0': '', 'phones.0.value': '' }, [
      ['inns.1', '7701234560'],
      ['phones.1.value', ''],
      ['phones.2.value', '+7 000'],
      ['phones.2.type', 'WORK'],
    ]);
    const { input, fields, rowPaths } = readCompanyForm(data);
    expect(input.inns).toEqual(['7701234560']);
    expect(input.phones).toEqual([{ value: '+7 000', type: 'WORK', comment: null, isColdCall: false }]);

    expect(formFieldForApiPath(formPathForApiPath('input.phones.0.value', rowPaths), fields)).toBe('phones.2.value');
    expect(formFieldForApiPath(formPathForApiPath('inns.0', rowPaths), fields)).toBe('inns.1');
    expect(formFieldForApiPath(formPathForApiPath('sphereIds.0', rowPaths), fields)).toBe('sphereIds');
  });
});

describe('formPathForApiPath', () => {
  const rowPaths = { 'phones.0': 'phones.2', 'phones.1': 'phones.10', 'inns.0': 'inns.1' };

  it.each([
    ['input.phones.0.value', 'phones.2.value'],
    ['phones.1.value', 'phones.10.value'],
    ['phones.1', 'phones.10'],
    ['inns.0', 'inns.1'],
    // Rows the map does not know keep their path; plain fields lose only the `input.` prefix.
    ['emails.3.email', 'emails.3.email'],
    ['input.name', 'name'],
    ['phones', 'phones'],
    ['input', 'input'],
  ])('%s → %s', (path, expected) => {
    expect(formPathForApiPath(path, rowPaths)).toBe(expected);
  });

  it('does not confuse row 1 with row 10', () => {
    expect(formPathForApiPath('phones.10.value', { 'phones.1': 'phones.5' })).toBe('phones.10.value');
  });
});

type StoredCompany = NonNullable<CompanyFormQuery['company']>;

const STORED: StoredCompany = {
  id: 'c1',
  name: 'ООО «Ромашка»',
  legalName: null,
  inns: [],
  kpp: null,
  ogrn: null,
  address: null,
  website: null,
  activityKind: null,
  employeeCount: null,
  workingHours: null,
  timeZone: null,
  contractType: null,
  contractEndDate: null,
  contractAmount: null,
  isColdCall: false,
  viewerCanEdit: true,
  region: null,
  status: null,
  spheres: [],
  responsible: { id: 'u1' },
  headCompany: null,
  phones: [],
  emails: [],
};

describe('companyFormValues', () => {
  it('shows nulls as empty fields and keeps one empty INN row to type into', () => {
    expect(companyFormValues(STORED)).toEqual({
      ...emptyCompanyFormValues('u1'),
      name: 'ООО «Ромашка»',
      phones: [],
    });
  });

  it('keeps zero amounts and counts (0 is a value, not empty)', () => {
    const values = companyFormValues({ ...STORED, contractAmount: 0, employeeCount: 0 });
    expect(values.contractAmount).toBe('0');
    expect(values.employeeCount).toBe('0');
  });

  it('fills every field from the stored company', () => {
    const values = companyFormValues({
      ...STORED,
      legalName: 'АО «Ромашка»',
      inns: ['7701234567', '660000000000'],
      contractType: 'FRAME',
      contractEndDate: '2026-12-31',
      contractAmount: 1500000.5,
      employeeCount: 120,
      region: { id: '66' },
      status: { id: 's1' },
      spheres: [{ id: 'sp1' }, { id: 'sp2' }],
      headCompany: { id: 'c9', name: 'Холдинг' },
      phones: [{ id: 'p1', raw: '+7 912 345-67-89', extension: null, type: 'MOBILE', comment: null, isColdCall: true }],
      emails: [{ id: 'e1', email: 'info@romashka.ru', type: 'WORK', comment: 'общий' }],
    });
    expect(values).toMatchObject({
      legalName: 'АО «Ромашка»',
      inns: ['7701234567', '660000000000'],
      contractType: 'FRAME',
      contractEndDate: '2026-12-31',
      contractAmount: '1500000.5',
      employeeCount: '120',
      regionId: '66',
      statusId: 's1',
      sphereIds: ['sp1', 'sp2'],
      headCompany: { id: 'c9', name: 'Холдинг' },
      phones: [{ raw: '+7 912 345-67-89', type: 'MOBILE', comment: '', isColdCall: true }],
      emails: [{ email: 'info@romashka.ru', type: 'WORK', comment: 'общий' }],
    });
  });

  it('round-trips: the values the form shows read back into the same input', () => {
    const values = companyFormValues({
      ...STORED,
      inns: ['7701234567'],
      contractAmount: 1500000.5,
      employeeCount: 120,
      phones: [{ id: 'p1', raw: '+7 912 345-67-89', extension: null, type: 'MOBILE', comment: null, isColdCall: true }],
    });
    const data = companyForm({
      name: values.name,
      'inns.0': values.inns[0] ?? '',
      'phones.0.value': values.phones[0]?.raw ?? '',
      'phones.0.type': values.phones[0]?.type ?? '',
      'phones.0.isColdCall': values.phones[0]?.isColdCall ? 'on' : '',
      contractAmount: values.contractAmount,
      employeeCount: values.employeeCount,
      responsibleId: values.responsibleId,
    });
    const { input, issues } = readCompanyForm(data);
    expect(issues).toEqual({});
    expect(input).toMatchObject({
      name: 'ООО «Ромашка»',
      inns: ['7701234567'],
      contractAmount: 1500000.5,
      employeeCount: 120,
      responsibleId: 'u1',
      phones: [{ value: '+7 912 345-67-89', type: 'MOBILE', comment: null, isColdCall: true }],
    });
  });
});
