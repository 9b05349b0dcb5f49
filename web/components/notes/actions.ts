'use server';

import { revalidatePath } from 'next/cache';
import { getT } from '@/i18n/server';
import { tryGqlRequest } from '@/lib/api';
import { successState, type FormState } from '@/lib/forms';
import { CreateNoteMutation, DeleteNoteMutation, PinNoteMutation, UpdateNoteMutation } from '@/lib/operations/notes';
import { apiFailureState, clientIssuesState } from '../companies/action-messages';

const noteText = (formData: FormData) => String(formData.get('text') ?? '').trim();

export async function createNoteAction(companyId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const text = noteText(formData);
  const invalid = await clientIssuesState(text ? {} : { text: 'required' });
  if (invalid) return invalid;
  const contactId = String(formData.get('contactId') ?? '') || null;
  const result = await tryGqlRequest(CreateNoteMutation, {
    input: { companyId, contactId, text, isPinned: formData.get('isPinned') === 'on' },
  });
  // The composer is a plain form action, which React resets: hand the text back so it is not lost.
  if (!result.ok) return { ...(await apiFailureState(result.error, { fields: ['text', 'contactId'] })), values: { text } };
  revalidatePath(`/companies/${companyId}`);
  return successState((await getT('companies'))('notes.added'));
}

export async function updateNoteAction(companyId: string, noteId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const text = noteText(formData);
  const invalid = await clientIssuesState(text ? {} : { text: 'required' });
  if (invalid) return invalid;
  const result = await tryGqlRequest(UpdateNoteMutation, { id: noteId, input: { text } });
  if (!result.ok) return apiFailureState(result.error, { fields: ['text'] });
  revalidatePath(`/companies/${companyId}`);
  return successState((await getT('companies'))('notes.saved'));
}

export async function pinNoteAction(companyId: string, noteId: string, pinned: boolean): Promise<FormState> {
  const result = await tryGqlRequest(PinNoteMutation, { id: noteId, pinned });
  if (!result.ok) return apiFailureState(result.error, { fields: [] });
  revalidatePath(`/companies/${companyId}`);
  return successState();
}

export async function deleteNoteAction(companyId: string, noteId: string): Promise<FormState> {
  const result = await tryGqlRequest(DeleteNoteMutation, { id: noteId });
  if (!result.ok) return apiFailureState(result.error, { fields: [] });
  revalidatePath(`/companies/${companyId}`);
  return successState((await getT('companies'))('notes.deleted'));
}
