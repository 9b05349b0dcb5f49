'use server';

import { revalidatePath } from 'next/cache';
import { getT } from '@/i18n/server';
import { tryGqlRequest } from '@/lib/api';
import { successState, type FormState } from '@/lib/forms';
import { CreateContactMutation, DeleteContactMutation, UpdateContactMutation } from '@/lib/operations/contacts';
import { formFieldNames, readEmails, readPhones } from '@/lib/reshape/company-input';
import { apiFailureState, clientIssuesState } from '../companies/action-messages';

function readContactForm(formData: FormData) {
  const text = (name: string) => String(formData.get(name) ?? '').trim();
  const optional = (name: string) => text(name) || null;
  const phones = readPhones(formData);
  const emails = readEmails(formData);
  return {
    input: {
      lastName: optional('lastName'),
      firstName: text('firstName'),
      middleName: optional('middleName'),
      position: optional('position'),
      note: optional('note'),
      phones: phones.items,
      emails: emails.items,
    },
    fields: formFieldNames(formData),
    rowPaths: { ...phones.rowPaths, ...emails.rowPaths },
  };
}

/** Adds a contact to the company (no contact id) or updates one; errors land at the fields and rows. */
export async function saveContactAction(
  companyId: string,
  contactId: string | null,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const { input, fields, rowPaths } = readContactForm(formData);
  const invalid = await clientIssuesState(input.firstName ? {} : { firstName: 'required' });
  if (invalid) return invalid;

  const t = await getT('companies');
  const result = contactId
    ? await tryGqlRequest(UpdateContactMutation, { id: contactId, input })
    : await tryGqlRequest(CreateContactMutation, { input: { ...input, companyId } });
  if (!result.ok) return apiFailureState(result.error, { fields, rowPaths });
  revalidatePath(`/companies/${companyId}`);
  if ('createContact' in result.data) return successState(t('contacts.created', { name: result.data.createContact.fullName }));
  return successState(t('contacts.saved'));
}

export async function deleteContactAction(companyId: string, contactId: string): Promise<FormState> {
  const result = await tryGqlRequest(DeleteContactMutation, { id: contactId });
  if (!result.ok) return apiFailureState(result.error, { fields: [] });
  revalidatePath(`/companies/${companyId}`);
  return successState((await getT('companies'))('contacts.deleted'));
}
