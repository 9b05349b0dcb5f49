'use server';

import { revalidatePath } from 'next/cache';
import { getT } from '@/i18n/server';
import { tryGqlRequest } from '@/lib/api';
import { successState, type FormState } from '@/lib/forms';
import {
  CompanyOptionsQuery,
  CreateCompanyMutation,
  CancelCompanyDeletionRequestMutation,
  DecideCompanyDeletionMutation,
  DeleteCompanyMutation,
  RequestCompanyDeletionMutation,
  TransferCompaniesMutation,
  UpdateCompanyMutation,
} from '@/lib/operations/companies';
import { readCompanyForm } from '@/lib/reshape/company-input';
import { apiFailureState, clientIssuesState, companyFormMessages } from './action-messages';

/**
 * Creates a company (no id) or updates one. Success carries the id and name so the form can go to the
 * company page; failure keeps the user's input (the form is not reset) and puts messages at the fields.
 */
export async function saveCompanyAction(companyId: string | null, _previous: FormState, formData: FormData): Promise<FormState> {
  const { input, fields, rowPaths, issues } = readCompanyForm(formData);
  const invalid = await clientIssuesState(issues);
  if (invalid) return invalid;

  const t = await getT('companies');
  if (companyId) {
    const result = await tryGqlRequest(UpdateCompanyMutation, { id: companyId, input });
    if (!result.ok) return apiFailureState(result.error, { fields, rowPaths });
    revalidatePath('/companies', 'layout');
    return successState(t('form.saved'), { id: result.data.updateCompany.id, name: result.data.updateCompany.name });
  }
  const result = await tryGqlRequest(CreateCompanyMutation, { input });
  if (!result.ok) return apiFailureState(result.error, { fields, rowPaths });
  revalidatePath('/companies');
  const { id, name } = result.data.createCompany;
  return successState(t('form.created', { name }), { id, name });
}

export type TransferOutcome =
  | { ok: true; results: { companyId: string; name: string | null; ok: boolean; error: { code: string; message: string } | null }[] }
  | { ok: false; message: string };

/** Hands companies to another user; each company succeeds or fails on its own. */
export async function transferCompaniesAction(ids: string[], toUserId: string): Promise<TransferOutcome> {
  const result = await tryGqlRequest(TransferCompaniesMutation, { ids, toUserId });
  if (!result.ok) {
    const messages = await companyFormMessages();
    const state = await apiFailureState(result.error, { fields: [] });
    return { ok: false, message: state.message ?? messages.t('errors.INTERNAL_SERVER_ERROR') };
  }
  revalidatePath('/companies', 'layout');
  return {
    ok: true,
    results: result.data.transferCompanies.map((item) => ({
      companyId: item.companyId,
      name: item.company?.name ?? null,
      ok: item.ok,
      error: item.error ? { code: item.error.code, message: item.error.message } : null,
    })),
  };
}

export async function requestDeletionAction(companyId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const reason = String(formData.get('reason') ?? '').trim();
  const invalid = await clientIssuesState(reason ? {} : { reason: 'required' });
  if (invalid) return invalid;
  const result = await tryGqlRequest(RequestCompanyDeletionMutation, { id: companyId, reason });
  if (!result.ok) return { ...(await apiFailureState(result.error, { fields: ['reason'] })), values: { reason } };
  revalidatePath(`/companies/${companyId}`, 'layout');
  return successState((await getT('companies'))('deletion.requested'));
}

/** Leadership deletes at once, without a request. */
export async function deleteCompanyAction(companyId: string, name: string, _previous: FormState): Promise<FormState> {
  const result = await tryGqlRequest(DeleteCompanyMutation, { id: companyId });
  if (!result.ok) return apiFailureState(result.error, { fields: [] });
  revalidatePath('/companies');
  return successState((await getT('companies'))('deletion.deleted', { name }));
}

export async function decideDeletionAction(companyId: string, approve: boolean): Promise<FormState> {
  const result = await tryGqlRequest(DecideCompanyDeletionMutation, { id: companyId, approve });
  if (!result.ok) return apiFailureState(result.error, { fields: [] });
  revalidatePath('/companies', 'layout');
  const t = await getT('companies');
  return successState(approve ? t('deletion.approved') : t('deletion.rejected'), { approved: approve ? 'true' : 'false' });
}

/** The requester withdraws his own pending request. */
export async function cancelDeletionRequestAction(companyId: string): Promise<FormState> {
  const result = await tryGqlRequest(CancelCompanyDeletionRequestMutation, { id: companyId });
  if (!result.ok) return apiFailureState(result.error, { fields: [] });
  revalidatePath(`/companies/${companyId}`, 'layout');
  return successState((await getT('companies'))('deletion.cancelled'));
}

export type CompanyOption = { id: string; name: string; inn: string | null };

/** Typeahead for picking a company (e.g. the head company of a subsidiary). */
export async function searchCompanyOptionsAction(search: string): Promise<CompanyOption[]> {
  const query = search.trim();
  if (query.length < 2) return [];
  const result = await tryGqlRequest(CompanyOptionsQuery, { search: query });
  if (!result.ok) return [];
  return result.data.companies.edges.map(({ node }) => ({ id: node.id, name: node.name, inn: node.inns[0] ?? null }));
}
