import type { CompanyFormQuery, ContractType, CreateCompanyInput, EmailInput, EmailType, PhoneInput, PhoneType } from '@/lib/gql/graphql';
import { CONTRACT_TYPES, EMAIL_TYPES, localDate, PHONE_TYPES } from './companies';

/**
 * Form fields → API inputs. Repeated rows are named by position (`inns.0`, `phones.1.value`, `emails.0.email`);
 * rows left blank are dropped before sending, so the API's indexes can differ from the form's. Each reader
 * returns the map back (`apiPath → formPath`) so an error the API reports at "phones.0.value" lands on the
 * row the user actually filled in.
 */

/** A form problem found before the API is asked: field name → `validation.*` key of the common catalogue. */
export type ClientIssues = Record<string, string>;

export type ParsedForm<TInput> = {
  input: TInput;
  /** Every field name the form submitted, for mapping API errors onto fields. */
  fields: string[];
  /** Renames API error paths of compacted rows ("phones.0") to the form's ("phones.2"). */
  rowPaths: Record<string, string>;
  issues: ClientIssues;
};

const text = (formData: FormData, name: string): string => {
  const value = formData.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/** Empty text means "no value": null clears the field on update and is accepted on create. */
const optional = (formData: FormData, name: string): string | null => text(formData, name) || null;

const isChecked = (formData: FormData, name: string): boolean => formData.get(name) === 'on';

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** The positions of the `prefix.N…` rows the form submitted, in order. */
function rowIndexes(formData: FormData, prefix: string): number[] {
  const indexes = new Set<number>();
  const pattern = new RegExp(`^${prefix}\\.(\\d+)(?:\\.|$)`);
  for (const key of formData.keys()) {
    const match = pattern.exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}

type Rows<T> = { items: T[]; rowPaths: Record<string, string> };

function compactRows<T>(formData: FormData, prefix: string, read: (index: number) => T | null): Rows<T> {
  const items: T[] = [];
  const rowPaths: Record<string, string> = {};
  for (const index of rowIndexes(formData, prefix)) {
    const item = read(index);
    if (item === null) continue;
    rowPaths[`${prefix}.${items.length}`] = `${prefix}.${index}`;
    items.push(item);
  }
  return { items, rowPaths };
}

export function readInns(formData: FormData): Rows<string> {
  return compactRows(formData, 'inns', (index) => text(formData, `inns.${index}`).replace(/\s+/g, '') || null);
}

/** `withColdCall`: the form shows a cold-call box per phone, so an unticked box means false. */
export function readPhones(formData: FormData, { withColdCall = false } = {}): Rows<PhoneInput> {
  return compactRows(formData, 'phones', (index) => {
    const value = text(formData, `phones.${index}.value`);
    if (!value) return null;
    const phone: PhoneInput = {
      value,
      type: oneOf<PhoneType>(text(formData, `phones.${index}.type`), PHONE_TYPES) ?? 'WORK',
      comment: optional(formData, `phones.${index}.comment`),
    };
    if (withColdCall) phone.isColdCall = isChecked(formData, `phones.${index}.isColdCall`);
    return phone;
  });
}

export function readEmails(formData: FormData): Rows<EmailInput> {
  return compactRows(formData, 'emails', (index) => {
    const email = text(formData, `emails.${index}.email`);
    if (!email) return null;
    return {
      email,
      type: oneOf<EmailType>(text(formData, `emails.${index}.type`), EMAIL_TYPES) ?? 'WORK',
      comment: optional(formData, `emails.${index}.comment`),
    };
  });
}

/** "1 500 000,50" or "1500000.5" → 1500000.5; null when empty, NaN when not a number. */
export function parseAmount(value: string): number | null {
  const compact = value.replace(/[\s\u00a0₽]/g, '').replace(',', '.');
  if (!compact) return null;
  return /^\d+(\.\d{1,2})?$/.test(compact) ? Number(compact) : Number.NaN;
}

/** "1 200" or "1200" → 1200 (people group thousands with spaces); null when empty, NaN when not a count. */
function parseCount(value: string): number | null {
  const compact = value.replace(/\s/g, '');
  if (!compact) return null;
  return /^\d{1,7}$/.test(compact) ? Number(compact) : Number.NaN;
}

export function formFieldNames(formData: FormData): string[] {
  return [...new Set([...formData.keys()].filter((key) => !key.startsWith('$ACTION')))];
}

/** The whole company form as `CreateCompanyInput` (the update input has the same fields, all optional). */
export function readCompanyForm(formData: FormData): ParsedForm<CreateCompanyInput> {
  const inns = readInns(formData);
  const phones = readPhones(formData, { withColdCall: true });
  const emails = readEmails(formData);
  const issues: ClientIssues = {};

  const name = text(formData, 'name');
  if (!name) issues.name = 'required';
  const employeeCount = parseCount(text(formData, 'employeeCount'));
  if (Number.isNaN(employeeCount)) issues.employeeCount = 'invalid';
  const contractAmount = parseAmount(text(formData, 'contractAmount'));
  if (Number.isNaN(contractAmount)) issues.contractAmount = 'invalid';

  const input: CreateCompanyInput = {
    name,
    legalName: optional(formData, 'legalName'),
    inns: inns.items,
    kpp: optional(formData, 'kpp'),
    ogrn: optional(formData, 'ogrn'),
    address: optional(formData, 'address'),
    regionId: optional(formData, 'regionId'),
    website: optional(formData, 'website'),
    activityKind: optional(formData, 'activityKind'),
    employeeCount: Number.isNaN(employeeCount) ? null : employeeCount,
    workingHours: optional(formData, 'workingHours'),
    timeZone: optional(formData, 'timeZone'),
    statusId: optional(formData, 'statusId'),
    sphereIds: formData.getAll('sphereIds').filter((id): id is string => typeof id === 'string' && id !== ''),
    headCompanyId: optional(formData, 'headCompanyId'),
    contractType: oneOf<ContractType>(text(formData, 'contractType'), CONTRACT_TYPES),
    contractEndDate: optional(formData, 'contractEndDate'),
    contractAmount: Number.isNaN(contractAmount) ? null : contractAmount,
    isColdCall: isChecked(formData, 'isColdCall'),
    phones: phones.items,
    emails: emails.items,
  };
  const responsibleId = optional(formData, 'responsibleId');
  if (responsibleId) input.responsibleId = responsibleId;

  return {
    input,
    fields: formFieldNames(formData),
    rowPaths: { ...inns.rowPaths, ...phones.rowPaths, ...emails.rowPaths },
    issues,
  };
}

/** Translates an API error path through the row map: "phones.0.value" → "phones.2.value". */
export function formPathForApiPath(path: string, rowPaths: Readonly<Record<string, string>>): string {
  const bare = path.replace(/^input\./, '');
  const match = /^([a-zA-Z]+\.\d+)(.*)$/.exec(bare);
  if (!match) return bare;
  const [, row = '', rest = ''] = match;
  return `${rowPaths[row] ?? row}${rest}`;
}

/** What the company form starts with: empty for a new company, the stored values when editing. */
export type CompanyFormValues = {
  name: string;
  legalName: string;
  inns: string[];
  kpp: string;
  ogrn: string;
  phones: { raw: string; type: PhoneType; comment: string; isColdCall: boolean }[];
  emails: { email: string; type: EmailType; comment: string }[];
  address: string;
  regionId: string;
  statusId: string;
  sphereIds: string[];
  responsibleId: string;
  headCompany: { id: string; name: string } | null;
  contractType: string;
  contractEndDate: string;
  contractAmount: string;
  website: string;
  activityKind: string;
  employeeCount: string;
  workingHours: string;
  timeZone: string;
  isColdCall: boolean;
};

export function emptyCompanyFormValues(responsibleId: string): CompanyFormValues {
  return {
    name: '',
    legalName: '',
    inns: [''],
    kpp: '',
    ogrn: '',
    phones: [{ raw: '', type: 'WORK', comment: '', isColdCall: false }],
    emails: [],
    address: '',
    regionId: '',
    statusId: '',
    sphereIds: [],
    responsibleId,
    headCompany: null,
    contractType: '',
    contractEndDate: '',
    contractAmount: '',
    website: '',
    activityKind: '',
    employeeCount: '',
    workingHours: '',
    timeZone: '',
    isColdCall: false,
  };
}

type StoredCompany = NonNullable<CompanyFormQuery['company']>;

export function companyFormValues(company: StoredCompany): CompanyFormValues {
  return {
    name: company.name,
    legalName: company.legalName ?? '',
    inns: company.inns.length ? [...company.inns] : [''],
    kpp: company.kpp ?? '',
    ogrn: company.ogrn ?? '',
    phones: company.phones.map((phone) => ({ raw: phone.raw, type: phone.type, comment: phone.comment ?? '', isColdCall: phone.isColdCall })),
    emails: company.emails.map((email) => ({ email: email.email, type: email.type, comment: email.comment ?? '' })),
    address: company.address ?? '',
    regionId: company.region?.id ?? '',
    statusId: company.status?.id ?? '',
    sphereIds: company.spheres.map((sphere) => sphere.id),
    responsibleId: company.responsible.id,
    headCompany: company.headCompany,
    contractType: company.contractType ?? '',
    contractEndDate: localDate(company.contractEndDate) ?? '',
    contractAmount: company.contractAmount === null ? '' : String(company.contractAmount),
    website: company.website ?? '',
    activityKind: company.activityKind ?? '',
    employeeCount: company.employeeCount === null ? '' : String(company.employeeCount),
    workingHours: company.workingHours ?? '',
    timeZone: company.timeZone ?? '',
    isColdCall: company.isColdCall,
  };
}
