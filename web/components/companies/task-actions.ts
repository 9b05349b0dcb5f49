'use server';

import { revalidatePath } from 'next/cache';
import { getT } from '@/i18n/server';
import { tryGqlRequest } from '@/lib/api';
import { formValues, successState, type FormState } from '@/lib/forms';
import { CreateTaskMutation } from '@/lib/operations/tasks';
import { fromDateTimeLocalValue } from '@/lib/time';
import { getViewer } from '@/lib/viewer';
import { apiFailureState, clientIssuesState } from './action-messages';

const FIELDS = ['title', 'typeId', 'dueAt', 'isUrgent', 'description', 'assigneeId'];

/**
 * A task about this company (the same fields as "My tasks" → New task, plus the company). The due time is
 * read as wall-clock time in the viewer's own zone.
 */
export async function createCompanyTaskAction(companyId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const values = formValues(formData);
  const text = (name: string) => (values[name] ?? '').trim();
  const dueAt = fromDateTimeLocalValue(text('dueAt'), viewer.timeZone);
  const invalid = await clientIssuesState({
    ...(text('title') ? {} : { title: 'required' }),
    ...(dueAt ? {} : { dueAt: 'dateTime' }),
  });
  if (invalid) return { ...invalid, values };

  const result = await tryGqlRequest(CreateTaskMutation, {
    input: {
      companyId,
      title: text('title'),
      dueAt: dueAt?.toISOString() ?? null,
      isUrgent: values.isUrgent === 'on',
      assigneeId: text('assigneeId') || viewer.id,
      ...(text('typeId') ? { typeId: text('typeId') } : {}),
      ...(text('description') ? { description: text('description') } : {}),
    },
  });
  if (!result.ok) return { ...(await apiFailureState(result.error, { fields: FIELDS })), values };
  revalidatePath(`/companies/${companyId}`, 'layout');
  revalidatePath('/tasks');
  return successState((await getT('tasks'))('create.done', { title: text('title') }));
}
